package import AluCatalog

/// Context-aware encoding for the HTML index page (OWASP XSS prevention).
package enum HTMLText {
    /// Escapes `&` `<` `>` `"` `'` for element content and quoted attributes
    /// alike, after the shared rule for spacing characters
    /// (``InlineText/collapsed(_:)``: a TAB, NEL, U+2028, bidi control or other
    /// control or format character becomes one space, never nothing). What is left
    /// that XML 1.0 cannot carry (U+FFFE, U+FFFF) is dropped: the page is polyglot
    /// XHTML-compatible HTML5 and must also parse as XML.
    package static func escape(_ value: String) -> String {
        let value = InlineText.collapsed(value)
        // Fast path: most text has nothing to escape or drop.
        if !value.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0x27 || $0 == 0xEF }) {
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
                guard (0x20...0xD7FF).contains(v) || (0xE000...0xFFFD).contains(v) || v >= 0x10000 else { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// The `tel:` URI (RFC 3966, global form) of a phone number written in E.164
    /// with optional visual separators (`+1 418 555-0191`, `+1 (418) 555.0191`):
    /// `tel:+14185550191`. Nil for anything else (an extension, letters, no `+`):
    /// such a number is shown as text, never guessed into a link.
    package static func telURI(_ phone: String) -> String? {
        let digits = phone.unicodeScalars.filter { !" -.()\u{A0}".unicodeScalars.contains($0) }
        guard digits.first == "+", (8...16).contains(digits.count), digits.dropFirst().first != "0",
              digits.dropFirst().allSatisfy({ ("0"..."9").contains($0) })
        else { return nil }
        return "tel:" + String(String.UnicodeScalarView(digits))
    }

    /// A `tel:` link showing the number as written, always laid out left to right
    /// (a leading `+` in a right-to-left line would otherwise move to the end);
    /// the escaped number alone, isolated the same way, when it is not E.164.
    package static func telLink(_ phone: String) -> String {
        guard let uri = telURI(phone) else { return "<bdi dir=\"ltr\">" + escape(phone) + "</bdi>" }
        return "<a href=\"" + escape(uri) + "\" dir=\"ltr\">" + escape(phone) + "</a>"
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
        return "<a href=\"" + escape(url) + "\" rel=\"noopener noreferrer\" dir=\"ltr\">" + shown + "</a>"
    }

    /// A `mailto:` link when `address` is a plain address, else the escaped text.
    package static func mailLink(_ address: String) -> String {
        guard isMailAddress(address) else { return escape(address) }
        return "<a href=\"mailto:" + escape(address) + "\" dir=\"ltr\">" + escape(address) + "</a>"
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

    /// Supplier- or staff-written text as a block element `<tag>`: plain when it is in
    /// the page's language; else the element carries the text's own `lang` and
    /// `dir="auto"` (an English paragraph on an Arabic page is laid out left to right,
    /// its final period where an English reader expects it), and the page's marker
    /// naming the language (`(بالإنجليزية)`) follows inside it, in the page's own
    /// language and direction. Nil when there is no text.
    package static func localizedBlock(_ tag: String, _ text: LocalizedText, _ t: Translations, class className: String? = nil) -> String? {
        guard let resolved = t.resolved(text) else { return nil }
        let classAttribute = className.map { " class=\"\(escape($0))\"" } ?? ""
        guard resolved.language != t.language else { return "<\(tag)\(classAttribute)>" + escape(resolved.text) + "</\(tag)>\n" }
        let page = t.language, pageDirection = t.isRightToLeft ? "rtl" : "ltr"
        return "<\(tag)\(classAttribute) lang=\"\(escape(resolved.language))\" xml:lang=\"\(escape(resolved.language))\" dir=\"auto\">"
            + escape(resolved.text)
            + " <span class=\"marker\" lang=\"\(escape(page))\" xml:lang=\"\(escape(page))\" dir=\"\(pageDirection)\">"
            + escape(t.marker(resolved.language)) + "</span></\(tag)>\n"
    }
}
