import AluCatalog
import AluDiagnostics
import AluXML
import Foundation
import Testing

@Suite("Paths and dates read on the hot path")
struct LoaderPathTests {
    @Test("plain paths are recognised without Foundation; anything with an empty, . or .. segment is not",
          arguments: [
              ("catalog/suppliers/a.xml", true), ("/work/catalog/a.xml", true), ("a.xml", true), ("/a", true),
              (".hidden/a.xml", true), ("a/...b/c.xml", true), ("a/.../c.xml", true),
              ("", false), ("/", false), ("a//b.xml", false), ("a/./b.xml", false), ("a/../b.xml", false),
              ("./a.xml", false), ("../a.xml", false), ("a/b/", false), ("a/.", false), ("a/..", false), ("..", false),
          ])
    func plainPaths(path: String, plain: Bool) {
        #expect(CatalogLoader.isPlain(path) == plain, "\(path)")
    }

    @Test("normalised paths are absolute and equal for the same file written two ways")
    func normalisedPaths() {
        #expect(CatalogLoader.normalized("catalog/a.xml", in: "/w") == "/w/catalog/a.xml")
        #expect(CatalogLoader.normalized("/w/catalog/a.xml", in: "/x") == "/w/catalog/a.xml")
        #expect(CatalogLoader.normalized("/w/catalog/../catalog//a.xml", in: "/x") == "/w/catalog/a.xml")
        #expect(CatalogLoader.normalized("/w/./catalog/a.xml", in: "/x") == "/w/catalog/a.xml")
    }

    @Test("the file id is the base name without .xml")
    func fileIDs() {
        #expect(CatalogLoader.fileID("catalog/suppliers/alu-tech.xml") == "alu-tech")
        #expect(CatalogLoader.fileID("alu-tech.xml") == "alu-tech")
        #expect(CatalogLoader.fileID("/a/b.xml.bak") == nil)
        #expect(CatalogLoader.fileID("/a/é-ü.xml") == "é-ü")
    }

    @Test("dates are YYYY-MM-DD with ASCII digits and a real day",
          arguments: [
              ("2026-11-22", CalendarDay(year: 2026, month: 11, day: 22)), ("2024-02-29", CalendarDay(year: 2024, month: 2, day: 29)),
              ("2000-02-29", CalendarDay(year: 2000, month: 2, day: 29)),
              ("2026-02-29", nil), ("1900-02-29", nil), ("2026-13-01", nil), ("2026-00-10", nil), ("2026-04-31", nil),
              ("2026-1-01", nil), ("2026-01-1", nil), ("2026-01-011", nil), ("26-01-01", nil), ("+999-01-01", nil),
              ("2026/01/01", nil), ("٢٠٢٦-01-01", nil), ("", nil), ("2026-01-01 ", nil),
          ] as [(String, CalendarDay?)])
    func dates(text: String, day: CalendarDay?) {
        #expect(CalendarDay(text) == day, "\(text)")
    }
}

@Suite("Reading catalogue files")
struct FileReadingTests {
    func diagnostics(_ path: String, maxBytes: Int = 4 << 20) throws -> [String] {
        let loader = try CatalogLoader(root: TestCatalog.catalog, today: TestCatalog.today, limits: XMLParseLimits(maxBytes: maxBytes))
        return try loader.load(paths: [path]).report.sorted.filter { $0.location.file == path }.map { "\($0.code): \($0.message)" }
    }

    func temporaryFile(_ bytes: [UInt8]) throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-read-\(UUID().uuidString).xml").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
        return path
    }

    @Test("a file over the size limit is refused before it is read")
    func oversizeFile() throws {
        let path = try temporaryFile(Array(repeating: UInt8(ascii: " "), count: 2000))
        defer { try? FileManager.default.removeItem(atPath: path) }
        #expect(try diagnostics(path, maxBytes: 1000) == ["xml.too-large: the file is 2000 bytes or more, over the 1000-byte limit"])
    }

    @Test("a file of exactly the limit and an empty file are read whole")
    func boundaryFiles() throws {
        let text = Array("<?xml version=\"1.0\"?>\n<r/>".utf8)
        let exact = try temporaryFile(text)
        let empty = try temporaryFile([])
        defer { try? FileManager.default.removeItem(atPath: exact); try? FileManager.default.removeItem(atPath: empty) }
        // Read whole: the root element is seen (and is not a catalogue document).
        #expect(try diagnostics(exact, maxBytes: text.count).contains { $0.hasPrefix("xml.namespace: <r> is not a catalogue document") })
        #expect(try diagnostics(empty) == ["xml.empty: the file is empty; expected an XML document"])
    }

    @Test("a file whose size the system does not tell (procfs) is still read to its end")
    func unknownSize() throws {
        let path = "/proc/self/status"
        try #require(FileManager.default.fileExists(atPath: path))
        // Its text was read (not taken for empty), and it is not XML.
        let found = try diagnostics(path)
        #expect(found.count == 1)
        #expect(found.first?.hasPrefix("xml.syntax:") == true, "\(found)")
    }
}
