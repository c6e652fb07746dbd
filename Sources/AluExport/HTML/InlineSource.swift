import Crypto
import Foundation

/// The CSP source expression that allows one inline `<script>` or `<style>`
/// element by content: `'sha256-…'` over the element's text, exactly the bytes
/// between its tags (CSP Level 3, §8.2 "hash-source").
enum InlineSource {
    /// `'sha256-<base64>'` of `text` as UTF-8.
    static func hash(_ text: String) -> String {
        "'sha256-" + Data(SHA256.hash(data: Array(text.utf8))).base64EncodedString() + "'"
    }

    /// The page's policy: nothing loads from anywhere (`default-src 'none'`); the one
    /// stylesheet and, when given, the one script run because their hashes match;
    /// images only as `data:` (none today); no `<base>`, form submission or plugin.
    static func contentSecurityPolicy(script: String?) -> String {
        var policy = "default-src 'none'; "
        if let script { policy += "script-src \(hash(script)); " }
        policy += "style-src \(hash(PageStyle.css)); img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'"
        return policy
    }
}
