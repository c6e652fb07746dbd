import AluTestSupport
import Foundation
import OpenDocument
import Testing

@Suite("SpreadsheetWriter")
struct SpreadsheetWriterTests {
    private func smallWorkbook(_ path: String, rows: [[CellValue]], rightToLeft: Bool = false,
                               threads: Int = WorkbookOptions.defaultCompressionThreads) throws -> SpreadsheetWriterStatistics {
        let writer = try SpreadsheetWriter(path: path, metadata: WorkbookMetadata(title: "T", language: "en",
                                                                                creationDate: Date(timeIntervalSince1970: 0)),
                                           options: WorkbookOptions(compressionThreads: threads))
        let sheet = try writer.addSheet(name: "Data", columns: [SheetColumn("A"), SheetColumn("B")],
                                        options: SheetOptions(rightToLeft: rightToLeft))
        for row in rows { try sheet.appendRow(row) }
        return try writer.finish()
    }

    @Test("the same input gives the same bytes")
    func deterministicOutput() throws {
        let rows: [[CellValue]] = (0..<2000).map { [.string("Fournisseur \($0) — Québec"), .float(Double($0) / 7)] }
        let first = temporaryFile("same-1.ods"), second = temporaryFile("same-2.ods")
        _ = try smallWorkbook(first, rows: rows)
        _ = try smallWorkbook(second, rows: rows)
        let a = try Data(contentsOf: URL(fileURLWithPath: first))
        let b = try Data(contentsOf: URL(fileURLWithPath: second))
        #expect(a == b)
        // mimetype first, stored, no extra field: the media type starts at byte 38.
        #expect(String(decoding: a[38..<(38 + 46)], as: UTF8.self) == "application/vnd.oasis.opendocument.spreadsheet")
    }

    @Test("the same bytes whatever the number of compressing threads, one included (content.xml spans several deflate blocks); jing and our reader accept them")
    func sameBytesOnAnyMachine() throws {
        let rows: [[CellValue]] = (0..<30_000).map { [.string("Fournisseur \($0) — Saguenay–Lac-Saint-Jean, موردون"), .float(Double($0) / 7)] }
        #expect(WorkbookOptions().compressionThreads >= 1, "the parallel deflate is the default")
        var files: [Data] = []
        for threads in [WorkbookOptions.defaultCompressionThreads, 1, 2, 3, 4] {
            let path = temporaryFile("threads-\(threads).ods")
            _ = try smallWorkbook(path, rows: rows, threads: threads)
            files.append(try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        for (index, file) in files.enumerated().dropFirst() { #expect(file == files[0], "case \(index)") }
        _ = try SpreadsheetReader().read(data: files[0])
        if ODFTools.available(["jing"]) {
            let check = try ODFTools.validate(temporaryFile("threads-2.ods"))
            #expect(check.status == 0, "\(check.output)")
        }
        #expect(try part("content.xml", of: temporaryFile("threads-2.ods")).utf8.count > 2 * 1024 * 1024)
        // 0: libzip deflates content.xml as one stream, as before; the same cells.
        let libzip = temporaryFile("threads-0.ods")
        _ = try smallWorkbook(libzip, rows: rows, threads: 0)
        #expect(try part("content.xml", of: libzip) == part("content.xml", of: temporaryFile("threads-2.ods")))
    }

    @Test("formula-looking text is written as a string cell and no formula is ever emitted")
    func formulaTextStaysText() throws {
        let path = temporaryFile("formula.ods")
        _ = try smallWorkbook(path, rows: [[.string("=HYPERLINK(\"http://evil\")"), .string("+1")], [.string("-2+3"), .string("@A1")]])
        let content = try part("content.xml", of: path)
        #expect(!content.contains("table:formula"))
        #expect(content.contains("<table:table-cell office:value-type=\"string\"><text:p>=HYPERLINK(\"http://evil\")</text:p>"))
        #expect(content.contains("<text:p>-2+3</text:p>"))
    }

    @Test("characters XML forbids are replaced by U+FFFD, counted and located")
    func forbiddenCharacters() throws {
        let path = temporaryFile("forbidden.ods")
        let statistics = try smallWorkbook(path, rows: [[.string("ok")], [.string("x"), .string("bell\u{07}nul\u{0}\u{FFFF}end")]])
        #expect(statistics.replacedCharacters == 3)
        #expect(statistics.firstReplacement == "Data!B3")
        let content = try part("content.xml", of: path)
        #expect(content.contains("<text:p>bell\u{FFFD}nul\u{FFFD}\u{FFFD}end</text:p>"))
    }

    @Test("spaces, tabs and line breaks follow the ODF white-space rules")
    func whiteSpace() throws {
        let path = temporaryFile("spaces.ods")
        _ = try smallWorkbook(path, rows: [[.string("  a   b\tc "), .string("one\r\ntwo\n\nfour")]])
        let content = try part("content.xml", of: path)
        #expect(content.contains("<text:p><text:s text:c=\"2\"/>a <text:s text:c=\"2\"/>b c<text:s/></text:p>"))
        #expect(content.contains("table:style-name=\"ce4\" office:value-type=\"string\"><text:p>one</text:p><text:p>two</text:p><text:p></text:p><text:p>four</text:p>"))
    }

    @Test("a right-to-left sheet uses a table style with writing-mode rl-tb")
    func rightToLeft() throws {
        let path = temporaryFile("rtl.ods")
        _ = try smallWorkbook(path, rows: [[.string("مرحبا")]], rightToLeft: true)
        let content = try part("content.xml", of: path)
        #expect(content.contains("<style:style style:name=\"ta2\" style:family=\"table\" style:master-page-name=\"Sheet\"><style:table-properties table:display=\"true\" style:writing-mode=\"rl-tb\"/>"))
        #expect(content.contains("<table:table table:name=\"Data\" table:style-name=\"ta2\">"))
    }

    @Test("frozen header row and first column, and the autofilter over the written range")
    func frozenPanesAndFilter() throws {
        let path = temporaryFile("frozen.ods")
        let writer = try SpreadsheetWriter(path: path)
        let sheet = try writer.addSheet(name: "Olive's Oils & More", columns: [SheetColumn("A"), SheetColumn("B"), SheetColumn("C")],
                                        options: SheetOptions(freezeFirstColumn: true))
        for i in 0..<4 { try sheet.appendRow([.int(i), .int(i), .int(i)]) }
        try writer.finish()
        let settings = try part("settings.xml", of: path)
        #expect(settings.contains("<config:config-item config:name=\"VerticalSplitMode\" config:type=\"short\">2</config:config-item>"))
        #expect(settings.contains("<config:config-item config:name=\"HorizontalSplitMode\" config:type=\"short\">2</config:config-item>"))
        let content = try part("content.xml", of: path)
        #expect(content.contains("table:target-range-address=\"'Olive''s Oils &amp; More'.A1:'Olive''s Oils &amp; More'.C5\""))
    }

    static let badNames: [(String, SheetName.Problem)] = [
        ("", .empty),
        ("a[1]", .forbiddenCharacter("[")),
        ("x]", .forbiddenCharacter("]")),
        ("a*", .forbiddenCharacter("*")),
        ("why?", .forbiddenCharacter("?")),
        ("A/B", .forbiddenCharacter("/")),
        ("A\\B", .forbiddenCharacter("\\")),
        ("10:30", .forbiddenCharacter(":")),
        ("'quoted", .apostropheAtEdge),
        ("quoted'", .apostropheAtEdge),
        (String(repeating: "x", count: 32), .tooLong(utf16Count: 32)),
        (String(repeating: "😀", count: 16), .tooLong(utf16Count: 32)),
        ("tab\there", .controlCharacter),
    ]

    @Test("invalid sheet names are refused with the reason", arguments: badNames)
    func invalidSheetNames(name: String, problem: SheetName.Problem) throws {
        let writer = try SpreadsheetWriter(path: temporaryFile("names.ods"))
        #expect(throws: SpreadsheetError.invalidSheetName(name, reason: problem)) {
            _ = try writer.addSheet(name: name)
        }
    }

    @Test("acceptable sheet names pass; duplicates are refused ignoring case",
          arguments: ["Products", "عربي", "Olive's Oils", String(repeating: "x", count: 31), "Fournisseurs (Québec)"])
    func validSheetNames(name: String) throws {
        let writer = try SpreadsheetWriter(path: temporaryFile("names-ok.ods"))
        _ = try writer.addSheet(name: name)
        #expect(throws: SpreadsheetError.duplicateSheetName(name.uppercased(), existing: name)) {
            _ = try writer.addSheet(name: name.uppercased())
        }
    }

    @Test("an invalid cell is rejected with its address and the row is not written")
    func invalidCells() throws {
        let path = temporaryFile("invalid.ods")
        let writer = try SpreadsheetWriter(path: path)
        let sheet = try writer.addSheet(name: "S", columns: [SheetColumn("A"), SheetColumn("B")])
        #expect(throws: SpreadsheetError.nonFiniteNumber(cell: "S!B2")) { try sheet.appendRow([.string("partial"), .float(.nan)]) }
        #expect(throws: SpreadsheetError.invalidDate(CalendarDay(year: 2025, month: 2, day: 29), cell: "S!A2")) {
            try sheet.appendRow([.date(CalendarDay(year: 2025, month: 2, day: 29))])
        }
        #expect(throws: SpreadsheetError.invalidCurrencyCode("cad", cell: "S!A2")) { try sheet.appendRow([.currency(amount: 1, code: "cad")]) }
        #expect(throws: SpreadsheetError.unsupportedHyperlinkScheme("javascript:alert(1)", cell: "S!B2")) {
            try sheet.appendRow([.empty, .hyperlink(text: "x", url: "javascript:alert(1)")])
        }
        try sheet.appendRow([.string("kept")])
        let statistics = try writer.finish()
        #expect(statistics.rows == 2)
        let content = try part("content.xml", of: path)
        #expect(!content.contains("partial"))
        #expect(content.contains("kept"))
    }

    @Test("sheets are filled in order: all declared first, an earlier sheet cannot be reopened")
    func sheetOrder() throws {
        let writer = try SpreadsheetWriter(path: temporaryFile("order.ods"))
        let first = try writer.addSheet(name: "One")
        let second = try writer.addSheet(name: "Two")
        try second.appendRow([.int(2)])
        #expect(throws: SpreadsheetError.sheetAlreadyFinished("One")) { try first.appendRow([.int(1)]) }
        #expect(throws: SpreadsheetError.sheetAddedAfterRows("Three")) { _ = try writer.addSheet(name: "Three") }
        try writer.finish()
        #expect(throws: SpreadsheetError.workbookFinished) { try writer.finish() }
    }

    @Test("an unwritable destination reports a clear error and leaves no file")
    func unwritableDestination() throws {
        let path = "/nonexistent-alucat/out.ods"
        let writer = try SpreadsheetWriter(path: path)
        let sheet = try writer.addSheet(name: "S")
        let error = #expect(throws: SpreadsheetError.self) {
            for _ in 0..<20_000 { try sheet.appendRow([.string(String(repeating: "x", count: 100))]) }
            try writer.finish()
        }
        #expect(error?.localizedDescription.hasPrefix("cannot write /nonexistent-alucat/out.ods") == true, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test("memory stays flat: 200,000 rows never grow the buffer or the queue past their bounds")
    func flatMemory() throws {
        let path = temporaryFile("flat.ods")
        let writer = try SpreadsheetWriter(path: path, options: WorkbookOptions(compressionLevel: 1))
        let sheet = try writer.addSheet(name: "Big", columns: (1...6).map { SheetColumn("C\($0)") })
        let text = String(repeating: "Équipement de salle de cuves ", count: 8)
        for i in 0..<200_000 {
            try sheet.appendRow([.int(i), .string(text), .float(Double(i) * 0.5), .date(CalendarDay(year: 2025, month: 1 + i % 12, day: 1 + i % 28)),
                                 .boolean(i % 2 == 0), .percentage(0.25)])
        }
        let statistics = try writer.finish()
        #expect(statistics.rows == 200_001)
        #expect(statistics.contentBytes > 100 * SpreadsheetWriter.bufferFlushThreshold)
        // A row is < 1 KiB here, so the buffer never exceeds the threshold by more than one row.
        #expect(statistics.peakBufferedBytes <= SpreadsheetWriter.bufferFlushThreshold + 1024)
        #expect(statistics.peakQueuedBytes <= SpreadsheetWriter.queueCapacity)
    }
}
