/// Serialisation of rows and cells (ODF 1.3 Part 3 §9.1.4 table:table-cell).
extension SpreadsheetWriter {
    /// Writes one row; throws before `currentRow` moves, so the caller can roll the bytes back.
    func writeRow(_ cells: [CellValue], options: [CellOptions] = [], sheet: SheetWriter, header: Bool) throws(SpreadsheetError) {
        let rowNumber = currentRow + 1
        if sheet.options.estimatedRowHeights {
            buffer.raw("<table:table-row table:style-name=\"")
            buffer.raw(RowHeightEstimate.styleName(lines: RowHeightEstimate.lines(cells, columns: sheet.columns, header: header)))
            buffer.raw("\">")
        } else {
            buffer.raw("<table:table-row table:style-name=\"ro1\">")
        }
        var pendingEmpty = 0
        var written = 0
        for (index, cell) in cells.enumerated() {
            let cellOptions = index < options.count ? options[index] : .plain
            switch cell {
            case .empty where cellOptions.isPlain, .string("") where cellOptions.isPlain:
                pendingEmpty += 1
                continue
            default:
                break
            }
            if pendingEmpty > 0 {
                writeEmptyCells(pendingEmpty)
                pendingEmpty = 0
            }
            let column = index < sheet.columns.count ? sheet.columns[index] : nil
            let start = buffer.count
            try writeCell(cell == .string("") ? .empty : cell, row: rowNumber, header: header, wrap: column?.wrapText ?? false) {
                CellAddress.display(sheet: sheet.name, row: rowNumber, column: index + 1)
            }
            if !cellOptions.isPlain { annotateCell(at: start, cellOptions) }
            written = index + 1
        }
        if written == 0 { buffer.raw("<table:table-cell/>") }
        buffer.raw("</table:table-row>")
        currentRow = rowNumber
        currentWidth = max(currentWidth, written)
        statistics.rows += 1
    }

    private func writeEmptyCells(_ count: Int) {
        if count == 1 {
            buffer.raw("<table:table-cell/>")
        } else {
            buffer.raw("<table:table-cell table:number-columns-repeated=\"")
            buffer.decimal(count)
            buffer.raw("\"/>")
        }
    }

    private func writeCell(_ cell: CellValue, row: Int, header: Bool, wrap: Bool, address: () -> String) throws(SpreadsheetError) {
        switch cell {
        case .empty:
            buffer.raw("<table:table-cell/>")
        case .string(let text):
            if header {
                buffer.raw("<table:table-cell table:style-name=\"ce1\" office:value-type=\"string\"><text:p>")
            } else if wrap || Self.hasLineBreak(text) {
                buffer.raw("<table:table-cell table:style-name=\"ce4\" office:value-type=\"string\"><text:p>")
            } else {
                buffer.raw("<table:table-cell office:value-type=\"string\"><text:p>")
            }
            buffer.paragraphText(text, paragraphs: true)
            buffer.raw("</text:p></table:table-cell>")
        case .int(let value):
            buffer.raw("<table:table-cell office:value-type=\"float\" office:value=\"")
            buffer.decimal(value)
            buffer.raw("\"><text:p>")
            buffer.decimal(value)
            buffer.raw("</text:p></table:table-cell>")
        case .float(let value):
            guard value.isFinite else { throw .nonFiniteNumber(cell: address()) }
            let text = Self.number(value)
            buffer.raw("<table:table-cell office:value-type=\"float\" office:value=\"")
            buffer.raw(text)
            buffer.raw("\"><text:p>")
            buffer.raw(text)
            buffer.raw("</text:p></table:table-cell>")
        case .percentage(let value):
            guard value.isFinite else { throw .nonFiniteNumber(cell: address()) }
            buffer.raw("<table:table-cell table:style-name=\"ce3\" office:value-type=\"percentage\" office:value=\"")
            buffer.raw(Self.number(value))
            buffer.raw("\"><text:p>")
            buffer.raw(Self.fixed(value * 100, decimals: 1, grouping: false))
            buffer.raw("%</text:p></table:table-cell>")
        case .currency(let amount, let code):
            guard Self.isCurrencyCode(code) else { throw .invalidCurrencyCode(code, cell: address()) }
            guard amount.isFinite else { throw .nonFiniteNumber(cell: address()) }
            buffer.raw("<table:table-cell table:style-name=\"")
            buffer.raw(styles?.currencyCells[code] ?? ODFStyles.genericCurrencyCell)
            buffer.raw("\" office:value-type=\"currency\" office:currency=\"")
            buffer.raw(code)
            buffer.raw("\" office:value=\"")
            buffer.raw(Self.number(amount))
            buffer.raw("\"><text:p>")
            buffer.raw(Self.fixed(amount, decimals: 2, grouping: true))
            buffer.raw(" ")
            buffer.raw(code)
            buffer.raw("</text:p></table:table-cell>")
        case .date(let day):
            guard day.isValid else { throw .invalidDate(day, cell: address()) }
            let text = day.description
            buffer.raw("<table:table-cell table:style-name=\"ce2\" office:value-type=\"date\" office:date-value=\"")
            buffer.raw(text)
            buffer.raw("\"><text:p>")
            buffer.raw(text)
            buffer.raw("</text:p></table:table-cell>")
        case .boolean(let value):
            buffer.raw(value
                ? "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"true\"><text:p>TRUE</text:p></table:table-cell>"
                : "<table:table-cell office:value-type=\"boolean\" office:boolean-value=\"false\"><text:p>FALSE</text:p></table:table-cell>")
        case .formula(let formula):
            guard formula.expression.isWellFormed else { throw .malformedFormula(cell: address()) }
            buffer.raw(wrap ? "<table:table-cell table:style-name=\"ce4\" table:formula=\"of:=" : "<table:table-cell table:formula=\"of:=")
            buffer.attribute(formula.expression.openFormula(row: row))
            // The cached result goes in text:p only: LibreOffice prefers office:string-value
            // and turns its line breaks into spaces (SODS#65).
            buffer.raw("\" office:value-type=\"string\"><text:p>")
            buffer.paragraphText(formula.cachedText, paragraphs: false)
            buffer.raw("</text:p></table:table-cell>")
        case .hyperlink(let text, let url):
            guard Self.isAllowedLink(url) else { throw .unsupportedHyperlinkScheme(url, cell: address()) }
            buffer.raw(wrap ? "<table:table-cell table:style-name=\"ce4\" office:value-type=\"string\"><text:p><text:a xlink:type=\"simple\" xlink:href=\"" : "<table:table-cell office:value-type=\"string\"><text:p><text:a xlink:type=\"simple\" xlink:href=\"")
            buffer.attribute(url)
            buffer.raw("\">")
            buffer.paragraphText(text.isEmpty ? url : text, paragraphs: false)
            buffer.raw("</text:a></text:p></table:table-cell>")
        }
    }

    static func hasLineBreak(_ text: String) -> Bool {
        text.utf8.contains { $0 == 0x0A || $0 == 0x0D }
    }

    /// Link schemes a buyer's spreadsheet may open; `javascript:`, `file:` and the like are refused.
    static func isAllowedLink(_ url: String) -> Bool {
        guard let colon = url.firstIndex(of: ":") else { return false }
        return ["http", "https", "mailto", "ftp", "tel"].contains(url[..<colon].lowercased())
    }

    /// The shortest text that reads back as the same Double (`xsd:double`, `.` decimal point).
    static func number(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return value.description
    }

    /// `1234.5` → `1,234.50` (two decimals, grouping), independent of the locale.
    static func fixed(_ value: Double, decimals: Int, grouping: Bool) -> String {
        var scale = 1.0
        for _ in 0..<decimals { scale *= 10 }
        let scaled = (abs(value) * scale).rounded()
        guard scaled < 9e15 else { return number(value) }
        let units = Int(scaled)
        let whole = units / Int(scale)
        let fraction = units % Int(scale)
        var digits = String(whole)
        if grouping && digits.count > 3 {
            var grouped = ""
            for (offset, character) in digits.enumerated() {
                if offset > 0 && (digits.count - offset) % 3 == 0 { grouped.append(",") }
                grouped.append(character)
            }
            digits = grouped
        }
        var result = (value < 0 && units > 0 ? "-" : "") + digits
        if decimals > 0 {
            let fractionDigits = String(fraction)
            result += "." + String(repeating: "0", count: decimals - fractionDigits.count) + fractionDigits
        }
        return result
    }
}
