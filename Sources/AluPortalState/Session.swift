public import Foundation
import GRDB

/// A signed-in browser, kept server-side. Its row is keyed by the token's SHA-256; the
/// token itself lives only in the person's cookie.
public struct Session: Sendable, Hashable, Codable {
    public var tokenHash: String
    public var accountID: Int64
    public var createdAt: Date
    public var lastSeenAt: Date
    /// Password given, TOTP code not yet: the session grants nothing but the code's form.
    public var mfaPending: Bool
    /// The client address at sign-in.
    public var address: String
}

/// A session just opened: the token for the cookie, the CSRF token for its forms.
public struct SessionGrant: Sendable {
    public var token: SecretToken
    public var session: Session
    public var account: Account
    /// ``SecretToken/csrf(forSession:)`` of ``token``.
    public var csrfToken: String { SecretToken.csrf(forSession: token) }
}

/// A session found by its token, still within its timeouts, of an account not disabled.
public struct ActiveSession: Sendable {
    public var session: Session
    public var account: Account
    public var token: SecretToken
    public var csrfToken: String { SecretToken.csrf(forSession: token) }

    /// Who acts through this session, from `address`.
    public func caller(address: String) -> Caller { Caller(account: account, address: address) }
}

/// What a sign-in attempt gives. ``refused`` is the same for an unknown account, a
/// disabled one and a wrong password, and costs the same time.
public enum SignInOutcome: Sendable {
    case signedIn(SessionGrant)
    case refused
    /// Too many failures for this account or this address: try again in `retryAfter` seconds.
    case throttled(retryAfter: Int)
}

extension Session {
    init(row: Row) {
        tokenHash = row["tokenHash"]
        accountID = row["accountID"]
        createdAt = row["createdAt"]
        lastSeenAt = row["lastSeenAt"]
        mfaPending = row["mfaPending"]
        address = row["address"]
    }

    static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> Session? {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map(Session.init(row:))
    }
}
