import AluPortalState
import Foundation
import Testing

@Suite("Sessions")
struct SessionTests {
    static let email = "fournisseur@electro-saguenay.example"

    func signIn(_ fixture: Fixture, _ email: String = SessionTests.email, password: String = Fixture.password) throws -> SessionGrant? {
        if case .signedIn(let grant) = try fixture.state.signIn(email: email, password: password, address: "192.0.2.20") { return grant }
        return nil
    }

    @Test("signing in opens a new session each time (a new id, never one given), found by its token")
    func signInOpensANewSession() throws {
        let fixture = try Fixture()
        let account = try fixture.account(Self.email)
        let first = try #require(try signIn(fixture))
        let second = try #require(try signIn(fixture, Self.email.uppercased()))
        #expect(first.token != second.token)
        #expect(!first.session.mfaPending)
        let found = try #require(try fixture.state.session(token: first.token.value))
        #expect(found.account.id == account.id)
        #expect(found.csrfToken == first.csrfToken)
        #expect(try fixture.state.session(token: SecretToken.generate().value) == nil)
    }

    @Test("a session unused for 30 minutes ends; use (touch) keeps it alive")
    func idleTimeout() throws {
        let fixture = try Fixture()
        try fixture.account(Self.email)
        let grant = try #require(try signIn(fixture))
        fixture.clock.advance(29 * 60)
        #expect(try fixture.state.touch(token: grant.token.value))
        fixture.clock.advance(29 * 60)
        #expect(try fixture.state.session(token: grant.token.value) != nil)
        fixture.clock.advance(60)
        #expect(try fixture.state.session(token: grant.token.value) == nil)
        #expect(try !fixture.state.touch(token: grant.token.value))
    }

    @Test("a session ends 12 hours after sign-in however much it is used")
    func absoluteTimeout() throws {
        let fixture = try Fixture()
        try fixture.account(Self.email)
        let grant = try #require(try signIn(fixture))
        for _ in 0..<(12 * 4 - 1) {
            fixture.clock.advance(15 * 60)
            #expect(try fixture.state.touch(token: grant.token.value))
        }
        fixture.clock.advance(15 * 60)
        #expect(try fixture.state.session(token: grant.token.value) == nil)
    }

    @Test("the timeouts are configurable")
    func configurableTimeouts() throws {
        var configuration = PortalStoreConfiguration.testing
        configuration.sessionIdleTimeout = 60
        let fixture = try Fixture(configuration: configuration)
        try fixture.account(Self.email)
        let grant = try #require(try signIn(fixture))
        fixture.clock.advance(61)
        #expect(try fixture.state.session(token: grant.token.value) == nil)
    }

    @Test("signing out ends that session only; signing out everywhere ends all of the account's")
    func signOutAndEverywhere() throws {
        let fixture = try Fixture()
        let account = try fixture.account(Self.email)
        let other = try fixture.account("autre@electro-saguenay.example")
        let a = try #require(try signIn(fixture)), b = try #require(try signIn(fixture)), c = try #require(try signIn(fixture))
        let theirs = try #require(try signIn(fixture, "autre@electro-saguenay.example"))
        try fixture.state.signOut(token: a.token.value, caller: fixture.caller(account))
        #expect(try fixture.state.session(token: a.token.value) == nil)
        #expect(try fixture.state.session(token: b.token.value) != nil)
        #expect(throws: PortalStateError.self) { try fixture.state.signOutEverywhere(accountID: account.id, caller: fixture.caller(other)) }
        #expect(try fixture.state.signOutEverywhere(accountID: account.id, caller: fixture.caller(account)) == 2)
        #expect(try fixture.state.session(token: b.token.value) == nil)
        #expect(try fixture.state.session(token: c.token.value) == nil)
        #expect(try fixture.state.session(token: theirs.token.value) != nil)
    }

    @Test("staff sign in to an mfaPending session that expires in 5 minutes; the second factor replaces it with a new id")
    func staffSessionsWaitForTheSecondFactor() throws {
        let fixture = try Fixture()
        try fixture.account("evaluatrice@grappe.example", .reviewer)
        let pending = try #require(try signIn(fixture, "evaluatrice@grappe.example"))
        #expect(pending.session.mfaPending)
        #expect(try fixture.state.session(token: pending.token.value)?.session.mfaPending == true)
        let full = try #require(try fixture.state.completeMFA(token: pending.token.value, address: "192.0.2.20"))
        #expect(full.token != pending.token)
        #expect(!full.session.mfaPending)
        #expect(try fixture.state.session(token: pending.token.value) == nil)
        #expect(try fixture.state.completeMFA(token: pending.token.value, address: "192.0.2.20") == nil)
        // A pending session not completed in time is gone.
        let late = try #require(try signIn(fixture, "evaluatrice@grappe.example"))
        fixture.clock.advance(5 * 60)
        #expect(try fixture.state.session(token: late.token.value) == nil)
    }

    @Test("a disabled account's sessions end and it cannot sign in")
    func disabledAccount() throws {
        let fixture = try Fixture()
        let admin = try fixture.account("admin@grappe.example", .admin)
        let account = try fixture.account(Self.email)
        let grant = try #require(try signIn(fixture))
        try fixture.state.disableAccount(id: account.id, by: fixture.caller(admin))
        #expect(try fixture.state.session(token: grant.token.value) == nil)
        guard case .refused = try fixture.state.signIn(email: Self.email, password: Fixture.password, address: "192.0.2.20") else {
            Issue.record("a disabled account signed in"); return
        }
    }
}

@Suite("Sign-in throttling")
struct ThrottleTests {
    @Test("after 5 failures in 15 minutes an account is refused with a retry-after, the right password included; the window slides")
    func perAccount() throws {
        let fixture = try Fixture()
        try fixture.account(SessionTests.email)
        for minute in 0..<5 {
            guard case .refused = try fixture.state.signIn(email: SessionTests.email, password: "wrong password", address: "198.51.100.\(minute)") else {
                Issue.record("failure \(minute) not refused"); return
            }
            fixture.clock.advance(60)
        }
        // 5 failures at minutes 0…4; now minute 5.
        guard case .throttled(let retryAfter) = try fixture.state.signIn(email: SessionTests.email, password: Fixture.password, address: "198.51.100.9") else {
            Issue.record("not throttled"); return
        }
        #expect(retryAfter == 10 * 60)  // the failure of minute 0 leaves the window at minute 15
        fixture.clock.advance(TimeInterval(retryAfter))
        guard case .signedIn = try fixture.state.signIn(email: SessionTests.email, password: Fixture.password, address: "198.51.100.9") else {
            Issue.record("still throttled after retry-after"); return
        }
    }

    @Test("an unknown account gets the same answers as a wrong password, throttling included")
    func unknownAccountIsIndistinguishable() throws {
        let fixture = try Fixture()
        try fixture.account(SessionTests.email)
        var known: [String] = [], unknown: [String] = []
        for n in 0..<6 {
            known.append("\(try fixture.state.signIn(email: SessionTests.email, password: "wrong \(n)", address: "198.51.100.1"))")
            unknown.append("\(try fixture.state.signIn(email: "personne@nulle-part.example", password: "wrong \(n)", address: "198.51.100.2"))")
        }
        #expect(known == unknown)
        #expect(known.last?.hasPrefix("throttled") == true)
    }

    @Test("20 failures from one address in 15 minutes refuse that address, whatever the account")
    func perAddress() throws {
        let fixture = try Fixture()
        try fixture.account(SessionTests.email)
        for n in 0..<20 {
            _ = try fixture.state.signIn(email: "visiteur\(n)@exemple.example", password: "wrong", address: "203.0.113.5")
        }
        guard case .throttled = try fixture.state.signIn(email: SessionTests.email, password: Fixture.password, address: "203.0.113.5") else {
            Issue.record("address not throttled"); return
        }
        guard case .signedIn = try fixture.state.signIn(email: SessionTests.email, password: Fixture.password, address: "203.0.113.6") else {
            Issue.record("another address was throttled"); return
        }
    }

    @Test("a successful sign-in forgets the account's earlier failures")
    func successResetsTheAccount() throws {
        let fixture = try Fixture()
        try fixture.account(SessionTests.email)
        for _ in 0..<4 { _ = try fixture.state.signIn(email: SessionTests.email, password: "wrong", address: "198.51.100.1") }
        guard case .signedIn = try fixture.state.signIn(email: SessionTests.email, password: Fixture.password, address: "198.51.100.1") else {
            Issue.record("not signed in"); return
        }
        for _ in 0..<4 { _ = try fixture.state.signIn(email: SessionTests.email, password: "wrong", address: "198.51.100.1") }
        guard case .signedIn = try fixture.state.signIn(email: SessionTests.email, password: Fixture.password, address: "198.51.100.1") else {
            Issue.record("old failures still counted"); return
        }
    }

    @Test("guesses sent at once all count: 12 parallel wrong passwords leave at most 5 verified")
    func parallelGuessesCount() async throws {
        let fixture = try Fixture()
        try fixture.account(SessionTests.email)
        let state = fixture.state
        let outcomes = await withTaskGroup(of: String.self) { group in
            for n in 0..<12 {
                group.addTask { "\((try? state.signIn(email: SessionTests.email, password: "wrong \(n)", address: "198.51.100.\(n)")).map { "\($0)" } ?? "error")" }
            }
            return await group.reduce(into: [String]()) { $0.append($1) }
        }
        #expect(outcomes.filter { $0 == "refused" }.count == 5)
        #expect(outcomes.filter { $0.hasPrefix("throttled") }.count == 7)
    }
}
