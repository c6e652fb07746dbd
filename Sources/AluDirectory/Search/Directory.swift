public import AluCatalog

/// The public directory over one catalogue on one day: what `alucat serve` searches.
///
/// It holds only public copies (``Supplier/publicCopy(on:)``): unconsented contacts,
/// uncitable references, certificates not valid on ``day`` and internal notes never
/// enter it, so no page, download or API response built from it can show them.
///
/// Searches go through an index built with the directory (see ``search(_:)``); a new
/// catalogue or a new day gives a new directory that re-uses the work of the old one
/// (``updated(with:changed:)``, ``rebuilt(for:)``).
public struct Directory: Sendable {
    public let catalog: Catalog
    public let day: CalendarDay
    /// Public copies, in the catalogue's order (by id).
    public let suppliers: [Supplier]
    private let positions: [String: Int]
    let index: DirectoryIndex
    /// The result cards' excerpts, worked out once per supplier and language.
    let excerpts = ExcerptMemo()

    /// Builds the directory and its index (folding every entry's text, on every core).
    public init(catalog: Catalog, day: CalendarDay) {
        let suppliers = catalog.suppliers.map { $0.publicCopy(on: day) }
        self.init(catalog: catalog, day: day, suppliers: suppliers,
                  index: DirectoryIndex(suppliers: suppliers, day: day, taxonomy: SearchTaxonomy(catalog.taxonomy)))
    }

    init(catalog: Catalog, day: CalendarDay, suppliers: [Supplier], index: DirectoryIndex) {
        self.catalog = catalog
        self.day = day
        self.suppliers = suppliers
        self.index = index
        var positions: [String: Int] = [:]
        for (position, supplier) in suppliers.enumerated() { positions[supplier.id] = position }
        self.positions = positions
    }

    public var taxonomy: Taxonomy { catalog.taxonomy }

    /// The public copy of a published supplier; nil for an unknown or withheld id.
    public func supplier(id: String) -> Supplier? { positions[id].map { suppliers[$0] } }

    /// The position of a published supplier in ``suppliers``.
    func position(of id: String) -> Int? { positions[id] }

    /// The suppliers of `result`, in rank order, for the exporters (which apply their
    /// own publication rules on top).
    public func published(_ result: DirectoryResult) -> PublishedSuppliers {
        catalog.published(ids: result.ids)
    }

    /// Every supplier answering `query`, ranked, with one page of hits and the facet
    /// counts (see ``DirectoryRanking`` and ``DirectoryFacets``), from the index.
    public func search(_ query: DirectoryQuery) -> DirectoryResult {
        index.search(query, suppliers: suppliers)
    }

    /// ``search(_:)`` counting facets with bitsets from `bitsetThreshold` candidates
    /// (for tests: 0 takes the bitsets always, `Int.max` never).
    func search(_ query: DirectoryQuery, bitsetThreshold: Int) -> DirectoryResult {
        index.search(query, suppliers: suppliers, bitsetThreshold: bitsetThreshold)
    }

    /// The same search written plainly (``ReferenceSearch``): slow, for tests and
    /// benchmarks to hold the index to.
    package func referenceSearch(_ query: DirectoryQuery) -> DirectoryResult {
        ReferenceSearch(directory: self).search(query)
    }
}
