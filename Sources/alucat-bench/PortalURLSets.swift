import AluCatalog
import AluDirectory

/// The request paths the portal benchmark cycles through, drawn deterministically from
/// the taxonomy and the synthetic entries' words, and checked against an in-process
/// directory of the same entries so that every search finds something (an empty page
/// is cheap and would flatter the figures).
struct PortalURLSets {
    /// `/{lang}/?q=word&facet=value&facet=value`, every language in turn.
    var search: [String] = []
    /// `/api/v1/suppliers?…`: the same queries as ``search``.
    var api: [String] = []
    /// `/{lang}/suppliers/{id}`.
    var supplier: [String] = []
    /// Hits per search query (for the report).
    var hits: [Int] = []
    /// The queries of ``search``, with their page's language.
    var queries: [(query: DirectoryQuery, language: PortalLanguage)] = []

    init(directory: Directory, count: Int, distinct: Int) {
        let taxonomy = directory.taxonomy
        var random = SplitMix64(seed: 2026)
        let labelWords = Set(taxonomy.nodes.flatMap { SearchText.words($0.label("fr") + " " + $0.label("en")) }.filter { $0.count >= 4 })
        let words = labelWords.sorted() + ["boreal", "nordique", "fjord", "usinage", "metallurgie", "automatisation", "turnkey", "saguenay",
                                           "alma", "sherbrooke", "mecanique", "laurentienne", "equipements", "systemes"]
        let nodes = taxonomy.nodes.map(\.id)
        let countries = ["AE", "BH", "SA", "OM", "QA", "IN", "BR", "AR", "NO", "IS", "US", "FR", "AU"]
        let schemes = ["ISO 9001", "ISO 14001", "ISO 45001", "CWB CSA W47.1"]
        let languages = ["fr", "en", "es", "ar", "pt"]
        func setFacet(_ facet: DirectoryFacet, _ query: inout DirectoryQuery) {
            switch facet {
            case .capability: query.capability = nodes[random.below(nodes.count)]
            case .region: query.region = QuebecRegion.allCases[random.below(QuebecRegion.allCases.count)]
            case .kind: query.kind = SupplierKind.allCases[random.below(SupplierKind.allCases.count)]
            case .country: query.country = countries[random.below(countries.count)]
            case .certification: query.certification = schemes[random.below(schemes.count)]
            case .language: query.language = languages[random.below(languages.count)]
            case .role: query.role = Role.allCases[random.below(Role.allCases.count)]
            }
        }
        var seen: Set<String> = []
        var attempts = 0
        while search.count < distinct, attempts < distinct * 200 {
            attempts += 1
            var query = DirectoryQuery(text: words[random.below(words.count)])
            let first = DirectoryFacet.allCases[random.below(DirectoryFacet.allCases.count)]
            var second = first
            while second == first { second = DirectoryFacet.allCases[random.below(DirectoryFacet.allCases.count)] }
            setFacet(first, &query)
            setFacet(second, &query)
            let language = PortalLanguage.allCases[search.count % PortalLanguage.allCases.count]
            let path = DirectoryURL.url(language: language, query: query)
            guard !seen.contains(path) else { continue }
            let total = directory.search(query).total
            guard total > 0 else { continue }
            seen.insert(path)
            search.append(path)
            api.append("/api/v1/suppliers" + path.dropFirst("/\(language.rawValue)/".count))
            hits.append(total)
            queries.append((query, language))
        }
        for k in 0..<distinct {
            let language = PortalLanguage.allCases[k % PortalLanguage.allCases.count]
            supplier.append(DirectoryURL.supplier("synthetic-\((k * 7919) % count)", language: language))
        }
    }
}


