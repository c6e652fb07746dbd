/// Builds an indented XML document as text, escaping everything it is given.
///
/// For catalogue documents (entries, exports): small enough to build in memory,
/// and written in one canonical form — two-space indentation, attributes in the
/// order given, `"` quotes, LF line ends — so diffs show only real changes.
/// Characters XML 1.0 forbids (C0 controls other than tab, LF, CR; U+FFFE/FFFF;
/// lone surrogates cannot occur in Swift strings) are dropped: they cannot be
/// represented at all, and no catalogue field needs them.
public struct XMLBuilder: Sendable {
    public private(set) var text: String
    private var stack: [String] = []
    private var openTagPending = false
    private var hasChildElements: [Bool] = []

    public init(declaration: Bool = true) {
        text = declaration ? "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" : ""
    }

    /// An attribute value or `nil` (omitted).
    public typealias Attributes = KeyValuePairs<String, String?>

    public mutating func comment(_ comment: String) {
        closePendingTag(hasChildren: true)
        indent()
        text += "<!-- " + comment.replacingDoubleHyphens() + " -->\n"
    }

    /// Opens `<name …>`; children follow until ``close()``.
    public mutating func open(_ name: String, _ attributes: Attributes = [:]) {
        closePendingTag(hasChildren: true)
        indent()
        text += "<" + name
        appendAttributes(attributes)
        stack.append(name)
        hasChildElements.append(false)
        openTagPending = true
    }

    public mutating func close() {
        let name = stack.removeLast()
        let hadChildren = hasChildElements.removeLast()
        if openTagPending {
            text += "/>\n"
            openTagPending = false
        } else {
            if hadChildren { indent() }
            text += "</" + name + ">\n"
        }
    }

    /// `<name …>text</name>` on one line; nothing when `value` is nil.
    public mutating func element(_ name: String, _ attributes: Attributes = [:], _ value: String?) {
        guard let value else { return }
        closePendingTag(hasChildren: true)
        indent()
        text.append("<")
        text.append(name)
        appendAttributes(attributes)
        text.append(">")
        Self.appendEscaped(value, quote: false, to: &text)
        text.append("</")
        text.append(name)
        text.append(">\n")
    }

    /// `<name>text</name>` on one line; nothing when `value` is nil.
    public mutating func element(_ name: String, _ value: String?) {
        element(name, [:], value)
    }

    /// `<name …/>`.
    public mutating func empty(_ name: String, _ attributes: Attributes = [:]) {
        closePendingTag(hasChildren: true)
        indent()
        text += "<" + name
        appendAttributes(attributes)
        text += "/>\n"
    }

    private mutating func appendAttributes(_ attributes: Attributes) {
        for (key, value) in attributes {
            guard let value else { continue }
            text.append(" ")
            text.append(key)
            text.append("=\"")
            Self.appendEscaped(value, quote: true, to: &text)
            text.append("\"")
        }
    }

    private mutating func closePendingTag(hasChildren: Bool) {
        if !hasChildElements.isEmpty { hasChildElements[hasChildElements.count - 1] = true }
        if openTagPending {
            text += ">\n"
            openTagPending = false
        }
    }

    private mutating func indent() {
        for _ in 0..<stack.count { text.append("  ") }
    }

    /// Escapes `&`, `<`, `>` (and `"`, and line ends in attributes); drops
    /// characters XML 1.0 cannot carry.
    public static func escape(_ value: String, quote: Bool) -> String {
        var out = ""
        appendEscaped(value, quote: quote, to: &out)
        return out
    }

    /// Appends `value` escaped to `out`; text with nothing to escape is copied whole.
    static func appendEscaped(_ value: String, quote: Bool, to out: inout String) {
        let needsWork = value.utf8.contains { byte in
            byte == 0x26 || byte == 0x3C || byte == 0x3E || byte < 0x20 || byte == 0xEF
                || (quote && byte == 0x22)
        }
        if !needsWork {
            out.append(value)
            return
        }
        for scalar in value.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"" where quote: out += "&quot;"
            case "\n" where quote: out += "&#10;"
            case "\r": out += "&#13;"
            case "\t" where quote: out += "&#9;"
            default:
                if isAllowed(scalar) { out.unicodeScalars.append(scalar) }
            }
        }
    }

    /// XML 1.0 `Char`: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and up.
    public static func isAllowed(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        return v == 0x9 || v == 0xA || v == 0xD || (0x20...0xD7FF).contains(v)
            || (0xE000...0xFFFD).contains(v) || v >= 0x10000
    }
}

extension String {
    fileprivate func replacingDoubleHyphens() -> String {
        var out = ""
        var previous: Character?
        for character in self {
            if character == "-" && previous == "-" { out.append(" ") }
            out.append(character)
            previous = character
        }
        return out.hasSuffix("-") ? out + " " : out
    }
}
