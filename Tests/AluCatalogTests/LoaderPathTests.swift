import AluCatalog
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
