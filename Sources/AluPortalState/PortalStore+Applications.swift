import Foundation
import GRDB
import Synchronization

/// What an application for a new entry brought.
public enum ApplicationOutcome: Sendable {
    /// An invitation for a new supplier id, to mail to the applicant.
    case invited(IssuedLink, supplierID: String)
    /// The address already has an account (or a live invitation): nothing is sent, and
    /// the applicant is told the same as when a link was sent.
    case known
    /// Too many applications from this address in the last hour.
    case throttled(retryAfter: Int)
}

extension PortalStore {
    /// Applications per client address per hour.
    static let applicationsPerHour = 5
    private static let applicationLock = Mutex(())

    /// Anyone may apply for a new supplier entry: an invitation for a supplier user of a
    /// new supplier id (made from `legalName`, free in the catalogue, among accounts and
    /// among invitations) is issued to `email`. The entry the applicant then writes stays
    /// invisible until staff approve it, and the submission policy checks its NEQ like
    /// every other door's. `isTaken` says whether the catalogue already has an id.
    public func apply(
        email: String, legalName: String, language: String, caller: Caller, isTaken: (String) -> Bool
    ) throws(PortalStateError) -> ApplicationOutcome {
        guard let address = EmailAddress.validated(email) else { throw .emailInvalid(email) }
        let name = legalName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !name.isEmpty, name.count <= 200, !name.contains(where: { $0.isNewline || $0.unicodeScalars.contains { $0.properties.generalCategory == .control } })
        else { throw .legalNameRequired }
        let now = clock.now()
        let key = "apply"
        let retryAfter = try database.write { db -> Int? in
            let times = try Date.fetchAll(db, sql: """
                SELECT at FROM loginAttempt WHERE emailKey = ? AND address = ? AND at > ? ORDER BY at
                """, arguments: [key, caller.address, now.addingTimeInterval(-3600)])
            guard times.count >= Self.applicationsPerHour else {
                try db.execute(sql: "INSERT INTO loginAttempt (emailKey, address, at, failed) VALUES (?, ?, ?, 0)", arguments: [key, caller.address, now])
                return nil
            }
            return max(1, Int(times[times.count - Self.applicationsPerHour].addingTimeInterval(3600).timeIntervalSince(now).rounded(.up)))
        }
        if let retryAfter { return .throttled(retryAfter: retryAfter) }
        // Choosing a free id and inviting for it happen under one lock: two applications
        // with the same name at the same moment never share a supplier.
        return try Self.applicationLock.withLock { _ throws(PortalStateError) -> ApplicationOutcome in
            let base = Self.supplierID(from: name)
            let taken: Set<String> = try database.read { db in
                Set(try String.fetchAll(db, sql: """
                    SELECT supplierID FROM account WHERE supplierID LIKE ? || '%'
                    UNION SELECT supplierID FROM invitation WHERE supplierID LIKE ? || '%'
                    UNION SELECT supplierID FROM submission WHERE supplierID LIKE ? || '%'
                    """, arguments: [base, base, base]))
            }
            var id = base
            var n = 2
            while taken.contains(id) || isTaken(id) {
                id = "\(base)-\(n)"
                n += 1
            }
            let known = try database.read { db in
                try Account.fetch(db, emailKey: EmailAddress.key(address)) != nil
                    || (try Bool.fetchOne(db, sql: "SELECT 1 FROM invitation WHERE emailKey = ? AND usedAt IS NULL AND expiresAt > ?",
                                          arguments: [EmailAddress.key(address), now]) ?? false)
            }
            if known {
                try database.write { db in
                    try AuditLog.append(db, caller: caller, action: "application.known-address", target: "email:\(EmailAddress.key(address))", at: now)
                }
                return .known
            }
            let link = try invite(email: address, role: .supplier, supplierID: id, language: language, by: .system)
            try database.write { db in
                try AuditLog.append(db, caller: caller, action: "application.received", target: "invitation:\(link.id)",
                                    details: "\(id) \(name)", at: now)
            }
            return .invited(link, supplierID: id)
        }
    }

    /// A supplier id from a legal name: `Électro-Saguenay inc.` → `electro-saguenay-inc`,
    /// the schema's `[a-z0-9]+(-[a-z0-9]+)*`, at most 60 characters; `entreprise` when
    /// nothing is left.
    static func supplierID(from name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: Locale(identifier: "fr_CA"))
            .lowercased()
        var id = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                id.unicodeScalars.append(scalar)
            } else if !id.isEmpty, !id.hasSuffix("-") {
                id.append("-")
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        if id.count > 60 {
            id = String(id.prefix(60))
            while id.hasSuffix("-") { id.removeLast() }
        }
        return id.isEmpty ? "entreprise" : id
    }
}
