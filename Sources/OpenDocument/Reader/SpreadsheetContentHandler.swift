internal import AluXML
internal import Foundation

/// Turns the SAX events of `content.xml` into sheets of typed cells.
///
/// Positions are 64-bit and saturate, so empty repeats of any size only move a counter.
/// A non-empty cell repeated n times is charged n cells, and a row holding k charged cells
/// repeated m times is charged k × m (checked for overflow) before anything is copied.
final class SpreadsheetContentHandler: XMLStreamHandler {
    private enum NS {
        static let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        static let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
        static let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        static let xlink = "http://www.w3.org/1999/xlink"
    }

    private struct Cell {
        var location: XMLStreamLocation
        var copies: Int
        var covered: Bool
        var valueType: String?
        var attributes: [String: String]     // office:* value attributes
        var paragraphs: [String] = []
        var paragraphDepth = 0
        var url: String?
        var textBytes = 0
        /// ODF white-space rule: runs of space, tab, CR, LF in character data are one space,
        /// and leading ones in a paragraph are dropped; `text:s`/`text:tab` are literal.
        var afterSpace = true
    }

    private struct Row {
        var location: XMLStreamLocation
        var copies: Int
        var column = 0                       // next 0-based column, saturating
        var cells: [ReadCell] = []
        var charged = 0                      // non-empty cells in one copy of the row
    }

    let limits: SpreadsheetReadLimits
    private(set) var sheets: [ReadSheet] = []
    private(set) var statistics = SpreadsheetReadStatistics()

    private var sawRoot = false
    private var sheetName: String?
    private var sheetRows: [ReadRow] = []
    private var rowPosition = 0              // next 0-based row, saturating
    private var row: Row?
    private var cell: Cell?
    private var skipDepth = 0                // > 0 inside a subtree we ignore

    init(limits: SpreadsheetReadLimits) {
        self.limits = limits
    }

    // MARK: - Events

    func startElement(_ element: XMLStreamElement) throws {
        if !sawRoot {
            sawRoot = true
            guard element.localName == "document-content", element.namespaceURI == NS.office else {
                throw SpreadsheetReadError.notSpreadsheetContent(element.location)
            }
            return
        }
        if skipDepth > 0 { skipDepth += 1; return }
        if cell != nil { return try startInCell(element) }
        guard element.namespaceURI == NS.table else { return }
        switch element.localName {
        case "table" where sheetName == nil:
            guard sheets.count < limits.maxSheets else {
                throw SpreadsheetReadError.tooManySheets(limit: limits.maxSheets, element.location)
            }
            sheetName = element.attribute("name", namespace: NS.table) ?? "Sheet\(sheets.count + 1)"
            sheetRows = []
            rowPosition = 0
        case "table":
            // A table inside a sheet (not inside a cell) is not ODF; skip it whole so
            // its end tag cannot close the sheet early.
            skipDepth = 1
        case "table-row" where sheetName != nil && row == nil:
            let copies = try repeatCount(element, "number-rows-repeated", row: rowPosition, column: 0)
            row = Row(location: element.location, copies: copies)
        case "table-cell", "covered-table-cell":
            guard let current = row else { return }
            let copies = try repeatCount(element, "number-columns-repeated", row: rowPosition, column: current.column)
            var attributes: [String: String] = [:]
            for attribute in element.attributes where attribute.namespaceURI == NS.office {
                attributes[attribute.localName] = attribute.value
            }
            cell = Cell(
                location: element.location, copies: copies, covered: element.localName == "covered-table-cell",
                valueType: attributes["value-type"], attributes: attributes
            )
        default:
            break
        }
    }

    func endElement(localName: String, namespaceURI: String?) throws {
        if skipDepth > 0 { skipDepth -= 1; return }
        if var current = cell {
            if namespaceURI == NS.table, localName == "table-cell" || localName == "covered-table-cell" {
                cell = nil
                try finishCell(current)
            } else if namespaceURI == NS.text, localName == "p" || localName == "h" {
                current.paragraphDepth -= 1
                cell = current
            }
            return
        }
        guard namespaceURI == NS.table else { return }
        switch localName {
        case "table-row":
            if let current = row {
                row = nil
                try finishRow(current)
            }
        case "table":
            if let name = sheetName {
                sheets.append(ReadSheet(name: name, rows: sheetRows))
                sheetName = nil
                sheetRows = []
            }
        default:
            break
        }
    }

    func characters(_ text: String) throws {
        guard skipDepth == 0, var current = cell, current.paragraphDepth > 0, !current.covered else { return }
        cell = nil                      // keep the buffers uniquely referenced: append in place
        defer { cell = current }
        var collapsed = ""
        for scalar in text.unicodeScalars {
            if scalar == " " || scalar == "\t" || scalar == "\n" || scalar == "\r" {
                if !current.afterSpace { collapsed.unicodeScalars.append(" ") }
                current.afterSpace = true
            } else {
                collapsed.unicodeScalars.append(scalar)
                current.afterSpace = false
            }
        }
        try append(collapsed, to: &current)
    }

    // MARK: - Inside a cell

    private func startInCell(_ element: XMLStreamElement) throws {
        guard var current = cell else { return }
        cell = nil
        defer { cell = current }
        // Covered cells' content, comments (office:annotation), drawings, nested tables:
        // none of it is the cell's text.
        guard !current.covered, element.namespaceURI == NS.text else {
            skipDepth = 1
            return
        }
        switch element.localName {
        case "p", "h":
            if current.paragraphDepth == 0 { current.paragraphs.append(""); current.afterSpace = true }
            current.paragraphDepth += 1
        case "s" where current.paragraphDepth > 0:
            let count = try positive(element, "c", in: NS.text, cell: address(current).description) ?? 1
            guard count <= limits.maxCellTextBytes else {
                throw SpreadsheetReadError.cellTextTooLong(limit: limits.maxCellTextBytes, element.location, cell: address(current).description)
            }
            try append(String(repeating: " ", count: count), to: &current)
            current.afterSpace = false
        case "tab" where current.paragraphDepth > 0:
            try append("\t", to: &current)
            current.afterSpace = false
        case "line-break" where current.paragraphDepth > 0:
            try append("\n", to: &current)
            current.afterSpace = false
        case "a":
            if current.url == nil { current.url = element.attribute("href", namespace: NS.xlink) ?? "" }
        case "note", "ruby-text":
            skipDepth = 1
        default:
            break
        }
    }

    private func append(_ text: String, to current: inout Cell) throws {
        let bytes = text.utf8.count
        current.textBytes += bytes
        statistics.textBytes += bytes
        if current.textBytes > limits.maxCellTextBytes {
            throw SpreadsheetReadError.cellTextTooLong(limit: limits.maxCellTextBytes, current.location, cell: address(current).description)
        }
        if statistics.textBytes > limits.maxTextBytes {
            throw SpreadsheetReadError.textTooLarge(limit: limits.maxTextBytes, current.location, cell: address(current).description)
        }
        current.paragraphs[current.paragraphs.count - 1] += text
    }

    // MARK: - Finishing cells, rows

    private func finishCell(_ finished: Cell) throws {
        guard row != nil else { return }
        let value = try typedValue(finished)
        var current = row!
        row = nil
        defer { row = current }
        let start = current.column
        current.column = Self.saturatingAdd(start, finished.copies)
        guard value != .empty else { return }

        let lastColumn = Self.saturatingAdd(start, finished.copies - 1)
        if lastColumn >= limits.maxColumnsPerSheet {
            let column = max(start, limits.maxColumnsPerSheet)
            throw SpreadsheetReadError.tooManyColumns(
                limit: limits.maxColumnsPerSheet, finished.location, cell: address(row: rowPosition, column: column).description)
        }
        current.charged += finished.copies
        try charge(finished.copies, finished.location, column: start)
        let text = finished.paragraphs.joined(separator: "\n")
        for column in start...lastColumn {
            current.cells.append(ReadCell(address: address(row: rowPosition, column: column), value: value, text: text))
        }
    }

    private func finishRow(_ finished: Row) throws {
        defer { rowPosition = Self.saturatingAdd(rowPosition, finished.copies) }
        guard !finished.cells.isEmpty else {
            statistics.skippedEmptyRows = Self.saturatingAdd(statistics.skippedEmptyRows, finished.copies)
            return
        }
        let lastRow = Self.saturatingAdd(rowPosition, finished.copies - 1)
        if lastRow >= limits.maxRowsPerSheet {
            throw SpreadsheetReadError.tooManyRows(
                limit: limits.maxRowsPerSheet, finished.location,
                cell: address(row: max(rowPosition, limits.maxRowsPerSheet), column: finished.cells[0].address.column).description)
        }
        // One copy was charged cell by cell; charge the others at once, before copying.
        if finished.copies > 1 {
            let (extra, overflow) = finished.charged.multipliedReportingOverflow(by: finished.copies - 1)
            try charge(overflow ? Int.max : extra, finished.location, column: finished.cells[0].address.column)
        }
        for copy in 0..<finished.copies {
            var cells = finished.cells
            if copy > 0 {
                for i in cells.indices { cells[i].address.row = rowPosition + copy }
            }
            statistics.storedCells += cells.count
            sheetRows.append(ReadRow(index: rowPosition + copy, cells: cells))
        }
    }

    private func charge(_ cells: Int, _ location: XMLStreamLocation, column: Int) throws {
        statistics.chargedCells = Self.saturatingAdd(statistics.chargedCells, cells)
        if statistics.chargedCells > limits.maxCells {
            throw SpreadsheetReadError.tooManyCells(
                limit: limits.maxCells, location, cell: address(row: rowPosition, column: column).description)
        }
    }

    // MARK: - Values

    private func typedValue(_ cell: Cell) throws -> ReadValue {
        if cell.covered { return .empty }
        let text = cell.paragraphs.joined(separator: "\n")
        func required(_ name: String) throws -> String {
            guard let value = cell.attributes[name] else {
                throw SpreadsheetReadError.invalidValue(
                    attribute: "office:\(name)", value: "", expected: "present", cell.location, cell: address(cell).description)
            }
            return value
        }
        func invalid(_ name: String, _ value: String, _ expected: String) -> SpreadsheetReadError {
            .invalidValue(attribute: "office:\(name)", value: value, expected: expected, cell.location, cell: address(cell).description)
        }
        func number(_ name: String) throws -> Double {
            let raw = try required(name)
            guard let value = Self.parseDouble(raw) else { throw invalid(name, raw, "a number") }
            return value
        }
        switch cell.valueType {
        case "float":
            let raw = try required("value")
            if let int = Self.parseInt(raw) { return .int(int) }
            guard let value = Self.parseDouble(raw) else { throw invalid("value", raw, "a number") }
            return .float(value)
        case "percentage":
            return .percentage(try number("value"))
        case "currency":
            return .currency(amount: try number("value"), code: cell.attributes["currency"])
        case "date":
            let raw = try required("date-value")
            guard let day = Self.parseDay(raw) else { throw invalid("date-value", raw, "a date (YYYY-MM-DD)") }
            return .date(day)
        case "boolean":
            let raw = try required("boolean-value")
            switch raw.trimmingCharacters(in: .whitespaces) {
            case "true", "1": return .boolean(true)
            case "false", "0": return .boolean(false)
            default: throw invalid("boolean-value", raw, "true or false")
            }
        case "string":
            if let url = cell.url { return .hyperlink(text: text, url: url) }
            return .string(cell.attributes["string-value"] ?? text)
        default:
            // "time", "void" or no type: keep the displayed text, if any.
            if let url = cell.url { return .hyperlink(text: text, url: url) }
            return text.isEmpty ? .empty : .string(text)
        }
    }

    static func parseInt(_ raw: String) -> Int? {
        let body = raw.hasPrefix("-") || raw.hasPrefix("+") ? raw.dropFirst() : Substring(raw)
        guard !body.isEmpty, body.utf8.allSatisfy({ (48...57).contains($0) }) else { return nil }
        return Int(raw.hasPrefix("+") ? String(body) : raw)
    }

    /// xsd:double without INF/NaN: digits, sign, point and exponent only (Swift's
    /// `Double.init` would also take hex, "nan" and "inf").
    static func parseDouble(_ raw: String) -> Double? {
        guard !raw.isEmpty, raw.utf8.allSatisfy({ (48...57).contains($0) || $0 == 43 || $0 == 45 || $0 == 46 || $0 == 69 || $0 == 101 }),
              let value = Double(raw), value.isFinite else { return nil }
        return value
    }

    /// `YYYY-MM-DD`, optionally followed by `T…` (a time of day, ignored).
    static func parseDay(_ raw: String) -> CalendarDay? {
        let datePart = raw.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let parts = datePart.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count >= 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.utf8.allSatisfy { (48...57).contains($0) } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]),
              (1...12).contains(month) else { return nil }
        let leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)
        let days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1]
        guard (1...days).contains(day) else { return nil }
        return CalendarDay(year: year, month: month, day: day)
    }

    // MARK: - Helpers

    /// A copies attribute: a positive decimal integer that fits 64 bits; 1 when absent.
    private func repeatCount(_ element: XMLStreamElement, _ name: String, row: Int, column: Int) throws -> Int {
        guard let raw = element.attribute(name, namespace: NS.table) else { return 1 }
        guard let value = Self.parsePositive(raw) else {
            throw SpreadsheetReadError.invalidRepeat(
                attribute: "table:\(name)", value: raw, element.location, cell: address(row: row, column: column).description)
        }
        return value
    }

    private func positive(_ element: XMLStreamElement, _ name: String, in namespace: String, cell: String) throws -> Int? {
        guard let raw = element.attribute(name, namespace: namespace) else { return nil }
        guard let value = Self.parsePositive(raw) else {
            throw SpreadsheetReadError.invalidRepeat(
                attribute: "text:\(name)", value: raw, element.location, cell: cell)
        }
        return value
    }

    static func parsePositive(_ raw: String) -> Int? {
        guard !raw.isEmpty, raw.utf8.count <= 19, raw.utf8.allSatisfy({ (48...57).contains($0) }),
              let value = Int(raw), value > 0 else { return nil }
        return value
    }

    static func saturatingAdd(_ a: Int, _ b: Int) -> Int {
        let (sum, overflow) = a.addingReportingOverflow(b)
        return overflow ? Int.max : sum
    }

    private func address(row: Int, column: Int) -> ReadCellAddress {
        ReadCellAddress(sheet: sheetName ?? "", row: row, column: column)
    }

    private func address(_ cell: Cell) -> ReadCellAddress {
        address(row: rowPosition, column: row?.column ?? 0)
    }
}
