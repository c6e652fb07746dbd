/// A small HTML5 writer that escapes by construction.
///
/// Markup can only come from `StaticString`s (tag and attribute names written in
/// this module's source); every `String` a caller passes — text or attribute value —
/// is escaped on the way in. There is no method that appends a `String` as markup,
/// so supplier text, query strings and translations can never become tags or script.
struct HTMLWriter {
    private(set) var output = ""

    init() { output.reserveCapacity(16 * 1024) }

    /// An attribute: a constant name and an escaped value; `nil` values are left out.
    struct Attribute {
        let name: StaticString
        let value: String?
        init(_ name: StaticString, _ value: String?) {
            self.name = name
            self.value = value
        }
    }

    /// Elements that have no end tag in HTML5.
    private static let voidElements: Set<String> = ["meta", "link", "input", "br", "img", "hr"]

    mutating func doctype() { output += "<!DOCTYPE html>\n" }

    mutating func open(_ tag: StaticString, _ attributes: [Attribute] = []) {
        output += "<"
        output += tag.description
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            output += " "
            output += attribute.name.description
            output += "=\""
            Self.escape(value, attribute: true, into: &output)
            output += "\""
        }
        output += ">"
    }

    mutating func close(_ tag: StaticString) {
        output += "</"
        output += tag.description
        output += ">"
    }

    /// `<tag …>` then the body then `</tag>` (no end tag for void elements).
    mutating func element(_ tag: StaticString, _ attributes: [Attribute] = [], _ body: (inout HTMLWriter) -> Void = { _ in }) {
        open(tag, attributes)
        if Self.voidElements.contains(tag.description) { return }
        body(&self)
        close(tag)
    }

    /// `<tag …>text</tag>`, the text escaped.
    mutating func element(_ tag: StaticString, _ attributes: [Attribute] = [], text: String) {
        element(tag, attributes) { $0.text(text) }
    }

    /// Escaped character data.
    mutating func text(_ text: String) { Self.escape(text, attribute: false, into: &output) }

    /// A line break in the source, for readable output (never inside `pre`).
    mutating func newline() { output += "\n" }

    /// Escapes `&`, `<`, `>` (and `"`, `'` in attribute values), and replaces what
    /// HTML forbids in a document (C0 controls other than tab, line feed, form feed and
    /// carriage return; DEL and C1 controls; noncharacters) by U+FFFD, so a hostile or
    /// broken value can neither close the markup around it nor make the page invalid.
    static func escape(_ text: String, attribute: Bool, into output: inout String) {
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "'" where attribute: output += "&#39;"
            default:
                if isForbidden(scalar) {
                    output.unicodeScalars.append("\u{FFFD}")
                } else {
                    output.unicodeScalars.append(scalar)
                }
            }
        }
    }

    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return !(v == 0x09 || v == 0x0A || v == 0x0C || v == 0x0D) }
        if (0x7F...0x9F).contains(v) { return true }
        if (0xFDD0...0xFDEF).contains(v) { return true }
        return v & 0xFFFE == 0xFFFE
    }
}
