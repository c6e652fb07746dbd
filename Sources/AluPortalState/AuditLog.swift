public import Foundation
import GRDB

/// One line of the audit log: who did what to what, when, from where.
public struct AuditRecord: Sendable, Hashable, Codable {
    public var id: Int64
    public var at: Date
    public var accountID: Int64?
    /// The account's e-mail address at the time, `anonymous` or `system`.
    public var actor: String
    public var address: String
    /// What was done: `account.created`, `session.signed-in`, `submission.approved`…
    public var action: String
    /// What it was done to: `account:12`, `submission:40`, `invitation:3`…
    public var target: String
    /// Anything more, plain text (`revision 3`, the reviewer's comment…).
    public var details: String
}

/// The audit log: appended to inside the transaction of the change it records, so a
/// change and its line are committed together or not at all. The table refuses UPDATE
/// and DELETE itself (triggers that `RAISE(ABORT)`), whatever code runs against it.
enum AuditLog {
    static func append(
        _ db: Database, caller: Caller, action: String, target: String, details: String = "", at: Date
    ) throws {
        try db.execute(
            sql: "INSERT INTO auditLog (at, accountID, actor, address, action, target, details) VALUES (?, ?, ?, ?, ?, ?, ?)",
            arguments: [at, caller.accountID, caller.actor, caller.address, action, target, details])
    }
}

extension AuditRecord {
    init(row: Row) {
        id = row["id"]
        at = row["at"]
        accountID = row["accountID"]
        actor = row["actor"]
        address = row["address"]
        action = row["action"]
        target = row["target"]
        details = row["details"]
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [AuditRecord] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map(AuditRecord.init(row:))
    }
}
