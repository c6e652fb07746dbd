@testable import AluPortalState
import Foundation
import GRDB
import Testing

@Suite("Secrets and passwords")
struct SecretsAndPasswordsTests {
    @Test("a token is 256 random bits in base64url, never repeated, and printing it hides it")
    func tokensAreRandomBase64url() {
        let tokens = (0..<2000).map { _ in SecretToken.generate() }
        #expect(Set(tokens.map(\.value)).count == tokens.count)
        let alphabet = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_")
        for token in tokens {
            #expect(token.value.count == 43)
            #expect(token.value.allSatisfy(alphabet.contains))
            #expect(token.digest.count == 64)
        }
        #expect("\(tokens[0])" == "SecretToken(…)")
        // Every bit position takes both values across the sample (a stuck bit would not).
        let bytes = tokens.map { Data(base64Encoded: $0.value.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/") + "=")! }
        for position in 0..<256 {
            let ones = bytes.filter { $0[position / 8] & (1 << (position % 8)) != 0 }.count
            #expect((800...1200).contains(ones), "bit \(position): \(ones) of 2000")
        }
    }

    @Test("a leaked database holds no usable token: sessions, invitations and resets are stored as SHA-256 only")
    func databaseHoldsOnlyDigests() throws {
        let fixture = try Fixture()
        let invitation = try fixture.state.invite(email: "nouveau@electro-saguenay.example", supplierID: "electro-saguenay", by: .system)
        try fixture.account("fournisseur@electro-saguenay.example")
        guard case .signedIn(let grant) = try fixture.state.signIn(email: "fournisseur@electro-saguenay.example", password: Fixture.password, address: "192.0.2.7") else {
            Issue.record("not signed in"); return
        }
        let reset = try #require(try fixture.state.requestPasswordReset(email: "fournisseur@electro-saguenay.example", caller: Caller(account: nil, address: "192.0.2.7")))
        try fixture.state.database.pool.writeWithoutTransaction { db in _ = try db.checkpoint(.truncate) }
        var files = Data()
        for suffix in ["", "-wal", "-shm"] {
            files.append(FileManager.default.contents(atPath: fixture.state.database.path + suffix) ?? Data())
        }
        for secret in [grant.token.value, grant.csrfToken, invitation.token.value, reset.token.value] {
            #expect(files.range(of: Data(secret.utf8)) == nil, "a secret is in the database files")
        }
        #expect(files.range(of: Data(grant.token.digest.utf8)) != nil)
        #expect(files.range(of: Data(invitation.token.digest.utf8)) != nil)
    }

    @Test("the CSRF token belongs to its session: right one accepted, another session's or a changed one refused")
    func csrfTokenIsPerSession() {
        let a = SecretToken.generate(), b = SecretToken.generate()
        let token = SecretToken.csrf(forSession: a)
        #expect(token.count == 43)
        #expect(token != a.value)
        #expect(SecretToken.verifyCSRF(token, session: a))
        #expect(!SecretToken.verifyCSRF(SecretToken.csrf(forSession: b), session: a))
        #expect(!SecretToken.verifyCSRF(String(token.dropLast()) + (token.last == "A" ? "B" : "A"), session: a))
        #expect(!SecretToken.verifyCSRF("", session: a))
    }

    @Test("password rules: 8 characters at least, 256 at most, spaces and any script allowed, control characters refused")
    func passwordRules() throws {
        #expect(throws: PortalStateError.self) { try PasswordHasher.check("1234567") }
        try PasswordHasher.check("83920475")
        try PasswordHasher.check("mot de passe à espaces")
        try PasswordHasher.check(String(repeating: "é", count: 64))
        try PasswordHasher.check(String(repeating: "x", count: 256))
        #expect(throws: PortalStateError.self) { try PasswordHasher.check(String(repeating: "x", count: 257)) }
        for control in ["abc\ndefgh", "abc\tdefgh", "abc\u{0}defgh", "abc\u{85}defgh"] {
            #expect(throws: PortalStateError.self) { try PasswordHasher.check(control) }
        }
        do {
            try PasswordHasher.check("court")
        } catch {
            #expect(error.text("fr") == "le mot de passe doit compter au moins 8 caractères")
            #expect(error.text("en") == "the password must have at least 8 characters")
        }
    }

    @Test("the passwords attackers try first are refused, whatever their case, and said so in French and English")
    func commonPasswordsRefused() {
        for common in ["12345678", "password", "Password", "PASSWORD", "iloveyou", "azertyuiop", "motdepasse", "qwertyuiop", "sunshine"] where common.count >= 8 {
            do {
                try PasswordHasher.check(common)
                Issue.record("\(common) was accepted")
            } catch .passwordTooCommon {
            } catch {
                Issue.record("\(common): \(error)")
            }
        }
        #expect(CommonPasswords.all.count >= 5000)
        #expect(CommonPasswords.all.allSatisfy { $0.count >= 8 && $0 == $0.lowercased() })
        #expect(PortalStateError.passwordTooCommon.text("fr").hasPrefix("ce mot de passe est parmi les plus courants"))
        #expect(PortalStateError.passwordTooCommon.text("en").hasPrefix("this password is among the most common"))
    }

    @Test("passwords longer than bcrypt's 72 bytes are not truncated: two that differ after byte 72 are different")
    func longPasswordsAreWhole() throws {
        let hasher = PasswordHasher(cost: 4)
        let stem = String(repeating: "é", count: 40)  // 80 bytes of UTF-8
        let hash = try hasher.hash(stem + "A")
        #expect(hasher.verify(stem + "A", hash: hash))
        #expect(!hasher.verify(stem + "B", hash: hash))
        #expect(!hasher.verify(stem, hash: hash))
    }

    @Test("a password is the same in NFC and NFD (é typed as one or two code points)")
    func passwordsCompareInNFC() throws {
        let hasher = PasswordHasher(cost: 4)
        let hash = try hasher.hash("caf\u{E9} au lait")
        #expect(hasher.verify("cafe\u{301} au lait", hash: hash))
    }

    @Test("bcrypt at the default cost 12, and the configured one: the hash says its cost")
    func bcryptCost() throws {
        #expect(PasswordHasher().cost == 12)
        #expect(PortalStoreConfiguration().bcryptCost == 12)
        let strong = try PasswordHasher().hash("correct horse battery")
        #expect(strong.hasPrefix("$2b$12$"))
        let fast = try PasswordHasher(cost: 4).hash("correct horse battery")
        #expect(fast.hasPrefix("$2b$04$"))
        #expect(PasswordHasher(cost: 4).verify("correct horse battery", hash: strong))
        #expect(!PasswordHasher(cost: 4).verifyAgainstDummy("correct horse battery"))
    }
}
