import AluCatalog
import Testing
@testable import AluDirectory

@Suite("An updated directory equals one built afresh")
struct DirectoryUpdateTests {
    static let queries = [
        DirectoryQuery(), DirectoryQuery(text: "revision"), DirectoryQuery(text: "me"), DirectoryQuery(region: .montreal),
        DirectoryQuery(text: "equipements", certification: "ISO 9001", language: "es"), DirectoryQuery(capability: "smelting", role: .design),
    ]

    /// Same results, through the index, for every query of ``queries``.
    func expectEqual(_ updated: Directory, _ fresh: Directory, _ context: String) {
        #expect(updated.suppliers == fresh.suppliers, "\(context)")
        for query in Self.queries {
            let a = updated.search(query), b = fresh.search(query)
            #expect(a.ids == b.ids && a.hits == b.hits && a.facets == b.facets, "\(context) query: \(SearchOracle.describe(query))")
        }
    }

    @Test("random upserts and removals", arguments: [UInt64(11), 12])
    func randomUpserts(seed: UInt64) {
        var random = SeededRandom(seed: seed)
        let generator = SyntheticDirectory.generator
        var entries = Dictionary(uniqueKeysWithValues: (0..<120).map { ("synthetic-\($0)", generator.supplier($0)) })
        var directory = Directory(catalog: Catalog(taxonomy: generator.taxonomy, suppliers: Array(entries.values), missions: []), day: SyntheticDirectory.day)
        for step in 0..<12 {
            var changed: Set<String> = []
            for _ in 0..<(1 + Int(random.next() % 4)) {
                let index = Int(random.next() % 160)
                let id = "synthetic-\(index)"
                changed.insert(id)
                switch random.next() % 3 {
                case 0: entries[id] = nil
                case 1:
                    var supplier = generator.supplier(index)
                    supplier.legalName = "Révision \(step) Œuvre " + supplier.legalName
                    supplier.address.regionName = QuebecRegion.allCases[Int(random.next() % 17)].rawValue
                    supplier.capabilities.removeLast()
                    entries[id] = supplier
                default: entries[id] = generator.supplier(index + 1000)
                }
                if var renamed = entries[id] { renamed.id = id; entries[id] = renamed }
            }
            let catalog = Catalog(taxonomy: generator.taxonomy, suppliers: Array(entries.values), missions: [])
            directory = directory.updated(with: catalog, changed: changed)
            expectEqual(directory, Directory(catalog: catalog, day: SyntheticDirectory.day), "seed \(seed) step \(step)")
        }
    }

    @Test("a new day re-checks certificates: one that expires leaves the search")
    func newDay() {
        let catalog = SyntheticDirectory.catalog(0..<150)
        let directory = Directory(catalog: catalog, day: SyntheticDirectory.day)
        // The first certificate to expire among those valid on the directory's day.
        let expiry = catalog.suppliers.compactMap { $0.certifications.first { $0.isValid(on: SyntheticDirectory.day) }?.validUntil }.min()!
        var rolled = directory.rebuilt(for: expiry)
        expectEqual(rolled, Directory(catalog: catalog, day: expiry), "day \(expiry)")
        let after = CalendarDay(year: expiry.year + 1, month: expiry.month, day: expiry.day)
        rolled = rolled.rebuilt(for: after)
        expectEqual(rolled, Directory(catalog: catalog, day: after), "day \(after)")
        let expired = catalog.suppliers.first { $0.certifications.first { $0.isValid(on: SyntheticDirectory.day) }?.validUntil == expiry }!
        let scheme = expired.certifications[0].scheme
        #expect(directory.search(DirectoryQuery(certification: scheme)).ids.contains(expired.id))
        #expect(!rolled.search(DirectoryQuery(certification: scheme)).ids.contains(expired.id))
    }
}
