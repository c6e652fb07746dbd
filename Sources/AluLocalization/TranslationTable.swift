/// Rows of `key<TAB>fr<TAB>en<TAB>es<TAB>ar<TAB>pt`, parsed once.
///
/// The data lives in Swift string literals rather than dictionary literals:
/// a few hundred nested dictionary entries take the type checker minutes, a
/// string takes nothing, and the table still reads like a spreadsheet.
/// A row with a wrong number of columns is kept, with its missing cells empty,
/// so the completeness tests name it instead of a crash at launch.
package struct TranslationTable: Sendable {
    /// Column order of the tables that cover every packet language.
    package static let packetLanguages = ["fr", "en", "es", "ar", "pt"]

    /// Column order of this table.
    package let languages: [String]

    /// Keys in source order.
    package let keys: [String]
    private let rows: [String: [String]]

    package init(_ source: String, languages: [String] = packetLanguages) {
        self.languages = languages
        var keys: [String] = []
        var rows: [String: [String]] = [:]
        var malformed: [String] = []
        // Split on the UTF-8 bytes of newline and tab (both ASCII): a split by
        // Characters ran grapheme breaking over every table at the first message.
        for line in source.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: true) {
            let cells = line.split(separator: UInt8(ascii: "\t"), omittingEmptySubsequences: false).map { String(Substring($0)) }
            // A stray tab shifts every later column; a second row for a key is ignored.
            if cells.count > languages.count + 1 { malformed.append("\(cells[0]): \(cells.count - 1) cells for \(languages.count) languages") }
            if let key = cells.first, rows[key] != nil { malformed.append("\(key): listed twice") }
            guard let key = cells.first, !key.isEmpty, rows[key] == nil else { continue }
            keys.append(key)
            rows[key] = Array(cells.dropFirst().prefix(languages.count))
                + Array(repeating: "", count: max(0, languages.count - (cells.count - 1)))
        }
        self.keys = keys
        self.rows = rows
        malformedRows = malformed
    }

    /// Rows with more cells than languages, or a key listed twice: what the tests
    /// require to be empty (the completeness tests alone would not see them).
    package let malformedRows: [String]

    /// The cell for `key` in `language`; nil when absent or empty.
    package func value(_ key: String, _ language: String) -> String? {
        guard let column = self.languages.firstIndex(of: language), let row = rows[key] else { return nil }
        let text = row[column]
        return text.isEmpty ? nil : text
    }
}
