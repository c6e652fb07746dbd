import AluCatalog
import Foundation

/// The directory's search, precomputed: built once from the public copies, then each
/// query costs a few binary searches and one pass over the suppliers its text leaves.
///
/// Per supplier it keeps ``SupplierFeatures`` (its words with their best weight, the
/// taxonomy nodes its claims answer with their fit, and its keys and values for every
/// facet). Across suppliers it keeps the sorted vocabulary with each word's postings,
/// each facet as a ``FacetColumn``, and the order of the folded display names.
///
/// A query's text words each take the run of vocabulary words they start and union
/// their postings (best weight per supplier); the words' sets are intersected. Every
/// facet filter marks its postings in a per-query mask. One pass over the candidates
/// then sorts each into: a hit (fails no filter; counts for every facet), a near miss
/// (fails only facet d; counts for d alone, since a facet's counts ignore its own
/// filter), or nothing. That is exactly ``ReferenceSearch``, which re-runs the query
/// once per facet and per taxonomy node. From ``bitsetThreshold`` candidates the same
/// counts come from bitsets instead (``FacetBits``): the candidates AND every other
/// active filter, then one popcount per facet value.
final class DirectoryIndex: Sendable {
    let taxonomy: SearchTaxonomy
    let day: CalendarDay
    let words: WordTable
    let terms: TermTable
    /// By supplier position (the directory's order, by id).
    let features: [SupplierFeatures]
    /// Supplier ids by position.
    let ids: [String]
    let postings: WordPostings
    /// By ``DirectoryFacet/slot``.
    let columns: [FacetColumn]
    /// Supplier positions by folded display name, then id: the order of equal scores.
    let nameOrder: [Int32]
    /// Each supplier's place in ``nameOrder``.
    let nameRank: [Int32]
    /// The counts of a query with no text and no filter (the directory's front page).
    let unfilteredFacets: DirectoryFacets
    /// The facet values as bitsets, for queries with many candidates.
    let facetBits: FacetBits

    /// Builds the index of `suppliers` (public copies, by id) on `day`. `reused` gives,
    /// per position, features to keep (numbered in `tables`); nil ones are worked out.
    init(
        suppliers: [Supplier], day: CalendarDay, taxonomy: SearchTaxonomy,
        tables: (words: WordTable, terms: TermTable) = (WordTable(), TermTable()),
        reused: [SupplierFeatures?]? = nil
    ) {
        let reused = reused ?? Array(repeating: nil, count: suppliers.count)
        precondition(reused.count == suppliers.count)
        let missing = reused.indices.filter { reused[$0] == nil }
        // A few batches per core, each numbering its own words and terms (and keeping
        // its own memo of accented words); then each batch's numbers are mapped to the
        // tables' once per distinct string.
        let batchSize = max(64, missing.count / (4 * ProcessInfo.processInfo.activeProcessorCount) + 1)
        let batches = parallelMap((missing.count + batchSize - 1) / batchSize) { batch in
            var tables = BatchTables()
            let terms = (batch * batchSize..<min(missing.count, (batch + 1) * batchSize)).map {
                SupplierTerms(suppliers[missing[$0]], taxonomy: taxonomy, day: day, batch: &tables)
            }
            return (words: tables.words.strings, terms: tables.terms.strings, suppliers: terms)
        }
        var words = tables.words, terms = tables.terms
        var features = reused
        var next = 0
        for batch in batches {
            let wordNumbers = batch.words.map { words.intern($0) }
            let termNumbers = batch.terms.map { terms.intern($0) }
            for supplier in batch.suppliers {
                features[missing[next]] = SupplierFeatures(supplier, words: wordNumbers, terms: termNumbers)
                next += 1
            }
        }
        words.sortNewWords()
        let all = features.map { $0! }

        self.taxonomy = taxonomy
        self.day = day
        self.words = words
        self.terms = terms
        self.features = all
        ids = suppliers.map(\.id)
        postings = WordPostings(features: all, wordCount: words.count)
        let termCount = terms.count
        let columns = parallelMap(DirectoryFacet.allCases.count) { FacetColumn(slot: DirectoryFacet.allCases[$0].slot, features: all, termCount: termCount) }
        self.columns = columns
        let nameOrder = (0..<Int32(all.count)).sorted { a, b in
            let x = all[Int(a)].sortKey, y = all[Int(b)].sortKey
            if x != y { return x.lexicographicallyPrecedes(y) }
            return suppliers[Int(a)].id < suppliers[Int(b)].id
        }
        self.nameOrder = nameOrder
        var nameRank = [Int32](repeating: 0, count: all.count)
        for (rank, position) in nameOrder.enumerated() { nameRank[Int(position)] = Int32(rank) }
        self.nameRank = nameRank
        var counts = FacetTally(columns: columns, termCount: terms.count)
        for position in 0..<all.count { counts.countAll(position) }
        unfilteredFacets = counts.facets(terms: terms)
        facetBits = FacetBits(columns: columns, supplierCount: all.count, termCount: termCount)
    }
}
