/// The facet values as bitsets over supplier positions, for queries whose candidates
/// are many: a facet's counts are then one AND and one popcount per word of 64
/// suppliers and per value, instead of a walk over every candidate's values.
///
/// `bits[slot]` holds, for the k-th term of that column's ``FacetColumn/valueTerms``,
/// the suppliers counting for it at `bits[slot][k * wordCount ..< (k + 1) * wordCount]`.
struct FacetBits: Sendable {
    let wordCount: Int
    let bits: [[UInt64]]

    init(columns: [FacetColumn], supplierCount: Int, termCount: Int) {
        let wordCount = (supplierCount + 63) / 64
        self.wordCount = wordCount
        bits = columns.map { column in
            var slotOf = [Int](repeating: -1, count: termCount)
            for (k, term) in column.valueTerms.enumerated() { slotOf[Int(term)] = k }
            var bits = [UInt64](repeating: 0, count: column.valueTerms.count * wordCount)
            for supplier in 0..<supplierCount {
                for index in Int(column.valueStart[supplier])..<Int(column.valueStart[supplier + 1]) {
                    let k = slotOf[Int(column.values[index])]
                    bits[k * wordCount + supplier >> 6] |= 1 << UInt64(supplier & 63)
                }
            }
            return bits
        }
    }

    /// A set of `supplierCount` positions, every one in it.
    static func all(_ supplierCount: Int) -> [UInt64] {
        var set = [UInt64](repeating: ~0, count: (supplierCount + 63) / 64)
        if supplierCount % 64 != 0 { set[set.count - 1] = (1 << UInt64(supplierCount % 64)) - 1 }
        return set
    }

    /// The set of `positions`.
    static func set<S: Sequence<Int32>>(_ positions: S, supplierCount: Int) -> [UInt64] {
        var set = [UInt64](repeating: 0, count: (supplierCount + 63) / 64)
        for position in positions { set[Int(position) >> 6] |= 1 << UInt64(position & 63) }
        return set
    }

    /// Counts, for each value term of column `slot`, the suppliers of `base` counting
    /// for it, into `tally`. Only the words of `base` with a supplier are read.
    func count(_ base: [UInt64], slot: Int, column: FacetColumn, into tally: inout FacetTally) {
        var used: [Int] = []
        for (w, word) in base.enumerated() where word != 0 { used.append(w) }
        guard !used.isEmpty else { return }
        bits[slot].withUnsafeBufferPointer { values in
            base.withUnsafeBufferPointer { base in
                for (k, term) in column.valueTerms.enumerated() {
                    let start = k * wordCount
                    var total = 0
                    for w in used { total &+= (base[w] & values[start + w]).nonzeroBitCount }
                    if total > 0 { tally.add(total, slot: slot, term: term) }
                }
            }
        }
    }
}
