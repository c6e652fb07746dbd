import Foundation
import GRDB

/// What a TOTP code brought.
public enum SecondFactorOutcome: Sendable {
    /// The code was right: a full session under a new id.
    case completed(SessionGrant)
    /// Wrong, or already used (a code is good once), or the session is not waiting for one.
    case refused
    /// Too many wrong codes for this account in the throttle window.
    case throttled(retryAfter: Int)
}

extension PortalStore {
    /// The secret a person waiting for the second factor enrols with: their account's, or,
    /// when they have none yet (staff must enrol at their first sign-in), one made now and
    /// kept with the pending session until a code proves it. Nil when the session is not
    /// waiting for a second factor. `enrolling` tells which.
    public func secondFactorSecret(token: String) throws(PortalStateError) -> (secret: String, enrolling: Bool)? {
        guard let pending = try session(token: token), pending.session.mfaPending else { return nil }
        if let secret = pending.account.totpSecret { return (secret, false) }
        let digest = SecretToken.digest(of: token)
        return try database.write { db in
            if let kept = try String.fetchOne(db, sql: "SELECT totpEnrolment FROM session WHERE tokenHash = ?", arguments: [digest]) {
                return (kept, true)
            }
            // 160 bits, as RFC 4226 recommends; the text is the HMAC key (HummingbirdOTP).
            let secret = SecretToken.generate(bytes: 20).value
            try db.execute(sql: "UPDATE session SET totpEnrolment = ? WHERE tokenHash = ?", arguments: [secret, digest])
            return (secret, true)
        }
    }

    /// What ``secondFactorSecret(token:)`` would give, without making anything: for the
    /// code page's GET (a GET never writes). Nil when there is none yet.
    public func keptSecondFactorSecret(token: String) throws(PortalStateError) -> (secret: String, enrolling: Bool)? {
        guard let pending = try session(token: token), pending.session.mfaPending else { return nil }
        if let secret = pending.account.totpSecret { return (secret, false) }
        let digest = SecretToken.digest(of: token)
        return try database.read { db in
            try String.fetchOne(db, sql: "SELECT totpEnrolment FROM session WHERE tokenHash = ?", arguments: [digest]).map { ($0, true) }
        }
    }

    /// Completes the sign-in of a session waiting for its second factor. `matchingStep`
    /// is the portal's TOTP check (HummingbirdOTP): given the secret, the time step the
    /// code matches (within the allowed drift), or nil. A step not after the last one
    /// accepted for the account is refused (a code is good once), wrong codes count
    /// toward the account's sign-in throttle, and an enrolment is recorded with the proof.
    public func completeSecondFactor(
        token: String, address: String, matchingStep: (String) -> Int64?
    ) throws(PortalStateError) -> SecondFactorOutcome {
        guard let pending = try session(token: token), pending.session.mfaPending,
              let (secret, enrolling) = try secondFactorSecret(token: token) else { return .refused }
        let account = pending.account
        let key = "totp:\(account.id)"
        let now = clock.now()
        let windowStart = now.addingTimeInterval(-configuration.throttleWindow)
        // The failure is counted before the code is checked (and forgotten if it is
        // right), so codes sent at once cannot all be tried past the limit.
        let retryAfter = try Self.countTOTPAttempt(key: key, address: address, now: now, windowStart: windowStart, configuration: configuration, database)
        if let retryAfter { return .throttled(retryAfter: retryAfter) }
        let step = matchingStep(secret)
        let accepted = try database.write { db -> Bool in
            let last = try Int64?.fetchOne(db, sql: "SELECT totpLastStep FROM account WHERE id = ?", arguments: [account.id]) ?? nil
            guard let step, step > (last ?? Int64.min) else {
                try AuditLog.append(db, caller: pending.caller(address: address), action: "session.code-refused",
                                    target: "account:\(account.id)", details: step == nil ? "wrong" : "reused", at: now)
                return false
            }
            try db.execute(sql: "UPDATE account SET totpLastStep = ? WHERE id = ?", arguments: [step, account.id])
            try db.execute(sql: "DELETE FROM loginAttempt WHERE emailKey = ?", arguments: [key])
            if enrolling {
                try db.execute(sql: "UPDATE account SET totpSecret = ? WHERE id = ?", arguments: [secret, account.id])
                try AuditLog.append(db, caller: pending.caller(address: address), action: "totp.enrolled",
                                    target: "account:\(account.id)", at: now)
            }
            return true
        }
        guard accepted else { return .refused }
        guard let grant = try completeMFA(token: token, address: address) else { return .refused }
        return .completed(grant)
    }

    /// Counts a TOTP attempt for `key` as failed, in the transaction that checks the limit:
    /// the retry-after when the limit is already reached (nothing counted then).
    static func countTOTPAttempt(
        key: String, address: String, now: Date, windowStart: Date, configuration: PortalStoreConfiguration, _ database: PortalDatabase
    ) throws(PortalStateError) -> Int? {
        try database.write { db -> Int? in
            let times = try Date.fetchAll(db, sql: """
                SELECT at FROM loginAttempt WHERE emailKey = ? AND failed AND at > ? ORDER BY at
                """, arguments: [key, windowStart])
            if times.count >= configuration.maxFailuresPerAccount {
                let wait = times[times.count - configuration.maxFailuresPerAccount].addingTimeInterval(configuration.throttleWindow).timeIntervalSince(now)
                return max(1, Int(wait.rounded(.up)))
            }
            try db.execute(sql: "INSERT INTO loginAttempt (emailKey, address, at, failed) VALUES (?, ?, ?, 1)", arguments: [key, address, now])
            return nil
        }
    }
}
