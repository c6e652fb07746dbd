import AluCatalog

/// One supplier's ``SupplierTerms`` with every string replaced by its number in the
/// index's tables: what an index keeps per supplier, and re-uses for the suppliers an
/// update leaves unchanged.
struct SupplierFeatures: Sendable {
    /// Word numbers (``WordTable``), each with its best weight.
    var words: [Int32]
    var weights: [UInt8]
    /// Per facet slot, term numbers (``TermTable``) of the keys it passes.
    var keys: [[Int32]]
    /// Per facet slot, term numbers of the values it counts for.
    var values: [[Int32]]
    /// ``CapabilityFit`` raw values, parallel to `keys[capability]`.
    var fits: [UInt8]
    var sortName: String
    /// NFC UTF-8 bytes of ``sortName``: byte order is `String`'s order (see ``DirectoryIndex``).
    var sortKey: [UInt8]

    /// `terms` renumbered: `words[n]` and `termNumbers[n]` are the index's numbers of
    /// its batch's word and term `n`.
    init(_ terms: SupplierTerms, words: [Int32], terms termNumbers: [Int32]) {
        self.words = terms.words.map { words[Int($0)] }
        weights = terms.weights
        keys = terms.keys.map { $0.map { termNumbers[Int($0)] } }
        values = terms.values.map { $0.map { termNumbers[Int($0)] } }
        fits = terms.fits.map { UInt8($0.rawValue) }
        sortName = terms.sortName
        sortKey = WordTable.key(terms.sortName)
    }
}
