/// Suppliers as a ``Catalog`` publishes them: entries without errors only.
///
/// The exporters (catalogue XML, vCard, brochure, packet) take this type, not
/// `[Supplier]`, so an entry with errors — an index entry's model, a decoded upload
/// waiting for review — cannot be handed to them by mistake: only a catalogue, a
/// mission's selection from it, or a subset of either makes one.
public struct PublishedSuppliers: Sendable, Hashable, RandomAccessCollection {
    /// The suppliers, in the order their source gave them.
    public let suppliers: [Supplier]

    init(_ suppliers: [Supplier]) { self.suppliers = suppliers }

    /// For fixtures and synthetic data, whose callers vouch that every entry is valid.
    package static func vouched(_ suppliers: [Supplier]) -> PublishedSuppliers { PublishedSuppliers(suppliers) }

    public var startIndex: Int { suppliers.startIndex }
    public var endIndex: Int { suppliers.endIndex }
    public subscript(position: Int) -> Supplier { suppliers[position] }

    /// The published suppliers that pass `isIncluded`: a subset is still published.
    public func subset(where isIncluded: (Supplier) throws -> Bool) rethrows -> PublishedSuppliers {
        PublishedSuppliers(try suppliers.filter(isIncluded))
    }
}

extension Catalog {
    /// Every valid supplier, sorted by id.
    public var published: PublishedSuppliers { PublishedSuppliers(suppliers) }

    /// The valid suppliers among `ids`, in the order given; unknown or invalid ids are skipped.
    public func published(ids: some Sequence<String>) -> PublishedSuppliers {
        PublishedSuppliers(ids.compactMap { supplier($0) })
    }
}
