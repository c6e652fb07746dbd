import Foundation
import GRDB

/// What a code given on the second-factor settings page did.
public enum EnrolmentOutcome: Sendable, Equatable {
    /// The factor is now on (enrolled) or off (removed).
    case done
    /// Wrong or reused code, or nothing to prove.
    case refused
    /// Too many wrong codes in the throttle window.
    case throttled(retryAfter: Int)
}

extension PortalStore {
    /// The secret a signed-in person without a second factor enrols with: made once and
    /// kept with the session until a code proves it. Nil when the account has one already.
    public func enrolmentSecret(token: String) throws(PortalStateError) -> String? {
        guard let active = try session(token: token), !active.session.mfaPending, active.account.totpSecret == nil else { return nil }
        let digest = SecretToken.digest(of: token)
        return try database.write { db in
            if let kept = try String.fetchOne(db, sql: "SELECT totpEnrolment FROM session WHERE tokenHash = ?", arguments: [digest]) {
                return kept
            }
            let secret = SecretToken.generate(bytes: 20).value
            try db.execute(sql: "UPDATE session SET totpEnrolment = ? WHERE tokenHash = ?", arguments: [secret, digest])
            return secret
        }
    }

    /// The enrolment secret already made for this session, without making one (a GET never writes).
    public func keptEnrolmentSecret(token: String) throws(PortalStateError) -> String? {
        guard let active = try session(token: token), !active.session.mfaPending, active.account.totpSecret == nil else { return nil }
        let digest = SecretToken.digest(of: token)
        return try database.read { db in try String.fetchOne(db, sql: "SELECT totpEnrolment FROM session WHERE tokenHash = ?", arguments: [digest]) }
    }

    /// Turns the second factor on (with the session's enrolment secret) or, for a supplier
    /// user, off (with the current secret): either way a fresh code must prove it, under the
    /// same replay refusal and throttle as at sign-in. Staff cannot turn it off.
    public func changeSecondFactor(
        token: String, enable: Bool, address: String, matchingStep: (String) -> Int64?
    ) throws(PortalStateError) -> EnrolmentOutcome {
        guard let active = try session(token: token), !active.session.mfaPending else { return .refused }
        let account = active.account
        if !enable, account.role.isStaff { throw .forbidden(action: "totp-remove") }
        let secret: String
        if enable {
            guard let kept = try enrolmentSecret(token: token) else { return .refused }
            secret = kept
        } else {
            guard let current = account.totpSecret else { return .refused }
            secret = current
        }
        let key = "totp:\(account.id)"
        let now = clock.now()
        let windowStart = now.addingTimeInterval(-configuration.throttleWindow)
        if let retryAfter = try Self.countTOTPAttempt(key: key, address: address, now: now, windowStart: windowStart, configuration: configuration, database) {
            return .throttled(retryAfter: retryAfter)
        }
        let step = matchingStep(secret)
        let caller = active.caller(address: address)
        return try database.write { db in
            let last = try Int64?.fetchOne(db, sql: "SELECT totpLastStep FROM account WHERE id = ?", arguments: [account.id]) ?? nil
            guard let step, step > (last ?? Int64.min) else {
                try AuditLog.append(db, caller: caller, action: "totp.code-refused", target: "account:\(account.id)",
                                    details: step == nil ? "wrong" : "reused", at: now)
                return .refused
            }
            try db.execute(sql: "UPDATE account SET totpSecret = ?, totpLastStep = ? WHERE id = ?", arguments: [enable ? secret : nil, step, account.id])
            try db.execute(sql: "UPDATE session SET totpEnrolment = NULL WHERE accountID = ?", arguments: [account.id])
            try db.execute(sql: "DELETE FROM loginAttempt WHERE emailKey = ?", arguments: [key])
            try AuditLog.append(db, caller: caller, action: enable ? "totp.enrolled" : "totp.removed", target: "account:\(account.id)", at: now)
            return .done
        }
    }
}
