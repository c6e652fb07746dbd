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
        let prefix = "<?xml".utf8
        guard bytes.count >= start + prefix.count,
              bytes[start..<start + prefix.count].elementsEqual(prefix) else { return nil }
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: ">") { end += 1 }
        let declaration = bytes[start..<end]
        let keyword = "encoding".utf8
        guard declaration.count >= keyword.count,
              let at = (declaration.startIndex...(declaration.endIndex - keyword.count)).first(where: {
                  declaration[$0..<$0 + keyword.count].elementsEqual(keyword)
              }) else { return nil }
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }
        var i = at + keyword.count
        while i < declaration.endIndex, isSpace(declaration[i]) || declaration[i] == UInt8(ascii: "=") { i += 1 }
        guard i < declaration.endIndex, declaration[i] == UInt8(ascii: "\"") || declaration[i] == UInt8(ascii: "'") else {
            return String(decoding: declaration[(at + keyword.count)...], as: UTF8.self)
        }
        let quote = declaration[i]
        let value = declaration[(i + 1)...].prefix { $0 != quote }
        return String(decoding: value, as: UTF8.self)
    }

    /// Runs the shared streaming prescanner (BOMs, NUL bytes, attribute counts)
    /// over the whole buffer, unless the buffer cannot hold a violation.
    private static func scanAttributes(
        _ bytes: UnsafeBufferPointer<UInt8>, file: String, limit: Int
    ) -> Diagnostic? {
        if cannotViolate(bytes, limit: limit) { return nil }
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

    /// True when no start tag can exceed `limit` attributes, no NUL byte is present and
    /// the first byte cannot begin a UTF-16/32 byte-order mark: then the byte-by-byte
    /// prescanner has nothing to find. An attribute needs an `=`, so a file with at
    /// most `limit` of them passes. `memchr` (vectorised in libc) instead of a state
    /// machine per byte: a typical entry has a few dozen `=` signs, and this check
    /// runs for every entry of the catalogue.
    static func cannotViolate(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int) -> Bool {
        guard let base = bytes.baseAddress, let first = bytes.first,
              first != 0x00, first != 0xFE, first != 0xFF,
              memchr(base, 0, bytes.count) == nil
        else { return false }
        var cursor = UnsafeRawPointer(base)
        let end = cursor + bytes.count
        var equalsSigns = 0
        while cursor < end, let found = memchr(cursor, Int32(UInt8(ascii: "=")), end - cursor) {
            equalsSigns += 1
            if equalsSigns > limit { return false }
            cursor = UnsafeRawPointer(found) + 1
        }
        return true
    }
}
