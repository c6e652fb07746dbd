import AluPortalState
import Crypto
import Foundation
import HTTPTypes

/// The portal's two cookies. Both are `__Host-` (Secure, `Path=/`, no Domain: only this
/// host, only over HTTPS — browsers treat `http://localhost` as secure), HttpOnly and
/// SameSite=Strict.
///
/// - `__Host-alucat-session`: the session token; the database keeps only its digest.
/// - `__Host-alucat-form`: a random value given before any session, so the anonymous
///   forms (sign-in, reset, invitation) carry a token a foreign page cannot know: the
///   HMAC of that value under the server's form key (a signed double-submit cookie).
enum SessionCookies {
    static let session = "__Host-alucat-session"
    static let form = "__Host-alucat-form"

    /// The value of cookie `name` in the request's `Cookie` fields (several fields, or
    /// several pairs in one, are both read); nil when absent or present twice with
    /// different values (a planted cookie is not silently preferred).
    static func value(_ name: String, in headers: HTTPFields) -> String? {
        var found: String?
        for field in headers[values: .cookie] {
            for pair in field.split(separator: ";") {
                let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
                guard parts.count == 2, parts[0].trimmingCharacters(in: .whitespaces) == name else { continue }
                let value = parts[1].trimmingCharacters(in: .whitespaces)
                if let found, found != value { return nil }
                found = value
            }
        }
        return found
    }

    /// `Set-Cookie` for a cookie that lives as long as the browser session (the server
    /// ends sessions itself: idle and absolute timeouts).
    static func set(_ name: String, _ value: String) -> String {
        "\(name)=\(value); Path=/; Secure; HttpOnly; SameSite=Strict"
    }

    /// `Set-Cookie` that removes cookie `name`.
    static func clear(_ name: String) -> String {
        "\(name)=; Path=/; Secure; HttpOnly; SameSite=Strict; Max-Age=0"
    }

    /// The token the anonymous forms carry for pre-session cookie `value`.
    static func formToken(_ value: String, key: SymmetricKey) -> String {
        let mac = HMAC<SHA256>.authenticationCode(for: Array("alucat.portal.form.v1:\(value)".utf8), using: key)
        return Data(mac).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    /// Compares two tokens in a time that depends only on their lengths.
    static func equal(_ a: String, _ b: String) -> Bool {
        let a = Array(a.utf8), b = Array(b.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
