/// The `href`s made from supplier-written addresses. Only `https:`/`http:` web
/// addresses, plain e-mail addresses and E.164 numbers become links; anything else
/// is shown as text, so an entry can never smuggle a `javascript:` or `data:` link
/// into a page (the writer escapes it either way; this keeps it from being clickable).
enum Links {
    /// `https://…` or `http://…` as written; a bare `www.example.com` gets `https://`.
    static func web(_ address: String) -> String? {
        let trimmed = address.trimmingWhiteSpace
        guard !trimmed.isEmpty, !trimmed.contains(where: { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }) else { return nil }
        let lower = trimmed.lowercased()
        if lower.hasPrefix("https://") || lower.hasPrefix("http://") { return trimmed.count > 8 ? trimmed : nil }
        if lower.contains(":") { return nil }
        guard lower.contains("."), let first = lower.first, first.isLetter || first.isNumber else { return nil }
        return "https://" + trimmed
    }

    /// The address without its scheme and trailing slash: what a reader needs to see.
    static func shownWeb(_ address: String) -> String {
        var shown = address.trimmingWhiteSpace
        for scheme in ["https://", "http://"] where shown.lowercased().hasPrefix(scheme) { shown = String(shown.dropFirst(scheme.count)) }
        if shown.hasSuffix("/") { shown.removeLast() }
        return shown
    }

    /// `mailto:` for one plain address (`local@domain`, no spaces, no `?`, `#`, `,`…).
    static func mail(_ address: String) -> String? {
        let trimmed = address.trimmingWhiteSpace
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."),
              trimmed.unicodeScalars.allSatisfy({ $0.value > 0x20 && !"?#,;:<>\"'()[]\\%&/ ".unicodeScalars.contains($0) })
        else { return nil }
        return "mailto:" + trimmed
    }

    /// `tel:+…` for an E.164 number (`+`, then 8 to 15 digits; spaces, dots, dashes and
    /// parentheses in the written form are dropped).
    static func tel(_ phone: String) -> String? {
        let kept = phone.filter { !" .-()\u{00A0}".contains($0) }
        guard kept.first == "+" else { return nil }
        let digits = kept.dropFirst()
        guard (8...15).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return "tel:" + kept
    }

    /// A North American number as `+1 418 555 0190`; others as written.
    static func shownPhone(_ phone: String) -> String {
        guard let href = tel(phone) else { return phone }
        let digits = Array(href.dropFirst("tel:+".count))
        guard digits.count == 11, digits[0] == "1" else { return String(href.dropFirst("tel:".count)) }
        return "+1 " + String(digits[1...3]) + " " + String(digits[4...6]) + " " + String(digits[7...10])
    }
}
