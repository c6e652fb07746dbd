/// The published catalogue: the taxonomy, the suppliers and missions without errors.
///
/// This is the only type that find, match, coverage, packets and the exporters take, and
/// it holds valid entries only: an entry with errors cannot reach them by construction.
/// Only ``CatalogIndex/catalog`` builds one from files; the `package` initializer is for
/// fixtures and synthetic data, whose callers vouch for their entries.
public struct Catalog: Sendable {
    public let taxonomy: Taxonomy
    /// Valid suppliers, sorted by id.
    public let suppliers: [Supplier]
    /// Valid missions, sorted by id.
    public let missions: [Mission]
    /// Ids of entries that exist but have errors: never selectable, only named (so a
    /// mission's selection can say why an included supplier is out).
    public let withheldSupplierIDs: Set<String>
    private let supplierPositions: [String: Int]
    private let missionPositions: [String: Int]

    package init(taxonomy: Taxonomy, suppliers: [Supplier], missions: [Mission], withheldSupplierIDs: Set<String> = []) {
        self.taxonomy = taxonomy
        self.suppliers = suppliers.sorted { $0.id < $1.id }
        self.missions = missions.sorted { $0.id < $1.id }
        self.withheldSupplierIDs = withheldSupplierIDs
        supplierPositions = Dictionary(self.suppliers.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        missionPositions = Dictionary(self.missions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func supplier(_ id: String) -> Supplier? { supplierPositions[id].map { suppliers[$0] } }
    public func mission(_ id: String) -> Mission? { missionPositions[id].map { missions[$0] } }
}
