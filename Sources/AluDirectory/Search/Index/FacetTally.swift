import AluCatalog

/// The facet counts of one query, as it is worked out: a counter per facet and term.
struct FacetTally {
    private let columns: [FacetColumn]
    private let termCount: Int
    /// `counts[slot * termCount + term]`.
    private var counts: [Int32]

    init(columns: [FacetColumn], termCount: Int) {
        self.columns = columns
        self.termCount = termCount
        counts = Array(repeating: 0, count: columns.count * termCount)
    }

    /// The supplier at `position` counts for the values of the facet at `slot`.
    mutating func count(_ position: Int, slot: Int) {
        // Read through `columns[slot]` each time rather than binding the column: a
        // local copy of the struct would retain and release its six arrays per call.
        // Raw buffers: indexed, every increment checked `counts`' uniqueness and bounds.
        let base = slot * termCount
        let start = Int(columns[slot].valueStart[position]), end = Int(columns[slot].valueStart[position + 1])
        columns[slot].values.withUnsafeBufferPointer { values in
            counts.withUnsafeMutableBufferPointer { counts in
                for index in start..<end { counts[base + Int(values[index])] &+= 1 }
            }
        }
    }

    /// `count` more suppliers count for value `term` of the facet at `slot`.
    mutating func add(_ count: Int, slot: Int, term: Int32) {
        counts[slot * termCount + Int(term)] += Int32(count)
    }

    /// The supplier at `position` counts for every facet (it fails no filter).
    mutating func countAll(_ position: Int) {
        for slot in 0..<columns.count { count(position, slot: slot) }
    }

    /// The counts as ``DirectoryFacets``: zero counts left out, lists sorted by count
    /// (highest first), then value, as ``ReferenceSearch/counts(_:by:)`` sorts them.
    func facets(terms: TermTable) -> DirectoryFacets {
        func list<Value>(_ facet: DirectoryFacet, _ value: (String) -> Value?) -> [(value: Value, name: String, count: Int)] {
            let base = facet.slot * termCount
            return columns[facet.slot].valueTerms.compactMap { term in
                let count = Int(counts[base + Int(term)])
                guard count > 0 else { return nil }
                let name = terms.strings[Int(term)]
                guard let value = value(name) else { return nil }
                return (value, name, count)
            }
        }
        func sorted<Value, Key: Comparable>(_ items: [(value: Value, name: String, count: Int)], by key: (Value) -> Key) -> [FacetCount<Value>] {
            items.sorted { $0.count != $1.count ? $0.count > $1.count : key($0.value) < key($1.value) }
                .map { FacetCount(value: $0.value, count: $0.count) }
        }
        var facets = DirectoryFacets()
        let capabilities = list(.capability, { $0 })
        facets.capabilities.reserveCapacity(capabilities.count)
        for item in capabilities { facets.capabilities[item.name] = item.count }
        facets.regions = sorted(list(.region, QuebecRegion.init(rawValue:)), by: \.number)
        facets.kinds = sorted(list(.kind, SupplierKind.init(rawValue:)), by: \.rawValue)
        facets.countries = sorted(list(.country, { $0 }), by: { $0 })
        facets.certifications = sorted(list(.certification, { $0 }), by: { $0 })
        facets.languages = sorted(list(.language, { $0 }), by: { $0 })
        facets.roles = sorted(list(.role, Role.init(rawValue:)), by: { $0 })
        return facets
    }
}
