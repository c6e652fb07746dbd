public import Foundation
import GRDB

/// One of an account's signed-in browsers, as its owner sees it in the list of sessions.
public struct SessionSummary: Sendable, Hashable {
    /// The session's row id: what the list's "end" form names (never the token or its hash).
    public var id: Int64
    public var createdAt: Date
    public var lastSeenAt: Date
    /// The client address at sign-in.
    public var address: String
    /// Password given, second factor not yet: someone knows the password.
    public var awaitingSecondFactor: Bool
    /// The browser that asks.
    public var isCurrent: Bool

    public init(id: Int64, createdAt: Date, lastSeenAt: Date, address: String, awaitingSecondFactor: Bool, isCurrent: Bool) {
        self.id = id
        self.createdAt = createdAt
        self.lastSeenAt = lastSeenAt
        self.address = address
        self.awaitingSecondFactor = awaitingSecondFactor
        self.isCurrent = isCurrent
    }
}

/// What ending sessions did: how many ended, and the asking browser's new session.
public struct EndedSessions: Sendable {
    public var count: Int
    public var grant: SessionGrant
}

/// What an action that asks for the password again gives: done, a wrong password
/// (counted like a failed sign-in), or too many failures.
public enum ReauthenticatedOutcome<Value: Sendable>: Sendable {
    case done(Value)
    case refused
    case throttled(retryAfter: Int)
}

/// A signed-in person's own security: changing the password, seeing and ending sessions
/// (ASVS 5.0 6.2.2–6.2.3, 7.4.3, 7.5.1–7.5.2). Each of these asks for the current password
/// again, so a borrowed or stolen session alone can neither lock the owner out nor end
/// the owner's other sessions; those checks go through the sign-in throttle.
extension PortalStore {
    /// The account's sessions still within their timeouts, the asking one marked, most
    /// recently used first. Nil when `token` is no full session.
    public func sessions(token: String) throws(PortalStateError) -> [SessionSummary]? {
        guard let active = try session(token: token), !active.session.mfaPending else { return nil }
        let now = clock.now()
        return try database.read { db in
            try Row.fetchAll(db, sql: """
                SELECT rowid AS id, * FROM session WHERE accountID = ? ORDER BY lastSeenAt DESC, createdAt DESC, rowid DESC
                """, arguments: [active.account.id]).compactMap { row -> SessionSummary? in
                let session = Session(row: row)
                let lifetime = session.mfaPending ? configuration.mfaPendingTimeout : configuration.sessionAbsoluteTimeout
                guard now.timeIntervalSince(session.lastSeenAt) < configuration.sessionIdleTimeout,
                      now.timeIntervalSince(session.createdAt) < lifetime else { return nil }
                return SessionSummary(id: row["id"], createdAt: session.createdAt, lastSeenAt: session.lastSeenAt, address: session.address,
                                      awaitingSecondFactor: session.mfaPending, isCurrent: session.tokenHash == active.session.tokenHash)
            }
        }
    }

    /// Changes the password of the session's account, the current one given again. Every
    /// session of the account ends (whoever knew the old password is signed out) and this
    /// browser gets a new one (a new id: the account's authentication changed).
    /// The new password follows the same rules as at invitation (``PasswordHasher/check(_:)``),
    /// checked before anything else.
    public func changePassword(
        token: String, current: String, new: String, address: String
    ) throws(PortalStateError) -> ReauthenticatedOutcome<SessionGrant> {
        try PasswordHasher.check(new)
        // bcrypt for the new password only once the current one is proved, and outside the transaction.
        return try reauthenticated(token: token, password: current, address: address, prepare: { () throws(PortalStateError) in
            try passwords.hash(new)
        }) { db, active, now, hash in
            try db.execute(sql: "UPDATE account SET passwordHash = ? WHERE id = ?", arguments: [hash, active.account.id])
            // A reset link sent before the change must not undo it.
            try db.execute(sql: "UPDATE passwordReset SET usedAt = ? WHERE accountID = ? AND usedAt IS NULL", arguments: [now, active.account.id])
            try db.execute(sql: "DELETE FROM session WHERE accountID = ?", arguments: [active.account.id])
            let count = db.changesCount - 1
            let fresh = SecretToken.generate()
            // A new id, not a new lifetime: the password alone (no second factor) does not
            // restart the absolute timeout counted from the sign-in.
            let session = Session(tokenHash: fresh.digest, accountID: active.account.id, createdAt: active.session.createdAt, lastSeenAt: now,
                                  mfaPending: false, address: address)
            try Self.insert(session, db)
            try AuditLog.append(db, caller: active.caller(address: address), action: "password.changed",
                                target: "account:\(active.account.id)", details: "\(count) other sessions ended", at: now)
            var account = active.account
            account.passwordHash = hash
            return SessionGrant(token: fresh, session: session, account: account)
        }
    }

    /// Ends one session of the account (`id` from ``sessions(token:)``), or with nil every
    /// session but the asking one; the password is given again. ``EndedSessions/count``
    /// is 0 when `id` is not one of the account's sessions (another account's is never
    /// touched). The asking browser carries on under a new id, as after any authentication
    /// (ASVS 5.0 7.2.4), with the lifetime of its sign-in.
    public func endSessions(
        _ id: Int64?, token: String, password: String, address: String
    ) throws(PortalStateError) -> ReauthenticatedOutcome<EndedSessions> {
        try reauthenticated(token: token, password: password, address: address, prepare: {}) { db, active, now, _ in
            if let id {
                try db.execute(sql: "DELETE FROM session WHERE rowid = ? AND accountID = ? AND tokenHash <> ?",
                               arguments: [id, active.account.id, active.session.tokenHash])
            } else {
                try db.execute(sql: "DELETE FROM session WHERE accountID = ? AND tokenHash <> ?",
                               arguments: [active.account.id, active.session.tokenHash])
            }
            let count = db.changesCount
            try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [active.session.tokenHash])
            let fresh = SecretToken.generate()
            let session = Session(tokenHash: fresh.digest, accountID: active.account.id, createdAt: active.session.createdAt, lastSeenAt: now,
                                  mfaPending: false, address: address)
            try Self.insert(session, db)
            try AuditLog.append(db, caller: active.caller(address: address), action: id == nil ? "session.ended-others" : "session.ended",
                                target: "account:\(active.account.id)", details: "\(count) sessions", at: now)
            return EndedSessions(count: count, grant: SessionGrant(token: fresh, session: session, account: active.account))
        }
    }

    /// Checks `password` for the account of the full session `token` through the sign-in
    /// throttle; once it is right, `prepare` (slow work: outside any transaction), then
    /// `change` in the transaction that forgets the failure — only if the session still
    /// exists then (signed out meanwhile: forbidden).
    private func reauthenticated<Prepared, Value: Sendable>(
        token: String, password: String, address: String, prepare: () throws(PortalStateError) -> Prepared,
        _ change: (Database, ActiveSession, Date, Prepared) throws -> Value
    ) throws(PortalStateError) -> ReauthenticatedOutcome<Value> {
        guard let active = try session(token: token), !active.session.mfaPending else { throw .forbidden(action: "reauthenticate") }
        let key = active.account.emailKey
        let now = clock.now()
        let admission = try database.write { db in
            try Self.recordAttempt(db, key: key, address: address, now: now, configuration: configuration)
        }
        guard case .recorded(let attemptID) = admission else {
            if case .throttled(let seconds) = admission { return .throttled(retryAfter: seconds) }
            return .refused
        }
        guard passwords.verify(password, hash: active.account.passwordHash) else {
            try database.write { db in
                try AuditLog.append(db, caller: active.caller(address: address), action: "session.reauthentication-failed",
                                    target: "account:\(active.account.id)", at: now)
            }
            return .refused
        }
        let prepared = try prepare()
        return .done(try database.write { db in
            try db.execute(sql: "DELETE FROM loginAttempt WHERE id = ? OR (emailKey = ? AND failed)", arguments: [attemptID, key])
            guard try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM session WHERE tokenHash = ?", arguments: [active.session.tokenHash]) == 1 else {
                throw PortalStateError.forbidden(action: "reauthenticate")
            }
            return try change(db, active, now, prepared)
        })
    }
}
