/// A formula cell's expression, built only from typed parts: references, whole numbers,
/// quoted text literals and a closed set of functions. There is no way to hand the writer
/// formula source, so nothing a person typed can become a formula (a string starting with
/// `=` stays a string cell); a text literal is always quoted, its quotes doubled.
///
/// Written as OpenFormula (`of:=…`, ODF 1.3 Part 4), which LibreOffice and Excel read.
public indirect enum FormulaExpression: Sendable, Hashable {
    /// A cell of the same row as the formula cell, `column` 1-based (`[.B7]`).
    case sameRowCell(column: Int)
    /// An absolute range of another sheet: columns and rows 1-based, inclusive
    /// (`[$'Lists'.$A$2:.$B$186]`).
    case range(sheet: String, firstColumn: Int, firstRow: Int, lastColumn: Int, lastRow: Int)
    case number(Int)
    /// A text literal: quoted, never parsed.
    case text(String)
    case call(FormulaFunction, [FormulaExpression])

    /// `VLOOKUP(key; range; column; 0)` wrapped in `IFERROR(…; "")`: the `column`-th cell
    /// (1-based within the range) of the row whose first cell equals `key` exactly, or an
    /// empty text when there is none.
    public static func exactLookup(_ key: FormulaExpression, in range: FormulaExpression, column: Int) -> FormulaExpression {
        .call(.ifError, [.call(.vlookup, [key, range, .number(column), .number(0)]), .text("")])
    }

    /// The OpenFormula text after `of:=`, for a formula written in row `row` (1-based).
    func openFormula(row: Int) -> String {
        switch self {
        case .sameRowCell(let column):
            return "[.\(CellAddress.columnLetters(column))\(row)]"
        case .range(let sheet, let firstColumn, let firstRow, let lastColumn, let lastRow):
            let name = "$" + CellAddress.quotedSheet(sheet)
            return "[\(name).$\(CellAddress.columnLetters(firstColumn))$\(firstRow):.$\(CellAddress.columnLetters(lastColumn))$\(lastRow)]"
        case .number(let value):
            return String(value)
        case .text(let text):
            return "\"" + String(text.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\""
        case .call(let function, let arguments):
            return function.rawValue + "(" + arguments.map { $0.openFormula(row: row) }.joined(separator: ";") + ")"
        }
    }

    /// Whether every part is well-formed: positive rows and columns, ordered ranges,
    /// the right number of arguments.
    var isWellFormed: Bool {
        switch self {
        case .sameRowCell(let column):
            return column >= 1
        case .range(_, let firstColumn, let firstRow, let lastColumn, let lastRow):
            return firstColumn >= 1 && firstRow >= 1 && lastColumn >= firstColumn && lastRow >= firstRow
        case .number, .text:
            return true
        case .call(let function, let arguments):
            return function.arity.contains(arguments.count) && arguments.allSatisfy(\.isWellFormed)
        }
    }
}

/// The functions a ``FormulaExpression`` may call.
public enum FormulaFunction: String, Sendable, Hashable, CaseIterable {
    case vlookup = "VLOOKUP"
    case ifError = "IFERROR"

    var arity: ClosedRange<Int> {
        switch self {
        case .vlookup: 3...4
        case .ifError: 2...2
        }
    }
}

/// A formula cell: the expression and the text it gives when the file is written, shown by
/// programs that do not recalculate on opening. The result is text.
public struct CellFormula: Sendable, Hashable {
    public var expression: FormulaExpression
    /// The expression's value for the file as written.
    public var cachedText: String

    public init(_ expression: FormulaExpression, cachedText: String) {
        self.expression = expression
        self.cachedText = cachedText
    }
}
