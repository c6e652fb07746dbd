import AluTestSupport
import Foundation
@testable import OpenDocument
import Testing

/// Page layout and print ranges of spreadsheets: what a printed sheet is cut into.
@Suite("Spreadsheet print layout")
struct PrintLayoutTests {
    @Test("columns are cut into bands that each fit the page width, the repeated columns left out of later bands")
    func bandsFitThePage() {
        let widths = [4.0, 6, 6, 6, 6, 10, 3, 30, 2]
        let bands = PrintBands.bands(widths: widths, repeated: 1, printableWidth: 25.94)
        #expect(bands == [1...4, 5...7, 8...8, 9...9])
        for band in bands.dropFirst() where band.count > 1 {
            #expect(4 + band.map { widths[$0 - 1] }.reduce(0, +) <= 25.94)
        }
        // A sheet narrower than the page is one band; no repeated column is one band too.
        #expect(PrintBands.bands(widths: [5, 5, 5], repeated: 1, printableWidth: 27.7) == [1...3])
        #expect(PrintBands.bands(widths: [20, 20], repeated: 0, printableWidth: 27.7) == [1...1, 2...2])
    }

    @Test("A4 and Letter landscape page layouts: size, orientation, fit to one page wide with no height limit",
          arguments: [(PageLayout.Paper.a4, "29.7cm", "21cm"), (.letter, "27.94cm", "21.59cm")])
    func pageLayout(paper: PageLayout.Paper, width: String, height: String) throws {
        let path = temporaryFile("layout-\(paper.rawValue).ods")
        let writer = try SpreadsheetWriter(path: path, options: WorkbookOptions(page: .landscapeSheet(paper)))
        let sheet = try writer.addSheet(name: "Wide sheet", columns: (1...12).map { SheetColumn("C\($0)", width: 5, wrapText: true) },
                                        options: SheetOptions(repeatedColumns: 1, printRows: 3, estimatedRowHeights: true))
        try sheet.appendRow([.string("a"), .string(String(repeating: "word ", count: 40))])
        try sheet.appendRow([.string("b")])
        try writer.finish()
        let styles = try part("styles.xml", of: path)
        #expect(styles.contains("fo:page-width=\"\(width)\" fo:page-height=\"\(height)\" style:print-orientation=\"landscape\""))
        #expect(styles.contains("style:scale-to-X=\"1\""))
        #expect(!styles.contains("scale-to-Y"))
        let content = try part("content.xml", of: path)
        let printable = paper == .a4 ? 27.7 : 25.94
        let perBand = Int((printable - 5) / 5)
        #expect(content.contains("table:print-ranges=\"'Wide sheet'.A1:'Wide sheet'.\(CellAddress.columnLetters(1 + perBand))3 'Wide sheet'.\(CellAddress.columnLetters(2 + perBand))1:"))
        #expect(content.contains("<table:table-header-columns><table:table-column table:style-name=\"co2\" table:default-cell-style-name=\"Default\"/></table:table-header-columns>"))
        // 200 characters in 5 cm wrap to several lines: the row is given their height.
        #expect(content.contains("<table:table-row table:style-name=\"rh1\"><table:table-cell table:style-name=\"ce1\""))
        #expect(!content.contains("<table:table-row table:style-name=\"rh1\"><table:table-cell office:value-type=\"string\"><text:p>a"))
        guard ODFTools.available(["jing"]) else { return }
        let check = try ODFTools.validate(path)
        #expect(check.status == 0, "\(check.output)")
    }

    @Test("a sheet that writes another number of rows than its print range declares is refused, and nothing is left")
    func printRowsMustMatch() throws {
        let path = temporaryFile("layout-mismatch.ods")
        try? FileManager.default.removeItem(atPath: path)
        do {
            let writer = try SpreadsheetWriter(path: path)
            let sheet = try writer.addSheet(name: "S", columns: [SheetColumn("A")], options: SheetOptions(printRows: 5))
            try sheet.appendRow([.string("only one")])
            #expect(throws: SpreadsheetError.printRowsMismatch(sheet: "S", declared: 5, written: 2)) { try writer.finish() }
        }
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("estimated row heights err tall: wrapped text gets at least the lines it needs")
    func rowHeights() {
        #expect(RowHeightEstimate.lines("short", width: 5, bold: false) == 1)
        #expect(RowHeightEstimate.lines("one\ntwo\nthree", width: 5, bold: false) == 3)
        // 60 'm' (0.9 em each at 10 pt ≈ 19 cm) in a 5 cm column: at least four lines.
        #expect(RowHeightEstimate.lines(String(repeating: "m", count: 60), width: 5, bold: false) >= 4)
        #expect(RowHeightEstimate.lines([.string("a b c d e f g h i j k l m n o p q r s t u v w x y z")],
                                        columns: [SheetColumn("x", width: 2, wrapText: true)], header: false) > 1)
        #expect(RowHeightEstimate.lines([.string("a b c d e f g h i j k l m n o p q r s t u v w x y z")],
                                        columns: [SheetColumn("x", width: 2, wrapText: false)], header: false) == 1)
    }
}
