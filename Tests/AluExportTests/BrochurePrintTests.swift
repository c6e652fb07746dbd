import AluCatalog
import AluExport
import AluTestSupport
import Foundation
import OpenDocument
import Testing

/// The brochure as LibreOffice prints it, on landscape A4 and Letter: one PDF per paper.
@Suite("Brochure printing", .serialized)
struct BrochurePrintTests {
    static let missionID = "gulf-smelters-2027"

    static func brochure(paper: PageLayout.Paper, language: String, to path: String) throws {
        let catalog = TestCatalog.catalog
        let mission = try #require(catalog.mission(missionID))
        let selection = MissionSelection.select(mission, catalog: catalog, today: TestCatalog.today)
        var matches = Matcher.match(mission, suppliers: selection.selected.suppliers, taxonomy: catalog.taxonomy, period: selection.period)
        matches.keepTop(PacketBuilder.candidatesPerNeed)
        try BrochureWorkbook(
            mission: mission, suppliers: selection.selected, matches: matches, taxonomy: catalog.taxonomy,
            translations: try #require(Translations(language: language)), period: selection.period,
            generated: TestCatalog.today, paper: paper
        ).write(to: path)
    }

    /// Whether `token` is made of whole PDF words end to end (a cell's word that wrapped
    /// at a hyphen or a slash prints as two words; a cut one lacks its end).
    ///
    /// Compared on letters and digits only: poppler mirrors brackets and moves combining
    /// marks in right-to-left text, and a hyphen at a line end is its own matter.
    static func printed(_ token: String, in words: Set<String>) -> Bool {
        let characters = Array(key(token))
        var reachable = Array(repeating: false, count: characters.count + 1)
        reachable[0] = true
        for end in 1...max(characters.count, 1) where characters.count > 0 {
            for start in 0..<end where reachable[start] {
                if words.contains(String(characters[start..<end])) { reachable[end] = true; break }
            }
        }
        return characters.isEmpty || reachable[characters.count]
    }

    /// Arabic (right to left) on A4, English on Letter: one LibreOffice conversion each.
    /// Letters and digits of `text`, without combining marks, lam or alef (poppler
    /// reorders the lam-alef ligatures, once or twice in a word like للألمنيوم).
    static func key(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter {
            ($0.properties.isAlphabetic || $0.properties.numericType != nil) && $0.properties.generalCategory != .nonspacingMark
                && ![0x0644, 0x0627, 0x0623, 0x0625, 0x0622].contains($0.value)
        }))
    }

    /// A word mixing scripts (`وDCS`) prints as one run per direction, in visual order:
    /// each run must be printed.
    static func printedRuns(_ token: String, in words: Set<String>) -> Bool {
        if printed(token, in: words) { return true }
        var runs: [String] = []
        var last: Bool?
        for scalar in token.unicodeScalars {
            let arabic = (0x0600...0x06FF).contains(scalar.value)
            if arabic != last { runs.append("") }
            runs[runs.count - 1].unicodeScalars.append(scalar)
            last = arabic
        }
        return runs.count > 1 && (runs.allSatisfy { printed($0, in: words) } || printed(runs.reversed().joined(), in: words))
    }

    @Test("every sheet prints on landscape A4 and Letter: text of 8 pt or more, no cut cell, the header row on every page",
          arguments: [(PageLayout.Paper.a4, "ar"), (.letter, "en")])
    func printsLegibly(paper: PageLayout.Paper, language: String) throws {
        guard ODFTools.available(PDFText.tools) else { return }
        let folder = temporaryDirectory("brochure-print-\(paper.rawValue)")
        let ods = folder + "/brochure-\(language).ods"
        try Self.brochure(paper: paper, language: language, to: ods)
        let pdfPath = folder + "/brochure-\(language).pdf"
        try LibreOfficePDF.convert(ods, to: pdfPath)
        let pdf = PDFText(path: pdfPath)
        let info = try ODFTools.run("/usr/bin/pdfinfo", [pdfPath]).output
        #expect(info.contains(paper == .a4 ? "841.89 x 595.3" : "792 x 612"), "\(info)")

        let workbook = try SpreadsheetReader().read(contentsOf: URL(fileURLWithPath: ods))
        let sheetNames = Set(workbook.sheets.map { PDFText.normalized($0.name) })
        // Pages by sheet: the page header names the sheet.
        var pagesBySheet: [String: [Int]] = [:]
        #expect(pdf.pageCount > workbook.sheets.count)
        for page in 1...max(pdf.pageCount, 1) {
            let first = pdf.text(page: page).split(separator: "\n").first.map(String.init) ?? ""
            #expect(sheetNames.contains(first), "page \(page) starts with '\(first)', not a sheet name")
            pagesBySheet[first, default: []].append(page)
            let small = pdf.words(page: page).filter { $0.height / PDFText.boxPerPoint < 7.95 }
            #expect(small.isEmpty, "page \(page): \(small.prefix(5).map { "\($0.text) \($0.height / PDFText.boxPerPoint) pt" })")
        }
        for sheet in workbook.sheets {
            let pages = try #require(pagesBySheet[PDFText.normalized(sheet.name)], "sheet \(sheet.name) printed no page")
            // The boxed words keep a line-end hyphen's fragments apart; the plain text gives
            // right-to-left words in reading order. Either may hold a cell's word.
            let words = Set(Set(pages.flatMap { pdf.words(page: $0).map(\.text) })
                .union(pages.flatMap { pdf.text(page: $0).split(whereSeparator: \.isWhitespace).map(String.init) }).map(Self.key))
            var cut: [String] = []
            for row in sheet.rows {
                for cell in row.cells {
                    for token in PDFText.normalized(cell.text).split(whereSeparator: \.isWhitespace) where !Self.printedRuns(String(token), in: words) {
                        cut.append("\(cell.address.cellReference) '\(token)'")
                    }
                }
            }
            #expect(cut.isEmpty, "\(sheet.name): cut or missing on paper: \(cut.prefix(10))")
            // The header row on every page: the repeated first column's title and at
            // least one more title of the band the page prints.
            guard sheet.name != Translations(language: language)?.label(.sheetCover),
                  let header = sheet.rows.first?.cells.map({ PDFText.normalized($0.text) }), header.count > 1 else { continue }
            for page in pages {
                let text = pdf.text(page: page).split(whereSeparator: \.isWhitespace).map(String.init)
                let joined = " " + text.joined(separator: " ") + " "
                #expect(joined.contains(" " + header[0].split(separator: " ").joined(separator: " ") + " "), "page \(page) of \(sheet.name) lacks '\(header[0])'")
                #expect(header.dropFirst().contains { title in title.split(whereSeparator: \.isWhitespace).allSatisfy { text.contains(String($0)) } },
                        "page \(page) of \(sheet.name) shows no other column title")
            }
        }
    }
}
