/// Plain-text columns aligned with spaces, for terminals; widths count characters.
public struct TextTable: Sendable {
    public var header: [String]
    public var rows: [[String]]

    public init(header: [String], rows: [[String]] = []) {
        self.header = header
        self.rows = rows
    }

    /// Header, a dashed rule, then rows; no trailing spaces.
    public func render() -> String {
        let all = [header] + rows
        let widths = header.indices.map { column in all.map { $0.indices.contains(column) ? $0[column].count : 0 }.max() ?? 0 }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                text += cell
                if column < cells.count - 1 { text += String(repeating: " ", count: widths[column] - cell.count + 2) }
            }
            return String(text.reversed().drop { $0 == " " }.reversed())
        }
        var out = line(header) + "\n" + line(widths.map { String(repeating: "-", count: $0) }) + "\n"
        for row in rows { out += line(row) + "\n" }
        return out
    }
}

/// RFC 4180 CSV, every field quoted, lines ending in CRLF, with the OWASP defence
/// against formula injection: a field starting with `=`, `+`, `-`, `@`, tab or
/// carriage return gets a leading `'` so spreadsheets show it as text.
public enum CSV {
    public static func field(_ value: String) -> String {
        var text = value
        if let first = text.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) { text = "'" + text }
        // Scalars, not Characters: `"` followed by a combining mark is one Character
        // that is not equal to `"`, and would escape the quoting.
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"\"" } else { quoted.unicodeScalars.append(scalar) }
        }
        return quoted + "\""
    }

    public static func render(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") + "\r\n" }.joined()
    }
}
