import AluTestSupport
import AluXML
import AluZip
import Foundation
import OpenDocument
import Testing

/// Builders shared by the reader tests.
enum ODS {
    static let media = "application/vnd.oasis.opendocument.spreadsheet"
    static let manifest = """
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
         <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """

    /// A content.xml around `tables` (one line, so columns locate elements).
    static func content(_ tables: String) -> String {
        #"<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.3"><office:body><office:spreadsheet>"#
            + tables + "</office:spreadsheet></office:body></office:document-content>"
    }

    static func sheet(name: String, _ rows: String) -> String { sheet(rows, name: name) }

    static func sheet(_ rows: String, name: String = "Sheet1") -> String {
        #"<table:table table:name="\#(name)"><table:table-column/>\#(rows)</table:table>"#
    }

    static func zip(content: String, manifest: String = ODS.manifest) -> TestZip {
        var zip = TestZip()
        zip.store("mimetype", media)
        zip.deflate("content.xml", content)
        zip.deflate("META-INF/manifest.xml", manifest)
        return zip
    }

    static func data(_ zip: TestZip) -> Data { Data(zip.bytes()) }
}

@Suite("SpreadsheetReader: values")
struct SpreadsheetReaderTests {
    @Test("reads back every value type, text:s, multi-line text and hyperlinks")
    func roundTrip() throws {
        let rows = #"<table:table-row><table:table-cell office:value-type="string"><text:p>  Olive &#10; <text:s/>oil<text:s text:c="3"/>|</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="42"><text:p>42</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="-1234567.891"><text:p>x</text:p></table:table-cell><table:table-cell office:value-type="percentage" office:value="0.15"><text:p>15%</text:p></table:table-cell><table:table-cell office:value-type="currency" office:currency="EUR" office:value="12.5"><text:p>€12.50</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2024-05-01"><text:p>2024-05-01</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2024-02-29T14:30:00"><text:p>2024-02-29 14:30</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="false"><text:p>FALSE</text:p></table:table-cell></table:table-row>"#
            + #"<table:table-row><table:table-cell office:value-type="string"><text:p>Cold pressed</text:p><text:p/><text:p>Origin:<text:tab/>Crete<text:line-break/>GR</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>See <text:a xlink:type="simple" xlink:href="https://example.com/p?a=1&amp;b=2">example.com/p</text:a></text:p></table:table-cell><table:table-cell/><table:table-cell office:value-type="string"><text:p><text:span>&lt;PDO&gt; &amp; “Ωμέγα” عربي</text:span></text:p><office:annotation><text:p>a comment, not cell text</text:p></office:annotation></table:table-cell><table:covered-table-cell office:value-type="string"><text:p>hidden</text:p></table:covered-table-cell><table:table-cell office:value-type="string"><text:p></text:p></table:table-cell></table:table-row>"#
        let reader = SpreadsheetReader()
        let book = try reader.read(data: ODS.data(ODS.zip(content: ODS.content(ODS.sheet(rows, name: "Prix")))))
        let sheet = try #require(book.sheets.first)
        #expect(book.sheets.count == 1)
        #expect(sheet.name == "Prix")
        #expect(sheet.rows.map(\.index) == [0, 1])
        #expect(sheet.rows[0].cells.map(\.value) == [
            .string("Olive  oil   |"), .int(42), .float(-1234567.891), .percentage(0.15),
            .currency(amount: 12.5, code: "EUR"), .date(CalendarDay(year: 2024, month: 5, day: 1)),
            .date(CalendarDay(year: 2024, month: 2, day: 29)), .boolean(true), .boolean(false),
        ])
        #expect(sheet.rows[0].cells[6].text == "2024-02-29 14:30")
        #expect(sheet.rows[0].cells.map(\.address.description) == ["Prix!A1", "Prix!B1", "Prix!C1", "Prix!D1", "Prix!E1", "Prix!F1", "Prix!G1", "Prix!H1", "Prix!I1"])
        let second = sheet.rows[1].cells
        #expect(second.map(\.value) == [
            .string("Cold pressed\n\nOrigin:\tCrete\nGR"),
            .hyperlink(text: "See example.com/p", url: "https://example.com/p?a=1&b=2"),
            .string("<PDO> & “Ωμέγα” عربي"),
            .string(""),
        ])
        #expect(second.map(\.address.cellReference) == ["A2", "B2", "D2", "F2"])
        #expect(sheet.rows[1][2] == .empty)
        #expect(sheet.rows[1][4] == .empty)   // covered cell
        #expect(reader.statistics.storedCells == 13)
    }

    @Test("reads several sheets and repeated non-empty cells with their own addresses")
    func repeatsAndSheets() throws {
        let a = ODS.sheet(name: "A", #"<table:table-row table:number-rows-repeated="2"><table:table-cell table:number-columns-repeated="3" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>"#)
        let b = ODS.sheet(name: "B b", #"<table:table-row><table:table-cell table:number-columns-repeated="27"/><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#)
        let reader = SpreadsheetReader()
        let book = try reader.read(data: ODS.data(ODS.zip(content: ODS.content(a + b))))
        #expect(book.sheets.map(\.name) == ["A", "B b"])
        #expect(book.sheets[0].rows.flatMap { $0.cells.map(\.address.description) } == ["A!A1", "A!B1", "A!C1", "A!A2", "A!B2", "A!C2"])
        #expect(book[sheet: "B b"]?.cell(row: 0, column: 27)?.address.description == "'B b'!AB1")
        #expect(reader.statistics.chargedCells == 7)
    }

    @Test("a table nested in a sheet is skipped and cannot close the sheet early")
    func nestedTableIsSkipped() throws {
        let rows = #"<table:table-row><table:table-cell office:value-type="string"><text:p>before</text:p></table:table-cell></table:table-row>"#
            + #"<table:table table:name="Hidden"><table:table-row><table:table-cell office:value-type="string"><text:p>nested</text:p></table:table-cell></table:table-row></table:table>"#
            + #"<table:table-row><table:table-cell office:value-type="string"><text:p>after</text:p></table:table-cell></table:table-row>"#
        let book = try SpreadsheetReader().read(data: ODS.data(ODS.zip(content: ODS.content(ODS.sheet(rows, name: "Main")))))
        #expect(book.sheets.map(\.name) == ["Main"])
        #expect(book.sheets[0].rows.flatMap { $0.cells.map(\.value) } == [.string("before"), .string("after")])
    }

    @Test("names columns like spreadsheets do", arguments: [(0, "A"), (25, "Z"), (26, "AA"), (51, "AZ"), (52, "BA"), (701, "ZZ"), (702, "AAA"), (16_383, "XFD")])
    func columnNames(index: Int, name: String) {
        #expect(ReadCellAddress.columnName(index) == name)
    }

    @Test("reads the shared reference workbook")
    func referenceWorkbook() throws {
        let root = URL(fileURLWithPath: "/work/shared/odf/reference")
        guard FileManager.default.fileExists(atPath: root.path) else { return }
        var zip = TestZip()
        for part in ["mimetype", "content.xml", "styles.xml", "meta.xml", "settings.xml", "META-INF/manifest.xml"] {
            let bytes = try [UInt8](Data(contentsOf: root.appendingPathComponent(part)))
            if part == "mimetype" { zip.store(part, bytes) } else { zip.deflate(part, bytes) }
        }
        let book = try SpreadsheetReader().read(data: Data(zip.bytes()))
        let products = try #require(book[sheet: "Products"])
        #expect(products.rows[0][0] == .string("Product"))
        #expect(products.rows[1].cells.prefix(5).map(\.value) == [
            .string("Olive oil 1 L"), .currency(amount: 12.5, code: "EUR"), .percentage(0.15),
            .date(CalendarDay(year: 2024, month: 5, day: 1)),
            .hyperlink(text: "example.com/olive-oil", url: "https://example.com/olive-oil?a=1&b=2"),
        ])
        #expect(products.rows[1][5] == .string("Cold pressed\nOrigin: Crete"))
    }

    @Test("reports a bad value with the part, line, column and cell")
    func invalidValues() throws {
        let cases: [(String, String)] = [
            (#"office:value-type="float" office:value="abc""#, #"Sheet1!B1: office:value="abc" is not a number"#),
            (#"office:value-type="float" office:value="nan""#, #"Sheet1!B1: office:value="nan" is not a number"#),
            (#"office:value-type="float" office:value="0x1p3""#, #"Sheet1!B1: office:value="0x1p3" is not a number"#),
            (#"office:value-type="date" office:date-value="2023-02-29""#, #"Sheet1!B1: office:date-value="2023-02-29" is not a date (YYYY-MM-DD)"#),
            (#"office:value-type="boolean" office:boolean-value="TRUE""#, #"Sheet1!B1: office:boolean-value="TRUE" is not true or false"#),
            (#"office:value-type="percentage""#, #"Sheet1!B1: office:value="" is not present"#),
        ]
        for (attributes, message) in cases {
            let content = ODS.content(ODS.sheet(#"<table:table-row><table:table-cell/><table:table-cell \#(attributes)><text:p>x</text:p></table:table-cell></table:table-row>"#))
            #expect {
                try SpreadsheetReader().read(data: ODS.data(ODS.zip(content: content)))
            } throws: { error in
                let text = error.localizedDescription
                return text.hasPrefix("content.xml:1:") && text.hasSuffix(message)
            }
        }
    }
}
