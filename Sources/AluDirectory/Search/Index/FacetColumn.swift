/// One facet of the index, both ways round: the values each supplier counts for, and
/// for each filter key the suppliers that pass it.
///
/// Both are flat arrays with offsets (compressed rows): one allocation each, read in order.
struct FacetColumn: Sendable {
    /// Supplier s counts for `values[valueStart[s]..<valueStart[s + 1]]` (term numbers).
    let valueStart: [Int32]
    let values: [Int32]
    /// Suppliers passing the key with term number t: `suppliers[keyStart[t]..<keyStart[t + 1]]`, ascending.
    let keyStart: [Int32]
    let suppliers: [Int32]
    /// For the capability column, the fit of each entry of `suppliers`; empty otherwise.
    let fits: [UInt8]
    /// The distinct term numbers some supplier counts for, ascending.
    let valueTerms: [Int32]

    init(slot: Int, features: [SupplierFeatures], termCount: Int) {
        var valueStart = [Int32](repeating: 0, count: features.count + 1)
        var keyCounts = [Int32](repeating: 0, count: termCount + 1)
        var used = [Bool](repeating: false, count: termCount)
        for (s, feature) in features.enumerated() {
            valueStart[s + 1] = valueStart[s] + Int32(feature.values[slot].count)
            for term in feature.keys[slot] { keyCounts[Int(term) + 1] += 1 }
            for term in feature.values[slot] { used[Int(term)] = true }
        }
        var values: [Int32] = []
        values.reserveCapacity(Int(valueStart[features.count]))
        for feature in features { values.append(contentsOf: feature.values[slot]) }
        for t in 0..<termCount { keyCounts[t + 1] += keyCounts[t] }
        let keyStart = keyCounts
        var cursor = keyCounts
        let total = Int(keyStart[termCount])
        var suppliers = [Int32](repeating: 0, count: total)
        let withFits = slot == DirectoryFacet.capability.slot
        var fits = [UInt8](repeating: 0, count: withFits ? total : 0)
        for (s, feature) in features.enumerated() {
            for (k, term) in feature.keys[slot].enumerated() {
                let position = Int(cursor[Int(term)])
                suppliers[position] = Int32(s)
                if withFits { fits[position] = feature.fits[k] }
                cursor[Int(term)] += 1
            }
        }
        self.valueStart = valueStart
        self.values = values
        self.keyStart = keyStart
        self.suppliers = suppliers
        self.fits = fits
        valueTerms = used.indices.filter { used[$0] }.map(Int32.init)
    }

    /// The range of ``suppliers`` passing term `term`.
    func passing(_ term: Int32) -> Range<Int> {
        guard Int(term) + 1 < keyStart.count else { return 0..<0 }
        return Int(keyStart[Int(term)])..<Int(keyStart[Int(term) + 1])
    }
}

/// The word postings: for each word number, the suppliers it occurs in (ascending)
/// with its best weight there.
struct WordPostings: Sendable {
    let start: [Int32]
    let suppliers: [Int32]
    let weights: [UInt8]

    init(features: [SupplierFeatures], wordCount: Int) {
        var counts = [Int32](repeating: 0, count: wordCount + 1)
        for feature in features { for word in feature.words { counts[Int(word) + 1] += 1 } }
        for w in 0..<wordCount { counts[w + 1] += counts[w] }
        start = counts
        var cursor = counts
        let total = Int(counts[wordCount])
        var suppliers = [Int32](repeating: 0, count: total)
        var weights = [UInt8](repeating: 0, count: total)
        for (s, feature) in features.enumerated() {
            for (k, word) in feature.words.enumerated() {
                let position = Int(cursor[Int(word)])
                suppliers[position] = Int32(s)
                weights[position] = feature.weights[k]
                cursor[Int(word)] += 1
            }
        }
        self.suppliers = suppliers
        self.weights = weights
    }

    /// Words that no supplier uses any more (left in the append-only table by updates).
    var unusedWordCount: Int { (0..<(start.count - 1)).count { start[$0] == start[$0 + 1] } }
}
