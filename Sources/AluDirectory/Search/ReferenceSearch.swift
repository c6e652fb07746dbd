import AluCatalog

/// The directory's search written plainly, straight from ``SupplierQuery``: every
/// supplier is evaluated for every query, and every facet re-runs the query without
/// its own filter (the capability facet then keeps, for each node, the suppliers with
/// a claim that fits it). Slow (facets × suppliers, and suppliers × nodes), but
/// obviously right: the indexed search (``DirectoryIndex``) is tested against it.
struct ReferenceSearch {
    let directory: Directory
    /// The French and English labels and keywords of each node, as folded words.
    let nodeWords: [String: [String]]

    init(directory: Directory) {
        self.directory = directory
        var nodeWords: [String: [String]] = [:]
        for node in directory.taxonomy.nodes {
            nodeWords[node.id] = ["fr", "en"].flatMap {
                SearchText.words((node.labels[$0] ?? "") + " " + (node.keywords[$0] ?? []).joined(separator: " "))
            }
        }
        self.nodeWords = nodeWords
    }

    func search(_ query: DirectoryQuery) -> DirectoryResult {
        let ranked = rankedHits(query)
        let page = Array(ranked[query.pageRange(total: ranked.count)])
        return DirectoryResult(query: query, ids: ranked.map(\.supplier.id), hits: page, facets: facets(query))
    }

    func rankedHits(_ query: DirectoryQuery) -> [DirectoryHit] {
        let taxonomy = directory.taxonomy
        let filter = query.supplierQuery(validOn: directory.day)
        let words = query.text.map(SearchText.words) ?? []
        var hits: [(hit: DirectoryHit, name: String)] = []
        for hit in filter.run(directory.suppliers, taxonomy: taxonomy) {
            let supplier = hit.supplier
            let score = (hit.capabilityFit?.rawValue ?? 0) * DirectoryRanking.fitWeight
                + textScore(words, supplier)
            hits.append((DirectoryHit(
                supplier: supplier, capabilityFit: hit.capabilityFit,
                matchedCapabilities: hit.matchedCapabilities, score: score), SearchText.fold(supplier.displayName)))
        }
        hits.sort {
            if $0.hit.score != $1.hit.score { return $0.hit.score > $1.hit.score }
            if $0.name != $1.name { return $0.name < $1.name }
            return $0.hit.supplier.id < $1.hit.supplier.id
        }
        return hits.map(\.hit)
    }

    private func textScore(_ words: [String], _ supplier: Supplier) -> Int {
        guard !words.isEmpty else { return 0 }
        let names = SearchText.words(supplier.legalName + " " + (supplier.operatingName ?? ""))
        let descriptions = SearchText.words(supplier.descriptions.entries.map(\.text).joined(separator: " "))
        let labels = supplier.capabilities.flatMap { nodeWords[$0.taxonomyID] ?? [] }
        return words.reduce(0) { total, word in
            if names.contains(where: { $0.hasPrefix(word) }) { return total + DirectoryRanking.nameWeight }
            if labels.contains(where: { $0.hasPrefix(word) }) { return total + DirectoryRanking.capabilityWeight }
            if descriptions.contains(where: { $0.hasPrefix(word) }) { return total + DirectoryRanking.descriptionWeight }
            return total
        }
    }

    func facets(_ query: DirectoryQuery) -> DirectoryFacets {
        var facets = DirectoryFacets()
        let day = directory.day
        for facet in DirectoryFacet.allCases {
            let base = query.removing(facet)
            let suppliers = rankedHits(base).map(\.supplier)
            switch facet {
            case .capability:
                // The capability filter is one more condition on top of the others: the
                // query with `capability = node` finds the suppliers of `base` with a
                // claim that fits the node.
                let taxonomy = directory.taxonomy
                for node in taxonomy.nodes {
                    let count = suppliers.count { supplier in
                        supplier.capabilities.contains { taxonomy.fit(claim: $0.taxonomyID, for: node.id) != nil }
                    }
                    if count > 0 { facets.capabilities[node.id] = count }
                }
            case .region:
                facets.regions = Self.counts(suppliers.map { $0.address.region.map { [$0] } ?? [] }, by: \.number)
            case .kind:
                facets.kinds = Self.counts(suppliers.map { $0.kind.map { [$0] } ?? [] }, by: \.rawValue)
            case .country:
                facets.countries = Self.counts(suppliers.map { Array(Set(($0.exportExperience + $0.targetMarkets).map { $0.uppercased() })) }, by: { $0 })
            case .certification:
                facets.certifications = Self.counts(suppliers.map { Array(Set($0.certifications.filter { $0.isValid(on: day) }.map(\.schemeWithoutEdition))) }, by: { $0 })
            case .language:
                facets.languages = Self.counts(suppliers.map(\.publishedLanguages), by: { $0 })
            case .role:
                facets.roles = Self.counts(suppliers.map { Array(Set($0.capabilities.flatMap(\.roles))) }, by: { $0 })
            }
        }
        return facets
    }

    /// Counts of values over suppliers (each supplier lists each of its values once).
    /// Sorted by count, highest first, then by `key`.
    static func counts<Value: Hashable, Key: Comparable>(_ valuesPerSupplier: [[Value]], by key: (Value) -> Key) -> [FacetCount<Value>] {
        var counts: [Value: Int] = [:]
        for values in valuesPerSupplier { for value in values { counts[value, default: 0] += 1 } }
        return counts.map { FacetCount(value: $0.key, count: $0.value) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : key($0.value) < key($1.value) }
    }
}
