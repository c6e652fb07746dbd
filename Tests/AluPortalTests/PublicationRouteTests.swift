import AluDirectory
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import AluPortal

@Suite("What the portal serves: every page kind, every language, nothing unpublishable")
struct PublicationRouteTests {
    /// Every page kind, download and API read, for the planted suppliers and a filter mix.
    static func uris(_ language: String) -> [String] {
        let ids = ["carbone-alma-technologies", "analytique-emissions-montreal", "decarbonation-conseil-boreal"]
        var uris = [
            "/\(language)/", "/\(language)/?q=carbone", "/\(language)/?capability=smelting&region=2",
            "/\(language)/?kind=manufacturer&role=design&page=2&pageSize=5", "/\(language)/?language=en&country=AE",
            "/\(language)/export/suppliers.csv", "/\(language)/export/suppliers.xml", "/\(language)/export/suppliers.vcf",
            "/\(language)/export/suppliers.ods?q=carbone",
        ]
        for id in ids {
            uris += ["/\(language)/suppliers/\(id)", "/\(language)/suppliers/\(id).vcf", "/\(language)/suppliers/\(id).xml"]
        }
        return uris
    }

    @Test("every page, download and API answer is free of the planted private details", arguments: PortalLanguage.allCases)
    func noLeak(language: PortalLanguage) async throws {
        try await withPortal { client, _ in
            var uris = Self.uris(language.rawValue)
            if language == .en {
                uris += ["/api/v1/suppliers?pageSize=100", "/api/v1/suppliers?q=planted", "/api/v1/taxonomy"]
                uris += ["carbone-alma-technologies", "analytique-emissions-montreal", "decarbonation-conseil-boreal"].map { "/api/v1/suppliers/\($0)" }
            }
            for uri in uris {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .ok, "\(uri)")
                    let body = uri.hasSuffix(".ods") || uri.contains(".ods?") ? "" : response.text
                    for marker in PlantedCatalog.markers {
                        #expect(!body.contains(marker), "\(marker) in \(uri)")
                    }
                }
            }
        }
    }

    @Test("pages are HTML in their language, right to left for Arabic, with the language switcher")
    func pagesInTheirLanguage() async throws {
        try await withPortal { client, _ in
            for language in PortalLanguage.allCases {
                try await client.execute(uri: "/\(language.rawValue)/", method: .get) { response in
                    #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                    #expect(response.text.contains("<html lang=\"\(language.rawValue)\" dir=\"\(language.dir)\""))
                    for other in PortalLanguage.allCases { #expect(response.text.contains("hreflang=\"\(other.rawValue)\"")) }
                }
            }
        }
    }

    @Test("hostile query strings get a 400 or a clean page, never a 500 or raw markup")
    func hostileQueries() async throws {
        try await withPortal { client, _ in
            let hostile = [
                "q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", "q=%22%3E%3Cimg+src%3Dx+onerror%3Dalert(1)%3E", "q=%27+OR+1%3D1--",
                "q=%FF%FE", "q=%E0%80%80", "q=" + String(repeating: "%41", count: 3000), "region=%00", "capability=..%2F..%2Fetc",
                "q=a&q=b", "page=-1", "pageSize=0", "country=%D8%B9%D8%B1",
            ]
            for query in hostile {
                try await client.execute(uri: "/fr/?\(query)", method: .get) { response in
                    #expect(response.status == .ok || response.status == .badRequest, "\(query)")
                    #expect(!response.text.contains("<script"), "\(query)")
                    #expect(!response.text.contains("<img"), "\(query)")
                }
            }
        }
    }

    @Test("an unknown supplier and an unknown language are 404 pages")
    func notFound() async throws {
        try await withPortal { client, _ in
            for uri in ["/fr/suppliers/no-such", "/xx/", "/fr/export/suppliers.exe", "/fr/suppliers/no-such.vcf"] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .notFound, "\(uri)")
                }
            }
        }
    }
}
