public import Foundation

/// Why a spreadsheet could not be written. Cells are named `Sheet!B7` (1-based, header included).
public enum SpreadsheetError: Error, Sendable, Equatable, LocalizedError {
    case invalidSheetName(String, reason: SheetName.Problem)
    case duplicateSheetName(String, existing: String)
    /// A workbook needs at least one sheet.
    case noSheets
    /// All sheets must be added before the first row is appended (their styles precede the rows).
    case sheetAddedAfterRows(String)
    /// Rows are streamed sheet after sheet; a sheet cannot be reopened once a later one started.
    case sheetAlreadyFinished(String)
    case workbookFinished
    case nonFiniteNumber(cell: String)
    case invalidDate(CalendarDay, cell: String)
    case invalidCurrencyCode(String, cell: String)
    case unsupportedHyperlinkScheme(String, cell: String)
    case invalidColumnWidth(Double, column: Int)
    /// A formula with a row or column below 1, a reversed range or a wrong argument count.
    case malformedFormula(cell: String)
    /// The archive could not be written (the message comes from the zip layer).
    case writeFailed(path: String, reason: String)
    /// The CSV input is unreadable or malformed.
    case csv(path: String, line: Int, reason: String)
    /// A sheet declared ``SheetOptions/printRows`` and got another number of rows: its
    /// print range would cut rows off or print empty ones.
    case printRowsMismatch(sheet: String, declared: Int, written: Int)

    public var errorDescription: String? {
        switch self {
        case let .invalidSheetName(name, reason):
            "invalid sheet name \"\(name)\": \(reason.description)"
        case let .duplicateSheetName(name, existing):
            "sheet name \"\(name)\" is already used by sheet \"\(existing)\" (names are compared ignoring case)"
        case .noSheets:
            "a workbook needs at least one sheet"
        case let .sheetAddedAfterRows(name):
            "sheet \"\(name)\" was added after rows were written; add every sheet before appending rows"
        case let .sheetAlreadyFinished(name):
            "sheet \"\(name)\" is finished: rows are written sheet after sheet, and a later sheet has started"
        case .workbookFinished:
            "the workbook is already finished"
        case let .nonFiniteNumber(cell):
            "\(cell): NaN and infinite numbers cannot be stored in a spreadsheet"
        case let .invalidDate(day, cell):
            "\(cell): \(day) is not a calendar day"
        case let .invalidCurrencyCode(code, cell):
            "\(cell): currency code \"\(code)\" is not three upper-case letters (ISO 4217)"
        case let .unsupportedHyperlinkScheme(url, cell):
            "\(cell): hyperlink \"\(url)\" must start with http:, https:, mailto:, ftp: or tel:"
        case let .invalidColumnWidth(width, column):
            "column \(column): width \(width) cm is not between 0.1 and 100"
        case let .malformedFormula(cell):
            "\(cell): the formula refers to a cell before A1, a reversed range, or calls a function with the wrong number of arguments"
        case let .writeFailed(path, reason):
            "cannot write \(path): \(reason)"
        case let .csv(path, line, reason):
            "\(path):\(line): \(reason)"
        case let .printRowsMismatch(sheet, declared, written):
            "sheet \"\(sheet)\": the print range was declared for \(declared) rows, but \(written) were written"
        }
    }
}
