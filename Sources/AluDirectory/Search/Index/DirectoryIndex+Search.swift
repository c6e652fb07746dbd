import AluCatalog

extension DirectoryIndex {
    /// Every supplier answering `query`, ranked, with one page of hits and the facet
    /// counts: the same result as ``ReferenceSearch/search(_:)``.
    /// `bitsetThreshold`: candidates from which the facets are counted with bitsets
    /// (tests set it to take either way on a small catalogue).
    func search(_ query: DirectoryQuery, suppliers: [Supplier], bitsetThreshold: Int = DirectoryIndex.bitsetThreshold) -> DirectoryResult {
        let count = features.count
        var folder = WordFolder()
        let words = query.text.map { folder.words($0) } ?? []
        let text = words.isEmpty ? nil : matchText(words)

        // Each filter marks the suppliers that pass it; the capability filter also notes the fit.
        var active: UInt8 = 0
        var passed: [UInt8] = []
        var fits: [UInt8] = query.capability == nil ? [] : Array(repeating: 0, count: count)
        for facet in DirectoryFacet.allCases {
            guard let key = FacetKeys.key(query, facet) else { continue }
            let bit = UInt8(1) << facet.slot
            active |= bit
            if passed.isEmpty { passed = Array(repeating: 0, count: count) }
            guard let term = terms[key] else { continue }
            let column = columns[facet.slot]
            let range = column.passing(term)
            // Thousands of suppliers may pass one filter: through raw buffers, the loop
            // is a load and an or per supplier (indexed, it checked each array's
            // uniqueness and bounds every time, half of a search's own time).
            column.suppliers.withUnsafeBufferPointer { suppliers in
                passed.withUnsafeMutableBufferPointer { passed in
                    for index in range { passed[Int(suppliers[index])] |= bit }
                }
            }
            if facet == .capability {
                column.fits.withUnsafeBufferPointer { columnFits in
                    column.suppliers.withUnsafeBufferPointer { suppliers in
                        fits.withUnsafeMutableBufferPointer { fits in
                            for index in range { fits[Int(suppliers[index])] = columnFits[index] }
                        }
                    }
                }
            }
        }

        // One pass: a hit counts for every facet, a supplier failing one filter only for that facet.
        var hits: [Int32] = []
        let facets: DirectoryFacets
        let candidateCount = text?.candidates.count ?? count
        if active == 0, text == nil {
            hits = nameOrder
            facets = unfilteredFacets
        } else if candidateCount >= bitsetThreshold {
            (hits, facets) = countWithBits(query, text: text?.candidates, active: active)
        } else {
            var tally = FacetTally(columns: columns, termCount: terms.count)
            func visit(_ position: Int32) {
                let failed = active & ~(active == 0 ? 0 : passed[Int(position)])
                if failed == 0 {
                    hits.append(position)
                    tally.countAll(Int(position))
                } else if failed & (failed &- 1) == 0 {
                    tally.count(Int(position), slot: failed.trailingZeroBitCount)
                }
            }
            // Without text every supplier is a candidate: visiting them by name leaves
            // the hits in name order already.
            if let text { for position in text.candidates { visit(position) } } else { for position in nameOrder { visit(position) } }
            facets = tally.facets(terms: terms)
        }

        func score(_ position: Int32) -> Int {
            let fit = fits.isEmpty ? 0 : Int(fits[Int(position)])
            return fit * DirectoryRanking.fitWeight + (text.map { Int($0.scores[Int(position)]) } ?? 0)
        }
        let ranked = rank(hits, inNameOrder: text == nil && candidateCount < bitsetThreshold, score: score)

        let taxonomy = taxonomy.taxonomy
        let page = query.pageRange(total: ranked.count).map { index -> DirectoryHit in
            let position = ranked[index]
            let supplier = suppliers[Int(position)]
            return DirectoryHit(
                supplier: supplier,
                capabilityFit: fits.isEmpty ? nil : CapabilityFit(rawValue: Int(fits[Int(position)])),
                matchedCapabilities: query.capability.map { wanted in
                    supplier.capabilities.filter { taxonomy.fit(claim: $0.taxonomyID, for: wanted) != nil }.map(\.taxonomyID)
                } ?? [],
                score: score(position))
        }
        // The ids are read from the index's table when asked for: reading `suppliers[i].id`
        // copied (retained) a whole entry per hit.
        return DirectoryResult(query: query, ranked: ranked, idTable: ids, hits: page, facets: facets)
    }

    /// Candidates from which the facets are counted with bitsets (``FacetBits``): below
    /// it, walking the candidates' values costs less than a pass over every value's bits.
    static let bitsetThreshold = 2_048

    /// The hits (by position) and the facet counts, with sets: `T` the candidates (every
    /// supplier without text), `F(d)` the suppliers passing facet d's filter. A facet's
    /// counts are over `T` and every other active filter (its own ignored), exactly the
    /// suppliers the one-pass walk counts for it: those failing no filter or only d's.
    private func countWithBits(_ query: DirectoryQuery, text candidates: [Int32]?, active: UInt8) -> (hits: [Int32], facets: DirectoryFacets) {
        let count = features.count
        let base = candidates.map { FacetBits.set($0, supplierCount: count) } ?? FacetBits.all(count)
        var passing: [Int: [UInt64]] = [:]
        for facet in DirectoryFacet.allCases where active & (UInt8(1) << facet.slot) != 0 {
            let column = columns[facet.slot]
            let positions = FacetKeys.key(query, facet).flatMap { terms[$0] }.map { column.suppliers[column.passing($0)] } ?? []
            passing[facet.slot] = FacetBits.set(positions, supplierCount: count)
        }
        func intersection(without excluded: Int?) -> [UInt64] {
            var set = base
            for (slot, filter) in passing where slot != excluded {
                for w in set.indices { set[w] &= filter[w] }
            }
            return set
        }
        let all = intersection(without: nil)
        var tally = FacetTally(columns: columns, termCount: terms.count)
        for slot in columns.indices {
            let set = passing[slot] == nil ? all : intersection(without: slot)
            facetBits.count(set, slot: slot, column: columns[slot], into: &tally)
        }
        var hits: [Int32] = []
        for (w, word) in all.enumerated() {
            var bits = word
            while bits != 0 {
                hits.append(Int32(w << 6 | bits.trailingZeroBitCount))
                bits &= bits &- 1
            }
        }
        return (hits, tally.facets(terms: terms))
    }

    /// `hits` by score (highest first), then folded name, then id. When they come in
    /// name order already, a stable grouping by score is enough; otherwise they sort
    /// on one integer key each.
    private func rank(_ hits: [Int32], inNameOrder: Bool, score: (Int32) -> Int) -> [Int32] {
        guard hits.count > 1 else { return hits }
        if inNameOrder {
            var groups: [Int: [Int32]] = [:]
            for position in hits { groups[score(position), default: []].append(position) }
            if groups.count == 1 { return hits }
            return groups.keys.sorted(by: >).flatMap { groups[$0]! }
        }
        let keys = hits.map { position -> UInt64 in
            let inverted = UInt64(UInt32.max) - UInt64(UInt32(clamping: score(position)))
            return inverted << 32 | UInt64(UInt32(nameRank[Int(position)]))
        }
        return keys.sorted().map { Int32(truncatingIfNeeded: $0 & 0xFFFF_FFFF) }.map { nameOrder[Int($0)] }
    }

    /// The suppliers whose words every one of `words` starts, with their text scores
    /// (by position; zero for others): each word's weight is its best over the
    /// vocabulary words it starts, and a repeated word counts again, as in the reference.
    func matchText(_ words: [String]) -> (candidates: [Int32], scores: [Int32]) {
        var distinct: [String] = []
        var repeats: [String: Int32] = [:]
        for word in words {
            if repeats[word] == nil { distinct.append(word) }
            repeats[word, default: 0] += 1
        }
        let count = features.count
        var scores = [Int32](repeating: 0, count: count)
        var matched = [Int32](repeating: 0, count: count)
        var best = [UInt8](repeating: 0, count: count)
        var touched: [Int32] = []
        var survivors: [Int32] = []
        for (round, word) in distinct.enumerated() {
            let round = Int32(round)
            let repeated = repeats[word]!
            touched.removeAll(keepingCapacity: true)
            for number in self.words.words(startingWith: word) {
                for index in Int(postings.start[Int(number)])..<Int(postings.start[Int(number) + 1]) {
                    let position = Int(postings.suppliers[index])
                    guard matched[position] == round else { continue }
                    let weight = postings.weights[index]
                    if best[position] == 0 { touched.append(Int32(position)) }
                    if weight > best[position] { best[position] = weight }
                }
            }
            survivors.removeAll(keepingCapacity: true)
            for position in touched {
                let p = Int(position)
                matched[p] = round + 1
                scores[p] += Int32(best[p]) * repeated
                best[p] = 0
                survivors.append(position)
            }
            if survivors.isEmpty { break }
        }
        return (survivors, scores)
    }
}
