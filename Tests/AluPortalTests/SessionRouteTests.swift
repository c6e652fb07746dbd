import AluPortalState
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import AluPortal

@Suite("CSRF, sessions and throttling over HTTP", .serialized)
struct SessionRouteTests {
    typealias Person = SignedInPortal.Person

    /// Who may post to a route: the first person its matrix row lets through.
    /// (nil for the second-factor routes, which a session waiting for its code posts to).
    static func poster(_ entry: RouteEntry) -> Person? {
        let row = Array(AuthorizationMatrixTests.expected[AuthorizationMatrixTests.key(entry)] ?? "")
        guard let index = row.firstIndex(of: ".") else { return nil }
        return Person.allCases[index]
    }

    @Test("every state-changing route refuses a missing token, a wrong token, another session's token, a foreign Origin and no Origin")
    func csrfOnEveryPost() async throws {
        let portal = try SignedInPortal()
        let posts = portal.portal.routeTable.filter { $0.method == .post }
        #expect(posts.count >= 15)
        try await portal.test { client in
            var failures: [String] = []
            for entry in posts {
                let person = Self.poster(entry)
                let language = String(entry.path.dropFirst().prefix(2))
                let path = entry.path.replacingOccurrences(of: "{id}", with: "1").replacingOccurrences(of: "{supplier}", with: SignedInPortal.supplierA)
                func visit() async throws -> Visitor {
                    switch person {
                    case nil: try portal.waitingForCode(.reviewer)
                    case .anonymous?: try await Visitor.anonymous(client, language: language)
                    case let person?: try portal.visitor(person)
                    }
                }
                let visitor = try await visit(), other = try await visit()
                let token = try #require(visitor.csrf)
                let wrong = String(token.dropLast()) + (token.last == "A" ? "B" : "A")
                let upload = path.hasSuffix("/upload")
                func send(csrf: String? = nil, origin: String?) async throws -> TestResponse {
                    upload ? try await visitor.postFile(client, path, file: Array("<supplier/>".utf8), csrf: csrf, origin: origin)
                        : try await visitor.post(client, path, csrf: csrf, origin: origin)
                }
                let attempts: [(String, TestResponse)] = [
                    ("no token", try await send(csrf: "", origin: portal.origin)),
                    ("wrong token", try await send(csrf: wrong, origin: portal.origin)),
                    ("another session's token", try await send(csrf: try #require(other.csrf), origin: portal.origin)),
                    ("foreign Origin", try await send(origin: "https://attacker.example")),
                    ("no Origin", try await send(origin: nil)),
                ]
                for (what, response) in attempts where response.status != .forbidden {
                    failures.append("\(entry) as \(person.map(\.description) ?? "waiting for a code") with \(what): \(response.status.code)")
                }
            }
            #expect(failures == [])
        }
        // Nothing was done: no submission, no invitation, every session but sign-ins' still there.
        let admin = Caller(account: try portal.store.account(id: portal.accountIDs[.admin]!), address: "127.0.0.1")
        #expect(try portal.store.auditLog(by: admin).filter { !["account.created", "invitation.created", "session.signed-in", "totp.enrolled", "session.mfa-completed"].contains($0.action) }.map(\.action) == [])
    }

    @Test("sign-in gives a new session id whatever cookie came with it; the old session ends; the cookie is __Host-, Secure, HttpOnly, SameSite=Strict")
    func sessionFixation() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            var visitor = try await Visitor.anonymous(client)
            let first = try await visitor.post(client, "/fr/account/sign-in", [("email", Person.supplierA.email!), ("password", SignedInPortal.password)], origin: portal.origin)
            #expect(first.status == .seeOther)
            let cookie = try #require(first.headers[values: .setCookie].first { $0.hasPrefix(SessionCookies.session + "=") })
            #expect(cookie.contains("; Path=/; Secure; HttpOnly; SameSite=Strict"))
            let token1 = String(cookie.dropFirst(SessionCookies.session.count + 1).prefix { $0 != ";" })
            #expect(try portal.store.session(token: token1) != nil)
            // Signing in again from that session (or with a planted value) never keeps the id.
            visitor.cookies = ["\(SessionCookies.session)=\(token1)"]
            visitor.csrf = try #require(try portal.store.session(token: token1)).csrfToken
            let second = try await visitor.post(client, "/fr/account/sign-in", [("email", Person.supplierA.email!), ("password", SignedInPortal.password)], origin: portal.origin)
            let cookie2 = try #require(second.headers[values: .setCookie].first { $0.hasPrefix(SessionCookies.session + "=") })
            let token2 = String(cookie2.dropFirst(SessionCookies.session.count + 1).prefix { $0 != ";" })
            #expect(token2 != token1)
            #expect(try portal.store.session(token: token1) == nil)
            #expect(try portal.store.session(token: token2) != nil)
            // A planted, unknown id is not a session: it is cleared and the sign-in page shown.
            let planted = Visitor(cookies: ["\(SessionCookies.session)=planted-by-an-attacker"], csrf: nil)
            let home = try await planted.get(client, "/fr/account/")
            #expect(home.status == .seeOther)
            #expect(home.headers[.location] == "/fr/account/sign-in")
            #expect(home.headers[values: .setCookie].contains { $0.hasPrefix(SessionCookies.session + "=;") && $0.contains("Max-Age=0") })
        }
    }

    @Test("an idle session ends after 30 minutes, any session after 12 hours; sign-out ends one, sign-out everywhere all, each asking the browser to clear what it holds")
    func expiryAndLogout() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            let idle = try portal.visitor(.supplierA)
            #expect(try await idle.get(client, "/fr/account/").status == .ok)
            portal.clock.advance(31 * 60)
            let expired = try await idle.get(client, "/fr/account/")
            #expect(expired.status == .seeOther)
            #expect(expired.headers[.location] == "/fr/account/sign-in")

            let busy = try portal.visitor(.supplierA)
            for _ in 0..<24 {
                portal.clock.advance(29 * 60)
                #expect(try await busy.get(client, "/fr/account/").status == .ok)
            }
            portal.clock.advance(29 * 60)
            #expect(try await busy.get(client, "/fr/account/").status == .seeOther, "12 hours is the absolute limit")

            let one = try portal.visitor(.supplierA), two = try portal.visitor(.supplierA), three = try portal.visitor(.supplierA)
            let out = try await one.post(client, "/fr/account/sign-out", origin: portal.origin)
            #expect(out.status == .seeOther)
            #expect(out.headers[values: .setCookie].contains { $0.hasPrefix(SessionCookies.session + "=;") })
            #expect(out.headers[HTTPField.Name("Clear-Site-Data")!] == "\"cache\", \"storage\"")
            #expect(try await one.get(client, "/fr/account/").status == .seeOther)
            #expect(try await two.get(client, "/fr/account/").status == .ok)
            let everywhere = try await two.post(client, "/fr/account/sign-out-everywhere", origin: portal.origin)
            #expect(everywhere.status == .seeOther)
            #expect(everywhere.headers[HTTPField.Name("Clear-Site-Data")!] == "\"cache\", \"storage\"")
            #expect(try await two.get(client, "/fr/account/").status == .seeOther)
            #expect(try await three.get(client, "/fr/account/").status == .seeOther)
        }
    }

    @Test("wrong password and unknown account get the same 401 page; the sixth try in 15 minutes is a 429 with Retry-After, the right password included")
    func throttledSignIn() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            let visitor = try await Visitor.anonymous(client)
            func attempt(_ email: String, _ password: String) async throws -> TestResponse {
                try await visitor.post(client, "/fr/account/sign-in", [("email", email), ("password", password)], origin: portal.origin)
            }
            let wrong = try await attempt(Person.supplierA.email!, "not the password")
            let unknown = try await attempt("nobody@nowhere.example", "not the password")
            #expect(wrong.status == .unauthorized)
            #expect(unknown.status == .unauthorized)
            func message(_ html: String) -> String? {
                html.range(of: "role=\"alert\"").map { String(html[$0.upperBound...].prefix(300)) }
            }
            #expect(message(wrong.text) != nil)
            #expect(message(wrong.text) == message(unknown.text))
            for _ in 0..<4 { #expect(try await attempt(Person.supplierA.email!, "still wrong").status == .unauthorized) }
            let throttled = try await attempt(Person.supplierA.email!, SignedInPortal.password)
            #expect(throttled.status == .tooManyRequests)
            let retry = try #require(throttled.headers[.retryAfter].flatMap(Int.init))
            #expect((1...900).contains(retry))
            portal.clock.advance(TimeInterval(retry + 1))
            #expect(try await attempt(Person.supplierA.email!, SignedInPortal.password).status == .seeOther)
        }
    }

    @Test("staff sign in with TOTP: enrolment shows the secret, a wrong code is a 401, the right one completes; the same code is refused the next time")
    func totpSecondFactor() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            var visitor = try await Visitor.anonymous(client)
            let first = try await visitor.post(client, "/fr/account/sign-in", [("email", Person.reviewer.email!), ("password", SignedInPortal.password)], origin: portal.origin)
            #expect(first.headers[.location] == "/fr/account/sign-in/code")
            let cookie = try #require(first.headers[values: .setCookie].first { $0.hasPrefix(SessionCookies.session + "=") })
            let pendingToken = String(cookie.dropFirst(SessionCookies.session.count + 1).prefix { $0 != ";" })
            visitor = Visitor(cookies: ["\(SessionCookies.session)=\(pendingToken)"], csrf: try #require(try portal.store.session(token: pendingToken)).csrfToken)
            // While the code is owed, the staff pages are out of reach.
            #expect(try await visitor.get(client, "/fr/staff/queue").headers[.location] == "/fr/account/sign-in")
            let page = try await visitor.get(client, "/fr/account/sign-in/code")
            #expect(page.status == .ok)
            let secret = try #require(try portal.store.secondFactorSecret(token: pendingToken)).secret
            #expect(page.text.contains("otpauth://totp/"))
            let wrong = try await visitor.post(client, "/fr/account/sign-in/code", [("code", "000000" == portal.code(secret) ? "111111" : "000000")], origin: portal.origin)
            #expect(wrong.status == .unauthorized)
            let code = portal.code(secret)
            let right = try await visitor.post(client, "/fr/account/sign-in/code", [("code", code)], origin: portal.origin)
            #expect(right.status == .seeOther)
            #expect(right.headers[.location] == "/fr/account/")
            let full = try #require(right.headers[values: .setCookie].first { $0.hasPrefix(SessionCookies.session + "=") })
            let fullToken = String(full.dropFirst(SessionCookies.session.count + 1).prefix { $0 != ";" })
            #expect(fullToken != pendingToken)
            let signedIn = Visitor(cookies: ["\(SessionCookies.session)=\(fullToken)"], csrf: nil)
            #expect(try await signedIn.get(client, "/fr/staff/queue").status == .ok)

            // A second sign-in within the same 30 seconds: the code already used is refused.
            var again = try await Visitor.anonymous(client)
            let second = try await again.post(client, "/fr/account/sign-in", [("email", Person.reviewer.email!), ("password", SignedInPortal.password)], origin: portal.origin)
            let cookie2 = try #require(second.headers[values: .setCookie].first { $0.hasPrefix(SessionCookies.session + "=") })
            let token2 = String(cookie2.dropFirst(SessionCookies.session.count + 1).prefix { $0 != ";" })
            again = Visitor(cookies: ["\(SessionCookies.session)=\(token2)"], csrf: try #require(try portal.store.session(token: token2)).csrfToken)
            let replay = try await again.post(client, "/fr/account/sign-in/code", [("code", code)], origin: portal.origin)
            #expect(replay.status == .unauthorized)
            portal.clock.advance(30)
            let fresh = try await again.post(client, "/fr/account/sign-in/code", [("code", portal.code(secret))], origin: portal.origin)
            #expect(fresh.status == .seeOther)
        }
    }

    @Test("a supplier turns the second factor on with a code (then offered to end its other sessions), is then asked for one at sign-in, and may turn it off; staff may not")
    func supplierSecondFactor() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            let supplier = try portal.visitor(.supplierA)
            let first = try await supplier.get(client, "/fr/account/second-factor")
            #expect(first.status == .ok)
            #expect(!first.text.contains("otpauth://totp/"), "a GET makes no secret")
            let page = try await supplier.post(client, "/fr/account/second-factor", [("action", "start")], origin: portal.origin)
            #expect(page.status == .ok)
            #expect(page.text.contains("otpauth://totp/"))
            let token = String(supplier.cookies[0].dropFirst(SessionCookies.session.count + 1))
            let secret = try #require(try portal.store.enrolmentSecret(token: token))
            #expect(try await supplier.post(client, "/fr/account/second-factor", [("action", "enable"), ("code", "12345")], origin: portal.origin).status == .unauthorized)
            portal.clock.advance(30)
            let on = try await supplier.post(client, "/fr/account/second-factor", [("action", "enable"), ("code", portal.code(secret))], origin: portal.origin)
            #expect(on.status == .ok)
            #expect(try portal.store.account(id: portal.accountIDs[.supplierA]!)?.totpSecret == secret)
            // A changed factor: the page offers to end the other sessions (ASVS 7.4.3).
            #expect(on.text.contains("href=\"/fr/account/sessions\""), "no offer to end the other sessions")
            #expect(!first.text.contains("href=\"/fr/account/sessions\""))
            // The next sign-in owes a code.
            guard case .signedIn(let grant) = try portal.store.signIn(email: Person.supplierA.email!, password: SignedInPortal.password, address: "127.0.0.1") else {
                Issue.record("no sign-in")
                return
            }
            #expect(grant.session.mfaPending)
            // Off again, with a fresh code.
            portal.clock.advance(30)
            let off = try await supplier.post(client, "/fr/account/second-factor", [("action", "disable"), ("code", portal.code(secret))], origin: portal.origin)
            #expect(off.status == .ok)
            #expect(try portal.store.account(id: portal.accountIDs[.supplierA]!)?.totpSecret == nil)
            // Staff cannot turn theirs off.
            let reviewer = try portal.visitor(.reviewer)
            let refused = try await reviewer.post(client, "/fr/account/second-factor", [("action", "disable"), ("code", "000000")], origin: portal.origin)
            #expect(refused.status == .forbidden)
            #expect(try portal.store.account(id: portal.accountIDs[.reviewer]!)?.totpSecret != nil)
        }
    }
}
