import AluCatalog
import AluPortalState
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdOTP
import HummingbirdTesting
import Logging
import NIOCore
import Testing
@testable import AluPortal

/// The portal on a planted catalogue with its own data folder and a clock the test
/// moves, and one person of each kind: a user of supplier A, a user of supplier B, a
/// reviewer and an admin (staff with their second factor enrolled).
/// Immutable once made (the services it holds are not Sendable, and are never run).
final class SignedInPortal: @unchecked Sendable {
    static let password = "correct horse battery staple"
    static let supplierA = "electro-saguenay"
    static let supplierB = "forges-du-fjord"
    static let address = "127.0.0.1"

    enum Person: String, CaseIterable, Sendable, CustomStringConvertible {
        case anonymous, supplierA, supplierB, reviewer, admin
        var email: String? {
            switch self {
            case .anonymous: nil
            case .supplierA: "marie@electro-saguenay.example"
            case .supplierB: "paul@forges-du-fjord.example"
            case .reviewer: "revue@grappe.example"
            case .admin: "admin@grappe.example"
            }
        }
        var description: String { rawValue }
    }

    let planted: PlantedCatalog
    let clock: ManualClock
    let portal: AssembledPortal
    var store: PortalStore { portal.accounts.store }
    var origin: String { portal.accounts.origin }
    let accountIDs: [Person: Int64]

    /// `sendmail`: a mail command instead of the outbox (a failing one, to test delivery failures).
    init(sendmail: String? = nil) throws {
        planted = try PlantedCatalog()
        clock = ManualClock(Date(timeIntervalSince1970: Date().timeIntervalSince1970.rounded(.down)))
        var configuration = planted.configuration()
        configuration.clock = clock
        configuration.sendmail = sendmail
        portal = try assemblePortal(configuration, logger: Logger(label: "test"))
        var ids: [Person: Int64] = [:]
        for person in Person.allCases {
            guard let email = person.email else { continue }
            let role: AccountRole = person == .reviewer ? .reviewer : person == .admin ? .admin : .supplier
            let supplier = person == .supplierA ? Self.supplierA : person == .supplierB ? Self.supplierB : nil
            let link = try portal.accounts.store.invite(email: email, role: role, supplierID: supplier, language: "fr", by: .system)
            ids[person] = try portal.accounts.store.acceptInvitation(token: link.token.value, password: Self.password, caller: .system).id
        }
        accountIDs = ids
    }

    deinit { planted.remove() }

    func test(_ body: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await Application(router: portal.router).test(.router) { client in try await body(client) }
    }

    /// The current TOTP code of `secret` on the portal's clock.
    func code(_ secret: String) -> String {
        String(format: "%06d", TOTP(secret: secret).compute(date: clock.now()))
    }

    /// A new complete session for `person` (nil for anonymous): the password, then for
    /// staff a TOTP code (enrolling at the first sign-in); the clock moves 30 s first so
    /// no code is ever reused.
    func visitor(_ person: Person) throws -> Visitor {
        guard let email = person.email else { return Visitor(cookies: [], csrf: nil) }
        guard case .signedIn(let grant) = try store.signIn(email: email, password: Self.password, address: Self.address) else {
            throw SignInFailed()
        }
        var token = grant.token.value
        if grant.session.mfaPending {
            clock.advance(30)
            let outcome = try store.completeSecondFactor(token: token, address: Self.address) { secret in
                AccountRoutes.matchingStep(self.code(secret), secret: secret, at: self.clock.now())
            }
            guard case .completed(let full) = outcome else { throw SignInFailed() }
            token = full.token.value
        }
        let csrf = try #require(try store.session(token: token)).csrfToken
        return Visitor(cookies: ["\(SessionCookies.session)=\(token)"], csrf: csrf)
    }

    /// A staff session that gave its password and owes its TOTP code.
    func waitingForCode(_ person: Person) throws -> Visitor {
        guard case .signedIn(let grant) = try store.signIn(email: person.email!, password: Self.password, address: Self.address),
              grant.session.mfaPending else { throw SignInFailed() }
        return Visitor(cookies: ["\(SessionCookies.session)=\(grant.token.value)"], csrf: grant.csrfToken)
    }

    struct SignInFailed: Error {}
}

/// A browser's state for one test request: its cookies and the token its forms carry.
struct Visitor: Sendable {
    var cookies: [String]
    var csrf: String?

    var cookieHeader: HTTPFields {
        var fields = HTTPFields()
        if !cookies.isEmpty { fields[.cookie] = cookies.joined(separator: "; ") }
        return fields
    }

    /// An anonymous browser: a GET of the sign-in page gives the pre-session cookie and
    /// the token the anonymous forms carry.
    static func anonymous(_ client: any TestClientProtocol, language: String = "fr") async throws -> Visitor {
        try await client.execute(uri: "/\(language)/account/sign-in", method: .get) { response in
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix(SessionCookies.form + "=") })
            return Visitor(cookies: [String(cookie.prefix { $0 != ";" })], csrf: Visitor.hiddenCSRF(in: response.text))
        }
    }

    /// This browser after `response`: when it set a new session cookie (a re-authentication
    /// renews the id), that cookie and the page's token; else unchanged.
    func following(_ response: TestResponse) -> Visitor {
        guard let cookie = response.headers[values: .setCookie].first(where: { $0.hasPrefix(SessionCookies.session + "=") && !$0.hasPrefix(SessionCookies.session + "=;") }) else {
            return self
        }
        return Visitor(cookies: [String(cookie.prefix { $0 != ";" })], csrf: Visitor.hiddenCSRF(in: response.text))
    }

    /// The value of the first hidden CSRF field in a page.
    static func hiddenCSRF(in html: String) -> String? {
        guard let range = html.range(of: "name=\"csrf\" value=\"") else { return nil }
        return String(html[range.upperBound...].prefix { $0 != "\"" })
    }

    func get(_ client: any TestClientProtocol, _ uri: String) async throws -> TestResponse {
        try await client.execute(uri: uri, method: .get, headers: cookieHeader) { $0 }
    }

    /// A form POST with the token (unless `csrf` overrides it; "" leaves it out) and an Origin.
    func post(
        _ client: any TestClientProtocol, _ uri: String, _ fields: [(String, String)] = [], csrf: String? = nil, origin: String?
    ) async throws -> TestResponse {
        var headers = cookieHeader
        headers[.contentType] = "application/x-www-form-urlencoded"
        if let origin { headers[.origin] = origin }
        var all = fields
        let token = csrf ?? self.csrf ?? ""
        if !token.isEmpty { all.insert(("csrf", token), at: 0) }
        let body = all.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: ByteBuffer(string: body)) { $0 }
    }

    /// A `multipart/form-data` POST (the upload form): the token as a field (unless
    /// `csrf` overrides it; "" leaves it out), then one file part.
    func postFile(
        _ client: any TestClientProtocol, _ uri: String, file: [UInt8], fileName: String = "entry.xml", csrf: String? = nil, origin: String?
    ) async throws -> TestResponse {
        let boundary = "alucat-test-boundary-7d3f"
        var headers = cookieHeader
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        if let origin { headers[.origin] = origin }
        var body = ByteBuffer()
        let token = csrf ?? self.csrf ?? ""
        if !token.isEmpty {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\n\(token)\r\n")
        }
        body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\n")
        body.writeString("Content-Type: application/octet-stream\r\n\r\n")
        body.writeBytes(file)
        body.writeString("\r\n--\(boundary)--\r\n")
        return try await client.execute(uri: uri, method: .post, headers: headers, body: body) { $0 }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }
}
