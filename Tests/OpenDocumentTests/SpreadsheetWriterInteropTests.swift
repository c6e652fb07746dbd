import AluTestSupport
import Foundation
import OpenDocument
import Testing

/// A workbook exercising every cell kind and presentation feature, checked by tools we did
/// not write: the OASIS schema (jing, via validate-ods.sh -w) and LibreOffice reading it back.
/// One file, two LibreOffice runs: they cost seconds each.
@Suite("SpreadsheetWriter interoperability", .serialized)
struct SpreadsheetWriterInteropTests {
    static let description = "Conception   et fabrication d'équipements  \"clé en main\" <salles de cuves> & centres de coulée"

    /// (cell, LibreOffice display text, LibreOffice raw text)
    static let row: [(CellValue, String, String)] = [
        (.string("Alu Québec inc."), "Alu Québec inc.", "Alu Québec inc."),
        (.int(-42), "-42", "-42"),
        (.float(1234.5), "1234.5", "1234.5"),
        (.percentage(0.155), "15.5%", "15.5%"),
        (.currency(amount: 1234567.891, code: "CAD"), "1,234,567.89 CAD", "1234567.891"),
        (.date(CalendarDay(year: 2025, month: 1, day: 31)), "2025-01-31", "2025-01-31"),
        (.boolean(true), "TRUE", "TRUE"),
        (.hyperlink(text: "ventes@alu.example", url: "mailto:ventes@alu.example"), "ventes@alu.example", "ventes@alu.example"),
        (.hyperlink(text: "alu.example/p?a=1&b=2", url: "https://alu.example/p?a=1&b=2"), "alu.example/p?a=1&b=2", "alu.example/p?a=1&b=2"),
        (.string("Ligne 1\nLigne 2\r\nLigne 3"), "Ligne 1\nLigne 2\nLigne 3", "Ligne 1\nLigne 2\nLigne 3"),
        (.string(description), description, description),
        (.empty, "", ""),
        (.empty, "", ""),
        (.string("=1+1"), "=1+1", "=1+1"),
        (.string("+33 1 23"), "+33 1 23", "+33 1 23"),
        (.string("-cmd|' /C calc'!A0"), "-cmd|' /C calc'!A0", "-cmd|' /C calc'!A0"),
        (.string("@SUM(A1)"), "@SUM(A1)", "@SUM(A1)"),
        (.string("  leading\ttab "), "  leading tab ", "  leading tab "),
        (.currency(amount: 8, code: "JPY"), "8.00", "8"),
    ]

    static func write(_ path: String) throws -> SpreadsheetWriterStatistics {
        let writer = try SpreadsheetWriter(path: path, metadata: WorkbookMetadata(
            title: "Fournisseurs — essai", subject: "Every cell kind", language: "fr-CA",
            generator: "AluCat tests", creationDate: Date(timeIntervalSince1970: 1_767_225_600)))
        let columns = row.indices.map { SheetColumn("Col \($0 + 1)", width: $0 == 10 ? 8 : nil, wrapText: $0 == 10) }
        let products = try writer.addSheet(name: "Fournisseurs", columns: columns,
                                           options: SheetOptions(freezeFirstColumn: true))
        let arabic = try writer.addSheet(name: "عربي", columns: [SheetColumn("المنتج", width: 4.5), SheetColumn("السعر")],
                                         options: SheetOptions(rightToLeft: true))
        let plain = try writer.addSheet(name: "Notes & remarques", columns: [],
                                        options: SheetOptions(headerRow: false))
        try products.appendRow(row.map(\.0))
        try products.appendRow([.empty, .empty, .int(7)])
        try arabic.appendRow([.string("زيت الزيتون"), .float(12.5)])
        try plain.appendRow([.string("sans en-tête")])
        return try writer.finish()
    }

    @Test("a workbook with every cell kind passes the ODF 1.3 schema and LibreOffice reads every value back")
    func everyCellKind() throws {
        guard ODFTools.available(["jing", "soffice"]) else { return }
        let path = temporaryFile("every-kind.ods")
        _ = try Self.write(path)

        let validation = try ODFTools.validate(path)
        #expect(validation.status == 0, "validate-ods.sh -w: \(validation.output)")

        let shown = try ODFTools.roundTrip(path, raw: false)
        let raw = try ODFTools.roundTrip(path, raw: true)
        let shownRows = try #require(shown["Fournisseurs"], "sheets: \(shown.keys)")
        let rawRows = try #require(raw["Fournisseurs"])
        #expect(shownRows.count == 3)
        #expect(shownRows[0] == Self.row.indices.map { "Col \($0 + 1)" })
        for (index, expected) in Self.row.enumerated() {
            let column = "column \(index + 1)"
            #expect(shownRows[1][index] == expected.1, "\(column) as shown")
            #expect(rawRows[1][index] == expected.2, "\(column) raw")
        }
        #expect(shownRows[2].prefix(3) == ["", "", "7"])
        #expect(shown["عربي"]?[1].prefix(2) == ["زيت الزيتون", "12.5"])
        #expect(shown["Notes & remarques"]?.first?.first == "sans en-tête")
    }
}
