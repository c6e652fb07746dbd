/// A small HTML5 writer that escapes by construction.
///
/// Markup can only come from `StaticString`s (tag and attribute names written in
/// this module's source); every `String` a caller passes — text or attribute value —
/// is escaped on the way in. There is no method that appends a `String` as markup,
/// so supplier text, query strings and translations can never become tags or script.
package struct HTMLWriter {
    /// UTF-8 bytes: every piece appended is a whole `String` or `StaticString`, so the
    /// bytes are always valid UTF-8.
    private var bytes: [UInt8] = []

    package init() { bytes.reserveCapacity(32 * 1024) }

    /// The document so far.
    package var output: String { String(decoding: bytes, as: UTF8.self) }
    /// The document so far, as the UTF-8 bytes a response sends.
    package var outputBytes: [UInt8] { bytes }

    /// An attribute: a constant name and an escaped value; `nil` values are left out.
    package struct Attribute {
        package let name: StaticString
        package let value: String?
        package init(_ name: StaticString, _ value: String?) {
            self.name = name
            self.value = value
        }
    }

    /// Elements that have no end tag in HTML5.
    private static let voidElements: [StaticString] = ["meta", "link", "input", "br", "img", "hr"]

    /// Whether `tag` is one of ``voidElements``, from the bytes (making a `String` of
    /// each tag to look it up in a set was a twentieth of a page's time).
    private static func isVoid(_ tag: StaticString) -> Bool {
        tag.withUTF8Buffer { name in
            voidElements.contains { void in void.withUTF8Buffer { $0.elementsEqual(name) } }
        }
    }

    private mutating func append(_ markup: StaticString) {
        markup.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    package mutating func doctype() { append("<!DOCTYPE html>\n") }

    // Single characters go in as bytes: a page makes thousands of these calls, and a
    // one-byte `append(contentsOf:)` costs several times a one-byte `append`.
    package mutating func open(_ tag: StaticString, _ attributes: [Attribute] = []) {
        bytes.append(UInt8(ascii: "<"))
        append(tag)
        for attribute in attributes {
            guard let value = attribute.value else { continue }
            bytes.append(UInt8(ascii: " "))
            append(attribute.name)
            bytes.append(UInt8(ascii: "="))
            bytes.append(UInt8(ascii: "\""))
            Self.escape(value, attribute: true, into: &bytes)
            bytes.append(UInt8(ascii: "\""))
        }
        bytes.append(UInt8(ascii: ">"))
    }

    package mutating func close(_ tag: StaticString) {
        bytes.append(UInt8(ascii: "<"))
        bytes.append(UInt8(ascii: "/"))
        append(tag)
        bytes.append(UInt8(ascii: ">"))
    }

    /// `<tag …>` then the body then `</tag>` (no end tag for void elements).
    package mutating func element(_ tag: StaticString, _ attributes: [Attribute] = [], _ body: (inout HTMLWriter) -> Void = { _ in }) {
        open(tag, attributes)
        if Self.isVoid(tag) { return }
        body(&self)
        close(tag)
    }

    /// `<tag …>text</tag>`, the text escaped.
    package mutating func element(_ tag: StaticString, _ attributes: [Attribute] = [], text: String) {
        element(tag, attributes) { $0.text(text) }
    }

    /// Escaped character data.
    package mutating func text(_ text: String) { Self.escape(text, attribute: false, into: &bytes) }

    /// A line break in the source, for readable output (never inside `pre`).
    package mutating func newline() { bytes.append(UInt8(ascii: "\n")) }

    /// Escapes `&`, `<`, `>` (and `"`, `'` in attribute values), and replaces what
    /// HTML forbids in a document (C0 controls other than tab, line feed, form feed and
    /// carriage return; DEL and C1 controls; noncharacters) by U+FFFD, so a hostile or
    /// broken value can neither close the markup around it nor make the page invalid.
    package static func escape(_ text: String, attribute: Bool, into output: inout String) {
        var bytes: [UInt8] = []
        escape(text, attribute: attribute, into: &bytes)
        output += String(decoding: bytes, as: UTF8.self)
    }

    /// ``escape(_:attribute:into:)`` as UTF-8: the runs with nothing to escape are
    /// copied whole (appending scalar by scalar was a tenth of a search page's time).
    package static func escape(_ text: String, attribute: Bool, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { utf8 in
            let count = utf8.count
            var runStart = 0, index = 0
            while index < count {
                let lead = utf8[index]
                var length = 1
                let replacement: StaticString?
                if lead < 0x80 {
                    switch lead {
                    case UInt8(ascii: "&"): replacement = "&amp;"
                    case UInt8(ascii: "<"): replacement = "&lt;"
                    case UInt8(ascii: ">"): replacement = "&gt;"
                    case UInt8(ascii: "\"") where attribute: replacement = "&quot;"
                    case UInt8(ascii: "'") where attribute: replacement = "&#39;"
                    default: replacement = isForbidden(Unicode.Scalar(lead)) ? "\u{FFFD}" : nil
                    }
                } else {
                    // A valid String: the lead byte gives the length, the rest are continuations.
                    length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                    var value = UInt32(lead) & (lead >= 0xF0 ? 0x07 : lead >= 0xE0 ? 0x0F : 0x1F)
                    for offset in 1..<length { value = value << 6 | UInt32(utf8[index + offset] & 0x3F) }
                    replacement = Unicode.Scalar(value).map(isForbidden) ?? true ? "\u{FFFD}" : nil
                }
                if let replacement {
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<index]))
                    replacement.withUTF8Buffer { output.append(contentsOf: $0) }
                    runStart = index + length
                }
                index += length
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
        }
    }

    package static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 { return !(v == 0x09 || v == 0x0A || v == 0x0C || v == 0x0D) }
        if (0x7F...0x9F).contains(v) { return true }
        if (0xFDD0...0xFDEF).contains(v) { return true }
        return v & 0xFFFE == 0xFFFE
    }
}
