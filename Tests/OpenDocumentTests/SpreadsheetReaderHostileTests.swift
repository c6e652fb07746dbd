import AluTestSupport
import AluXML
import AluZip
import Foundation
import OpenDocument
import Testing

@Suite("SpreadsheetReader: hostile files")
struct SpreadsheetReaderHostileTests {
    /// Reads and returns the error (nil on success) and the reader, for its counters.
    private func read(_ zip: TestZip, limits: SpreadsheetReadLimits = SpreadsheetReadLimits()) -> (error: SpreadsheetReadError?, reader: SpreadsheetReader, book: ReadWorkbook?) {
        read(Data(zip.bytes()), limits: limits)
    }

    private func read(_ data: Data, limits: SpreadsheetReadLimits = SpreadsheetReadLimits()) -> (error: SpreadsheetReadError?, reader: SpreadsheetReader, book: ReadWorkbook?) {
        let reader = SpreadsheetReader(limits: limits)
        do {
            return (nil, reader, try reader.read(data: data))
        } catch {
            return (error, reader, nil)
        }
    }

    private func rows(_ rows: String) -> TestZip { ODS.zip(content: ODS.content(ODS.sheet(rows))) }

    private static let hostname: String? = {
        (try? String(contentsOfFile: "/etc/hostname", encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
    }()

    // MARK: Repetition bombs

    @Test("rejects 16,384 non-empty columns repeated in 1,048,576 rows before copying a row")
    func repeatBomb() {
        let result = read(rows(#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"><text:p>1</text:p></table:table-cell></table:table-row>"#))
        guard case .tooManyCells(5_000_000, let location, "Sheet1!A1")? = result.error else {
            Issue.record("got \(String(describing: result.error))"); return
        }
        #expect(location.document == "content.xml" && location.line == 1)
        #expect(result.error?.localizedDescription == "\(location): Sheet1!A1: more than 5000000 non-empty cells (repeated cells count each time)")
        #expect(result.reader.statistics.storedCells == 0)          // no row was copied
        #expect(result.reader.statistics.chargedCells == Int.max || result.reader.statistics.chargedCells > 5_000_000)
    }

    @Test("rejects non-empty repeated rows past the cell cap, cell by cell")
    func manyRepeatedRows() {
        var limits = SpreadsheetReadLimits()
        limits.maxCells = 1_000
        let result = read(rows(#"<table:table-row table:number-rows-repeated="600"><table:table-cell table:number-columns-repeated="2" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#), limits: limits)
        guard case .tooManyCells(1_000, _, "Sheet1!A1")? = result.error else { Issue.record("got \(String(describing: result.error))"); return }
        #expect(result.reader.statistics.storedCells == 0)
    }

    @Test("accepts a billion empty repeated rows quickly and yields nothing")
    func billionEmptyRows() throws {
        let result = read(rows(#"<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000"/></table:table-row><table:table-row table:number-rows-repeated="9223372036854775807"><table:table-cell/></table:table-row>"#))
        #expect(result.error == nil)
        #expect(result.book?.sheets.first?.rows.isEmpty == true)
        #expect(result.reader.statistics.storedCells == 0)
        #expect(result.reader.statistics.chargedCells == 0)
        #expect(result.reader.statistics.skippedEmptyRows == Int.max)   // saturated, not wrapped
    }

    @Test("accepts a LibreOffice-style sheet with a million trailing empty rows")
    func legitTrailingRepeats() throws {
        let data = #"<table:table-row><table:table-cell office:value-type="string"><text:p>SKU</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Alloy</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16382"/></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>A-6061</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="6061"><text:p>6061</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16382"/></table:table-row><table:table-row table:number-rows-repeated="1048574"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>"#
        let result = read(rows(data))
        #expect(result.error == nil)
        let sheet = try #require(result.book?.sheets.first)
        #expect(sheet.rows.map { $0.cells.map(\.value) } == [[.string("SKU"), .string("Alloy")], [.string("A-6061"), .int(6061)]])
        #expect(result.reader.statistics.storedCells == 4)
        #expect(result.reader.statistics.skippedEmptyRows == 1_048_574)
    }

    @Test("rejects repeat counts that are not positive 64-bit decimals", arguments: ["0", "-1", "99999999999999999999", "1e3", " 5", "+5", "", "0x10"])
    func invalidRepeat(value: String) {
        let result = read(rows(#"<table:table-row><table:table-cell/><table:table-cell table:number-columns-repeated="\#(value)"/></table:table-row>"#))
        guard case .invalidRepeat("table:number-columns-repeated", value, let location, "Sheet1!B1")? = result.error else {
            Issue.record("got \(String(describing: result.error))"); return
        }
        #expect(result.error?.localizedDescription == "\(location): Sheet1!B1: table:number-columns-repeated=\"\(value)\" is not a positive whole number")
        let rowResult = read(rows(#"<table:table-row table:number-rows-repeated="\#(value)"/>"#))
        guard case .invalidRepeat("table:number-rows-repeated", value, _, "Sheet1!A1")? = rowResult.error else {
            Issue.record("rows: got \(String(describing: rowResult.error))"); return
        }
    }

    @Test("rejects data beyond row 1,048,576 and column XFD with the cell named")
    func beyondSheetLimits() {
        let row = read(rows(#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell/></table:table-row><table:table-row><table:table-cell office:value-type="string"><text:p>late</text:p></table:table-cell></table:table-row>"#))
        guard case .tooManyRows(1_048_576, _, "Sheet1!A1048577")? = row.error else { Issue.record("rows: \(String(describing: row.error))"); return }
        #expect(row.error?.localizedDescription.hasSuffix("Sheet1!A1048577: data beyond row 1048576, the most a sheet may have") == true)

        let column = read(rows(#"<table:table-row><table:table-cell table:number-columns-repeated="16384"/><table:table-cell office:value-type="string"><text:p>far</text:p></table:table-cell></table:table-row>"#))
        guard case .tooManyColumns(16_384, _, "Sheet1!XFE1")? = column.error else { Issue.record("columns: \(String(describing: column.error))"); return }
        #expect(column.error?.localizedDescription.hasSuffix("Sheet1!XFE1: data beyond column XFD (16384 columns), the most a sheet may have") == true)
    }

    @Test("caps text:s expansion per cell")
    func spaceBomb() {
        let result = read(rows(#"<table:table-row><table:table-cell office:value-type="string"><text:p>a<text:s text:c="900000000"/></text:p></table:table-cell></table:table-row>"#))
        guard case .cellTextTooLong(1_048_576, _, "Sheet1!A1")? = result.error else { Issue.record("got \(String(describing: result.error))"); return }
        #expect(result.reader.statistics.textBytes < 1_048_576)
    }

    // MARK: Package structure

    @Test("rejects a wrong, late, compressed or missing mimetype")
    func mimetype() {
        var wrong = ODS.zip(content: ODS.content(""))
        wrong.entries[0] = { var z = TestZip(); z.store("mimetype", "application/vnd.oasis.opendocument.text"); return z.entries[0] }()
        #expect(read(wrong).error == .wrongMediaType("application/vnd.oasis.opendocument.text"))
        #expect(read(wrong).error?.localizedDescription == "the file is not an ODS spreadsheet: its mimetype is 'application/vnd.oasis.opendocument.text'")

        var late = ODS.zip(content: ODS.content(""))
        late.entries.swapAt(0, 1)
        #expect(read(late).error == .mimetypeNotFirst(firstEntry: "content.xml"))

        var deflated = ODS.zip(content: ODS.content(""))
        deflated.entries[0] = { var z = TestZip(); z.deflate("mimetype", ODS.media); return z.entries[0] }()
        #expect(read(deflated).error == .mimetypeCompressed)

        var missing = ODS.zip(content: ODS.content(""))
        missing.entries.removeFirst()
        #expect(read(missing).error == .missingPart("mimetype"))
        #expect(read(missing).error?.localizedDescription == "the file is not an ODS spreadsheet: it has no 'mimetype'")

        var noManifest = ODS.zip(content: ODS.content(""))
        noManifest.entries.removeLast()
        #expect(read(noManifest).error == .missingPart("META-INF/manifest.xml"))
    }

    @Test("refuses an ODF password-protected document")
    func odfEncryption() {
        let manifest = """
            <?xml version="1.0" encoding="UTF-8"?>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
             <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
             <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="2048">
              <manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA">
               <manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/>
              </manifest:encryption-data>
             </manifest:file-entry>
            </manifest:manifest>
            """
        var zip = TestZip()
        zip.store("mimetype", ODS.media)
        zip.deflate("content.xml", (0..<2048).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })   // "ciphertext"
        zip.deflate("META-INF/manifest.xml", manifest)
        let result = read(zip)
        #expect(result.error == .passwordProtected)
        #expect(result.error?.localizedDescription == "this document is password-protected: save it without a password and send it again")
    }

    @Test("refuses a traditional-PKWARE encrypted entry")
    func zipEncryption() {
        var zip = ODS.zip(content: ODS.content(""))
        zip.entries[1].flags |= 1
        #expect(read(zip).error == .package(.encryptedEntry("content.xml")))
        #expect(read(zip).error?.localizedDescription == "the file is not a usable ODS spreadsheet: zip entry 'content.xml' is encrypted: send the file without a password")
    }

    @Test("refuses a DOCTYPE in content.xml, pointing at it")
    func contentDoctype() {
        let content = "<?xml version=\"1.0\"?>\n<!DOCTYPE office:document-content [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>\n" + ODS.content("").dropFirst(38)
        let result = read(ODS.zip(content: content))
        guard case .xml(.doctypeNotAllowed(let location))? = result.error else { Issue.record("got \(String(describing: result.error))"); return }
        #expect(location.document == "content.xml" && location.line == 2)
        #expect(result.error?.localizedDescription.hasPrefix("content.xml:2:") == true)
        if let hostname = Self.hostname, !hostname.isEmpty { #expect(result.error?.localizedDescription.contains(hostname) == false) }
    }

    @Test("refuses a DOCTYPE/XXE in the manifest, pointing at it")
    func manifestXXE() {
        let manifest = """
            <?xml version="1.0" encoding="UTF-8"?>
            <!DOCTYPE manifest:manifest [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
            <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="&xxe;"/>
            """
        let result = read(ODS.zip(content: ODS.content(""), manifest: manifest))
        guard case .xml(.doctypeNotAllowed(let location))? = result.error else { Issue.record("got \(String(describing: result.error))"); return }
        #expect(location.document == "META-INF/manifest.xml" && location.line == 2)
        if let hostname = Self.hostname, !hostname.isEmpty { #expect(result.error?.localizedDescription.contains(hostname) == false) }
    }

    @Test("refuses content.xml whose root is not office:document-content")
    func wrongRoot() {
        let result = read(ODS.zip(content: "<html><body/></html>"))
        #expect(result.error == .notSpreadsheetContent(XMLStreamLocation(document: "content.xml", line: 1, column: 6)))
    }

    // MARK: Zip container

    @Test("refuses a zip bomb in content.xml without inflating it")
    func zipBomb() {
        var zip = ODS.zip(content: ODS.content(""))
        zip.entries.remove(at: 1)
        zip.bomb("content.xml", count: 30_000_000)
        let result = read(zip)
        #expect(result.error == .package(.compressionRatioTooHigh("content.xml", limit: 100)))
        #expect(result.reader.statistics.inflatedBytes == 0)
    }

    @Test("stops at the declared size when content.xml lies about it")
    func sizeLie() {
        var zip = ODS.zip(content: ODS.content(""))
        zip.entries.remove(at: 1)
        zip.bomb("content.xml", count: 100_000_000, declaredSize: 2_000)
        let result = read(zip)
        #expect(result.error == .package(.sizeMismatch("content.xml", declared: 2_000)))
        #expect(result.reader.statistics.inflatedBytes < 200_000)   // not 100 MB
    }

    @Test("refuses path-traversal and other unsafe names", arguments: ["../evil", "/abs", "a\\b", "C:x"])
    func unsafeNames(name: String) {
        var zip = ODS.zip(content: ODS.content(""))
        zip.store(name, "x")
        guard case .package(.unsafeEntryName(name, _))? = read(zip).error else {
            Issue.record("got \(String(describing: read(zip).error))"); return
        }
    }

    @Test("refuses duplicate entries")
    func duplicates() {
        var zip = ODS.zip(content: ODS.content(ODS.sheet(#"<table:table-row><table:table-cell office:value-type="string"><text:p>ACME GmbH</text:p></table:table-cell></table:table-row>"#)))
        zip.deflate("content.xml", ODS.content(ODS.sheet(#"<table:table-row><table:table-cell office:value-type="string"><text:p>EVIL Corp</text:p></table:table-cell></table:table-row>"#)))
        guard case .package(.duplicateEntryName)? = read(zip).error else { Issue.record("got \(String(describing: read(zip).error))"); return }
    }

    @Test("refuses something that is not a zip, and a truncated one")
    func notAZipAndTruncated() {
        #expect(read(Data("PK but not really".utf8)).error == .package(.notAZip))
        #expect(read(Data()).error == .package(.notAZip))
        let bytes = ODS.zip(content: ODS.content("")).bytes()
        let truncated = read(Data(bytes.prefix(bytes.count - 10))).error
        #expect(truncated == .package(.notAZip) || { if case .package(.damaged)? = truncated { true } else { false } }())
    }

    @Test("refuses a file over the size cap before opening it")
    func fileTooLarge() {
        var limits = SpreadsheetReadLimits()
        limits.zip.maxArchiveBytes = 1_000
        let result = read(Data(count: 1_001), limits: limits)
        #expect(result.error == .package(.archiveTooLarge(bytes: 1_001, limit: 1_000)))
    }
}
