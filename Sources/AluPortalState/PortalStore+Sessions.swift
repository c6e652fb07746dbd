import Foundation
import GRDB

extension PortalStore {
    /// Signs in with an e-mail address and a password from `address`.
    ///
    /// Throttling first (``PortalStoreConfiguration/maxFailuresPerAccount`` failures per e-mail
    /// address, known or not, and ``PortalStoreConfiguration/maxFailuresPerAddress`` per client
    /// address, in a sliding ``PortalStoreConfiguration/throttleWindow``): a refused attempt
    /// reads no password. The attempt is recorded as a failure *before* bcrypt runs (and
    /// removed if the password is right), so guesses sent at once all count. An unknown or
    /// disabled account spends the same bcrypt time on a dummy hash and gets ``SignInOutcome/refused``,
    /// like a wrong password. Success opens a new session (a new id at every sign-in:
    /// no fixation) and forgets the account's failures; staff, and suppliers who enrolled
    /// TOTP, get an ``Session/mfaPending`` session until ``completeMFA(token:address:)``.
    public func signIn(email: String, password: String, address: String) throws(PortalStateError) -> SignInOutcome {
        let key = EmailAddress.key(email)
        let now = clock.now()
        let (attemptID, retryAfter, account) = try database.write { db -> (Int64?, Int?, Account?) in
            switch try Self.recordAttempt(db, key: key, address: address, now: now, configuration: configuration) {
            case .throttled(let seconds): return (nil, seconds, nil)
            case .recorded(let id): return (id, nil, try Account.fetch(db, emailKey: key))
            }
        }
        if let retryAfter { return .throttled(retryAfter: retryAfter) }
        let verified: Bool
        if let account, !account.isDisabled {
            verified = passwords.verify(password, hash: account.passwordHash)
        } else {
            verified = passwords.verifyAgainstDummy(password)
        }
        guard verified, let account else {
            try database.write { db in
                try AuditLog.append(db, caller: Caller(account: nil, address: address), action: "session.sign-in-failed",
                                    target: "email:\(key)", at: now)
            }
            return .refused
        }
        let token = SecretToken.generate()
        let session = Session(tokenHash: token.digest, accountID: account.id, createdAt: now, lastSeenAt: now,
                              mfaPending: account.role.isStaff || account.totpSecret != nil, address: address)
        try database.write { db in
            try db.execute(sql: "DELETE FROM loginAttempt WHERE id = ? OR (emailKey = ? AND failed)", arguments: [attemptID, key])
            try Self.insert(session, db)
            try AuditLog.append(db, caller: Caller(account: account, address: address), action: "session.signed-in",
                                target: "account:\(account.id)", details: session.mfaPending ? "mfa pending" : "", at: now)
        }
        return .signedIn(SessionGrant(token: token, session: session, account: account))
    }

    /// The session of `token` if it is still valid: not idle longer than
    /// ``PortalStoreConfiguration/sessionIdleTimeout``, not older than
    /// ``PortalStoreConfiguration/sessionAbsoluteTimeout`` (a pending second factor: than
    /// ``PortalStoreConfiguration/mfaPendingTimeout``), its account not disabled. An expired
    /// session is deleted. Does not count as use: see ``touch(token:)``.
    public func session(token: String) throws(PortalStateError) -> ActiveSession? {
        let digest = SecretToken.digest(of: token)
        let now = clock.now()
        let found = try database.read { db -> (Session, Account)? in
            guard let session = try Session.fetchOne(db, sql: "SELECT * FROM session WHERE tokenHash = ?", arguments: [digest]),
                  let account = try Account.fetch(db, id: session.accountID) else { return nil }
            return (session, account)
        }
        guard let (session, account) = found else { return nil }
        let lifetime = session.mfaPending ? configuration.mfaPendingTimeout : configuration.sessionAbsoluteTimeout
        let expired = now.timeIntervalSince(session.lastSeenAt) >= configuration.sessionIdleTimeout
            || now.timeIntervalSince(session.createdAt) >= lifetime || account.isDisabled
        if expired {
            try database.write { db in
                try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [digest])
            }
            return nil
        }
        return ActiveSession(session: session, account: account, token: SecretToken(value: token))
    }

    /// Records use of a valid session now (what resets the idle timeout); false when the
    /// session is gone or expired.
    @discardableResult
    public func touch(token: String) throws(PortalStateError) -> Bool {
        guard try session(token: token) != nil else { return false }
        let now = clock.now()
        return try database.write { db in
            try db.execute(sql: "UPDATE session SET lastSeenAt = ? WHERE tokenHash = ?", arguments: [now, SecretToken.digest(of: token)])
            return db.changesCount == 1
        }
    }

    /// The second factor was proved (the TOTP check is the portal's): the pending session
    /// is replaced by a full one under a new id (ASVS: a new token when the level changes).
    public func completeMFA(token: String, address: String) throws(PortalStateError) -> SessionGrant? {
        guard let pending = try session(token: token), pending.session.mfaPending else { return nil }
        let now = clock.now()
        let fresh = SecretToken.generate()
        let session = Session(tokenHash: fresh.digest, accountID: pending.account.id, createdAt: now, lastSeenAt: now,
                              mfaPending: false, address: address)
        try database.write { db in
            try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [pending.session.tokenHash])
            guard db.changesCount == 1 else { throw PortalStateError.forbidden(action: "mfa") }  // used twice at once
            try Self.insert(session, db)
            try AuditLog.append(db, caller: pending.caller(address: address), action: "session.mfa-completed",
                                target: "account:\(pending.account.id)", at: now)
        }
        return SessionGrant(token: fresh, session: session, account: pending.account)
    }

    /// Ends the session of `token`.
    public func signOut(token: String, caller: Caller) throws(PortalStateError) {
        let now = clock.now()
        try database.write { db in
            try db.execute(sql: "DELETE FROM session WHERE tokenHash = ?", arguments: [SecretToken.digest(of: token)])
            if db.changesCount > 0 {
                try AuditLog.append(db, caller: caller, action: "session.signed-out", target: "account:\(caller.accountID ?? 0)", at: now)
            }
        }
    }

    /// Ends every session of an account: its own wish, or an admin's. Returns how many ended.
    @discardableResult
    public func signOutEverywhere(accountID: Int64, caller: Caller) throws(PortalStateError) -> Int {
        guard caller.account?.id == accountID || caller.account?.role == .admin else { throw .forbidden(action: "sign-out-everywhere") }
        let now = clock.now()
        return try database.write { db in
            try db.execute(sql: "DELETE FROM session WHERE accountID = ?", arguments: [accountID])
            let count = db.changesCount
            try AuditLog.append(db, caller: caller, action: "session.signed-out-everywhere", target: "account:\(accountID)",
                                details: "\(count) sessions", at: now)
            return count
        }
    }

    /// What ``recordAttempt(_:key:address:now:configuration:)`` decided.
    enum AttemptAdmission {
        /// Recorded as a failure under this row id: delete the row when the password is right.
        case recorded(Int64)
        case throttled(Int)
    }

    /// The throttle every password check goes through (signing in, and re-entering one's
    /// password to change it or to end sessions): too many failures for this e-mail key or
    /// this client address within the window → throttled (audited); otherwise the attempt is
    /// recorded as a failure *before* bcrypt runs, so guesses sent at once all count.
    static func recordAttempt(
        _ db: Database, key: String, address: String, now: Date, configuration: PortalStoreConfiguration
    ) throws -> AttemptAdmission {
        let window = configuration.throttleWindow
        let windowStart = now.addingTimeInterval(-window)
        // Sign-in rows leave with the window; applications and resets count for an hour.
        try db.execute(sql: """
            DELETE FROM loginAttempt WHERE at <= ? AND NOT (emailKey = 'apply' OR emailKey LIKE 'reset:%')
            """, arguments: [windowStart])
        try db.execute(sql: "DELETE FROM loginAttempt WHERE at <= ?", arguments: [now.addingTimeInterval(-3600)])
        func wait(_ column: String, _ value: String, limit: Int) throws -> TimeInterval? {
            let times = try Date.fetchAll(db, sql: """
                SELECT at FROM loginAttempt WHERE \(column) = ? AND failed AND at > ? ORDER BY at
                """, arguments: [value, windowStart])
            guard times.count >= limit else { return nil }
            // Free again when enough of the oldest failures have left the window.
            return times[times.count - limit].addingTimeInterval(window).timeIntervalSince(now)
        }
        let waits = [try wait("emailKey", key, limit: configuration.maxFailuresPerAccount),
                     try wait("address", address, limit: configuration.maxFailuresPerAddress)].compactMap { $0 }
        if let longest = waits.max() {
            try AuditLog.append(db, caller: Caller(account: nil, address: address), action: "session.throttled",
                                target: "email:\(key)", at: now)
            return .throttled(max(1, Int(longest.rounded(.up))))
        }
        try db.execute(sql: "INSERT INTO loginAttempt (emailKey, address, at, failed) VALUES (?, ?, ?, 1)",
                       arguments: [key, address, now])
        return .recorded(db.lastInsertedRowID)
    }

    static func insert(_ session: Session, _ db: Database) throws {
        try db.execute(sql: """
            INSERT INTO session (tokenHash, accountID, createdAt, lastSeenAt, mfaPending, address) VALUES (?, ?, ?, ?, ?, ?)
            """, arguments: [session.tokenHash, session.accountID, session.createdAt, session.lastSeenAt, session.mfaPending, session.address])
    }
}
