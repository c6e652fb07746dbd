/// The loaded catalogue: taxonomy, suppliers and missions, indexed by id.
public struct Catalog: Sendable {
    public var taxonomy: Taxonomy
    /// Suppliers sorted by id.
    public var suppliers: [Supplier]
    /// Missions sorted by id.
    public var missions: [Mission]

    public init(taxonomy: Taxonomy, suppliers: [Supplier], missions: [Mission]) {
        self.taxonomy = taxonomy
        self.suppliers = suppliers.sorted { $0.id < $1.id }
        self.missions = missions.sorted { $0.id < $1.id }
    }

    public func supplier(_ id: String) -> Supplier? { suppliers.first { $0.id == id } }
    public func mission(_ id: String) -> Mission? { missions.first { $0.id == id } }
}
