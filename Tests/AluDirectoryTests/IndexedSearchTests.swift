import AluCatalog
import Testing
@testable import AluDirectory

@Suite("The indexed search equals the reference search on the sample catalogue")
struct IndexedSearchTests {
    let directory = SampleDirectory.directory
    var values: SearchOracle.Values { SearchOracle.Values(directory) }

    @Test("with no query at all, on every page size")
    func noQuery() {
        for size in [1, 7, 20, 100, 0, -3] {
            SearchOracle.expectSame(directory, DirectoryQuery(pageSize: size))
        }
    }

    @Test("every capability node alone, and unknown ids")
    func everyCapability() {
        for id in values.capabilities { SearchOracle.expectSame(directory, DirectoryQuery(capability: id)) }
    }

    @Test("every region, kind and role alone")
    func everyEnumeratedValue() {
        for region in QuebecRegion.allCases { SearchOracle.expectSame(directory, DirectoryQuery(region: region)) }
        for kind in SupplierKind.allCases { SearchOracle.expectSame(directory, DirectoryQuery(kind: kind)) }
        for role in Role.allCases { SearchOracle.expectSame(directory, DirectoryQuery(role: role)) }
    }

    @Test("every country, certification and language alone, in any spelling")
    func everyTypedValue() {
        let values = values
        for country in values.countries { SearchOracle.expectSame(directory, DirectoryQuery(country: country)) }
        for scheme in values.certifications { SearchOracle.expectSame(directory, DirectoryQuery(certification: scheme)) }
        for language in values.languages { SearchOracle.expectSame(directory, DirectoryQuery(language: language)) }
    }

    @Test("pairs of filters")
    func pairs() {
        let values = values
        let capabilities = directory.taxonomy.nodes.filter { $0.level != .domain }.prefix(12).map(\.id) + ["smelting"]
        for capability in capabilities {
            for region in [QuebecRegion.saguenayLacSaintJean, .montreal, .coteNord] {
                SearchOracle.expectSame(directory, DirectoryQuery(capability: capability, region: region))
            }
            for role in Role.allCases { SearchOracle.expectSame(directory, DirectoryQuery(capability: capability, role: role)) }
        }
        for country in values.countries.prefix(5) {
            for scheme in values.certifications.prefix(4) {
                SearchOracle.expectSame(directory, DirectoryQuery(country: country, certification: scheme))
            }
            for language in values.languages.prefix(4) {
                SearchOracle.expectSame(directory, DirectoryQuery(country: country, language: language))
            }
        }
        for kind in SupplierKind.allCases {
            for region in QuebecRegion.allCases { SearchOracle.expectSame(directory, DirectoryQuery(region: region, kind: kind)) }
        }
    }

    @Test("text: whole words, prefixes, accents, case, ligatures, unknown and empty words")
    func text() {
        var texts = ["", "   ", "!!", "électrolyse", "ELECTROLYSE", "electro", "œuvre", "oeuvre", "Straße", "zzzqx",
                     "cuves electrolyse", "anode anode", "alu", "a", "e", "1", "20", "electrolyse zzzqx", "l'aluminium",
                     "Saguenay–Lac", "Montréal", "montreal", "ﬁnition", "finition"]
        let words = values.words
        for (index, word) in words.enumerated() where index % 17 == 0 {
            texts.append(word)
            texts.append(String(word.prefix(3)).uppercased())
        }
        for text in texts { SearchOracle.expectSame(directory, DirectoryQuery(text: text)) }
    }

    @Test("text with filters, and pages past the end")
    func textWithFiltersAndPages() {
        for text in ["alu", "electrolyse", "maintenance", "e"] {
            SearchOracle.expectSame(directory, DirectoryQuery(text: text, capability: "smelting", region: .saguenayLacSaintJean))
            SearchOracle.expectSame(directory, DirectoryQuery(text: text, language: "en", role: .design))
            for page in [0, 1, 2, 3, 50, Int.max] {
                for size in [1, 2, 5, Int.max] {
                    SearchOracle.expectSame(directory, DirectoryQuery(text: text, page: page, pageSize: size))
                }
            }
        }
    }
}
