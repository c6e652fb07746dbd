public import AluDiagnostics
import Foundation

/// Checks on raw bytes before libxml2 sees them: size, encoding, and the number of
/// attributes on any one element.
///
/// The attribute count is the one CPU hole libxml2 2.9.14's limits leave open, so it
/// is measured here by ``XMLStreamPrescanner`` (shared with the streaming parser),
/// which counts `=` signs outside quotes inside each start tag, without building
/// anything.
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
        if let declared = declaredEncoding(bytes), !["utf-8", "utf8"].contains(declared.lowercased()) {
            return .error(
                location, "the file declares encoding '\(declared)'; only UTF-8 is accepted",
                code: "xml.encoding")
        }
        return scanAttributes(bytes, file: file, limit: limits.maxAttributesPerElement)
    }

    /// The `encoding` pseudo-attribute of the XML declaration, if any. Any XML
    /// whitespace may surround `=`; a declaration that names an encoding we cannot
    /// read back is returned as written, so it is refused rather than ignored.
    static func declaredEncoding(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var start = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { start = 3 }
        let prefix = Array("<?xml".utf8)
        guard bytes.count >= start + prefix.count,
              Array(bytes[start..<start + prefix.count]) == prefix else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
        let declaration = Array(bytes[start..<end])
        let keyword = Array("encoding".utf8)
        guard let at = (0...max(0, declaration.count - keyword.count)).first(where: {
            declaration.count >= keyword.count && Array(declaration[$0..<$0 + keyword.count]) == keyword
        }) else { return nil }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        var i = at + keyword.count
        while i < declaration.count, isSpace(declaration[i]) || declaration[i] == UInt8(ascii: "=") { i += 1 }
        guard i < declaration.count, declaration[i] == UInt8(ascii: "\"") || declaration[i] == UInt8(ascii: "'") else {
            return String(decoding: declaration[(at + keyword.count)...], as: UTF8.self)
        }
        let quote = declaration[i]
        let value = declaration[(i + 1)...].prefix { $0 != quote }
        return String(decoding: value, as: UTF8.self)
    }

    /// Runs the shared streaming prescanner (BOMs, NUL bytes, attribute counts)
    /// over the whole buffer.
    private static func scanAttributes(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, limit: Int
    ) -> Diagnostic? {
        var scanner = XMLStreamPrescanner(maxAttributes: limit)
        switch scanner.scan(UnsafeRawBufferPointer(bytes)) {
        case nil:
            return nil
        case .tooManyAttributes(let line, _):
            return .error(
                Diagnostic.Location(file: file, line: line, column: nil),
                "an element has more than \(limit) attributes; refused", code: "xml.too-many-attributes")
        case .byteOrderMark(let what):
            return .error(Diagnostic.Location(file: file, line: 1, column: 1),
                          "the file starts with a \(what); save it as UTF-8", code: "xml.encoding")
        case .nulByte(let line, let column):
            return .error(Diagnostic.Location(file: file, line: line, column: column),
                          "the file contains a NUL byte (UTF-16 or binary data?); save it as UTF-8 text", code: "xml.encoding")
        }
    }
}
