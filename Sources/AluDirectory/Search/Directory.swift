public import AluCatalog

/// The public directory over one catalogue on one day: what `alucat serve` searches.
///
/// It holds only public copies (``Supplier/publicCopy(on:)``): unconsented contacts,
/// uncitable references, certificates not valid on ``day`` and internal notes never
/// enter it, so no page, download or API response built from it can show them.
public struct Directory: Sendable {
    public let catalog: Catalog
    public let day: CalendarDay
    /// Public copies, in the catalogue's order (by id).
    public let suppliers: [Supplier]
    private let positions: [String: Int]

    public init(catalog: Catalog, day: CalendarDay) {
        self.catalog = catalog
        self.day = day
        suppliers = catalog.suppliers.map { $0.publicCopy(on: day) }
        var positions: [String: Int] = [:]
        for (index, supplier) in suppliers.enumerated() { positions[supplier.id] = index }
        self.positions = positions
    }

    public var taxonomy: Taxonomy { catalog.taxonomy }

    /// The public copy of a published supplier; nil for an unknown or withheld id.
    public func supplier(id: String) -> Supplier? { positions[id].map { suppliers[$0] } }

    /// The suppliers of `result`, in rank order, for the exporters (which apply their
    /// own publication rules on top).
    public func published(_ result: DirectoryResult) -> PublishedSuppliers {
        catalog.published(ids: result.ids)
    }

    /// Every supplier answering `query`, ranked, with one page of hits and the facet counts.
    public func search(_ query: DirectoryQuery) -> DirectoryResult {
        ReferenceSearch(directory: self).search(query)
    }
}
