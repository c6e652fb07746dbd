internal import Foundation

/// The typed value of one cell read from an ODS file.
///
/// Mirrors the writer's `CellValue` case for case, so the two can be unified.
public enum ReadValue: Sendable, Hashable {
    case string(String)
    /// A `float` cell whose `office:value` is written as an integer (`42`, `-7`).
    case int(Int)
    case float(Double)
    /// A fraction: `0.15` is shown as 15 %.
    case percentage(Double)
    /// `code` is `office:currency` (ISO 4217), when the file gives one.
    case currency(amount: Double, code: String?)
    /// The day of `office:date-value`; a time of day, if any, is only in the cell's `text`.
    case date(CalendarDay)
    case boolean(Bool)
    /// A text cell containing a `text:a`: all of the cell's text, and the first link target.
    case hyperlink(text: String, url: String)
    case empty
}

/// Where a cell is: sheet, 0-based row and column. Prints as `Sheet!B7`.
public struct ReadCellAddress: Sendable, Hashable, CustomStringConvertible {
    public var sheet: String
    /// 0-based row index (row 1 is 0).
    public var row: Int
    /// 0-based column index (column A is 0).
    public var column: Int

    public init(sheet: String, row: Int, column: Int) {
        self.sheet = sheet
        self.row = row
        self.column = column
    }

    /// `B7`: column letters (A…Z, AA…) then the 1-based row number.
    public var cellReference: String { Self.columnName(column) + String(row + 1) }

    /// `Sheet!B7`; sheet names with spaces or punctuation are quoted: `'My Sheet'!B7`.
    public var description: String {
        let plain = !sheet.isEmpty && sheet.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_" }
        let name = plain ? sheet : "'" + sheet.replacingOccurrences(of: "'", with: "''") + "'"
        return name + "!" + cellReference
    }

    /// `A` for 0, `Z` for 25, `AA` for 26, `XFD` for 16,383.
    public static func columnName(_ index: Int) -> String {
        CellAddress.columnLetters(index + 1)
    }
}

/// One non-empty cell.
public struct ReadCell: Sendable, Hashable {
    public var address: ReadCellAddress
    public var value: ReadValue
    /// The cell's text as displayed (`text:p` paragraphs joined with "\n").
    public var text: String
}

/// One row holding at least one non-empty cell. Empty cells are not stored.
public struct ReadRow: Sendable, Hashable {
    /// 0-based row index.
    public var index: Int
    /// Non-empty cells, by increasing column.
    public var cells: [ReadCell]

    /// The value at a 0-based column, `.empty` when there is none.
    public subscript(column: Int) -> ReadValue {
        cells.first { $0.address.column == column }?.value ?? .empty
    }
}

/// One sheet (`table:table`). Rows without any non-empty cell, and so trailing empty rows
/// and cells, are not stored.
public struct ReadSheet: Sendable, Hashable {
    public var name: String
    public var rows: [ReadRow]

    /// The cell at 0-based row and column, if it is non-empty.
    public func cell(row: Int, column: Int) -> ReadCell? {
        rows.first { $0.index == row }?.cells.first { $0.address.column == column }
    }
}

/// The sheets of an ODS file, in document order.
public struct ReadWorkbook: Sendable, Hashable {
    public var sheets: [ReadSheet]

    public subscript(sheet name: String) -> ReadSheet? {
        sheets.first { $0.name == name }
    }
}
