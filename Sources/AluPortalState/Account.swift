public import Foundation
import GRDB

/// What an account may do.
public enum AccountRole: String, Sendable, Hashable, Codable, CaseIterable {
    /// A supplier's user: its own entry only.
    case supplier
    /// Cluster staff who review submissions.
    case reviewer
    /// Staff who also manage accounts and read the audit log.
    case admin

    /// Reviewers and admins: they review, invite, edit for a supplier, and need TOTP.
    public var isStaff: Bool { self != .supplier }
}

/// A person who signs in. Accounts are never deleted (the audit log names them): they
/// are disabled.
public struct Account: Sendable, Hashable, Codable {
    public var id: Int64
    /// As typed at invitation; ``emailKey`` is what is unique.
    public var email: String
    public var emailKey: String
    public var role: AccountRole
    /// The catalogue entry a supplier user works on; nil for staff.
    public var supplierID: String?
    /// bcrypt (see ``PasswordHasher``).
    public var passwordHash: String
    /// The TOTP secret (base32), once enrolled; required for staff by the portal.
    public var totpSecret: String?
    /// The language of its e-mails and pages: `fr` or `en`.
    public var language: String
    public var createdAt: Date
    public var disabledAt: Date?

    public var isDisabled: Bool { disabledAt != nil }

    static func fetch(_ db: Database, id: Int64) throws -> Account? {
        try Account.fetchOne(db, sql: "SELECT * FROM account WHERE id = ?", arguments: [id])
    }

    static func fetch(_ db: Database, emailKey: String) throws -> Account? {
        try Account.fetchOne(db, sql: "SELECT * FROM account WHERE emailKey = ?", arguments: [emailKey])
    }
}

/// Who is acting, and from where: every state change is recorded with both. `account` is
/// nil for someone not signed in (accepting an invitation, asking for a reset); `address`
/// is the client address the server determined (trusted proxies applied).
public struct Caller: Sendable, Hashable {
    public var account: Account?
    public var address: String

    public init(account: Account?, address: String) {
        self.account = account
        self.address = address
    }

    /// The machine itself (start-up recovery, `--create-admin`).
    public static let system = Caller(account: nil, address: "local")

    var accountID: Int64? { account?.id }
    var actor: String { account?.email ?? (self == .system ? "system" : "anonymous") }
}

extension Account {
    init(row: Row) {
        id = row["id"]
        email = row["email"]
        emailKey = row["emailKey"]
        role = AccountRole(rawValue: row["role"]) ?? .supplier
        supplierID = row["supplierID"]
        passwordHash = row["passwordHash"]
        totpSecret = row["totpSecret"]
        language = row["language"]
        createdAt = row["createdAt"]
        disabledAt = row["disabledAt"]
    }

    static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> Account? {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map(Account.init(row:))
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Account] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map(Account.init(row:))
    }
}
