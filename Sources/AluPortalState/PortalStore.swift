public import AluIntake
import Foundation
import GRDB

/// The portal's state and its rules, without a web server: accounts and their links,
/// sessions, sign-in throttling, submissions and their review, the audit log.
///
/// Every call is synchronous and may block (bcrypt, SQLite, the catalogue pipeline): the
/// server runs them off its event loop. Every state change runs in one database
/// transaction with its audit line. Authorization is checked here too (a supplier user
/// acts on its own entry only, staff-only actions check the role), so a route that
/// forgot a check still cannot do what its caller may not.
public struct PortalStore: Sendable {
    public let database: PortalDatabase
    public let configuration: PortalStoreConfiguration
    public let clock: any PortalClock
    public let passwords: PasswordHasher
    /// The catalogue doors: the pipeline that checks entries, the policy and the store
    /// that publishes them — the same as `alucat submit`'s.
    public let intake: SupplierIntake

    /// Opens (creating and migrating) `directory/portal.sqlite`.
    public init(
        directory: String, intake: SupplierIntake, configuration: PortalStoreConfiguration = PortalStoreConfiguration(),
        clock: any PortalClock = SystemClock()
    ) throws(PortalStateError) {
        database = try PortalDatabase(directory: directory)
        self.configuration = configuration
        self.clock = clock
        passwords = PasswordHasher(cost: configuration.bcryptCost)
        self.intake = intake
    }

    /// The audit log, newest first: for admins.
    public func auditLog(by caller: Caller, limit: Int = 200) throws(PortalStateError) -> [AuditRecord] {
        guard caller.account?.role == .admin else { throw .forbidden(action: "audit") }
        return try database.read { db in
            try AuditRecord.fetchAll(db, sql: "SELECT * FROM auditLog ORDER BY id DESC LIMIT ?", arguments: [limit])
        }
    }

    /// The account with this id (disabled ones included).
    public func account(id: Int64) throws(PortalStateError) -> Account? {
        try database.read { db in try Account.fetch(db, id: id) }
    }

    /// The account with this e-mail address, whatever its case.
    public func account(email: String) throws(PortalStateError) -> Account? {
        try database.read { db in try Account.fetch(db, emailKey: EmailAddress.key(email)) }
    }
}
