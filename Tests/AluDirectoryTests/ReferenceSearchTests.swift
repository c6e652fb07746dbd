import AluCatalog
import Foundation
import Testing
@testable import AluDirectory

/// The sample catalogue, loaded once for every directory test.
enum SampleDirectory {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("catalog")
    static let catalog: Catalog = {
        let index = try! CatalogLoader(root: root.path, today: day).loadAll()
        return index.catalog
    }()
    static let day = CalendarDay("2026-12-05")!
    static let directory = Directory(catalog: catalog, day: day)
}

@Suite("The directory's reference search")
struct ReferenceSearchTests {
    let directory = SampleDirectory.directory

    @Test("with no filter every published supplier is found, ranked by name")
    func everySupplierByName() {
        let result = directory.search(DirectoryQuery(pageSize: 100))
        #expect(result.total == directory.catalog.suppliers.count)
        let names = result.hits.map { SearchText.fold($0.supplier.displayName) }
        #expect(names == names.sorted())
    }

    @Test("a name word ranks above a description word")
    func nameOutranksDescription() {
        let anyName = directory.suppliers[0].displayName
        let word = SearchText.words(anyName).first!
        let result = directory.search(DirectoryQuery(text: word))
        #expect(result.hits.first.map { SearchText.words($0.supplier.displayName).contains { $0.hasPrefix(word) } } == true)
    }

    @Test("a facet's counts ignore its own filter, so every region stays reachable")
    func facetCountsIgnoreOwnFilter() throws {
        let all = directory.search(DirectoryQuery())
        let region = try #require(all.facets.regions.first)
        let narrowed = directory.search(DirectoryQuery(region: region.value))
        #expect(narrowed.total == region.count)
        #expect(narrowed.facets.regions == all.facets.regions)
    }

    @Test("no unconsented contact, uncitable reference, expired certificate or note is held")
    func onlyPublicCopies() {
        for supplier in directory.suppliers {
            #expect(supplier.contacts.allSatisfy { $0.consent == true })
            #expect(supplier.references.allSatisfy { $0.citable })
            #expect(supplier.certifications.allSatisfy { $0.isValid(on: directory.day) })
            #expect(supplier.internalNotes == nil)
        }
    }
}
