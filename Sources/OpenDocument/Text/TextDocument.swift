/// An OpenDocument text document (`.odt`, ODF 1.3) as a list of blocks, written by
/// ``TextDocumentWriter``.
///
/// Documents of a few dozen pages are built in memory: headings with outline levels,
/// paragraphs of plain or bold runs, bullet lists, simple tables, page breaks and a
/// table of contents. Text is always text: it is escaped as it is written, so a value
/// can never become markup.
public struct TextDocument: Sendable, Hashable {
    public var metadata: WorkbookMetadata
    public var page: PageLayout
    /// Lays every page and paragraph out right to left (Arabic, Hebrew).
    public var rightToLeft: Bool
    /// Centred text in the page footer before the page number (e.g. the document's
    /// title); nil prints the page number alone.
    public var footer: String?
    public var blocks: [TextBlock]

    public init(metadata: WorkbookMetadata = .init(), page: PageLayout = PageLayout(), rightToLeft: Bool = false,
                footer: String? = nil, blocks: [TextBlock] = []) {
        self.metadata = metadata
        self.page = page
        self.rightToLeft = rightToLeft
        self.footer = footer
        self.blocks = blocks
    }
}

/// A run of text: plain or bold, optionally in its own language (BCP 47, e.g. an
/// English name inside an Arabic paragraph), so spell-checking and shaping follow it.
public struct TextRun: Sendable, Hashable {
    public var text: String
    public var bold: Bool
    public var language: String?

    public init(_ text: String, bold: Bool = false, language: String? = nil) {
        self.text = text
        self.bold = bold
        self.language = language
    }
}

/// The look of a paragraph.
public enum ParagraphKind: String, Sendable, Hashable, CaseIterable {
    /// Body text.
    case body
    /// The document's title (cover page).
    case title
    /// A line under the title.
    case subtitle
    /// A label above a value, smaller and grey.
    case caption
}

/// One block of a ``TextDocument``.
public enum TextBlock: Sendable, Hashable {
    /// A heading of outline `level` (1 = chapter); listed in the table of contents.
    /// `pageBreakBefore` starts it on a new page.
    case heading(String, level: Int, language: String? = nil, pageBreakBefore: Bool = false)
    /// A paragraph of runs; `language` is the paragraph's own language when it differs
    /// from the document's.
    case paragraph([TextRun], kind: ParagraphKind = .body, language: String? = nil, pageBreakBefore: Bool = false)
    /// A bullet list, one paragraph per item.
    case bulletList([[TextRun]])
    /// A table as wide as the page: relative column `widths` (any positive numbers),
    /// an optional bold header row, rows of cells.
    case table(widths: [Double], header: [String]?, rows: [[[TextRun]]])
    /// The table of contents of every heading up to `levels`, under `title`.
    ///
    /// Its body is written with the document, so it shows without an update: each
    /// entry's page is counted from the page breaks before its heading (a section
    /// longer than a page shifts later entries until Tools ▸ Update in LibreOffice).
    case tableOfContents(title: String, levels: Int = 1)
    /// Starts a new page.
    case pageBreak
}
