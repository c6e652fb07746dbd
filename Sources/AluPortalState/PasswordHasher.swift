import Crypto
import Foundation
import HummingbirdBcrypt
import Synchronization

/// Passwords: the rules a new one must meet, bcrypt to store it, and a verification that
/// costs the same for an account that does not exist.
///
/// Rules (OWASP ASVS 5.0 §6.2): at least 8 characters, up to 256 (so 64 and more are
/// allowed), any printable Unicode including spaces, no composition rules, never
/// truncated; control characters (line breaks, tabs, NUL) are refused, since a NUL would
/// end the C string bcrypt reads. Passwords are compared in Unicode NFC, so an `é` typed
/// as one code point or as `e` and a combining accent is the same password.
///
/// **Longer than bcrypt reads.** bcrypt uses only the first 72 bytes of its input, and 64
/// characters of French or Arabic are more than 72 bytes in UTF-8: truncating would
/// silently make two passwords one. So bcrypt is given a fixed-length pre-hash of every
/// password, the OWASP Password Storage Cheat Sheet's construction: base64 of
/// HMAC-SHA256 of the NFC password's UTF-8, keyed by a constant label of this
/// application (`alucat.portal.password.v1`). base64 keeps NUL bytes out; the label
/// makes the pre-hash differ from a plain SHA-256 found in another site's leak (no
/// "hash shucking"). 44 ASCII characters, well under 72 bytes, for every password.
///
/// Hashing is slow by design (cost 12 is about a quarter of a second): every call here
/// is synchronous, for the server to run off its event loop.
public struct PasswordHasher: Sendable {
    public static let minimumLength = 8
    public static let maximumLength = 256

    /// bcrypt's cost, 4…31.
    public let cost: UInt8

    public init(cost: UInt8 = 12) {
        precondition((4...31).contains(cost), "bcrypt's cost is 4 to 31")
        self.cost = cost
    }

    /// Throws the rule a new password breaks, if any.
    public static func check(_ password: String) throws(PortalStateError) {
        let normalised = password.precomposedStringWithCanonicalMapping
        if normalised.unicodeScalars.contains(where: { $0.properties.generalCategory == .control }) {
            throw .passwordHasControlCharacter
        }
        let length = normalised.count
        if length < minimumLength { throw .passwordTooShort(minimum: minimumLength) }
        if length > maximumLength { throw .passwordTooLong(maximum: maximumLength) }
        if CommonPasswords.all.contains(normalised.lowercased()) { throw .passwordTooCommon }
    }

    /// The bcrypt hash (`$2b$…`) of a new password, after ``check(_:)``.
    public func hash(_ password: String) throws(PortalStateError) -> String {
        try Self.check(password)
        return Bcrypt.hash(Self.preHash(password), cost: cost)
    }

    /// Whether `password` matches `hash`.
    public func verify(_ password: String, hash: String) -> Bool {
        Bcrypt.verify(Self.preHash(password), hash: hash)
    }

    /// Spends what ``verify(_:hash:)`` spends, against a hash of nothing real, and returns
    /// false: called for an unknown or disabled account, so the time of an answer does not
    /// tell which accounts exist.
    public func verifyAgainstDummy(_ password: String) -> Bool {
        _ = Bcrypt.verify(Self.preHash(password), hash: dummyHash)
        return false
    }

    /// A hash at this cost of a random password no one knows, made once per cost.
    var dummyHash: String {
        Self.dummies.withLock { cache in
            if let hash = cache[cost] { return hash }
            let hash = Bcrypt.hash(SecretToken.generate().value, cost: cost)
            cache[cost] = hash
            return hash
        }
    }

    private static let dummies = Mutex<[UInt8: String]>([:])

    /// What bcrypt is given (see the type's documentation).
    static func preHash(_ password: String) -> String {
        let key = SymmetricKey(data: Array("alucat.portal.password.v1".utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Array(password.precomposedStringWithCanonicalMapping.utf8), using: key)
        return Data(mac).base64EncodedString()
    }
}
