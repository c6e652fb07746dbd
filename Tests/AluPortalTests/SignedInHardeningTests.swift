import AluCatalog
import AluDirectory
import AluPortalState
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Synchronization
import Testing
@testable import AluPortal

/// What an independent review found, each kept from coming back.
@Suite("The signed-in side resists what a review tried", .serialized)
struct SignedInHardeningTests {
    typealias Person = SignedInPortal.Person

    @Test("a supplier's downloads and form never carry the staff's internal notes about it")
    func internalNotesStayWithStaff() async throws {
        let portal = try SignedInPortal()
        let id = "decarbonation-conseil-boreal"  // planted: "PlantedInternalNote"
        let link = try portal.store.invite(email: "x@decarbonation.example", supplierID: id, by: .system)
        let account = try portal.store.acceptInvitation(token: link.token.value, password: SignedInPortal.password, caller: .system)
        guard case .signedIn(let grant) = try portal.store.signIn(email: account.email, password: SignedInPortal.password, address: "127.0.0.1") else {
            Issue.record("no sign-in")
            return
        }
        let visitor = Visitor(cookies: ["\(SessionCookies.session)=\(grant.token.value)"], csrf: grant.csrfToken)
        try await portal.test { client in
            let xml = try await visitor.get(client, "/fr/supplier/entry/entry.xml")
            #expect(xml.status == .ok)
            #expect(xml.text.contains("<neq>"))
            #expect(!xml.text.contains("PlantedInternalNote"))
            #expect(!xml.text.contains("internalNotes"))
            #expect(!(try await visitor.get(client, "/fr/supplier/entry").text).contains("PlantedInternalNote"))
        }
    }

    @Test("reset links: three an hour per address asked for, whatever the client; the answer stays the same")
    func resetRequestsAreLimited() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            let visitor = try await Visitor.anonymous(client)
            var pages: Set<Int> = []
            for _ in 0..<6 {
                let answer = try await visitor.post(client, "/fr/account/reset", [("email", Person.supplierA.email!)], origin: portal.origin)
                pages.insert(answer.status.code)
            }
            #expect(pages == [200])
        }
        try await Task.sleep(for: .milliseconds(500))
        let resets = SelfServiceRouteTests.outbox(portal).filter { $0.contains(Person.supplierA.email!) }
        #expect(resets.count == 3)
    }

    @Test("applications count for an hour even when a sign-in clears its own 15-minute window")
    func applicationWindowSurvivesSignIn() throws {
        let portal = try SignedInPortal()
        let caller = Caller(account: nil, address: "198.51.100.7")
        for n in 0..<5 {
            _ = try portal.store.apply(email: "a\(n)@exemple.example", legalName: "Entreprise \(n)", language: "fr", caller: caller) { _ in false }
        }
        portal.clock.advance(16 * 60)
        _ = try portal.store.signIn(email: "nobody@exemple.example", password: "wrong password", address: "203.0.113.1")
        let outcome = try portal.store.apply(email: "a9@exemple.example", legalName: "Entreprise 9", language: "fr", caller: caller, isTaken: { _ in false })
        guard case .throttled = outcome else {
            Issue.record("a sign-in reopened the application window")
            return
        }
    }

    @Test("two applications with the same name at the same moment get two different supplier ids")
    func applicationsDoNotShareAnID() async throws {
        let portal = try SignedInPortal()
        let store = portal.store
        let ids = Mutex<[String]>([])
        DispatchQueue.concurrentPerform(iterations: 2) { n in
            let outcome = try? store.apply(email: "p\(n)@usinage.example", legalName: "Usinage Nouveau", language: "fr",
                                           caller: Caller(account: nil, address: "192.0.2.\(n + 1)")) { _ in
                Thread.sleep(forTimeInterval: 0.05)
                return false
            }
            if case .invited(_, let id)? = outcome { ids.withLock { $0.append(id) } }
        }
        let made = ids.withLock { $0 }
        #expect(made.count == 2)
        #expect(Set(made).count == 2, "\(made)")
    }

    @Test("wrong TOTP codes sent at once are checked five times at most")
    func totpGuessesAtOnceAreCounted() throws {
        let portal = try SignedInPortal()
        _ = try portal.visitor(.reviewer)  // enrols the reviewer's second factor
        guard case .signedIn(let grant) = try portal.store.signIn(email: Person.reviewer.email!, password: SignedInPortal.password, address: "127.0.0.1") else {
            Issue.record("no sign-in")
            return
        }
        let store = portal.store, token = grant.token.value
        let checked = Mutex(0)
        DispatchQueue.concurrentPerform(iterations: 12) { _ in
            _ = try? store.completeSecondFactor(token: token, address: "127.0.0.1") { _ in
                checked.withLock { $0 += 1 }
                Thread.sleep(forTimeInterval: 0.05)
                return nil
            }
        }
        #expect(checked.withLock { $0 } <= 5)
    }

    @Test("an invitation's supplier id must be an id: no path")
    func invitationSupplierIDIsAnID() throws {
        let portal = try SignedInPortal()
        do {
            _ = try portal.store.invite(email: "y@exemple.example", supplierID: "../../x", by: .system)
            Issue.record("a path was taken as a supplier id")
        } catch .supplierIDInvalid(let id) {
            #expect(id == "../../x")
        } catch {
            Issue.record("\(error)")
        }
    }

    @Test("a broken ODS upload is the supplier's mistake (422 in its language), and a store failure never shows paths or SQLite's words")
    func errorsSayWhatTheReaderCanUse() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            let supplier = try portal.visitor(.supplierA)
            let broken = try await supplier.postFile(client, "/fr/supplier/entry/upload", file: [0x50, 0x4B, 0x03, 0x04] + Array(repeating: 0x41, count: 200),
                                                     fileName: "fiche.ods", origin: portal.origin)
            #expect(broken.status != .internalServerError)
            #expect(broken.status == .seeOther || broken.status == .unprocessableContent)
        }
        let responder = AccountResponder(language: .fr, day: .today(), session: nil)
        let failure = responder.failure(.database(path: "/secret/place/portal.sqlite", reason: "disk I/O error"))
        #expect(failure.status == .internalServerError)
    }
}
