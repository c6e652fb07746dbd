/// Spreadsheet cell and range addresses (`B7`, `'My sheet'.A1:'My sheet'.F10`).
enum CellAddress {
    /// Column letters for a 1-based column: 1 → A, 27 → AA.
    static func columnLetters(_ column: Int) -> String {
        var n = column
        var letters: [Character] = []
        while n > 0 {
            let remainder = (n - 1) % 26
            letters.append(Character(Unicode.Scalar(UInt8(65 + remainder))))
            n = (n - 1) / 26
        }
        return String(letters.reversed())
    }

    /// `Sheet!B7` as used in error messages.
    static func display(sheet: String, row: Int, column: Int) -> String {
        "\(sheet)!\(columnLetters(column))\(row)"
    }

    /// The sheet name as it must appear in an ODF range address: quoted (apostrophes doubled)
    /// unless it is made only of letters, digits and underscores (schema pattern of
    /// `table:target-range-address`).
    static func quotedSheet(_ name: String) -> String {
        if name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) { return name }
        return "'" + String(name.flatMap { $0 == "'" ? ["'", "'"] : [$0] }) + "'"
    }

    /// `Sheet.A1:Sheet.F10`.
    static func range(sheet: String, lastRow: Int, lastColumn: Int) -> String {
        let quoted = quotedSheet(sheet)
        return "\(quoted).A1:\(quoted).\(columnLetters(lastColumn))\(lastRow)"
    }
}
