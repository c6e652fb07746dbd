import AluTestSupport
import Foundation
import OpenDocument
import Testing

@Suite("CSV to ODS")
struct CSVToODSTests {
    @Test("a CSV converts to one sheet whose cells read back typed, with formula-looking text kept as text")
    func roundTripThroughTheReader() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-csv-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let csv = directory.appendingPathComponent("in.csv"), ods = directory.appendingPathComponent("out.ods")
        try "id,name,count,ratio,note\r\nx,\"Métal, inc.\",12,3.5,=1+1\r\ny,\"two\nlines\",007,-0.25,\"+44 \"\"quoted\"\"\"\r\n"
            .write(to: csv, atomically: true, encoding: .utf8)
        let statistics = try convertCSVToODS(csvPath: csv.path, odsPath: ods.path, sheetName: "Données")
        #expect(statistics.rows == 3)
        let workbook = try SpreadsheetReader().read(contentsOf: ods)
        let sheet = try #require(workbook.sheets.first)
        #expect(sheet.name == "Données")
        #expect(sheet.rows.map { $0.cells.map(\.value) } == [
            [.string("id"), .string("name"), .string("count"), .string("ratio"), .string("note")],
            [.string("x"), .string("Métal, inc."), .int(12), .float(3.5), .string("=1+1")],
            [.string("y"), .string("two\nlines"), .string("007"), .float(-0.25), .string("+44 \"quoted\"")],
        ])
    }
}
