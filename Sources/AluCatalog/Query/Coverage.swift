/// Which parts of a domain a set of suppliers covers, and where the gaps are.
///
/// For each scope node (usually a domain such as `smelting`), each child (the areas:
/// potroom, carbon plant, gas treatment…) is covered by the suppliers with a claim on
/// that child or below it. A child nobody covers is a gap.
public struct Coverage: Sendable, Hashable {
    public struct Area: Sendable, Hashable {
        public var id: String
        public var labels: LocalizedText
        /// The scope node the area belongs to.
        public var scope: String
        /// Covering suppliers, sorted by id.
        public var supplierIDs: [String]
        public var count: Int { supplierIDs.count }
        public var isGap: Bool { supplierIDs.isEmpty }
    }

    /// The scope nodes, as asked.
    public var scope: [String]
    /// Every child of every scope node, in taxonomy order.
    public var areas: [Area]
    public var gaps: [Area] { areas.filter(\.isGap) }

    /// Coverage of `scope`'s children by the suppliers `selection` took (valid entries
    /// only). Unknown scope ids are skipped.
    public static func compute(_ selection: MissionSelection, taxonomy: Taxonomy, scope: [String]) -> Coverage {
        compute(selection.selected.suppliers, taxonomy: taxonomy, scope: scope)
    }

    /// Coverage by `suppliers`, for fixtures and suppliers already taken from a ``Catalog``.
    package static func compute(_ suppliers: [Supplier], taxonomy: Taxonomy, scope: [String]) -> Coverage {
        var areas: [Area] = []
        for scopeID in scope {
            guard let node = taxonomy[scopeID] else { continue }
            for childID in node.childIDs {
                let covering = suppliers
                    .filter { supplier in supplier.capabilities.contains { taxonomy.isWithin($0.taxonomyID, childID) } }
                    .map(\.id).sorted()
                areas.append(Area(id: childID, labels: taxonomy[childID]?.labels ?? LocalizedText(), scope: scopeID, supplierIDs: covering))
            }
        }
        return Coverage(scope: scope, areas: areas)
    }

    /// The domains `mission`'s buyer needs touch, in the order they first appear.
    public static func defaultScope(for mission: Mission, taxonomy: Taxonomy) -> [String] {
        var seen: Set<String> = []
        return mission.buyers.flatMap(\.needs).compactMap { taxonomy.domain(of: $0.capability) }
            .filter { seen.insert($0).inserted }
    }
}
