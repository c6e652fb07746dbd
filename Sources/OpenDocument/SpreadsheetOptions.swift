public import Foundation

/// Document metadata written to `meta.xml`.
///
/// Nothing is taken from the clock or the machine: the same metadata gives the same bytes.
public struct WorkbookMetadata: Sendable, Hashable {
    public var title: String?
    public var subject: String?
    /// BCP 47 language tag of the content (`fr-CA`, `en`, `ar`); also the default cell language.
    public var language: String?
    /// The producing software, e.g. `AluCat/0.1`.
    public var generator: String
    /// Written as `meta:creation-date` and `dc:date` in UTC without a zone suffix; nil omits both.
    public var creationDate: Date?

    public init(title: String? = nil, subject: String? = nil, language: String? = nil,
                generator: String = "AluCat OpenDocument writer", creationDate: Date? = nil) {
        self.title = title
        self.subject = subject
        self.language = language
        self.generator = generator
        self.creationDate = creationDate
    }
}

/// Workbook-wide settings.
public struct WorkbookOptions: Sendable, Hashable {
    /// This machine's cores, at most 4 (``machineCompressionThreads``).
    public static let defaultCompressionThreads = machineCompressionThreads
    public static let machineCompressionThreads = min(max(ProcessInfo.processInfo.activeProcessorCount, 1), 4)

    /// ISO 4217 codes that get a currency format showing the code after the amount
    /// (`1,234.50 CAD`). Currency cells with another code keep their value and code but are
    /// displayed with two decimals and no symbol: formats must be declared before the first
    /// row, because content.xml is streamed.
    public var currencyCodes: [String]
    /// zlib level for content.xml (1 fastest … 9 smallest).
    public var compressionLevel: Int
    /// Threads deflating content.xml while it is written (our ``ParallelDeflater``): by
    /// default this machine's cores, at most 4. The bytes do not depend on the number, so
    /// a workbook is the same on any machine. 0: libzip deflates content.xml as one
    /// stream on its one thread (other bytes, and one core deflating).
    public var compressionThreads: Int
    /// The printed page of every sheet. The default is landscape A4, each print range
    /// fitted to the page width.
    public var page: PageLayout

    public init(currencyCodes: [String] = ["CAD", "USD", "EUR"], compressionLevel: Int = 6,
                page: PageLayout = PageLayout(paper: .a4, landscape: true, sideMargin: 1.5, topMargin: 1, fitToPageWidth: true),
                compressionThreads: Int = WorkbookOptions.defaultCompressionThreads) {
        self.currencyCodes = currencyCodes
        self.compressionLevel = compressionLevel
        self.compressionThreads = max(0, compressionThreads)
        self.page = page
    }
}

/// One column of a sheet: its header title and presentation.
public struct SheetColumn: Sendable, Hashable {
    /// The header cell text (used when ``SheetOptions/headerRow`` is true).
    public var title: String
    /// Width in centimetres; nil uses 2.5 cm.
    public var width: Double?
    /// Wraps text cells (multi-line text always wraps).
    public var wrapText: Bool

    public init(_ title: String, width: Double? = nil, wrapText: Bool = false) {
        self.title = title
        self.width = width
        self.wrapText = wrapText
    }
}

/// Presentation of one sheet.
public struct SheetOptions: Sendable, Hashable {
    /// Writes the column titles as a bold first row with a background, repeated on printed pages.
    public var headerRow: Bool
    /// Freezes the header row (LibreOffice view settings; Excel ignores them).
    public var freezeHeaderRow: Bool
    /// Freezes the first column too.
    public var freezeFirstColumn: Bool
    /// Puts filter buttons on the header row, over every written row.
    public var autoFilter: Bool
    /// Lays the sheet out right to left (column A on the right), for Arabic or Hebrew.
    public var rightToLeft: Bool
    /// Leading columns printed again at the left of every band of a sheet wider than the
    /// page (`table:table-header-columns`), e.g. 1 for a name column.
    public var repeatedColumns: Int
    /// The rows to print, header row included: with it the sheet gets print ranges
    /// (`table:print-ranges`), one band of columns per page width (``PageLayout``), each
    /// with the header row repeated on every page. content.xml is streamed and the range
    /// precedes the rows, so the count is declared here; writing another number of rows
    /// is an error (``SpreadsheetError/printRowsMismatch(sheet:declared:written:)``).
    /// Nil: no print range (LibreOffice prints the used area).
    public var printRows: Int?
    /// Gives every row a fixed height estimated from its text (wrapped in its column's
    /// width, erring tall) instead of LibreOffice's optimal height, which is computed
    /// with screen metrics and can cut a wrapped cell's last line on paper. For sheets
    /// meant to be printed.
    public var estimatedRowHeights: Bool

    public init(headerRow: Bool = true, freezeHeaderRow: Bool = true, freezeFirstColumn: Bool = false,
                autoFilter: Bool = true, rightToLeft: Bool = false, repeatedColumns: Int = 0, printRows: Int? = nil,
                estimatedRowHeights: Bool = false) {
        self.estimatedRowHeights = estimatedRowHeights
        self.headerRow = headerRow
        self.freezeHeaderRow = freezeHeaderRow
        self.freezeFirstColumn = freezeFirstColumn
        self.autoFilter = autoFilter
        self.rightToLeft = rightToLeft
        self.repeatedColumns = repeatedColumns
        self.printRows = printRows
    }
}

/// What a finished workbook reports.
public struct SpreadsheetWriterStatistics: Sendable, Hashable {
    /// Rows written, header rows included, over all sheets.
    public var rows = 0
    /// Characters XML 1.0 forbids that were replaced by U+FFFD.
    public var replacedCharacters = 0
    /// The first cell (`Sheet!B7`) where a character was replaced.
    public var firstReplacement: String?
    /// The largest size the serialisation buffer reached, in bytes.
    public var peakBufferedBytes = 0
    /// The most bytes waiting for the compressor at once.
    public var peakQueuedBytes = 0
    /// Uncompressed size of content.xml.
    public var contentBytes = 0
}
