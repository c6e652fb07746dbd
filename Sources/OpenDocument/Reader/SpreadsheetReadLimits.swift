public import AluXML
public import AluZip

/// Caps `SpreadsheetReader` enforces, on top of the zip and XML ones.
///
/// Repeats (`table:number-rows-repeated`, `table:number-columns-repeated`) are never
/// materialised for empty cells: a million trailing empty rows cost nothing. Non-empty
/// repeated cells are charged, copies included, before they are stored.
public struct SpreadsheetReadLimits: Sendable, Hashable {
    /// Zip caps. The file size cap (`zip.maxArchiveBytes`, 32 MiB) is checked first.
    public var zip: ZipReadLimits
    /// XML caps for `content.xml` and `META-INF/manifest.xml`.
    public var xml: XMLStreamLimits
    /// Rows per sheet a non-empty cell may lie in. Default 1,048,576 (LibreOffice, Excel).
    public var maxRowsPerSheet: Int
    /// Columns per sheet a non-empty cell may lie in. Default 16,384 (`XFD`).
    public var maxColumnsPerSheet: Int
    /// Non-empty cells in the workbook, repeats included. Default 5,000,000.
    public var maxCells: Int
    /// Sheets in the workbook. Default 256.
    public var maxSheets: Int
    /// UTF-8 bytes of one cell's text (`text:s` expansions included). Default 1 MiB.
    public var maxCellTextBytes: Int
    /// UTF-8 bytes of text over all cells, each repeated cell counted once. Default 128 MiB.
    public var maxTextBytes: Int

    public init(
        zip: ZipReadLimits = ZipReadLimits(),
        xml: XMLStreamLimits = XMLStreamLimits(),
        maxRowsPerSheet: Int = 1_048_576,
        maxColumnsPerSheet: Int = 16_384,
        maxCells: Int = 5_000_000,
        maxSheets: Int = 256,
        maxCellTextBytes: Int = 1 << 20,
        maxTextBytes: Int = 128 << 20
    ) {
        self.zip = zip
        self.xml = xml
        self.maxRowsPerSheet = maxRowsPerSheet
        self.maxColumnsPerSheet = maxColumnsPerSheet
        self.maxCells = maxCells
        self.maxSheets = maxSheets
        self.maxCellTextBytes = maxCellTextBytes
        self.maxTextBytes = maxTextBytes
    }
}

/// What a `SpreadsheetReader` has spent so far; kept when a read fails, so tests and logs
/// can show that a hostile file was stopped early.
public struct SpreadsheetReadStatistics: Sendable, Hashable {
    /// Inflated zip bytes really read.
    public var inflatedBytes = 0
    /// Non-empty cells charged against `maxCells` (repeats included).
    public var chargedCells = 0
    /// Cells actually stored.
    public var storedCells = 0
    /// Text bytes built (each repeated cell once).
    public var textBytes = 0
    /// Rows skipped without storing anything (empty repeats), saturating.
    public var skippedEmptyRows = 0

    public init() {}
}
