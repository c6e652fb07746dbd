package import AluCatalog

/// Context-aware encoding for the HTML index page (OWASP XSS prevention).
package enum HTMLText {
    /// Escapes `&` `<` `>` `"` `'` for element content and quoted attributes
    /// alike, and drops characters XML 1.0 cannot carry (the page is polyglot
    /// XHTML-compatible HTML5, so it must also parse as XML).
    package static func escape(_ value: String) -> String {
        // Fast path: most text has nothing to escape or drop.
        if !value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 < 0x20 || $0 == 0x7F || $0 == 0xC2 || $0 == 0xEF }) {
            return value
        }
        var out = ""
        out.reserveCapacity(value.utf8.count)
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#x27;"
            default:
                let v = scalar.value
                guard v == 0x9 || v == 0xA || (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000,
                      !(0x7F...0x9F).contains(v)
                else { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// True for an absolute `http:` or `https:` URL with a host and no
    /// whitespace or control character anywhere (so `java\tscript:`, ` https:`
    /// and `javascript:` variants are all refused).
    package static func isWebURL(_ value: String) -> Bool {
        guard !value.unicodeScalars.contains(where: { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) }) else { return false }
        let lower = value.lowercased()
        for scheme in ["https://", "http://"] where lower.hasPrefix(scheme) {
            let host = lower.dropFirst(scheme.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }
            return !host.isEmpty && !host.hasPrefix("@") && !host.hasPrefix(":")
        }
        return false
    }

    /// True for a plain e-mail address usable after `mailto:` (one `@`, a dot
    /// in the domain, no whitespace, controls, or characters that would start
    /// URL parameters or another scheme).
    package static func isMailAddress(_ value: String) -> Bool {
        let parts = value.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), !parts[1].hasPrefix("."), !parts[1].hasSuffix(".")
        else { return false }
        return !value.unicodeScalars.contains { $0.value <= 0x20 || (0x7F...0x9F).contains($0.value) || "?#&<>\"'\\:/,;".unicodeScalars.contains($0) }
    }

    /// `<a href="…" rel="noopener noreferrer">text</a>` when `url` is http(s),
    /// else the escaped text alone.
    package static func webLink(_ url: String, text: String? = nil) -> String {
        let shown = escape(text ?? url)
        guard isWebURL(url) else { return shown }
        return "<a href=\"" + escape(url) + "\" rel=\"noopener noreferrer\">" + shown + "</a>"
    }

    /// A `mailto:` link when `address` is a plain address, else the escaped text.
    package static func mailLink(_ address: String) -> String {
        guard isMailAddress(address) else { return escape(address) }
        return "<a href=\"mailto:" + escape(address) + "\">" + escape(address) + "</a>"
    }

    /// A name isolated from the surrounding text direction (an RLO inside one
    /// supplier name cannot reorder the rest of the line).
    package static func isolated(_ value: String) -> String {
        "<bdi>" + escape(value) + "</bdi>"
    }

    /// Text in a known language other than the page's (or unknown: `""`), isolated
    /// and tagged with `lang` (and `xml:lang`, the page being polyglot) so a browser,
    /// a screen reader and a translator treat it as that language.
    package static func isolated(_ value: String, language: String) -> String {
        "<bdi lang=\"" + escape(language) + "\" xml:lang=\"" + escape(language) + "\">" + escape(value) + "</bdi>"
    }

    /// Supplier- or staff-written text on a page in `t`'s language: as is when it is in
    /// that language, else tagged with its own language and followed by the page's
    /// marker naming it (`(en inglés)`); nil when there is none.
    package static func localized(_ text: LocalizedText, _ t: Translations) -> String? {
        guard let resolved = t.resolved(text) else { return nil }
        guard resolved.language != t.language else { return escape(resolved.text) }
        return isolated(resolved.text, language: resolved.language) + " " + escape(t.marker(resolved.language))
    }
}
