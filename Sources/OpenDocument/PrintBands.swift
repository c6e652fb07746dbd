/// Splits a sheet's columns into print ranges that each fit the page width.
///
/// A sheet wider than the page is printed as bands of columns, one print range each
/// (`table:print-ranges` takes several), with the sheet's repeated columns
/// (`table:table-header-columns`) printed again at the left of every band. Each band
/// then prints at 100 % instead of the whole sheet being shrunk until it fits one page
/// wide (the 4-point text of a 12-column sheet). A single column wider than a band is a
/// band of its own, and the page layout's fit-to-width shrinks only that band.
enum PrintBands {
    /// 1-based, inclusive column ranges of each band (repeated columns not included).
    static func bands(widths: [Double], repeated: Int, printableWidth: Double) -> [ClosedRange<Int>] {
        let count = widths.count
        let first = min(max(repeated, 0), count)
        guard first < count else { return count == 0 ? [] : [1...count] }
        let repeatedWidth = widths.prefix(first).reduce(0, +)
        let room = printableWidth - repeatedWidth
        var bands: [ClosedRange<Int>] = []
        var start = first + 1
        var used = 0.0
        for column in (first + 1)...count {
            let width = widths[column - 1]
            // A tolerance of a micrometre: widths are written to the micrometre.
            if column > start && used + width > room + 0.0001 {
                bands.append(start...(column - 1))
                start = column
                used = 0
            }
            used += width
        }
        bands.append(start...count)
        // The first band starts at column 1, so the repeated columns print once, in place.
        bands[0] = 1...bands[0].upperBound
        return bands
    }

    /// The `table:print-ranges` value: `'Sheet'.A1:'Sheet'.G11 'Sheet'.H1:'Sheet'.L11`.
    static func attribute(sheet: String, bands: [ClosedRange<Int>], lastRow: Int) -> String {
        let quoted = CellAddress.quotedSheet(sheet)
        return bands.map { band in
            "\(quoted).\(CellAddress.columnLetters(band.lowerBound))1:\(quoted).\(CellAddress.columnLetters(band.upperBound))\(max(lastRow, 1))"
        }.joined(separator: " ")
    }
}
