import AluCatalog
import Testing
@testable import AluDirectory

/// Holds the indexed search to the reference: the same ids in the same order, the
/// same page of hits, the same counts for every facet.
enum SearchOracle {
    /// Records an issue naming `context` (a seed, a query) for each difference.
    static func expectSame(
        _ directory: Directory, _ query: DirectoryQuery, _ context: String = "", bitsetThreshold: Int? = nil,
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let indexed = bitsetThreshold.map { directory.search(query, bitsetThreshold: $0) } ?? directory.search(query)
        let reference = directory.referenceSearch(query)
        let label = "\(context) query: \(describe(query))"
        #expect(indexed.ids == reference.ids, "ids differ; \(label)", sourceLocation: sourceLocation)
        #expect(indexed.hits == reference.hits, "page hits differ; \(label)", sourceLocation: sourceLocation)
        #expect(indexed.facets.capabilities == reference.facets.capabilities, "capability counts differ; \(label)", sourceLocation: sourceLocation)
        #expect(indexed.facets.regions == reference.facets.regions, "region counts differ; \(label)", sourceLocation: sourceLocation)
        #expect(indexed.facets.kinds == reference.facets.kinds, "kind counts differ; \(label)", sourceLocation: sourceLocation)
        #expect(indexed.facets.countries == reference.facets.countries, "country counts differ; \(label)", sourceLocation: sourceLocation)
        #expect(indexed.facets.certifications == reference.facets.certifications, "certification counts differ; \(label)", sourceLocation: sourceLocation)
        #expect(indexed.facets.languages == reference.facets.languages, "language counts differ; \(label)", sourceLocation: sourceLocation)
        #expect(indexed.facets.roles == reference.facets.roles, "role counts differ; \(label)", sourceLocation: sourceLocation)
        #expect(indexed.query == reference.query, sourceLocation: sourceLocation)
    }

    static func describe(_ query: DirectoryQuery) -> String {
        var parts: [String] = []
        if let text = query.text { parts.append("text=\(text.debugDescription)") }
        if let value = query.capability { parts.append("capability=\(value)") }
        if let value = query.region { parts.append("region=\(value.rawValue)") }
        if let value = query.kind { parts.append("kind=\(value.rawValue)") }
        if let value = query.country { parts.append("country=\(value)") }
        if let value = query.certification { parts.append("certification=\(value)") }
        if let value = query.language { parts.append("language=\(value)") }
        if let value = query.role { parts.append("role=\(value.rawValue)") }
        parts.append("page=\(query.page) pageSize=\(query.pageSize)")
        return parts.joined(separator: " ")
    }

    /// Values worth asking for each facet in `directory`: every value its suppliers
    /// have, spelt as users type them too, and values nobody has.
    struct Values {
        var capabilities: [String]
        var countries: [String]
        var certifications: [String]
        var languages: [String]
        var words: [String]

        init(_ directory: Directory) {
            capabilities = directory.taxonomy.nodes.map(\.id) + ["no.such.node", "smelting.carbon.", ""]
            let codes = Set(directory.suppliers.flatMap { $0.exportExperience + $0.targetMarkets }).sorted()
            countries = codes + codes.prefix(3).map { $0.lowercased() } + ["ZZ"]
            let schemes = Set(directory.suppliers.flatMap { $0.certifications.map(\.scheme) }).sorted()
            certifications = schemes + schemes.map { $0.split(separator: ":").first.map(String.init) ?? $0 }
                + schemes.prefix(2).map { " " + $0.lowercased() + " " } + ["ISO", "ISO 9001:2008", "no such scheme"]
            let tags = Set(directory.suppliers.flatMap(\.publishedLanguages)).sorted()
            languages = tags + tags.prefix(2).map { $0.uppercased() } + ["pt", "pt-br", "x", "zz"]
            var words: Set<String> = []
            for supplier in directory.suppliers {
                let text = supplier.displayName + " " + supplier.descriptions.entries.map(\.text).joined(separator: " ")
                for word in SearchText.words(text) { words.insert(word) }
            }
            self.words = words.sorted()
        }
    }
}

/// The catalogue's seedable generator (SplitMix64), so a failing random case names its seed.
typealias SeededRandom = SplitMix64

extension SplitMix64 {
    mutating func chance(_ percent: Int) -> Bool { Int(next() % 100) < percent }
}
