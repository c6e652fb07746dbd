public import AluDiagnostics
import Foundation

/// Checks on raw bytes before libxml2 sees them: size, encoding, and the number of
/// attributes on any one element.
///
/// The attribute count is the one CPU hole libxml2 2.9.14's limits leave open, so it
/// is measured here with a small scanner that understands comments, CDATA,
/// processing instructions and quoted values — enough to count `=` signs outside
/// quotes inside each start tag, without building anything.
public enum XMLInputScreen {
    /// Returns the first reason to refuse `bytes`, or nil when they may be parsed.
    public static func check(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, limits: XMLParseLimits
    ) -> Diagnostic? {
        let location = Diagnostic.Location(file: file, line: 1, column: 1)
        if bytes.isEmpty {
            return .error(location, "the file is empty; expected an XML document", code: "xml.empty")
        }
        if bytes.count > limits.maxBytes {
            return .error(
                Diagnostic.Location(file: file),
                "the file is \(bytes.count) bytes, more than the \(limits.maxBytes)-byte limit",
                code: "xml.too-large")
        }
        if bytes.count >= 2, (bytes[0] == 0xFE && bytes[1] == 0xFF) || (bytes[0] == 0xFF && bytes[1] == 0xFE)
            || (bytes.count >= 4 && bytes[0] == 0 && bytes[1] == 0)
            || (bytes.count >= 2 && bytes[1] == 0)
        {
            return .error(
                location, "the file is in UTF-16 or UTF-32; save it as UTF-8", code: "xml.encoding")
        }
        if let declared = declaredEncoding(bytes), !["utf-8", "utf8"].contains(declared.lowercased()) {
            return .error(
                location, "the file declares encoding '\(declared)'; only UTF-8 is accepted",
                code: "xml.encoding")
        }
        return scanAttributes(bytes, file: file, limit: limits.maxAttributesPerElement)
    }

    /// The `encoding` pseudo-attribute of the XML declaration, if any.
    static func declaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let prefix = Array("<?xml".utf8)
        guard bytes.count >= start + prefix.count,
              Array(bytes[start..<start + prefix.count]) == prefix else { return nil }
        var end = start
        while end < bytes.count, end < start + 512, bytes[end] != UInt8(ascii: ">") { end += 1 }
        let declaration = String(decoding: bytes[start..<end], as: UTF8.self)
        guard let range = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[range.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        return String(rest.dropFirst().prefix { $0 != quote })
    }

    private static func scanAttributes(
        _ b: UnsafeBufferPointer<UInt8>, file: String, limit: Int
    ) -> Diagnostic? {
        let lt = UInt8(ascii: "<"), gt = UInt8(ascii: ">"), nl = UInt8(ascii: "\n")
        let bang = UInt8(ascii: "!"), question = UInt8(ascii: "?"), slash = UInt8(ascii: "/")
        let equals = UInt8(ascii: "="), dq = UInt8(ascii: "\""), sq = UInt8(ascii: "'")
        var i = 0, line = 1
        let n = b.count

        /// Advances `i` past `terminator`, counting lines; false if it never comes.
        func skip(past terminator: [UInt8]) -> Bool {
            while i < n {
                if b[i] == nl { line += 1 }
                if b[i] == terminator[0], i + terminator.count <= n {
                    var match = true
                    for k in 1..<terminator.count where b[i + k] != terminator[k] { match = false; break }
                    if match { i += terminator.count; return true }
                }
                i += 1
            }
            return false
        }

        while i < n {
            let c = b[i]
            if c == nl { line += 1; i += 1; continue }
            guard c == lt, i + 1 < n else { i += 1; continue }
            let next = b[i + 1]
            if next == bang {
                if i + 3 < n, b[i + 2] == UInt8(ascii: "-"), b[i + 3] == UInt8(ascii: "-") {
                    i += 4
                    if !skip(past: Array("-->".utf8)) { return nil }
                } else if i + 8 < n, b[i + 2] == UInt8(ascii: "[") {
                    i += 2
                    if !skip(past: Array("]]>".utf8)) { return nil }
                } else {
                    i += 2  // DOCTYPE and friends: libxml2 reports them
                }
                continue
            }
            if next == question {
                i += 2
                if !skip(past: Array("?>".utf8)) { return nil }
                continue
            }
            if next == slash { i += 2; continue }
            // A start tag: count '=' outside quoted values until '>'.
            let tagLine = line
            var count = 0
            var quote: UInt8 = 0
            i += 1
            while i < n {
                let d = b[i]
                if d == nl { line += 1 }
                if quote != 0 {
                    if d == quote { quote = 0 }
                } else if d == dq || d == sq {
                    quote = d
                } else if d == equals {
                    count += 1
                    if count > limit {
                        return .error(
                            Diagnostic.Location(file: file, line: tagLine, column: nil),
                            "an element has more than \(limit) attributes; refused",
                            code: "xml.too-many-attributes")
                    }
                } else if d == gt {
                    break
                }
                i += 1
            }
            i += 1
        }
        return nil
    }
}
