import Crypto
import Foundation

/// A secret handed to one person: a session id, a CSRF token, an invitation or reset link.
///
/// 256 bits from the system's cryptographic generator (`SystemRandomNumberGenerator`:
/// `getrandom` on Linux), written base64url without padding (43 characters, safe in a
/// cookie and a URL). The database keeps only ``digest`` (SHA-256, hex): a token is looked
/// up by its digest, so a copy of the database lets no one sign in or follow a link.
/// SHA-256 without a salt is enough here, unlike for passwords: 256 random bits cannot
/// be guessed from their hash.
public struct SecretToken: Sendable, Hashable, CustomStringConvertible {
    /// The text given to the person (cookie value, link parameter).
    public let value: String

    public init(value: String) { self.value = value }

    /// A fresh token of `bytes` random bytes (32 by default; at least 16, 128 bits).
    public static func generate(bytes: Int = 32) -> SecretToken {
        precondition(bytes >= 16, "a secret token has at least 128 bits")
        var generator = SystemRandomNumberGenerator()
        let random = (0..<bytes).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return SecretToken(value: Self.base64url(random))
    }

    /// What the database stores and looks up: SHA-256 of the token's text, hex.
    public var digest: String { Self.digest(of: value) }

    public static func digest(of text: String) -> String {
        SHA256.hash(data: Array(text.utf8)).map { String(format: "%02x", $0) }.joined()
    }

    /// Never the secret itself: a token may end up in a log line through interpolation.
    public var description: String { "SecretToken(…)" }

    /// RFC 4648 §5, without padding.
    static func base64url(_ bytes: some Sequence<UInt8>) -> String {
        Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// The session's CSRF token: HMAC-SHA256 keyed by the session token over a fixed label,
    /// base64url. Derived rather than stored, so the server can put it in every form of the
    /// session without the database holding it, and it dies with the session; it reveals
    /// nothing of the session token (HMAC is a PRF).
    public static func csrf(forSession session: SecretToken) -> String {
        let key = SymmetricKey(data: Array(session.value.utf8))
        let mac = HMAC<SHA256>.authenticationCode(for: Array("alucat.portal.csrf.v1".utf8), using: key)
        return base64url(Array(mac))
    }

    /// Whether `presented` is the CSRF token of `session`, compared in constant time.
    public static func verifyCSRF(_ presented: String, session: SecretToken) -> Bool {
        constantTimeEqual(Array(presented.utf8), Array(csrf(forSession: session).utf8))
    }

    /// Equal bytes, in a time that depends only on the lengths.
    static func constantTimeEqual(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
