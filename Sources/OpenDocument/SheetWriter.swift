/// Appends rows to one sheet of a ``SpreadsheetWriter``.
///
/// Rows go straight into the streamed content.xml, so sheets are filled one after another:
/// appending to a sheet finishes every sheet added before it.
public final class SheetWriter {
    /// The sheet name (validated).
    public let name: String
    public let columns: [SheetColumn]
    public let options: SheetOptions
    let index: Int
    private let workbook: SpreadsheetWriter

    init(workbook: SpreadsheetWriter, index: Int, name: String, columns: [SheetColumn], options: SheetOptions) {
        self.workbook = workbook
        self.index = index
        self.name = name
        self.columns = columns
        self.options = options
    }

    /// Appends one row. Trailing ``CellValue/empty`` cells are dropped; runs of empty cells are
    /// written once with `table:number-columns-repeated`.
    ///
    /// If a cell is invalid (non-finite number, impossible date, bad currency code, unsafe link)
    /// nothing of the row is written and the error names the cell (`Sheet!C7`).
    public func appendRow(_ cells: [CellValue]) throws(SpreadsheetError) {
        try workbook.append(cells, to: self)
    }

    /// Appends one row whose cells carry presentation or a content validation; `options[i]`
    /// applies to `cells[i]` (missing entries are plain). An empty cell with options is still
    /// written, so a blank row can offer its drop-down lists.
    public func appendRow(_ cells: [CellValue], options: [CellOptions]) throws(SpreadsheetError) {
        try workbook.append(cells, options: options, to: self)
    }
}
