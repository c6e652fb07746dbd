import AluCatalog
import AluIntake
import AluPortalState
import AluTestSupport
import Foundation

/// A portal state on a real SQLite file in a fresh temporary folder, over a private
/// copy of the sample catalogue's schemas and taxonomy with the entries asked for.
struct Fixture {
    static let today = CalendarDay(year: 2026, month: 2, day: 12)
    static let password = "correct horse battery staple"

    let data: String
    let catalog: String
    let clock: ManualClock
    let state: PortalStore

    init(entries: [String: String] = ["electro-saguenay": Fixture.originalXML], configuration: PortalStoreConfiguration = .testing) throws {
        data = Fixture.temporaryDirectory("data")
        catalog = Fixture.scratchCatalog(entries: entries)
        clock = ManualClock()
        state = try PortalStore(directory: data, intake: Fixture.intake(catalog), configuration: configuration, clock: clock)
    }

    /// A second state on the same folder: its own database pool (own connections).
    func reopened() throws -> PortalStore {
        try PortalStore(directory: data, intake: Fixture.intake(catalog), configuration: state.configuration, clock: clock)
    }

    static func intake(_ catalog: String) -> SupplierIntake {
        SupplierIntake(loader: try! CatalogLoader(root: catalog, today: today))
    }

    /// An account made the real way: an invitation accepted.
    @discardableResult
    func account(_ email: String, _ role: AccountRole = .supplier, supplier: String? = "electro-saguenay", language: String = "fr") throws -> Account {
        let link = try state.invite(email: email, role: role, supplierID: role == .supplier ? supplier : nil, language: language, by: .system)
        return try state.acceptInvitation(token: link.token.value, password: Fixture.password, caller: Caller(account: nil, address: "192.0.2.1"))
    }

    func caller(_ account: Account, _ address: String = "192.0.2.10") -> Caller { Caller(account: account, address: address) }

    /// The catalogue file of `id`, as bytes; nil when absent.
    func catalogueFile(_ id: String) -> String? {
        FileManager.default.contents(atPath: catalog + "/suppliers/\(id).xml").map { String(decoding: $0, as: UTF8.self) }
    }

    // MARK: - Entries

    static let original: Supplier = {
        let loader = try! CatalogLoader(root: TestPackage.catalog, today: today)
        return try! SupplierIntake(loader: loader).existingEntry("electro-saguenay", taxonomy: loader.loadTaxonomy())!.supplier!
    }()

    static var originalXML: String { SupplierXMLWriter.document(original) }

    /// The original entry with one more membership: a change a supplier would submit.
    static func changed(_ marker: String, id: String = "electro-saguenay") -> [UInt8] {
        var entry = original
        entry.memberships.append(marker)
        entry.id = id
        return Array(SupplierXMLWriter.document(entry).utf8)
    }

    /// A first entry for a new supplier `id` (its own NEQ).
    static func newEntry(_ id: String, neq: String) -> [UInt8] {
        var entry = original
        entry.id = id
        entry.neq = neq
        entry.legalName = "Fournisseur \(id) inc."
        entry.operatingName = nil
        return Array(SupplierXMLWriter.document(entry).utf8)
    }

    static func temporaryDirectory(_ label: String) -> String {
        let path = NSTemporaryDirectory() + "alucat-state-\(label)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func scratchCatalog(entries: [String: String]) -> String {
        let root = temporaryDirectory("catalog")
        let fm = FileManager.default
        try! fm.copyItem(atPath: TestPackage.catalog + "/schema", toPath: root + "/schema")
        try! fm.copyItem(atPath: TestPackage.catalog + "/taxonomy.xml", toPath: root + "/taxonomy.xml")
        try! fm.createDirectory(atPath: root + "/suppliers", withIntermediateDirectories: true)
        for (id, xml) in entries { try! Data(xml.utf8).write(to: URL(fileURLWithPath: root + "/suppliers/\(id).xml")) }
        return root
    }
}
