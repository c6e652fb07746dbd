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
}
