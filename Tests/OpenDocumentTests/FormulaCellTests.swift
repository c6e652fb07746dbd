import AluTestSupport
import Foundation
import OpenDocument
import Testing

@Suite("Formula cells: built from typed parts, recalculated by LibreOffice")
struct FormulaCellTests {
    /// A two-sheet workbook: codes typed in column A of Data, a label looked up in Lists.
    private func lookupWorkbook(_ path: String, codes: [String], cached: String = "stale", literal: String = "") throws {
        let writer = try SpreadsheetWriter(path: path, metadata: WorkbookMetadata(title: "T", language: "en", creationDate: Date(timeIntervalSince1970: 0)))
        let data = try writer.addSheet(name: "Data", columns: [SheetColumn("Code"), SheetColumn("Label")])
        let lists = try writer.addSheet(name: "My lists", columns: [SheetColumn("Code"), SheetColumn("Label")])
        let range = FormulaExpression.range(sheet: "My lists", firstColumn: 1, firstRow: 2, lastColumn: 2, lastRow: 4)
        let lookup = FormulaExpression.call(.ifError, [.call(.vlookup, [.sameRowCell(column: 1), range, .number(2), .number(0)]), .text(literal)])
        for code in codes {
            try data.appendRow([.string(code), .formula(CellFormula(lookup, cachedText: cached))])
        }
        for (code, label) in [("a", "Alpha"), ("b", "Beta \"quoted\""), ("c", "=Gamma")] {
            try lists.appendRow([.string(code), .string(label)])
        }
        _ = try writer.finish()
    }

    @Test("the formula is written as OpenFormula with its cached text in the paragraph only")
    func writtenAsOpenFormula() throws {
        let path = temporaryFile("formula-cell.ods")
        try lookupWorkbook(path, codes: ["b"], literal: "\"; x")
        let content = try part("content.xml", of: path)
        // The literal's quotes are doubled: it stays one text argument.
        #expect(content.contains(#"<table:table-cell table:formula="of:=IFERROR(VLOOKUP([.A2];[$'My lists'.$A$2:.$B$4];2;0);&quot;&quot;&quot;; x&quot;)" office:value-type="string"><text:p>stale</text:p></table:table-cell>"#))
        #expect(!content.contains("office:string-value"))
    }

    @Test("exactLookup is VLOOKUP with an exact match, empty when the key is unknown")
    func exactLookupShape() throws {
        let expression = FormulaExpression.exactLookup(.sameRowCell(column: 1), in: .range(sheet: "L", firstColumn: 1, firstRow: 2, lastColumn: 2, lastRow: 9), column: 2)
        #expect(expression == .call(.ifError, [.call(.vlookup, [.sameRowCell(column: 1), .range(sheet: "L", firstColumn: 1, firstRow: 2, lastColumn: 2, lastRow: 9), .number(2), .number(0)]), .text("")]))
    }

    @Test("a malformed formula is refused with its cell", arguments: [
        FormulaExpression.sameRowCell(column: 0),
        .range(sheet: "L", firstColumn: 2, firstRow: 2, lastColumn: 1, lastRow: 3),
        .call(.ifError, [.number(1)]),
    ])
    func malformedFormulaIsRefused(_ expression: FormulaExpression) throws {
        let path = temporaryFile("formula-bad.ods")
        let writer = try SpreadsheetWriter(path: path, metadata: WorkbookMetadata(title: "T", language: "en"))
        let sheet = try writer.addSheet(name: "Data", columns: [SheetColumn("A")])
        #expect(throws: SpreadsheetError.malformedFormula(cell: "Data!A2")) {
            try sheet.appendRow([.formula(CellFormula(expression, cachedText: ""))])
        }
    }

    @Test("the workbook with formulas passes the ODF 1.3 schema and interoperability checks")
    func validatesWithFormulas() throws {
        guard ODFTools.available(["python3", "jing"]) else {
            if ODFTools.isCI { Issue.record("jing is not installed") }
            return
        }
        let path = temporaryFile("formula-valid.ods")
        try lookupWorkbook(path, codes: ["a", "zz"])
        let (status, output) = try ODFTools.run("/bin/bash", [ODFTools.directory + "/validate-ods.sh", "-w", path])
        #expect(status == 0, "\(output)")
    }

    @Test("LibreOffice computes the lookup on opening: the label follows the code, not the cached text")
    func libreOfficeRecalculates() throws {
        guard ODFTools.available(["soffice"]) else {
            if ODFTools.isCI { Issue.record("LibreOffice is not installed") }
            return
        }
        let path = temporaryFile("formula-lo.ods")
        try lookupWorkbook(path, codes: ["a", "b", "c", "zz"], cached: "stale")
        let sheets = try ODFTools.roundTrip(path, raw: false)
        let rows = try #require(sheets["Data"])
        #expect(rows.dropFirst().map { $0.count > 1 ? $0[1] : "" } == ["Alpha", "Beta \"quoted\"", "=Gamma", ""])
    }
}

@Suite("Files that are not ODS are named for what they are")
struct ForeignFormatTests {
    @Test("an .xlsx, a legacy .xls, a PDF and a CSV are recognised", arguments: [
        ("xlsx", { () -> [UInt8] in
            var zip = TestZip()
            zip.deflate("[Content_Types].xml", "<Types/>")
            zip.deflate("xl/workbook.xml", "<workbook/>")
            return zip.bytes()
        }()),
        ("xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 100)),
        ("pdf", Array("%PDF-1.4\n".utf8)),
        ("csv", Array("name,neq\nÉlectro,1148820576\n".utf8)),
    ])
    func recognised(_ kind: String, _ bytes: [UInt8]) {
        #expect(throws: SpreadsheetReadError.notOpenDocument(ForeignFormat(rawValue: kind)!)) {
            _ = try SpreadsheetReader().read(data: Data(bytes))
        }
    }

    @Test("binary garbage and a zip without mimetype keep their own errors")
    func otherFilesKeepTheirErrors() {
        #expect(throws: SpreadsheetReadError.missingPart("mimetype")) {
            var zip = TestZip()
            zip.deflate("content.xml", "<x/>")
            _ = try SpreadsheetReader().read(data: Data(zip.bytes()))
        }
        #expect(throws: (any Error).self) { _ = try SpreadsheetReader().read(data: Data([0, 1, 2, 3, 0xFF, 0xFE])) }
        do {
            _ = try SpreadsheetReader().read(data: Data([0, 1, 2, 3, 0xFF, 0xFE]))
        } catch {
            if case .notOpenDocument = error { Issue.record("garbage taken for a known format") }
        }
    }
}
