import AluCatalog
import AluDiagnostics
import Foundation
import Testing

/// The index kept up to date one file at a time reports exactly what a fresh load of
/// the same files reports, and publishes only valid entries.
@Suite("Catalogue index")
struct CatalogIndexTests {
    /// A private copy of the sample catalogue (schemas, taxonomy, suppliers, missions).
    final class Scratch {
        let root: String
        let loader: CatalogLoader

        init() throws {
            root = NSTemporaryDirectory() + "alucat-index-\(UUID().uuidString)"
            try FileManager.default.copyItem(atPath: TestCatalog.catalog, toPath: root)
            loader = try CatalogLoader(root: root, today: TestCatalog.today)
        }

        deinit { try? FileManager.default.removeItem(atPath: root) }

        func path(_ relative: String) -> String { root + "/" + relative }

        func sample(_ id: String) throws -> String {
            try String(contentsOfFile: path("suppliers/\(id).xml"), encoding: .utf8)
        }

        /// Writes `text` at `relative` and returns its bytes, for the index to take.
        func write(_ text: String, to relative: String) throws -> [UInt8] {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path(relative)))
            return Array(text.utf8)
        }

        func delete(_ relative: String) throws { try FileManager.default.removeItem(atPath: path(relative)) }
    }

    /// The index must say what a fresh load of the files now on disk says.
    func expectSameAsFreshLoad(_ index: CatalogIndex, _ scratch: Scratch, sourceLocation: SourceLocation = #_sourceLocation) {
        let fresh = scratch.loader.loadAll()
        #expect(index.report.files == fresh.report.files, sourceLocation: sourceLocation)
        #expect(index.report.sorted == fresh.report.sorted, sourceLocation: sourceLocation)
        #expect(index.invalidEntryIDs == fresh.invalidEntryIDs, sourceLocation: sourceLocation)
        let (a, b) = (index.catalog, fresh.catalog)
        #expect(a.suppliers.map(\.id) == b.suppliers.map(\.id), sourceLocation: sourceLocation)
        #expect(a.missions.map(\.id) == b.missions.map(\.id), sourceLocation: sourceLocation)
        #expect(a.withheldSupplierIDs == b.withheldSupplierIDs, sourceLocation: sourceLocation)
    }

    @Test("files a load never reads cannot enter the index, and another spelling of a known file is that file")
    func onlyWhatALoadReads() throws {
        let scratch = try Scratch()
        var index = scratch.loader.loadAll()
        let bytes = Array(try scratch.sample("forges-du-fjord").utf8)
        let kept = "suppliers/history/forges-du-fjord/20260212T101500.000000Z.xml"
        try FileManager.default.createDirectory(atPath: scratch.path("suppliers/history/forges-du-fjord"), withIntermediateDirectories: true)
        _ = try scratch.write(String(decoding: bytes, as: UTF8.self), to: kept)
        for file in [scratch.path(kept), scratch.path("suppliers/.hidden.xml"),
                     scratch.path("schema/x.xml"), scratch.path("suppliers/forges-du-fjord.txt")] {
            #expect(throws: CatalogIndex.UpdateError.notACatalogueFile(file)) { try index.upsert(bytes: bytes, file: file) }
        }
        // Another spelling of a known file is that file, not a second one.
        try index.upsert(bytes: bytes, file: scratch.path("suppliers/./forges-du-fjord.xml"))
        index.remove(file: scratch.path("taxonomy.xml"))
        expectSameAsFreshLoad(index, scratch)
        #expect(index.catalog.supplier("forges-du-fjord") != nil)
    }

    @Test("lookups by id and NEQ answer from the index; the published view holds valid entries only")
    func lookups() throws {
        let scratch = try Scratch()
        var index = scratch.loader.loadAll()
        let entry = try #require(index.entry(id: "forges-du-fjord"))
        #expect(entry.isValid && entry.neq == "1163472851" && entry.file == scratch.path("suppliers/forges-du-fjord.xml"))
        #expect(index.entries(neq: "1163472851").map(\.id) == ["forges-du-fjord"])
        #expect(index.supplier(id: "forges-du-fjord")?.legalName == "Les Forges du Fjord inc.")
        #expect(index.mission(id: "gulf-smelters-2027") != nil)

        let broken = try scratch.sample("forges-du-fjord").replacingOccurrences(of: "<email>info@forgesfjord.example</email>", with: "<email>info-at-forgesfjord</email>")
        try index.upsert(bytes: scratch.write(broken, to: "suppliers/forges-du-fjord.xml"), file: scratch.path("suppliers/forges-du-fjord.xml"))
        let invalid = try #require(index.entry(id: "forges-du-fjord"))
        #expect(!invalid.isValid)
        #expect(invalid.supplier != nil, "the model is kept for showing and editing")
        #expect(index.supplier(id: "forges-du-fjord") == nil)
        #expect(index.catalog.supplier("forges-du-fjord") == nil)
        #expect(index.catalog.withheldSupplierIDs == ["forges-du-fjord"])
        #expect(!index.catalog.suppliers.contains { $0.id == "forges-du-fjord" })
        expectSameAsFreshLoad(index, scratch)
    }

    @Test("upsert of a changed, a new and a duplicate entry, then removals, report what a fresh load reports")
    func upsertAndRemoveMatchFreshLoad() throws {
        let scratch = try Scratch()
        var index = scratch.loader.loadAll()
        expectSameAsFreshLoad(index, scratch)

        // A changed entry (valid).
        let renamed = try scratch.sample("electro-saguenay").replacingOccurrences(of: "<legalName>", with: "<legalName>Nouvelle ")
        try index.upsert(bytes: scratch.write(renamed, to: "suppliers/electro-saguenay.xml"), file: scratch.path("suppliers/electro-saguenay.xml"))
        #expect(index.supplier(id: "electro-saguenay")?.legalName.hasPrefix("Nouvelle ") == true)
        expectSameAsFreshLoad(index, scratch)

        // A new entry with another entry's NEQ, sorting first: it owns the NEQ, the older one is warned.
        let twin = try scratch.sample("forges-du-fjord").replacingOccurrences(of: "id=\"forges-du-fjord\"", with: "id=\"aaa-forges\"")
        try index.upsert(bytes: scratch.write(twin, to: "suppliers/aaa-forges.xml"), file: scratch.path("suppliers/aaa-forges.xml"))
        #expect(index.entries(neq: "1163472851").map(\.id) == ["aaa-forges", "forges-du-fjord"])
        #expect(index.entry(id: "forges-du-fjord")?.diagnostics.filter(\.isCrossFile).map(\.message) == [
            "<neq>: 1163472851 is also the NEQ of \(scratch.path("suppliers/aaa-forges.xml")); one enterprise should have one entry"
        ])
        expectSameAsFreshLoad(index, scratch)

        // A second file claiming an existing id, sorting after it: a duplicate, invalid; the owner stays valid.
        let copy = try scratch.sample("electro-saguenay")
        try index.upsert(bytes: scratch.write(copy, to: "suppliers/zz-copy.xml"), file: scratch.path("suppliers/zz-copy.xml"))
        #expect(index.entry(file: scratch.path("suppliers/zz-copy.xml"))?.diagnostics.filter(\.isCrossFile).map(\.message) == [
            "<supplier> attribute 'id': 'electro-saguenay' is already the id of \(scratch.path("suppliers/electro-saguenay.xml"))"
        ])
        #expect(index.entry(file: scratch.path("suppliers/zz-copy.xml"))?.isValid == false)
        #expect(index.entry(id: "electro-saguenay")?.isValid == true)
        #expect(index.entry(id: "electro-saguenay")?.file == scratch.path("suppliers/electro-saguenay.xml"))
        expectSameAsFreshLoad(index, scratch)

        // The first owner removed: the second file owns the id (and is now only wrong about its file name).
        index.remove(id: "electro-saguenay")
        try scratch.delete("suppliers/electro-saguenay.xml")
        #expect(index.entry(id: "electro-saguenay")?.file == scratch.path("suppliers/zz-copy.xml"))
        #expect(index.entry(id: "electro-saguenay")?.diagnostics.filter { $0.severity == .error }.map(\.code) == ["supplier.id-file"])
        expectSameAsFreshLoad(index, scratch)

        // The NEQ's first owner removed: the older entry owns its NEQ again, without a warning.
        index.remove(file: scratch.path("suppliers/aaa-forges.xml"))
        try scratch.delete("suppliers/aaa-forges.xml")
        #expect(index.entry(id: "forges-du-fjord")?.diagnostics.filter(\.isCrossFile) == [])
        expectSameAsFreshLoad(index, scratch)
    }

    @Test("a mission naming a removed supplier becomes invalid, and valid again when the entry returns")
    func missionsFollowTheirSuppliers() throws {
        let scratch = try Scratch()
        var index = scratch.loader.loadAll()
        let file = scratch.path("suppliers/genie-procedes-capitale.xml")
        let bytes = Array(try scratch.sample("genie-procedes-capitale").utf8)
        #expect(index.mission(id: "india-aluminium-2027") != nil)

        index.remove(id: "genie-procedes-capitale")
        try scratch.delete("suppliers/genie-procedes-capitale.xml")
        #expect(index.mission(id: "india-aluminium-2027") == nil)
        #expect(!index.catalog.missions.contains { $0.id == "india-aluminium-2027" })
        let unknown = index.report.diagnostics.filter { $0.code == "mission.unknown-supplier" }
        #expect(unknown.map(\.message) == ["<include>: supplier 'genie-procedes-capitale' does not exist in the catalogue"])
        #expect(unknown.map(\.location.file) == [scratch.path("missions/india-aluminium-2027.xml")])
        expectSameAsFreshLoad(index, scratch)

        try Data(bytes).write(to: URL(fileURLWithPath: file))
        try index.upsert(bytes: bytes, file: file)
        #expect(index.mission(id: "india-aluminium-2027") != nil)
        #expect(!index.report.diagnostics.contains { $0.code == "mission.unknown-supplier" })
        expectSameAsFreshLoad(index, scratch)
    }

    @Test("an upserted mission is checked against the suppliers in the index")
    func upsertedMission() throws {
        let scratch = try Scratch()
        var index = scratch.loader.loadAll()
        let text = try String(contentsOfFile: scratch.path("missions/india-aluminium-2027.xml"), encoding: .utf8)
            .replacingOccurrences(of: "<include>genie-procedes-capitale</include>", with: "<include>genie-procedes-capitale nobody-here</include>")
        try index.upsert(bytes: scratch.write(text, to: "missions/india-aluminium-2027.xml"), file: scratch.path("missions/india-aluminium-2027.xml"))
        #expect(index.report.diagnostics.filter { $0.code == "mission.unknown-supplier" }.map(\.message) == ["<include>: supplier 'nobody-here' does not exist in the catalogue"])
        #expect(index.mission(id: "india-aluminium-2027") == nil)
        expectSameAsFreshLoad(index, scratch)
    }

    @Test("the taxonomy cannot be updated in place")
    func taxonomyNeedsReload() throws {
        let scratch = try Scratch()
        var index = scratch.loader.loadAll()
        #expect(throws: CatalogIndex.UpdateError.taxonomyNeedsReload(scratch.loader.taxonomyPath)) {
            try index.upsert(bytes: [], file: scratch.loader.taxonomyPath)
        }
    }

    @Test("an index keeps nothing of the files it was not given: a copy is independent (value semantics)")
    func copiesAreIndependent() throws {
        let scratch = try Scratch()
        let original = scratch.loader.loadAll()
        var copy = original
        copy.remove(id: "forges-du-fjord")
        #expect(original.entry(id: "forges-du-fjord") != nil)
        #expect(copy.entry(id: "forges-du-fjord") == nil)
    }
}

extension Diagnostic {
    var isCrossFile: Bool { code == "supplier.id-duplicate" || code == "supplier.neq-duplicate" }
}

@Suite("Catalogue index: files given out of path order")
struct CatalogIndexOrderTests {
    @Test("files given out of path order keep it, a new file comes last, and the first owns a shared NEQ, as a load of the same paths says")
    func argumentOrderDecidesOwnership() throws {
        let loader = try TestCatalog.loader()
        let b = loader.suppliersDirectory + "/forges-du-fjord.xml"
        let scratch = NSTemporaryDirectory() + "alucat-order-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let a = scratch + "/aaa-forges.xml"
        let text = try String(contentsOfFile: b, encoding: .utf8).replacingOccurrences(of: "id=\"forges-du-fjord\"", with: "id=\"aaa-forges\"")
        try Data(text.utf8).write(to: URL(fileURLWithPath: a))
        let c = loader.suppliersDirectory + "/electro-saguenay.xml"
        var index = try loader.load(paths: [b, c])
        try index.upsert(bytes: Array(text.utf8), file: a)
        let fresh = try loader.load(paths: [b, c, a])
        #expect(index.report.files == [b, c, a])
        #expect(index.report.files == fresh.report.files)
        #expect(index.report.sorted == fresh.report.sorted)
        #expect(index.entries(neq: "1163472851").map(\.id) == ["forges-du-fjord", "aaa-forges"])
    }
}
