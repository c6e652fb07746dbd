import AluPortalState
import Foundation
import Testing

@Suite("A person's own security: password change, sessions")
struct OwnSecurityTests {
    static let email = "fournisseur@electro-saguenay.example"
    static let newPassword = "un tout nouveau secret de fonderie"

    func signIn(_ fixture: Fixture, _ email: String = Self.email, password: String = Fixture.password, address: String = "192.0.2.20") throws -> SessionGrant {
        guard case .signedIn(let grant) = try fixture.state.signIn(email: email, password: password, address: address) else {
            throw PortalStateError.forbidden(action: "test sign-in")
        }
        return grant
    }

    func signsIn(_ fixture: Fixture, password: String) throws -> Bool {
        if case .signedIn = try fixture.state.signIn(email: Self.email, password: password, address: "192.0.2.99") { return true }
        return false
    }

    @Test("changing one's password needs the current one; it ends every other session and gives this browser a new id")
    func changePassword() throws {
        let fixture = try Fixture()
        try fixture.account(Self.email)
        let here = try signIn(fixture), elsewhere = try signIn(fixture, address: "198.51.100.7")
        let link = try #require(try fixture.state.requestPasswordReset(email: Self.email, caller: Caller(account: nil, address: "192.0.2.5")))

        guard case .refused = try fixture.state.changePassword(token: here.token.value, current: "pas le bon", new: Self.newPassword, address: "192.0.2.20") else {
            Issue.record("a wrong current password was accepted"); return
        }
        #expect(try fixture.state.session(token: elsewhere.token.value) != nil, "a refused change ended a session")

        guard case .done(let grant) = try fixture.state.changePassword(
            token: here.token.value, current: Fixture.password, new: Self.newPassword, address: "192.0.2.20") else {
            Issue.record("the right current password was refused"); return
        }
        #expect(grant.token != here.token)
        #expect(try fixture.state.session(token: here.token.value) == nil, "the old id still works")
        #expect(try fixture.state.session(token: elsewhere.token.value) == nil, "another browser is still signed in")
        #expect(try fixture.state.session(token: grant.token.value)?.account.id == grant.account.id)
        #expect(try signsIn(fixture, password: Self.newPassword))
        #expect(try !signsIn(fixture, password: Fixture.password))
        // A reset link asked for before the change cannot undo it.
        let spent = #expect(throws: PortalStateError.self) {
            try fixture.state.resetPassword(token: link.token.value, newPassword: "encore un autre secret", caller: Caller(account: nil, address: "192.0.2.5"))
        }
        guard case .resetTokenInvalid = spent else { Issue.record("\(String(describing: spent))"); return }
        let admin = try fixture.account("admin@grappe-aluminium.example", .admin)
        let actions = try fixture.state.auditLog(by: fixture.caller(admin)).map(\.action)
        #expect(actions.contains("session.reauthentication-failed"))
        #expect(actions.contains("password.changed"))
    }

    @Test("a new password that breaks the rules is refused before the current one is even checked", arguments: ["court", "password1234", "motdepasse\u{7}longue"])
    func newPasswordRules(new: String) throws {
        let fixture = try Fixture()
        try fixture.account(Self.email)
        let here = try signIn(fixture)
        // Refused five times with a wrong current password: none counted as a failure,
        // or the right password would now be throttled.
        for _ in 0..<5 {
            #expect(throws: PortalStateError.self) {
                try fixture.state.changePassword(token: here.token.value, current: "faux", new: new, address: "192.0.2.20")
            }
        }
        #expect(try signsIn(fixture, password: Fixture.password))
    }

    @Test("guessing the current password is throttled with sign-in: 5 wrong guesses and the sixth, right or wrong, waits")
    func reauthenticationIsThrottled() throws {
        let fixture = try Fixture()
        try fixture.account(Self.email)
        let here = try signIn(fixture)
        for _ in 0..<5 {
            guard case .refused = try fixture.state.endSessions(nil, token: here.token.value, password: "devinette", address: "203.0.113.4") else {
                Issue.record("a wrong password was not refused"); return
            }
        }
        guard case .throttled(let seconds) = try fixture.state.changePassword(
            token: here.token.value, current: Fixture.password, new: Self.newPassword, address: "203.0.113.4") else {
            Issue.record("not throttled after 5 failures"); return
        }
        #expect(seconds > 0)
        guard case .throttled = try fixture.state.signIn(email: Self.email, password: Fixture.password, address: "192.0.2.77") else {
            Issue.record("the account's sign-in was not throttled too"); return
        }
    }

    @Test("the list of sessions shows the account's own, this one marked, newest use first; never another account's, never an expired one")
    func listSessions() throws {
        let fixture = try Fixture()
        try fixture.account(Self.email)
        try fixture.account("autre@electro-saguenay.example")
        let old = try signIn(fixture, address: "198.51.100.1")
        fixture.clock.advance(60)
        let here = try signIn(fixture, address: "192.0.2.20")
        _ = try signIn(fixture, "autre@electro-saguenay.example")
        fixture.clock.advance(60)
        let list = try #require(try fixture.state.sessions(token: here.token.value))
        #expect(list.map(\.address) == ["192.0.2.20", "198.51.100.1"])
        #expect(list.map(\.isCurrent) == [true, false])
        #expect(try fixture.state.sessions(token: SecretToken.generate().value) == nil)
        // The old one expires from idleness while this one is used.
        for _ in 0..<3 {
            fixture.clock.advance(15 * 60)
            try fixture.state.touch(token: here.token.value)
        }
        #expect(try fixture.state.sessions(token: here.token.value)?.count == 1)
        _ = old
    }

    @Test("ending a session needs the password and renews this browser's id; another account's session id ends nothing; 'all others' keeps this browser")
    func endSessions() throws {
        let fixture = try Fixture()
        try fixture.account(Self.email)
        try fixture.account("autre@electro-saguenay.example")
        let here = try signIn(fixture), second = try signIn(fixture, address: "198.51.100.2"), third = try signIn(fixture, address: "198.51.100.3")
        let stranger = try signIn(fixture, "autre@electro-saguenay.example")
        let strangerID = try #require(try fixture.state.sessions(token: stranger.token.value)?.first?.id)
        let list = try #require(try fixture.state.sessions(token: here.token.value))
        let secondID = try #require(list.first { $0.address == "198.51.100.2" }?.id)

        guard case .refused = try fixture.state.endSessions(secondID, token: here.token.value, password: "faux", address: "192.0.2.20") else {
            Issue.record("ended without the password"); return
        }
        #expect(try fixture.state.session(token: second.token.value) != nil)
        #expect(try fixture.state.session(token: here.token.value) != nil, "a refused attempt renewed the id")

        // Each success gives this browser a new id (a re-authentication), the old one ends.
        var token = here.token.value
        func end(_ id: Int64?) throws -> Int? {
            guard case .done(let ended) = try fixture.state.endSessions(id, token: token, password: Fixture.password, address: "192.0.2.20") else {
                return nil
            }
            #expect(try fixture.state.session(token: token) == nil, "the id used to re-authenticate still works")
            #expect(ended.grant.token.value != token)
            #expect(ended.grant.session.createdAt == here.session.createdAt, "the lifetime restarted")
            token = ended.grant.token.value
            return ended.count
        }
        #expect(try end(strangerID) == 0)
        #expect(try fixture.state.session(token: stranger.token.value) != nil, "another account's session was ended")
        #expect(try end(secondID) == 1)
        #expect(try fixture.state.session(token: second.token.value) == nil)
        #expect(try fixture.state.session(token: third.token.value) != nil)
        #expect(try end(nil) == 1)
        #expect(try fixture.state.session(token: third.token.value) == nil)
        #expect(try fixture.state.session(token: token) != nil, "'all others' ended this browser")
        #expect(try fixture.state.session(token: stranger.token.value) != nil)
    }

    @Test("a session still owing its second factor can neither list, change the password nor end sessions")
    func pendingSecondFactorCannot() throws {
        let fixture = try Fixture()
        try fixture.account("relecteur@grappe-aluminium.example", .reviewer)
        let pending = try signIn(fixture, "relecteur@grappe-aluminium.example")
        #expect(pending.session.mfaPending)
        #expect(try fixture.state.sessions(token: pending.token.value) == nil)
        let change = #expect(throws: PortalStateError.self) {
            try fixture.state.changePassword(token: pending.token.value, current: Fixture.password, new: Self.newPassword, address: "192.0.2.20")
        }
        let end = #expect(throws: PortalStateError.self) {
            try fixture.state.endSessions(nil, token: pending.token.value, password: Fixture.password, address: "192.0.2.20")
        }
        for error in [change, end] {
            guard case .forbidden(action: "reauthenticate") = error else { Issue.record("\(String(describing: error))"); continue }
        }
    }
}
