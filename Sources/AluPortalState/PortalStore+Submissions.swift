public import AluCatalog
import Foundation
import AluDiagnostics
import AluIntake
import GRDB

/// Which pending submissions a reviewer wants to see.
public struct PendingFilter: Sendable, Hashable {
    public enum Kind: Sendable, Hashable {
        /// A supplier's first entry.
        case new
        /// A change to a published entry.
        case update
    }

    public var supplierID: String?
    public var kind: Kind?

    public init(supplierID: String? = nil, kind: Kind? = nil) {
        self.supplierID = supplierID
        self.kind = kind
    }
}

extension PortalStore {
    /// Saves an entry (XML, or an ODS form when `fileName` ends `.ods`) as a draft: a new
    /// submission, or `submissionID`'s new revision (a pending one goes back to draft until
    /// submitted again, so a reviewer's open copy becomes stale). The pipeline runs, and
    /// its diagnostics are kept for the author to see beside each field; a draft may have
    /// errors.
    ///
    /// A supplier user saves for its own entry only. Staff may save for any supplier
    /// (`supplierID` then names it): the submission and its history say it was done on the
    /// supplier's behalf.
    public func saveDraft(
        _ bytes: [UInt8], fileName: String, supplierID: String? = nil, submissionID: Int64? = nil,
        by caller: Caller, index: CatalogIndex? = nil
    ) throws(PortalStateError) -> Submission {
        guard let account = caller.account, !account.isDisabled else { throw .forbidden(action: "save") }
        guard bytes.count <= configuration.maxEntryBytes else { throw .entryTooLarge(maximum: configuration.maxEntryBytes) }
        let onBehalf = account.role.isStaff
        var target = onBehalf ? supplierID : account.supplierID
        if !onBehalf, let supplierID, supplierID != account.supplierID { throw .forbidden(action: "save") }
        if let submissionID {
            guard let existing = try database.read({ db in try Submission.fetch(db, id: submissionID) }) else {
                throw .submissionNotFound(submissionID)
            }
            try Self.authorize(caller, existing)
            target = existing.supplierID
        }
        guard let target, !target.isEmpty else { throw .supplierIDRequired }
        let check = try self.check(bytes, fileName: fileName, index: index)
        let diagnostics = Submission.encode(check.report.diagnostics)
        let now = clock.now()
        return try database.write { db in
            let id: Int64
            if let submissionID {
                let current = try Submission.fetch(db, id: submissionID)!
                guard [.draft, .pending].contains(current.state) else {
                    throw PortalStateError.wrongState(id: submissionID, state: current.state)
                }
                try Self.refuseIfDeciding(submissionID, db)
                try db.execute(sql: """
                    UPDATE submission SET state = 'draft', entry = ?, fileName = ?, diagnostics = ?, authorID = ?, onBehalf = ?,
                        updatedAt = ?, revision = revision + 1, submittedAt = NULL, claimedBy = NULL, claimedAt = NULL
                    WHERE id = ?
                    """, arguments: [Data(bytes), fileName, diagnostics, account.id, onBehalf, now, submissionID])
                id = submissionID
            } else {
                try db.execute(sql: """
                    INSERT INTO submission (supplierID, state, entry, fileName, diagnostics, authorID, onBehalf, createdAt, updatedAt)
                    VALUES (?, 'draft', ?, ?, ?, ?, ?, ?, ?)
                    """, arguments: [target, Data(bytes), fileName, diagnostics, account.id, onBehalf, now, now])
                id = db.lastInsertedRowID
            }
            let saved = try Submission.fetch(db, id: id)!
            try Self.event(.saved, saved, caller, onBehalf: onBehalf, at: now, db)
            try AuditLog.append(db, caller: caller, action: onBehalf ? "submission.saved-on-behalf" : "submission.saved",
                                target: "submission:\(id)", details: "\(target) revision \(saved.revision)", at: now)
            return saved
        }
    }

    /// Sends a draft for review: the same pipeline as `alucat submit` checks it (schema,
    /// rules, and what the submission policy would refuse: an NEQ of another entry…). With
    /// an error it stays a draft, its diagnostics kept, and ``PortalStateError/entryInvalid(id:errors:)``
    /// is thrown; else it is pending. The entry's id must be the submission's supplier id.
    public func submit(_ submissionID: Int64, by caller: Caller, index: CatalogIndex? = nil) throws(PortalStateError) -> Submission {
        guard let submission = try database.read({ db in try Submission.fetch(db, id: submissionID) }) else {
            throw .submissionNotFound(submissionID)
        }
        try Self.authorize(caller, submission)
        guard submission.state == .draft else { throw .wrongState(id: submissionID, state: submission.state) }
        let check = try self.check(Array(submission.entry), fileName: submission.fileName, index: index)
        if let id = check.supplier?.id, id != submission.supplierID {
            throw .entryIDMismatch(submitted: id, expected: submission.supplierID)
        }
        let isNew: Bool
        do {
            // With the index's taxonomy: without it the taxonomy is read and validated again (7 ms).
            isNew = try intake.existingEntry(submission.supplierID, taxonomy: index?.taxonomy) == nil
        } catch {
            throw .intake(error)
        }
        let now = clock.now()
        let diagnostics = Submission.encode(check.report.diagnostics)
        let onBehalf = caller.account?.role.isStaff ?? false
        let errors = check.isValid ? 0 : max(1, check.report.errorCount)
        let submitted = try database.write { db -> Submission in
            guard let current = try Submission.fetch(db, id: submissionID), current.state == .draft else {
                throw PortalStateError.wrongState(id: submissionID, state: try Submission.fetch(db, id: submissionID)?.state ?? .withdrawn)
            }
            guard current.revision == submission.revision else {
                throw PortalStateError.stale(id: submissionID, opened: submission.revision, current: current.revision)
            }
            if errors > 0 {
                try db.execute(sql: "UPDATE submission SET diagnostics = ? WHERE id = ?", arguments: [diagnostics, submissionID])
                return current
            }
            try db.execute(sql: """
                UPDATE submission SET state = 'pending', diagnostics = ?, isNew = ?, submittedAt = ?, updatedAt = ?
                WHERE id = ?
                """, arguments: [diagnostics, isNew, now, now, submissionID])
            let pending = try Submission.fetch(db, id: submissionID)!
            try Self.event(.submitted, pending, caller, onBehalf: onBehalf, at: now, db)
            try AuditLog.append(db, caller: caller, action: "submission.submitted", target: "submission:\(submissionID)",
                                details: "\(pending.supplierID) revision \(pending.revision)\(isNew ? " new" : "")", at: now)
            return pending
        }
        if errors > 0 { throw .entryInvalid(id: submissionID, errors: errors) }
        return submitted
    }

    /// Takes back a draft or a pending submission (its author's supplier, or staff).
    public func withdraw(_ submissionID: Int64, by caller: Caller) throws(PortalStateError) -> Submission {
        let now = clock.now()
        return try database.write { db in
            guard let current = try Submission.fetch(db, id: submissionID) else { throw PortalStateError.submissionNotFound(submissionID) }
            try Self.authorize(caller, current)
            guard [.draft, .pending].contains(current.state) else { throw PortalStateError.wrongState(id: submissionID, state: current.state) }
            try Self.refuseIfDeciding(submissionID, db)
            try db.execute(sql: "UPDATE submission SET state = 'withdrawn', updatedAt = ? WHERE id = ?", arguments: [now, submissionID])
            let withdrawn = try Submission.fetch(db, id: submissionID)!
            try Self.event(.withdrawn, withdrawn, caller, onBehalf: caller.account?.role.isStaff ?? false, at: now, db)
            try AuditLog.append(db, caller: caller, action: "submission.withdrawn", target: "submission:\(submissionID)", at: now)
            return withdrawn
        }
    }

    /// One submission, for its supplier's users and staff: what a reviewer opens (its
    /// ``Submission/revision`` is what a decision must name).
    public func submission(_ submissionID: Int64, by caller: Caller) throws(PortalStateError) -> Submission {
        guard let submission = try database.read({ db in try Submission.fetch(db, id: submissionID) }) else {
            throw .submissionNotFound(submissionID)
        }
        try Self.authorize(caller, submission)
        return submission
    }

    /// A supplier's submissions, newest first: its users and staff.
    public func submissions(supplierID: String, by caller: Caller) throws(PortalStateError) -> [Submission] {
        guard let account = caller.account, account.role.isStaff || account.supplierID == supplierID else {
            throw .forbidden(action: "list")
        }
        return try database.read { db in
            try Submission.fetchAll(db, sql: "SELECT * FROM submission WHERE supplierID = ? ORDER BY id DESC", arguments: [supplierID])
        }
    }

    /// A submission's history, oldest first.
    public func events(_ submissionID: Int64, by caller: Caller) throws(PortalStateError) -> [ReviewEvent] {
        _ = try submission(submissionID, by: caller)
        return try database.read { db in
            try ReviewEvent.fetchAll(db, sql: "SELECT * FROM reviewEvent WHERE submissionID = ? ORDER BY id", arguments: [submissionID])
        }
    }

    /// The review queue: pending submissions, oldest first (by when they were submitted).
    public func pending(_ filter: PendingFilter = PendingFilter(), by caller: Caller) throws(PortalStateError) -> [Submission] {
        guard caller.account?.role.isStaff == true else { throw .forbidden(action: "queue") }
        var sql = "SELECT * FROM submission WHERE state = 'pending'"
        var arguments: StatementArguments = []
        if let supplierID = filter.supplierID {
            sql += " AND supplierID = ?"
            arguments += [supplierID]
        }
        switch filter.kind {
        case .new: sql += " AND isNew"
        case .update: sql += " AND NOT isNew"
        case nil: break
        }
        sql += " ORDER BY submittedAt, id"
        let query = sql, values = arguments
        return try database.read { db in try Submission.fetchAll(db, sql: query, arguments: values) }
    }

    // MARK: - Shared

    /// The pipeline's check of an entry, as `alucat import` and `submit` run it.
    func check(_ bytes: [UInt8], fileName: String, index: CatalogIndex?) throws(PortalStateError) -> IntakeCheck {
        do {
            return try intake.check(bytes: bytes, fileName: fileName, index: index)
        } catch {
            throw .intake(error)
        }
    }

    /// Staff, or a user of the submission's supplier.
    static func authorize(_ caller: Caller, _ submission: Submission) throws(PortalStateError) {
        guard let account = caller.account, !account.isDisabled,
              account.role.isStaff || account.supplierID == submission.supplierID else { throw .forbidden(action: "submission") }
    }

    static func refuseIfDeciding(_ submissionID: Int64, _ db: Database) throws {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM approvalIntent WHERE submissionID = ?", arguments: [submissionID]) != nil {
            throw PortalStateError.decisionInProgress(id: submissionID)
        }
    }

    static func event(
        _ kind: ReviewEvent.Kind, _ submission: Submission, _ caller: Caller, onBehalf: Bool, comment: String? = nil, at: Date,
        _ db: Database
    ) throws {
        try db.execute(sql: """
            INSERT INTO reviewEvent (submissionID, at, accountID, kind, revision, onBehalf, comment) VALUES (?, ?, ?, ?, ?, ?, ?)
            """, arguments: [submission.id, at, caller.accountID, kind.rawValue, submission.revision, onBehalf, comment])
    }
}
