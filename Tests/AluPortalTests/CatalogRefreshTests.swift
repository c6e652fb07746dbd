import AluCatalog
import AluDirectory
import Foundation
import Logging
import Testing
@testable import AluPortal

@Suite("The live catalogue follows the folder")
struct CatalogRefreshTests {
    @Test("a changed entry is taken, a broken one withheld, a removed one gone — without a restart")
    func followsTheFolder() throws {
        let planted = try PlantedCatalog()
        defer { planted.remove() }
        let live = try LiveCatalog(root: planted.root.path, logger: Logger(label: "test"))
        let id = "forges-du-fjord"
        let file = planted.root.appendingPathComponent("suppliers/\(id).xml")
        let before = live.snapshot
        #expect(before.directory.supplier(id: id) != nil)
        #expect(live.refresh().isEmpty)
        #expect(live.snapshot.version == before.version)

        // A valid change: the new legal name is searchable at once.
        var text = try String(contentsOf: file, encoding: .utf8)
        let legalName = try #require(before.directory.supplier(id: id)?.legalName)
        text = text.replacingOccurrences(of: legalName, with: "Forges Zygomorphiques du Fjord")
        try text.write(to: file, atomically: true, encoding: .utf8)
        #expect(live.refresh() == [file.path])
        #expect(live.snapshot.version == before.version + 1)
        #expect(live.snapshot.directory.search(.init(text: "zygomorphiques")).ids == [id])

        // An entry with an error is withheld, never shown half-valid; an unreadable one too.
        let invalid = try #require(text.range(of: "<neq>")).upperBound
        try (String(text[..<invalid]) + "12" + String(text[invalid...])).write(to: file, atomically: true, encoding: .utf8)
        live.refresh()
        #expect(live.snapshot.directory.supplier(id: id) == nil)
        #expect(live.snapshot.withheld >= 1)
        try "<supplier".write(to: file, atomically: true, encoding: .utf8)
        live.refresh()
        #expect(live.snapshot.directory.supplier(id: id) == nil)

        // Removed: gone.
        try text.write(to: file, atomically: true, encoding: .utf8)
        live.refresh()
        #expect(live.snapshot.directory.supplier(id: id) != nil)
        try FileManager.default.removeItem(at: file)
        live.refresh()
        #expect(live.snapshot.directory.supplier(id: id) == nil)
        #expect(live.snapshot.directory.search(.init(text: "zygomorphiques")).ids.isEmpty)
    }

    @Test("a new day is taken with no file changed and no folder watching, even when the reload fails: an expired certificate is not shown")
    func newDayWithoutWatching() throws {
        let planted = try PlantedCatalog()
        defer { planted.remove() }
        let live = try LiveCatalog(root: planted.root.path, logger: Logger(label: "test"))
        let today = live.snapshot.directory.day
        // The first certificate still valid that expires: shown until its last day, gone the day after.
        let (supplier, certificate) = try #require(live.snapshot.directory.suppliers.lazy.flatMap { s in
            s.certifications.compactMap { c in c.validUntil.map { _ in (s.id, c) } }
        }.first)
        let last = try #require(certificate.validUntil)
        let dayAfter = Self.day(after: last)
        #expect(live.refresh(today: last, watchFiles: false).isEmpty)
        #expect(live.snapshot.directory.day == last)
        #expect(live.snapshot.directory.supplier(id: supplier)?.certifications.contains(certificate) == true)
        live.refresh(today: dayAfter, watchFiles: false)
        #expect(live.snapshot.directory.day == dayAfter)
        #expect(live.snapshot.directory.supplier(id: supplier)?.certifications.contains(certificate) == false)

        // The folder cannot be read any more: the previous catalogue is kept, on the new day.
        try FileManager.default.removeItem(at: planted.root.appendingPathComponent("taxonomy.xml"))
        let count = live.snapshot.directory.suppliers.count
        let next = Self.day(after: dayAfter)
        live.refresh(today: next, watchFiles: false)
        #expect(live.snapshot.directory.day == next)
        #expect(live.snapshot.directory.suppliers.count == count)
        #expect(today <= last)
    }

    @Test("a folder that cannot be listed (moved away during a swap) changes nothing; a touched file with the same text publishes no new version")
    func unlistedFolderAndNoOpChanges() throws {
        let planted = try PlantedCatalog()
        defer { planted.remove() }
        let live = try LiveCatalog(root: planted.root.path, logger: Logger(label: "test"))
        let before = live.snapshot
        let suppliers = planted.root.appendingPathComponent("suppliers")
        let aside = planted.root.appendingPathComponent("suppliers.swap")
        try FileManager.default.moveItem(at: suppliers, to: aside)
        #expect(live.refresh().isEmpty)
        #expect(live.snapshot.version == before.version)
        #expect(live.snapshot.directory.suppliers.count == before.directory.suppliers.count)
        try FileManager.default.moveItem(at: aside, to: suppliers)
        #expect(live.refresh().isEmpty)

        // Rewritten with the same bytes: looked at, but nothing served changed.
        let file = suppliers.appendingPathComponent("forges-du-fjord.xml")
        try Data(contentsOf: file).write(to: file)
        #expect(live.refresh() == [file.path])
        #expect(live.snapshot.version == before.version)
    }

    @Test("the watcher sees what a fresh load reads: an entry in a subfolder, an entry behind a symbolic link, a re-pointed link")
    func watcherSeesWhatTheLoaderReads() throws {
        let planted = try PlantedCatalog()
        defer { planted.remove() }
        let live = try LiveCatalog(root: planted.root.path, logger: Logger(label: "test"))
        let suppliers = planted.root.appendingPathComponent("suppliers")
        let source = suppliers.appendingPathComponent("forges-du-fjord.xml")
        let text = try String(contentsOf: source, encoding: .utf8)
        let legalName = try #require(live.snapshot.directory.supplier(id: "forges-du-fjord")?.legalName)

        // Moved into a subfolder: still served (a fresh load reads subfolders).
        try FileManager.default.createDirectory(at: suppliers.appendingPathComponent("nord"), withIntermediateDirectories: true)
        try FileManager.default.moveItem(at: source, to: suppliers.appendingPathComponent("nord/forges-du-fjord.xml"))
        live.refresh()
        #expect(live.snapshot.directory.supplier(id: "forges-du-fjord") != nil)

        // Behind a symbolic link to a file elsewhere: served, and a change of the target is seen.
        let elsewhere = planted.root.deletingLastPathComponent().appendingPathComponent("linked-\(UUID().uuidString).xml")
        defer { try? FileManager.default.removeItem(at: elsewhere) }
        try FileManager.default.removeItem(at: suppliers.appendingPathComponent("nord/forges-du-fjord.xml"))
        try text.write(to: elsewhere, atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(at: source, withDestinationURL: elsewhere)
        live.refresh()
        #expect(live.snapshot.directory.supplier(id: "forges-du-fjord") != nil)
        try text.replacingOccurrences(of: legalName, with: "Forges Liées du Fjord").write(to: elsewhere, atomically: true, encoding: .utf8)
        live.refresh()
        #expect(live.snapshot.directory.search(.init(text: "liees")).ids == ["forges-du-fjord"])
    }

    @Test("a catalogue whose taxonomy cannot be read is refused at start, not served empty")
    func unusableTaxonomyAtStart() throws {
        let planted = try PlantedCatalog()
        defer { planted.remove() }
        try "<taxonomy".write(to: planted.root.appendingPathComponent("taxonomy.xml"), atomically: true, encoding: .utf8)
        #expect(throws: LiveCatalog.Failure.self) { try LiveCatalog(root: planted.root.path, logger: Logger(label: "test")) }
    }

    static func day(after day: CalendarDay) -> CalendarDay {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let date = calendar.date(from: DateComponents(year: day.year, month: day.month, day: day.day + 1))!
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return CalendarDay(year: parts.year!, month: parts.month!, day: parts.day!)
    }
}
