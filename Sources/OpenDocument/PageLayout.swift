/// The printed page of a document: paper, orientation, margins, and for spreadsheets
/// whether each print range is shrunk to the page width.
///
/// Written as the `style:page-layout` of styles.xml (ODF 1.3 Part 3 §17.2). The same
/// layout serves the spreadsheet and the text writer.
public struct PageLayout: Sendable, Hashable {
    /// Paper sizes in centimetres, portrait.
    public enum Paper: String, Sendable, Hashable, CaseIterable {
        /// ISO 216 A4, 21 × 29.7 cm: everywhere but North America and a few others.
        case a4
        /// US Letter, 8.5 × 11 in (21.59 × 27.94 cm): the United States, Canada, Mexico, the Philippines…
        case letter

        /// (width, height) in portrait, in centimetres.
        public var size: (width: Double, height: Double) {
            switch self {
            case .a4: (21.0, 29.7)
            case .letter: (21.59, 27.94)
            }
        }
    }

    public var paper: Paper
    public var landscape: Bool
    /// Left and right margins, in centimetres.
    public var sideMargin: Double
    /// Top and bottom margins, in centimetres (the header and footer sit inside them).
    public var topMargin: Double
    /// Spreadsheets: shrink each print range to one page wide (`style:scale-to-X="1"`,
    /// no `scale-to-Y`, so it runs over as many pages down as it needs). LibreOffice
    /// computes the zoom per print range and never enlarges.
    public var fitToPageWidth: Bool

    public init(paper: Paper = .a4, landscape: Bool = false, sideMargin: Double = 1.5, topMargin: Double = 1.5,
                fitToPageWidth: Bool = false) {
        self.paper = paper
        self.landscape = landscape
        self.sideMargin = sideMargin
        self.topMargin = topMargin
        self.fitToPageWidth = fitToPageWidth
    }

    /// Landscape A4 or Letter with 1 cm margins, each print range fitted to the width:
    /// what a printed workbook wants.
    public static func landscapeSheet(_ paper: Paper = .a4) -> PageLayout {
        PageLayout(paper: paper, landscape: true, sideMargin: 1, topMargin: 1, fitToPageWidth: true)
    }

    /// Page width as laid out (after orientation), in centimetres.
    public var pageWidth: Double { landscape ? paper.size.height : paper.size.width }
    public var pageHeight: Double { landscape ? paper.size.width : paper.size.height }

    /// The width the content can use, in centimetres: what a print range must not exceed
    /// to print at 100 %.
    public var printableWidth: Double { pageWidth - 2 * sideMargin }

    /// `<style:page-layout-properties …/>` attributes, without the element.
    ///
    /// `extra` goes in as is (known markup: `style:print`, writing mode).
    func properties(to out: inout XMLByteBuffer, extra: String = "") {
        out.raw("fo:page-width=\"")
        out.raw(ODFStyles.length(pageWidth))
        out.raw("\" fo:page-height=\"")
        out.raw(ODFStyles.length(pageHeight))
        out.raw("\" style:print-orientation=\"")
        out.raw(landscape ? "landscape" : "portrait")
        out.raw("\" fo:margin-top=\"")
        out.raw(ODFStyles.length(topMargin))
        out.raw("\" fo:margin-bottom=\"")
        out.raw(ODFStyles.length(topMargin))
        out.raw("\" fo:margin-left=\"")
        out.raw(ODFStyles.length(sideMargin))
        out.raw("\" fo:margin-right=\"")
        out.raw(ODFStyles.length(sideMargin))
        out.raw("\"")
        if fitToPageWidth { out.raw(" style:scale-to-X=\"1\"") }
        out.raw(extra)
    }
}
