import AluCatalog
import Testing
@testable import AluDirectory

/// A few hundred synthetic suppliers over the sample taxonomy.
enum SyntheticDirectory {
    static let day = CalendarDay("2026-11-22")!
    static let generator = SyntheticSuppliers(taxonomy: SampleDirectory.catalog.taxonomy, seed: 7, today: day)
    static func catalog(_ indices: some Sequence<Int>) -> Catalog {
        Catalog(taxonomy: generator.taxonomy, suppliers: indices.map(generator.supplier), missions: [])
    }
    static let directory = Directory(catalog: catalog(0..<240), day: day)
}

@Suite("The indexed search equals the reference search on synthetic suppliers")
struct SyntheticSearchTests {
    /// A random query over `directory`'s values: each filter present with some chance,
    /// text of zero to two words, whole or cut short, in any case.
    static func randomQuery(_ random: inout SeededRandom, _ values: SearchOracle.Values) -> DirectoryQuery {
        var query = DirectoryQuery()
        func pick<T>(_ items: [T]) -> T { items[Int(random.next() % UInt64(items.count))] }
        if random.chance(30) { query.capability = pick(values.capabilities) }
        if random.chance(25) { query.region = pick(QuebecRegion.allCases) }
        if random.chance(20) { query.kind = pick(SupplierKind.allCases) }
        if random.chance(20) { query.country = pick(values.countries) }
        if random.chance(20) { query.certification = pick(values.certifications) }
        if random.chance(20) { query.language = pick(values.languages) }
        if random.chance(20) { query.role = pick(Role.allCases) }
        if random.chance(50) {
            let words = (0..<(1 + Int(random.next() % 2))).map { _ in
                let word = pick(values.words)
                let cut = random.chance(40) ? String(word.prefix(1 + Int(random.next() % 3))) : word
                return random.chance(20) ? cut.uppercased() : cut
            }
            query.text = words.joined(separator: " ")
        }
        query.page = 1 + Int(random.next() % 3)
        query.pageSize = pick([1, 5, 20, 100])
        return query
    }

    @Test("seeded random queries", arguments: [UInt64(1), 2, 3])
    func randomQueries(seed: UInt64) {
        let directory = SyntheticDirectory.directory
        let values = SearchOracle.Values(directory)
        var random = SeededRandom(seed: seed)
        for _ in 0..<40 {
            SearchOracle.expectSame(directory, Self.randomQuery(&random, values), "seed \(seed)")
        }
    }

    @Test("facets counted with bitsets, or by walking the candidates, equal the reference", arguments: [0, Int.max])
    func bothWaysOfCounting(threshold: Int) {
        let values = SearchOracle.Values(SyntheticDirectory.directory)
        var random = SeededRandom(seed: 42)
        for _ in 0..<60 {
            SearchOracle.expectSame(SyntheticDirectory.directory, Self.randomQuery(&random, values), "threshold \(threshold)", bitsetThreshold: threshold)
        }
        for query in [DirectoryQuery(), DirectoryQuery(region: .saguenayLacSaintJean), DirectoryQuery(text: "e", certification: "ISO 9001"),
                      DirectoryQuery(text: "equipements", capability: values.capabilities[0], language: "es"), DirectoryQuery(text: "zzzz", kind: .manufacturer)] {
            SearchOracle.expectSame(SyntheticDirectory.directory, query, "threshold \(threshold)", bitsetThreshold: threshold)
            SearchOracle.expectSame(SampleDirectory.directory, query, "sample, threshold \(threshold)", bitsetThreshold: threshold)
        }
    }

    @Test("a prefix shared by many numbered names unions their postings")
    func numberPrefixes() {
        for text in ["1", "12", "2 metallurgie", "boreal 1", "equipements"] {
            SearchOracle.expectSame(SyntheticDirectory.directory, DirectoryQuery(text: text, pageSize: 7))
        }
    }
}
