/// A rule on what a cell may hold, with the help shown when the cell is selected
/// (ODF 1.3 Part 3 §9.4.5 `table:content-validation`).
///
/// Either a list of allowed values, offered as a drop-down, or no condition at all: a cell
/// that only shows a help message. Lists come inline (short lists) or from a range of cells
/// of a sheet of the same workbook (long lists; LibreOffice and Excel both read the range).
///
/// Declare validations with ``SpreadsheetWriter/addValidation(_:)`` before the first row,
/// then name them per cell with ``CellOptions/validation``.
public struct ContentValidation: Sendable, Hashable {
    /// Where the allowed values come from.
    public enum Source: Sendable, Hashable {
        /// Any value: the validation only carries help.
        case anyValue
        /// These values, in this order (written as `of:cell-content-is-in-list("a";"b")`).
        case values([String])
        /// The values in one column of a sheet: rows `firstRow...lastRow` (1-based) of
        /// column `column` (1-based).
        case range(sheet: String, column: Int, firstRow: Int, lastRow: Int)
    }

    public var source: Source
    /// Title of the help tip shown when the cell is selected.
    public var helpTitle: String?
    /// The help tip; nil shows none. `\n` separates paragraphs.
    public var helpMessage: String?
    /// What the spreadsheet program says when a value is not in the list; nil keeps its default.
    public var errorMessage: String?
    /// Refuse a value outside the list (`stop`) rather than only warning about it.
    public var refuseOtherValues: Bool

    public init(source: Source, helpTitle: String? = nil, helpMessage: String? = nil,
                errorMessage: String? = nil, refuseOtherValues: Bool = true) {
        self.source = source
        self.helpTitle = helpTitle
        self.helpMessage = helpMessage
        self.errorMessage = errorMessage
        self.refuseOtherValues = refuseOtherValues
    }

    /// The OpenFormula condition LibreOffice writes and reads for a list, nil for ``Source/anyValue``.
    /// LibreOffice resolves the `of:` prefix through its namespace declaration and silently
    /// drops the condition when `xmlns:of` is missing; content.xml declares it.
    var condition: String? {
        switch source {
        case .anyValue:
            return nil
        case .values(let values):
            let quoted = values.map { "\"" + String($0.flatMap { $0 == "\"" ? ["\"", "\""] : [$0] }) + "\"" }
            return "of:cell-content-is-in-list(" + quoted.joined(separator: ";") + ")"
        case .range(let sheet, let column, let firstRow, let lastRow):
            let letters = CellAddress.columnLetters(column)
            let name = "$" + CellAddress.quotedSheet(sheet)
            return "of:cell-content-is-in-list([\(name).$\(letters)$\(firstRow):.$\(letters)$\(lastRow)])"
        }
    }

    /// `<table:content-validation>` for `content.xml`.
    func write(name: String, firstSheet: String, to out: inout XMLByteBuffer) {
        out.raw("<table:content-validation table:name=\"")
        out.attribute(name)
        out.raw("\"")
        if let condition {
            out.raw(" table:condition=\"")
            out.attribute(condition)
            out.raw("\" table:allow-empty-cell=\"true\" table:display-list=\"unsorted\"")
        }
        out.raw(" table:base-cell-address=\"")
        out.attribute(CellAddress.quotedSheet(baseSheet ?? firstSheet) + ".A1")
        out.raw("\">")
        if let helpMessage {
            out.raw("<table:help-message table:display=\"true\"")
            if let helpTitle {
                out.raw(" table:title=\"")
                out.attribute(helpTitle)
                out.raw("\"")
            }
            out.raw(">")
            Self.paragraphs(helpMessage, to: &out)
            out.raw("</table:help-message>")
        }
        if condition != nil {
            out.raw(refuseOtherValues
                ? "<table:error-message table:display=\"true\" table:message-type=\"stop\">"
                : "<table:error-message table:display=\"true\" table:message-type=\"warning\">")
            if let errorMessage { Self.paragraphs(errorMessage, to: &out) }
            out.raw("</table:error-message>")
        }
        out.raw("</table:content-validation>")
    }

    /// The sheet named in the base cell address: the list's own sheet, else the workbook's first.
    var baseSheet: String? {
        if case .range(let sheet, _, _, _) = source { return sheet }
        return nil
    }

    private static func paragraphs(_ text: String, to out: inout XMLByteBuffer) {
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            out.raw("<text:p>")
            out.paragraphText(String(line), paragraphs: false)
            out.raw("</text:p>")
        }
    }
}

/// A declared ``ContentValidation``, as returned by ``SpreadsheetWriter/addValidation(_:)``.
public struct ContentValidationID: Sendable, Hashable {
    let index: Int
    var name: String { "val\(index + 1)" }
}

/// How one written cell is presented beyond its value.
public struct CellOptions: Sendable, Hashable {
    /// How a cell looks.
    public enum Look: Sendable, Hashable {
        /// The default look (multi-line text wraps).
        case plain
        /// A label: bold on a light background, wrapped.
        case label
        /// Reference text the reader is not expected to change: grey on a light background, wrapped.
        case muted
        /// Text wrapped in the cell, top-aligned.
        case wrapped
        /// A cell to type text into: kept as typed (text format `@`, so `+1418…` or `0123`
        /// stay text), wrapped, top-aligned.
        case input
        /// A cell to type a date into, shown as `YYYY-MM-DD`.
        case date
    }

    public var validation: ContentValidationID?
    public var look: Look

    public init(validation: ContentValidationID? = nil, look: Look = .plain) {
        self.validation = validation
        self.look = look
    }

    public static let plain = CellOptions()
    public static let label = CellOptions(look: .label)
    public static let muted = CellOptions(look: .muted)
    public static let wrapped = CellOptions(look: .wrapped)
    public static let input = CellOptions(look: .input)

    var isPlain: Bool { validation == nil && look == .plain }

    /// The automatic cell style of the look, nil for plain.
    var styleName: String? {
        switch look {
        case .plain: nil
        case .label: ODFStyles.labelCell
        case .muted: ODFStyles.mutedCell
        case .wrapped: ODFStyles.wrapCell
        case .input: ODFStyles.inputCell
        case .date: ODFStyles.dateCell
        }
    }
}
