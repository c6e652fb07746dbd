import AluCatalog
import AluPortalState
import Foundation
import Testing

@Suite("Invitations and password resets")
struct LinkTests {
    @Test("an invitation creates the account once; a second use and an expired one get the same refusal")
    func invitationIsSingleUseAndExpires() throws {
        let fixture = try Fixture()
        let link = try fixture.state.invite(email: "Nouveau@Electro-Saguenay.example", supplierID: "electro-saguenay", by: .system)
        #expect(link.expiresAt.timeIntervalSince(fixture.clock.now()) == 7 * 24 * 3600)
        let account = try fixture.state.acceptInvitation(token: link.token.value, password: Fixture.password, caller: Caller(account: nil, address: "192.0.2.1"))
        #expect(account.role == .supplier)
        #expect(account.supplierID == "electro-saguenay")
        #expect(account.email == "Nouveau@Electro-Saguenay.example")
        do {
            _ = try fixture.state.acceptInvitation(token: link.token.value, password: Fixture.password, caller: Caller(account: nil, address: "192.0.2.1"))
            Issue.record("used twice")
        } catch {
            #expect(error.text("fr").hasPrefix("ce lien d'invitation n'est pas valide"))
        }
        let late = try fixture.state.invite(email: "tard@electro-saguenay.example", supplierID: "electro-saguenay", by: .system)
        fixture.clock.advance(7 * 24 * 3600)
        #expect(throws: PortalStateError.self) {
            _ = try fixture.state.acceptInvitation(token: late.token.value, password: Fixture.password, caller: Caller(account: nil, address: "192.0.2.1"))
        }
    }

    @Test("a weak password is refused before the invitation is spent")
    func weakPasswordKeepsTheInvitation() throws {
        let fixture = try Fixture()
        let link = try fixture.state.invite(email: "n@electro-saguenay.example", supplierID: "electro-saguenay", by: .system)
        #expect(throws: PortalStateError.self) {
            _ = try fixture.state.acceptInvitation(token: link.token.value, password: "court", caller: Caller(account: nil, address: "192.0.2.1"))
        }
        _ = try fixture.state.acceptInvitation(token: link.token.value, password: Fixture.password, caller: Caller(account: nil, address: "192.0.2.1"))
    }

    @Test("only admins invite staff; reviewers invite supplier users; suppliers invite no one")
    func whoMayInvite() throws {
        let fixture = try Fixture()
        let admin = fixture.caller(try fixture.account("admin@grappe.example", .admin))
        let reviewer = fixture.caller(try fixture.account("evaluatrice@grappe.example", .reviewer))
        let supplier = fixture.caller(try fixture.account("fournisseur@electro-saguenay.example"))
        _ = try fixture.state.invite(email: "r2@grappe.example", role: .reviewer, supplierID: nil, by: admin)
        _ = try fixture.state.invite(email: "s2@electro-saguenay.example", supplierID: "electro-saguenay", by: reviewer)
        #expect(throws: PortalStateError.self) { _ = try fixture.state.invite(email: "r3@grappe.example", role: .admin, supplierID: nil, by: reviewer) }
        #expect(throws: PortalStateError.self) { _ = try fixture.state.invite(email: "s3@electro-saguenay.example", supplierID: "electro-saguenay", by: supplier) }
        #expect(throws: PortalStateError.self) { _ = try fixture.state.invite(email: "s4@x.example", supplierID: nil, by: admin) }
    }

    @Test("a password reset works once within 30 minutes and ends every session of the account")
    func resetIsSingleUseShortLivedAndRevokesSessions() throws {
        let fixture = try Fixture()
        try fixture.account("fournisseur@electro-saguenay.example")
        guard case .signedIn(let grant) = try fixture.state.signIn(email: "fournisseur@electro-saguenay.example", password: Fixture.password, address: "192.0.2.5") else {
            Issue.record("not signed in"); return
        }
        #expect(try fixture.state.requestPasswordReset(email: "personne@nulle-part.example", caller: Caller(account: nil, address: "192.0.2.5")) == nil)
        let link = try #require(try fixture.state.requestPasswordReset(email: "FOURNISSEUR@electro-saguenay.example", caller: Caller(account: nil, address: "192.0.2.5")))
        #expect(link.expiresAt.timeIntervalSince(fixture.clock.now()) == 30 * 60)
        _ = try fixture.state.resetPassword(token: link.token.value, newPassword: "un tout nouveau secret", caller: Caller(account: nil, address: "192.0.2.5"))
        #expect(try fixture.state.session(token: grant.token.value) == nil)
        #expect(throws: PortalStateError.self) {
            _ = try fixture.state.resetPassword(token: link.token.value, newPassword: "encore un autre secret", caller: Caller(account: nil, address: "192.0.2.5"))
        }
        guard case .signedIn = try fixture.state.signIn(email: "fournisseur@electro-saguenay.example", password: "un tout nouveau secret", address: "192.0.2.5") else {
            Issue.record("new password refused"); return
        }
        let late = try #require(try fixture.state.requestPasswordReset(email: "fournisseur@electro-saguenay.example", caller: Caller(account: nil, address: "192.0.2.5")))
        fixture.clock.advance(30 * 60)
        #expect(throws: PortalStateError.self) {
            _ = try fixture.state.resetPassword(token: late.token.value, newPassword: "trop tard pour ceci", caller: Caller(account: nil, address: "192.0.2.5"))
        }
    }
}

@Suite("Follow-up lists")
struct FollowUpTests {
    func supplier(_ id: String, lastUpdated: String?, certificates: [String?] = []) -> Supplier {
        var supplier = Supplier(id: id)
        supplier.lastUpdated = lastUpdated.flatMap(CalendarDay.init)
        supplier.certifications = certificates.enumerated().map { n, end in
            Certification(scheme: "ISO \(n)", number: "N\(n)", issuer: nil, validFrom: nil, validUntil: end.flatMap(CalendarDay.init))
        }
        return supplier
    }

    @Test("entries not confirmed for 12 months: never confirmed first, then oldest; a day under 12 months is not listed")
    func unconfirmed() {
        let today = CalendarDay(year: 2026, month: 2, day: 12)
        let list = FollowUp.unconfirmed([
            supplier("recent", lastUpdated: "2025-02-12"), supplier("old", lastUpdated: "2025-02-11"),
            supplier("older", lastUpdated: "2023-06-01"), supplier("never", lastUpdated: nil),
        ], today: today)
        #expect(list.map(\.id) == ["never", "older", "old"])
        // 31 March minus one month is 28 February (29 in a leap year).
        #expect(FollowUp.unconfirmed([supplier("a", lastUpdated: "2024-02-28")], today: CalendarDay(year: 2024, month: 3, day: 31), months: 1).map(\.id) == ["a"])
        #expect(FollowUp.unconfirmed([supplier("a", lastUpdated: "2024-02-29")], today: CalendarDay(year: 2024, month: 3, day: 31), months: 1).isEmpty)
    }

    @Test("certificates ending within N days, soonest first; expired and open-ended ones are not listed")
    func expiringCertificates() {
        let today = CalendarDay(year: 2026, month: 2, day: 12)
        let list = FollowUp.expiringCertificates([
            supplier("a", lastUpdated: nil, certificates: ["2026-03-14", "2026-02-11", nil, "2026-02-12"]),
            supplier("b", lastUpdated: nil, certificates: ["2026-03-15", "2027-01-01"]),
        ], today: today, within: 30)
        #expect(list.map { "\($0.supplierID) \($0.validUntil) \($0.daysLeft)" } == ["a 2026-02-12 0", "a 2026-03-14 30"])
    }

    @Test("over the sample catalogue, the lists come from the catalogue model")
    func sampleCatalogue() throws {
        let index = try CatalogLoader(root: Fixture.scratchCatalog(entries: ["electro-saguenay": Fixture.originalXML]), today: Fixture.today).loadAll()
        let suppliers = FollowUp.suppliers(of: index)
        #expect(suppliers.map(\.id) == ["electro-saguenay"])
        // Its ISO 45001 certificate ends on 2026-09-30: 230 days after 2026-02-12.
        #expect(FollowUp.expiringCertificates(suppliers, today: Fixture.today, within: 365).map(\.daysLeft).contains(230))
        #expect(FollowUp.expiringCertificates(suppliers, today: Fixture.today, within: 229).allSatisfy { $0.daysLeft <= 229 })
        #expect(FollowUp.unconfirmed(suppliers, today: Fixture.today).isEmpty)
        #expect(FollowUp.unconfirmed(suppliers, today: CalendarDay(year: 2027, month: 2, day: 13)).map(\.id) == ["electro-saguenay"])
    }
}
