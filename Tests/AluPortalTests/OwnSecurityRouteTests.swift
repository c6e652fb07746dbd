import AluPortalState
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import AluPortal

@Suite("Changing one's password and ending one's sessions over HTTP", .serialized)
struct OwnSecurityRouteTests {
    typealias Person = SignedInPortal.Person
    static let newPassword = "une phrase toute neuve pour la cuverie"

    /// The session token a visitor's cookie carries.
    static func token(_ visitor: Visitor) throws -> String {
        let cookie = try #require(visitor.cookies.first { $0.hasPrefix(SessionCookies.session + "=") })
        return String(cookie.dropFirst(SessionCookies.session.count + 1))
    }

    /// The text of the page's alert or status, whichever it has.
    static func said(_ html: String) -> String {
        for marker in ["role=\"alert\"><p>", "role=\"status\">"] {
            if let range = html.range(of: marker) { return String(html[range.upperBound...].prefix { $0 != "<" }) }
        }
        return ""
    }

    @Test("the password changes only with the current one; then every other browser is signed out and this one carries on under a new id")
    func changePassword() async throws {
        let portal = try SignedInPortal()
        let here = try portal.visitor(.supplierA), elsewhere = try portal.visitor(.supplierA)
        try await portal.test { client in
            let form = try await here.get(client, "/fr/account/password")
            #expect(form.status == .ok)
            for name in ["current", "password", "repeat"] { #expect(form.text.contains("name=\"\(name)\""), "\(name)") }
            #expect(form.text.contains("autocomplete=\"current-password\""))

            func change(_ current: String, _ new: String, repeat again: String? = nil) async throws -> TestResponse {
                try await here.post(client, "/fr/account/password", [("current", current), ("password", new), ("repeat", again ?? new)], origin: portal.origin)
            }
            let wrong = try await change("pas le bon", Self.newPassword)
            #expect(wrong.status == .unauthorized)
            #expect(Self.said(wrong.text) == "Ce n'est pas votre mot de passe actuel.")
            let differ = try await change(SignedInPortal.password, Self.newPassword, repeat: Self.newPassword + "!")
            #expect(differ.status == .badRequest)
            #expect(Self.said(differ.text) == "Les deux mots de passe ne sont pas identiques.")
            let common = try await change(SignedInPortal.password, "motdepasse123")
            #expect(common.status == .badRequest)
            #expect(Self.said(common.text).contains("courant"), "\(Self.said(common.text))")
            #expect(try await elsewhere.get(client, "/fr/account/").status == .ok, "a refused change signed a browser out")

            let done = try await change(SignedInPortal.password, Self.newPassword)
            #expect(done.status == .ok)
            #expect(Self.said(done.text) == "Votre mot de passe est changé ; vos autres sessions sont fermées.")
            let cookie = try #require(done.headers[values: .setCookie].first { $0.hasPrefix(SessionCookies.session + "=") })
            let renewed = Visitor(cookies: [String(cookie.prefix { $0 != ";" })], csrf: Visitor.hiddenCSRF(in: done.text))
            #expect(renewed.cookies != here.cookies)
            #expect(try await here.get(client, "/fr/account/").headers[.location] == "/fr/account/sign-in", "the old id still works")
            #expect(try await elsewhere.get(client, "/fr/account/").headers[.location] == "/fr/account/sign-in", "another browser is still signed in")
            #expect(try await renewed.get(client, "/fr/account/").status == .ok)
            // The page's forms carry the new session's token: they work.
            let list = try await renewed.post(client, "/fr/account/sessions", [("session", "others"), ("password", Self.newPassword)], origin: portal.origin)
            #expect(list.status == .ok)
            #expect(Self.said(list.text) == "Sessions fermées : 0.")
        }
        guard case .signedIn = try portal.store.signIn(email: Person.supplierA.email!, password: Self.newPassword, address: "192.0.2.9") else {
            Issue.record("the new password does not sign in"); return
        }
        guard case .refused = try portal.store.signIn(email: Person.supplierA.email!, password: SignedInPortal.password, address: "192.0.2.9") else {
            Issue.record("the old password still signs in"); return
        }
    }

    @Test("the sessions page lists one's own sessions; one, or all the others, end with the password, this browser's id renewed; another account's session id ends nothing")
    func endSessions() async throws {
        let portal = try SignedInPortal()
        let first = try portal.visitor(.supplierA), second = try portal.visitor(.supplierA), third = try portal.visitor(.supplierA)
        let stranger = try portal.visitor(.supplierB)
        let strangerID = try #require(try portal.store.sessions(token: Self.token(stranger))?.first?.id)
        let secondID = try #require(try portal.store.sessions(token: Self.token(second))?.first { $0.isCurrent }?.id)
        try await portal.test { client in
            var here = first
            let page = try await here.get(client, "/en/account/sessions")
            #expect(page.status == .ok)
            #expect(page.text.components(separatedBy: "This device").count == 2)
            #expect(page.text.components(separatedBy: "name=\"session\"").count == 4, "two others and 'all the others'")
            #expect(page.text.contains("value=\"\(secondID)\""))
            #expect(!page.text.contains("value=\"\(strangerID)\""))

            // Each success renews this browser's id: the old one ends, the answer carries the new one.
            func end(_ choice: String, _ password: String) async throws -> TestResponse {
                let before = here
                let response = try await here.post(client, "/en/account/sessions", [("session", choice), ("password", password)], origin: portal.origin)
                here = here.following(response)
                if response.status == .ok {
                    #expect(here.cookies != before.cookies, "the id was not renewed")
                    #expect(try await before.get(client, "/en/account/").status == .seeOther, "the id used to re-authenticate still works")
                }
                return response
            }
            let refused = try await end(String(secondID), "not my password")
            #expect(refused.status == .unauthorized)
            #expect(Self.said(refused.text) == "That is not your current password.")
            #expect(try await second.get(client, "/en/account/").status == .ok)

            #expect(try await end("", SignedInPortal.password).status == .badRequest)
            #expect(try await end("-3", SignedInPortal.password).status == .badRequest)

            let foreign = try await end(String(strangerID), SignedInPortal.password)
            #expect(Self.said(foreign.text) == "Sessions ended: 0.")
            #expect(try await stranger.get(client, "/en/account/").status == .ok, "another account's session was ended")

            let one = try await end(String(secondID), SignedInPortal.password)
            #expect(one.status == .ok)
            #expect(Self.said(one.text) == "Sessions ended: 1.")
            #expect(try await second.get(client, "/en/account/").status == .seeOther)
            #expect(try await third.get(client, "/en/account/").status == .ok)
            #expect(!one.text.contains("value=\"\(secondID)\""), "the list shows the ended session")

            let others = try await end("others", SignedInPortal.password)
            #expect(Self.said(others.text) == "Sessions ended: 1.")
            #expect(try await third.get(client, "/en/account/").status == .seeOther)
            #expect(try await here.get(client, "/en/account/").status == .ok)
            #expect(others.text.contains("No other session is open."))
        }
    }

    @Test("guessing the password on these forms is throttled like sign-in: the sixth try is a 429 with Retry-After")
    func throttled() async throws {
        let portal = try SignedInPortal()
        let here = try portal.visitor(.supplierA)
        try await portal.test { client in
            for _ in 0..<5 {
                let response = try await here.post(client, "/fr/account/sessions", [("session", "others"), ("password", "devinette")], origin: portal.origin)
                #expect(response.status == .unauthorized)
            }
            let sixth = try await here.post(client, "/fr/account/password",
                                            [("current", SignedInPortal.password), ("password", Self.newPassword), ("repeat", Self.newPassword)],
                                            origin: portal.origin)
            #expect(sixth.status == .tooManyRequests)
            #expect(Int(sixth.headers[.retryAfter] ?? "") ?? 0 > 0)
        }
    }
}
