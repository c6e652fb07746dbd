public import Foundation
import AluIntake
import GRDB

/// A link sent to a person: the token (only in the message, never stored) and what it is for.
public struct IssuedLink: Sendable {
    public var token: SecretToken
    public var expiresAt: Date
    /// The invitation's or reset's row.
    public var id: Int64
    public var email: String
    public var language: String
}

extension PortalStore {
    // MARK: - Invitations

    /// Invites `email` to an account: a supplier user of `supplierID`, or staff. Admins
    /// (and the machine itself, for the first admin) may invite any role; reviewers invite
    /// supplier users only. The link works once, until ``PortalStoreConfiguration/invitationLifetime``.
    public func invite(
        email: String, role: AccountRole = .supplier, supplierID: String?, language: String = "fr", by caller: Caller
    ) throws(PortalStateError) -> IssuedLink {
        switch caller.account?.role {
        case .admin: break
        case .reviewer where role == .supplier: break
        case nil where caller == .system: break
        default: throw .forbidden(action: "invite")
        }
        guard let address = EmailAddress.validated(email) else { throw .emailInvalid(email) }
        if role == .supplier, (supplierID ?? "").isEmpty { throw .supplierIDRequired }
        // The id names a catalogue file: only the schema's form (no `/`, no `..`).
        if role == .supplier, let supplierID, !SupplierIntake.isSafeID(supplierID) { throw .supplierIDInvalid(supplierID) }
        if role.isStaff, supplierID != nil { throw .staffWithSupplierID }
        let token = SecretToken.generate()
        let now = clock.now(), expires = now.addingTimeInterval(configuration.invitationLifetime)
        let language = language == "en" ? "en" : "fr"
        let id = try database.write { db in
            if try Account.fetch(db, emailKey: EmailAddress.key(address)) != nil { throw PortalStateError.emailTaken(address) }
            try db.execute(sql: """
                INSERT INTO invitation (tokenHash, email, emailKey, role, supplierID, language, createdBy, createdAt, expiresAt)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, arguments: [token.digest, address, EmailAddress.key(address), role.rawValue, supplierID, language, caller.accountID, now, expires])
            let id = db.lastInsertedRowID
            try AuditLog.append(db, caller: caller, action: "invitation.created", target: "invitation:\(id)",
                                details: "\(address) \(role.rawValue)\(supplierID.map { " " + $0 } ?? "")", at: now)
            return id
        }
        return IssuedLink(token: token, expiresAt: expires, id: id, email: address, language: language)
    }

    /// Creates the invited account with `password`. The invitation is spent in the same
    /// transaction (whoever comes second, even at the same instant, is refused). An unknown,
    /// spent or expired link gets one answer, ``PortalStateError/invitationInvalid``.
    public func acceptInvitation(token: String, password: String, caller: Caller) throws(PortalStateError) -> Account {
        let hash = try passwords.hash(password)  // slow: before the transaction
        let now = clock.now()
        return try database.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT * FROM invitation WHERE tokenHash = ? AND usedAt IS NULL AND expiresAt > ?
                """, arguments: [SecretToken.digest(of: token), now]) else { throw PortalStateError.invitationInvalid }
            let email: String = row["email"], emailKey: String = row["emailKey"], invitationID: Int64 = row["id"]
            if try Account.fetch(db, emailKey: emailKey) != nil { throw PortalStateError.emailTaken(email) }
            try db.execute(sql: """
                INSERT INTO account (email, emailKey, role, supplierID, passwordHash, language, createdAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [email, emailKey, row["role"] as String, row["supplierID"] as String?, hash, row["language"] as String, now])
            let accountID = db.lastInsertedRowID
            try db.execute(sql: "UPDATE invitation SET usedAt = ?, accountID = ? WHERE id = ?", arguments: [now, accountID, invitationID])
            let account = try Account.fetch(db, id: accountID)!
            let who = Caller(account: account, address: caller.address)
            try AuditLog.append(db, caller: who, action: "account.created", target: "account:\(accountID)",
                                details: "invitation:\(invitationID)", at: now)
            return account
        }
    }

    // MARK: - Password resets

    /// A reset link for the account of `email`, or nil when there is none (or it is
    /// disabled): the server answers the same either way and mails only a real link.
    static let resetsPerHour = 3
    static let resetsPerClientPerHour = 10

    public func requestPasswordReset(email: String, caller: Caller) throws(PortalStateError) -> IssuedLink? {
        let key = EmailAddress.key(email)
        let token = SecretToken.generate()
        let now = clock.now(), expires = now.addingTimeInterval(configuration.resetLifetime)
        return try database.write { db in
            // At most 3 links an hour per address asked for, 10 per client: a victim's
            // mailbox (or the outbox) is not flooded. Past that the answer is the same and
            // nothing is sent.
            let hourAgo = now.addingTimeInterval(-3600)
            let forAccount = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM loginAttempt WHERE emailKey = ? AND at > ?",
                                              arguments: ["reset:\(key)", hourAgo]) ?? 0
            let fromClient = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM loginAttempt WHERE emailKey LIKE 'reset:%' AND address = ? AND at > ?",
                                              arguments: [caller.address, hourAgo]) ?? 0
            guard forAccount < Self.resetsPerHour, fromClient < Self.resetsPerClientPerHour else {
                try AuditLog.append(db, caller: caller, action: "password-reset.throttled", target: "email:\(key)", at: now)
                return nil
            }
            try db.execute(sql: "INSERT INTO loginAttempt (emailKey, address, at, failed) VALUES (?, ?, ?, 0)",
                           arguments: ["reset:\(key)", caller.address, now])
            guard let account = try Account.fetch(db, emailKey: key), !account.isDisabled else {
                try AuditLog.append(db, caller: caller, action: "password-reset.unknown", target: "email:\(key)", at: now)
                return nil
            }
            try db.execute(sql: "INSERT INTO passwordReset (tokenHash, accountID, createdAt, expiresAt) VALUES (?, ?, ?, ?)",
                           arguments: [token.digest, account.id, now, expires])
            let id = db.lastInsertedRowID
            try AuditLog.append(db, caller: caller, action: "password-reset.requested", target: "account:\(account.id)", at: now)
            return IssuedLink(token: token, expiresAt: expires, id: id, email: account.email, language: account.language)
        }
    }

    /// Sets a new password through a reset link; the link is spent and every session of
    /// the account ends (whoever knew the old password is signed out).
    public func resetPassword(token: String, newPassword: String, caller: Caller) throws(PortalStateError) -> Account {
        let hash = try passwords.hash(newPassword)
        let now = clock.now()
        return try database.write { db in
            guard let row = try Row.fetchOne(db, sql: """
                SELECT * FROM passwordReset WHERE tokenHash = ? AND usedAt IS NULL AND expiresAt > ?
                """, arguments: [SecretToken.digest(of: token), now]) else { throw PortalStateError.resetTokenInvalid }
            let accountID: Int64 = row["accountID"]
            guard let account = try Account.fetch(db, id: accountID), !account.isDisabled else { throw PortalStateError.resetTokenInvalid }
            try db.execute(sql: "UPDATE passwordReset SET usedAt = ? WHERE id = ?", arguments: [now, row["id"] as Int64])
            // Any other reset link of the account dies with this one.
            try db.execute(sql: "UPDATE passwordReset SET usedAt = ? WHERE accountID = ? AND usedAt IS NULL", arguments: [now, accountID])
            try db.execute(sql: "UPDATE account SET passwordHash = ? WHERE id = ?", arguments: [hash, accountID])
            try db.execute(sql: "DELETE FROM session WHERE accountID = ?", arguments: [accountID])
            let who = Caller(account: account, address: caller.address)
            try AuditLog.append(db, caller: who, action: "password-reset.used", target: "account:\(accountID)",
                                details: "sessions revoked", at: now)
            return try Account.fetch(db, id: accountID)!
        }
    }

    // MARK: - Managing accounts

    /// Disables an account (admins only): it can no longer sign in, its sessions end.
    public func disableAccount(id: Int64, by caller: Caller) throws(PortalStateError) {
        guard caller.account?.role == .admin else { throw .forbidden(action: "disable-account") }
        let now = clock.now()
        try database.write { db in
            guard try Account.fetch(db, id: id) != nil else { throw PortalStateError.accountNotFound(id) }
            try db.execute(sql: "UPDATE account SET disabledAt = ? WHERE id = ? AND disabledAt IS NULL", arguments: [now, id])
            try db.execute(sql: "DELETE FROM session WHERE accountID = ?", arguments: [id])
            try AuditLog.append(db, caller: caller, action: "account.disabled", target: "account:\(id)", at: now)
        }
    }

    /// Records the account's TOTP secret (base32) once the person proved a code with it;
    /// the proof itself is the portal's (HummingbirdOTP). The account's own or an admin's.
    public func setTOTPSecret(_ secret: String?, accountID: Int64, by caller: Caller) throws(PortalStateError) {
        guard caller.account?.id == accountID || caller.account?.role == .admin else { throw .forbidden(action: "totp") }
        let now = clock.now()
        try database.write { db in
            guard try Account.fetch(db, id: accountID) != nil else { throw PortalStateError.accountNotFound(accountID) }
            try db.execute(sql: "UPDATE account SET totpSecret = ? WHERE id = ?", arguments: [secret, accountID])
            try AuditLog.append(db, caller: caller, action: secret == nil ? "totp.removed" : "totp.enrolled",
                                target: "account:\(accountID)", at: now)
        }
    }

    /// Every account, by e-mail address: for admins.
    public func accounts(by caller: Caller) throws(PortalStateError) -> [Account] {
        guard caller.account?.role == .admin else { throw .forbidden(action: "accounts") }
        return try database.read { db in try Account.fetchAll(db, sql: "SELECT * FROM account ORDER BY emailKey") }
    }
}
