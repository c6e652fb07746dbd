import AluCatalog
import AluDiagnostics
import Foundation
import Testing

/// What the fuzz targets (`Fuzz/`, `scripts/fuzz.sh`) found, each kept with its
/// reproducer's bytes (`Fixtures/fuzz/`).
@Suite("Fuzz findings")
struct FuzzFindingTests {
    /// The lines of `diagnostics` as `line: severity: message (hint)`, without the file.
    static func lines(_ diagnostics: [Diagnostic], file: String) -> [String] {
        DiagnosticReport(files: [file], diagnostics: diagnostics).sorted.map { String($0.description.dropFirst(file.count + 1)) }
    }

    /// `entry`'s canonical-form oracle: `<lastUpdated>2026-06-02Z</lastUpdated>` is an
    /// `xs:date` (a time zone is allowed) but no ``CalendarDay``, so the decoder dropped
    /// it and the entry's canonical form — what `submit` stores — lacked the required
    /// `<lastUpdated>`: a valid entry stored as an invalid one. The schema's dates are
    /// now `ac:Day` (`YYYY-MM-DD`, no time zone, four-digit year).
    @Test("the fuzzer's entry with a time zone on its last update is refused at that line")
    func lastUpdatedWithTimeZone() throws {
        let path = TestCatalog.fixture("fuzz/last-updated-time-zone.xml")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let check = try TestCatalog.loader().validate(bytes: bytes, file: "entry.xml")
        #expect(Self.lines(check.diagnostics, file: "entry.xml") == [
            "73: warning: <certification> attribute 'validUntil': certificate ISO 9001:2015 expired on 2026-06-30; it will not be shown to buyers until renewed",
            "81: error: <lastUpdated>: '2026-06-02Z' does not have the required form (a date like 2026-09-14)",
        ])
        #expect(!check.isValid)
    }

    /// The same hole on a certificate was worse: `validUntil="2020-01-31Z"` decoded as no
    /// end date, so an expired certificate passed as valid and was shown to buyers.
    @Test("a date with a time zone or a year not of four digits is refused, wherever the entry has one", arguments: [
        ("<lastUpdated>2026-09-14</lastUpdated>", "<lastUpdated>12026-09-14</lastUpdated>",
         "<lastUpdated>: '12026-09-14' does not have the required form (a date like 2026-09-14)"),
        ("<lastUpdated>2026-09-14</lastUpdated>", "<lastUpdated>-2026-09-14</lastUpdated>",
         "<lastUpdated>: '-2026-09-14' does not have the required form (a date like 2026-09-14)"),
        ("validUntil=\"2027-03-01\"", "validUntil=\"2020-01-31Z\"",
         "<certification> attribute 'validUntil': '2020-01-31Z' does not have the required form (a date like 2026-09-14)"),
        ("validFrom=\"2024-03-01\"", "validFrom=\"2024-03-01+05:00\"",
         "<certification> attribute 'validFrom': '2024-03-01+05:00' does not have the required form (a date like 2026-09-14)"),
    ])
    func datesOfAnEntry(original: String, changed: String, expected: String) throws {
        let path = TestCatalog.fixture("entries/valid-entry.xml")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try #require(text.components(separatedBy: original).count == 2, "the fixture has \(original) once")
        let changedText = text.replacingOccurrences(of: original, with: changed)
        let line = changedText.components(separatedBy: "\n").firstIndex { $0.contains(changed) }.map { $0 + 1 }
        let check = try TestCatalog.loader().validate(bytes: Array(changedText.utf8), file: "entry.xml")
        #expect(Self.lines(check.diagnostics, file: "entry.xml") == ["\(line ?? 0): error: \(expected)"])
        #expect(!check.isValid)
    }

    /// A mission's dates are days too: `start="2027-02-07Z"` decoded as a mission with no dates.
    @Test("a mission date with a time zone is refused at its line")
    func missionDateWithTimeZone() throws {
        let loader = try TestCatalog.loader()
        var index = loader.loadAll()
        let file = loader.missionsDirectory + "/gulf-smelters-2027.xml"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let original = "start=\"2027-02-07\""
        try #require(text.components(separatedBy: original).count == 2)
        try index.upsert(bytes: Array(text.replacingOccurrences(of: original, with: "start=\"2027-02-07Z\"").utf8), file: file)
        let diagnostics = index.report.diagnostics.filter { $0.location.file == file }
        #expect(Self.lines(diagnostics, file: file) == [
            "16: error: <dates> attribute 'start': '2027-02-07Z' does not have the required form"
        ])
    }
}

@Suite("Fuzz findings: taxonomy")
struct FuzzTaxonomyFindingTests {
    /// `<domain id="smelting"><area id="smelting">` (schema and rule errors, but a load
    /// still uses the tree) made `smelting` its own parent and its own child: walking up
    /// (`ancestors`, and `isWithin` in the equipment rule) or down (`subtree`) never
    /// ended, so `alucat validate` or the directory hung. Seen while making the `taxonomy`
    /// target walk the tree, which then timed out on this input in `ancestors`.
    @Test("an id repeated below itself gives a tree whose walks end", .timeLimit(.minutes(1)))
    func idBelowItself() throws {
        let path = TestCatalog.fixture("fuzz/taxonomy-id-below-itself.xml")
        let bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let check = try TestCatalog.loader().checkTaxonomy(bytes: bytes, file: "taxonomy.xml")
        let taxonomy = try #require(check.taxonomy)
        #expect(taxonomy.nodes.map(\.id) == ["smelting", "smelting", "smelting.potroom.busbars"])
        #expect(taxonomy.ancestors("smelting").isEmpty)
        #expect(taxonomy.ancestors("smelting.potroom.busbars") == ["smelting"])
        #expect(taxonomy.subtree("smelting") == ["smelting", "smelting.potroom.busbars"])
        #expect(!taxonomy.isWithin("smelting", "casting"))
        #expect(taxonomy.isWithin("smelting.potroom.busbars", "smelting"))
        #expect(taxonomy.domain(of: "smelting.potroom.busbars") == "smelting")
        #expect(check.diagnostics.contains { $0.code == "taxonomy.duplicate-id" })
    }
}
