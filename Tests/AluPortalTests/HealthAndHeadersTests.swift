import Foundation
import NIOCore
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import AluPortal

@Suite("Health routes and the headers every answer carries")
struct HealthAndHeadersTests {
    @Test("/healthz answers 200; /readyz says how many suppliers are served")
    func health() async throws {
        try await withPortal { client, _ in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.cacheControl] == "no-store")
            }
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .ok)
                let object = try #require(JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                #expect(object["status"] as? String == "ready")
                #expect((object["suppliers"] as? Int ?? 0) > 30)
            }
        }
    }

    @Test("every answer, errors included, carries the security headers and a request id")
    func securityHeaders() async throws {
        try await withPortal { client, _ in
            for uri in ["/healthz", "/api/v1/taxonomy", "/api/v1/suppliers?q=%FF", "/nothing/here", "/en/"] {
                try await client.execute(uri: uri, method: .get) { response in
                    let policy = response.headers[.contentSecurityPolicy] ?? ""
                    #expect(policy.hasPrefix("default-src 'self'"), "\(uri)")
                    #expect(!policy.contains("unsafe-inline"))
                    #expect(response.headers[HTTPField.Name("X-Content-Type-Options")!] == "nosniff")
                    #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin")
                    #expect(response.headers[HTTPField.Name("X-Request-Id")!]?.isEmpty == false)
                }
            }
        }
    }

    @Test("/ sends the browser to its language's directory")
    func rootFollowsAcceptLanguage() async throws {
        try await withPortal { client, _ in
            for (header, expected) in [("ar,en;q=0.5", "/ar/"), ("de-DE, pt-BR;q=0.8, fr;q=0.7", "/pt/"), ("de", "/en/"), ("fr-CA", "/fr/")] {
                try await client.execute(uri: "/", method: .get, headers: [.acceptLanguage: header]) { response in
                    #expect(response.status == .seeOther)
                    #expect(response.headers[.location] == expected, "\(header)")
                    #expect(response.headers[.vary] == "Accept-Language")
                }
            }
        }
    }

    @Test("HEAD answers as GET would (status, type, ETag), without the body")
    func head() async throws {
        try await withPortal { client, _ in
            var etag = ""
            var length = 0
            try await client.execute(uri: "/en/", method: .get) { response in
                etag = response.headers[.eTag] ?? ""
                length = response.body.readableBytes
            }
            try await client.execute(uri: "/en/", method: .head) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.headers[.eTag] == etag)
                #expect(response.headers[.contentLength] == String(length))
                #expect(response.text.isEmpty)
            }
            // A weak validator from a compressing proxy names the same body.
            try await client.execute(uri: "/en/", method: .get, headers: [.ifNoneMatch: "\"other\", W/\(etag)"]) { response in
                #expect(response.status == .notModified)
            }
        }
    }

    @Test("HEAD of an error has no body either: the router's 404, a route's 404, a 400, the API's 404")
    func headOfErrors() async throws {
        try await withPortal { client, _ in
            for (uri, status) in [
                ("/nothing/here", HTTPResponse.Status.notFound), ("/fr/suppliers/no-such", .notFound),
                ("/fr/?q=%FF", .badRequest), ("/api/v1/suppliers/no-such", .notFound), ("/api/v1/nothing", .notFound),
            ] {
                try await client.execute(uri: uri, method: .get) { #expect($0.status == status, "\(uri)") }
                try await client.execute(uri: uri, method: .head) { response in
                    #expect(response.status == status, "\(uri)")
                    #expect(response.text.isEmpty, "\(uri)")
                    #expect(response.headers[HTTPField.Name("X-Request-Id")!]?.isEmpty == false, "\(uri)")
                }
            }
        }
    }

    @Test("the icon every browser asks for is served (an SVG), so a first visit logs no 404")
    func favicon() async throws {
        try await withPortal { client, _ in
            for uri in ["/favicon.ico", "/favicon.svg"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    #expect(response.headers[.contentType] == "image/svg+xml", "\(uri)")
                    #expect(response.text.hasPrefix("<svg xmlns=\"http://www.w3.org/2000/svg\""), "\(uri)")
                    #expect(response.text.hasSuffix("</svg>\n"), "\(uri)")
                }
            }
        }
    }
}
