import Foundation

/// Reads RFC 4180 records from a UTF-8 file in 64 KiB chunks, so memory does not grow with
/// the file. Accepts LF or CRLF line ends, quoted fields with doubled quotes and embedded
/// line breaks, and a leading UTF-8 byte-order mark.
package final class CSVRecordReader {
    /// A record and the line it starts on (1-based), for error messages.
    package typealias Record = (fields: [String], line: Int)

    private let path: String
    private let handle: FileHandle
    private var chunk: [UInt8] = []
    private var position = 0
    private var atEnd = false
    private var line = 1
    private var first = true

    package init(path: String) throws(SpreadsheetError) {
        self.path = path
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw .csv(path: path, line: 0, reason: "cannot open the file for reading")
        }
        self.handle = handle
    }

    deinit { try? handle.close() }

    private func fill() -> Bool {
        guard !atEnd else { return false }
        let data = handle.readData(ofLength: 1 << 16)
        if data.isEmpty { atEnd = true; return false }
        chunk = Array(data)
        position = 0
        return true
    }

    @inline(__always) private func nextByte() -> UInt8? {
        if position == chunk.count && !fill() { return nil }
        defer { position += 1 }
        return chunk[position]
    }

    @inline(__always) private func peekByte() -> UInt8? {
        if position == chunk.count && !fill() { return nil }
        return chunk[position]
    }

    /// The next record, or nil at end of file.
    package func next() throws(SpreadsheetError) -> Record? {
        if first {
            first = false
            if peekByte() == 0xEF {
                // Skip a byte-order mark (EF BB BF) if it is one.
                let saved = position
                _ = nextByte()
                if nextByte() != 0xBB || nextByte() != 0xBF { position = saved }
            }
        }
        guard peekByte() != nil else { return nil }
        let startLine = line
        var fields: [String] = []
        var field: [UInt8] = []
        var quoted = false
        var inQuotes = false
        func finishField() throws(SpreadsheetError) {
            guard let text = String(validating: field, as: UTF8.self) else {
                throw .csv(path: path, line: line, reason: "the file is not valid UTF-8")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            quoted = false
        }
        while let byte = nextByte() {
            if inQuotes {
                if byte == 0x22 {
                    if peekByte() == 0x22 { _ = nextByte(); field.append(0x22) } else { inQuotes = false }
                } else {
                    if byte == 0x0A { line += 1 }
                    field.append(byte)
                }
                continue
            }
            switch byte {
            case 0x22 where field.isEmpty && !quoted:
                inQuotes = true
                quoted = true
            case 0x2C:
                try finishField()
            case 0x0D where peekByte() == 0x0A:
                continue
            case 0x0A:
                line += 1
                try finishField()
                return (fields, startLine)
            default:
                if quoted {
                    throw .csv(path: path, line: line, reason: "text after a closing quote (a quote inside a field must be doubled)")
                }
                field.append(byte)
            }
        }
        if inQuotes { throw .csv(path: path, line: startLine, reason: "a quoted field is not closed before the end of the file") }
        try finishField()
        return (fields, startLine)
    }
}
