public import AluCatalog
import AluIntake
import AluDiagnostics
import Foundation
import GRDB

/// What an approval did to the catalogue: where the entry now is, for the server to
/// upsert into its live index.
public struct Approval: Sendable {
    public var submission: Submission
    /// The catalogue file (`suppliers/<id>.xml`).
    public var path: String
    /// Where the replaced version was kept; nil for a first entry or an unchanged one.
    public var previous: String?
    /// The catalogue already held exactly this entry: nothing was written.
    public var unchanged: Bool
}

extension PortalStore {
    /// Claims a pending submission for the caller (staff), so two reviewers do not work on
    /// one: a claim another reviewer holds is refused until it is
    /// ``PortalStoreConfiguration/claimDuration`` old. Claiming again renews one's own claim.
    public func claim(_ submissionID: Int64, by caller: Caller) throws(PortalStateError) -> Submission {
        guard let reviewer = caller.account, reviewer.role.isStaff else { throw .forbidden(action: "claim") }
        let now = clock.now()
        return try database.write { db in
            let current = try Self.pendingSubmission(submissionID, db)
            try Self.refuseForeignClaim(current, reviewer: reviewer, now: now, duration: configuration.claimDuration, db)
            try db.execute(sql: "UPDATE submission SET claimedBy = ?, claimedAt = ? WHERE id = ?", arguments: [reviewer.id, now, submissionID])
            let claimed = try Submission.fetch(db, id: submissionID)!
            try Self.event(.claimed, claimed, caller, onBehalf: false, at: now, db)
            try AuditLog.append(db, caller: caller, action: "submission.claimed", target: "submission:\(submissionID)", at: now)
            return claimed
        }
    }

    /// Rejects a pending submission with a comment for the supplier (required). `revision`
    /// is the one the reviewer read: a submission changed since is refused as stale.
    public func reject(_ submissionID: Int64, revision: Int, comment: String, by caller: Caller) throws(PortalStateError) -> Submission {
        guard let reviewer = caller.account, reviewer.role.isStaff else { throw .forbidden(action: "reject") }
        let comment = comment.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !comment.isEmpty else { throw .commentRequired }
        guard comment.count <= configuration.maxCommentLength else { throw .commentTooLong(maximum: configuration.maxCommentLength) }
        let now = clock.now()
        return try database.write { db in
            let current = try Self.decidable(submissionID, revision: revision, reviewer: reviewer, now: now, claimDuration: configuration.claimDuration, db)
            try db.execute(sql: """
                UPDATE submission SET state = 'rejected', decidedBy = ?, decidedAt = ?, comment = ?, updatedAt = ? WHERE id = ?
                """, arguments: [reviewer.id, now, comment, now, current.id])
            let rejected = try Submission.fetch(db, id: submissionID)!
            try Self.event(.rejected, rejected, caller, onBehalf: false, comment: comment, at: now, db)
            try AuditLog.append(db, caller: caller, action: "submission.rejected", target: "submission:\(submissionID)",
                                details: "revision \(revision): \(comment)", at: now)
            return rejected
        }
    }

    /// Approves a pending submission and publishes it through the same submission policy
    /// and entry store as `alucat submit` (atomic file write, the previous version kept in
    /// history, under the store's lock). `revision` is the one the reviewer read.
    ///
    /// Crash-safe in three steps, so that after a kill at any moment a start-up
    /// ``recover()`` finds every submission approved (event, audit line and catalogue file)
    /// or still pending, and no partial file:
    /// 1. one transaction checks the decision (pending, this revision, not claimed by
    ///    another, no other decision under way) and records an *approval intent*; of two
    ///    reviewers approving at once, exactly one gets past this point;
    /// 2. the entry is published (``AluIntake/SupplierIntake/submit(bytes:fileName:index:)``):
    ///    the file is replaced by rename, so it holds the old entry or the new one;
    /// 3. one transaction marks the submission approved, appends its event and audit line,
    ///    and removes the intent.
    /// An intent left by a crash is settled by what the file holds (``recover()``). When
    /// the policy refuses at step 2 (an NEQ taken since submission…), the intent is removed,
    /// the submission stays pending with the refusal among its diagnostics, and
    /// ``PortalStateError/publicationRefused(id:_:)`` is thrown.
    public func approve(
        _ submissionID: Int64, revision: Int, comment: String? = nil, by caller: Caller, index: CatalogIndex? = nil
    ) throws(PortalStateError) -> Approval {
        guard let reviewer = caller.account, reviewer.role.isStaff else { throw .forbidden(action: "approve") }
        let comment = comment?.trimmingCharacters(in: .whitespacesAndNewlines).nilIfEmpty
        if let comment, comment.count > configuration.maxCommentLength { throw .commentTooLong(maximum: configuration.maxCommentLength) }
        let now = clock.now()
        // 1. The intent.
        let submission = try database.write { db in
            let current = try Self.decidable(submissionID, revision: revision, reviewer: reviewer, now: now, claimDuration: configuration.claimDuration, db)
            if try Bool.fetchOne(db, sql: "SELECT 1 FROM approvalIntent WHERE supplierID = ?", arguments: [current.supplierID]) != nil {
                throw PortalStateError.decisionInProgress(id: submissionID)
            }
            try db.execute(sql: """
                INSERT INTO approvalIntent (submissionID, supplierID, reviewerID, revision, comment, address, startedAt)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                """, arguments: [current.id, current.supplierID, reviewer.id, revision, comment, caller.address, now])
            return current
        }
        // 2. The catalogue file.
        let outcome: SupplierIntake.SubmitOutcome
        do {
            outcome = try intake.submit(bytes: Array(submission.entry), fileName: submission.fileName, index: index)
        } catch {
            // Whether the file was replaced before the failure is for the file to say.
            _ = try? settle(submissionID)
            throw .intake(error)
        }
        let path: String, previous: String?
        switch outcome {
        case .written(let written, let kept): (path, previous) = (written, kept)
        case .unchanged(let same): (path, previous) = (same, nil)
        case .invalid(let report, _):
            try abandon(submissionID, diagnostics: report.diagnostics, refusal: "invalid", caller: caller)
            throw .publicationRefused(id: submissionID, .invalid(report))
        case .refused(let refusal, _):
            try abandon(submissionID, diagnostics: nil, refusal: refusal.code, caller: caller)
            throw .publicationRefused(id: submissionID, refusal)
        }
        // 3. The decision.
        let approved = try database.write { db in
            try Self.completeApproval(submissionID, caller: caller, details: path, at: clock.now(), db)
        }
        if case .unchanged = outcome { return Approval(submission: approved, path: path, previous: nil, unchanged: true) }
        return Approval(submission: approved, path: path, previous: previous, unchanged: false)
    }

    /// The follow-up of an intent when publishing failed without an answer: settles it by
    /// what the file holds (as at recovery).
    func settle(_ submissionID: Int64) throws(PortalStateError) -> Bool {
        let index = intake.loader.loadAll()
        return try settleIntent(submissionID, index: index)
    }

    /// The policy refused at publication: no file was written; the intent goes, the
    /// submission stays pending.
    func abandon(_ submissionID: Int64, diagnostics: [Diagnostic]?, refusal: String, caller: Caller) throws(PortalStateError) {
        let now = clock.now()
        try database.write { db in
            try db.execute(sql: "DELETE FROM approvalIntent WHERE submissionID = ?", arguments: [submissionID])
            if let diagnostics {
                try db.execute(sql: "UPDATE submission SET diagnostics = ? WHERE id = ?",
                               arguments: [Submission.encode(diagnostics), submissionID])
            }
            try AuditLog.append(db, caller: caller, action: "submission.publication-refused", target: "submission:\(submissionID)",
                                details: refusal, at: now)
        }
    }

    /// Marks `submissionID` approved as its intent says (reviewer, revision, comment),
    /// with its event and audit line, and removes the intent: step 3 of ``approve(_:revision:comment:by:index:)``,
    /// and what recovery does for a file that was written.
    static func completeApproval(_ submissionID: Int64, caller: Caller?, details: String, at now: Date, _ db: Database) throws -> Submission {
        guard let intent = try Row.fetchOne(db, sql: "SELECT * FROM approvalIntent WHERE submissionID = ?", arguments: [submissionID]) else {
            throw PortalStateError.decisionInProgress(id: submissionID)
        }
        let reviewerID: Int64 = intent["reviewerID"]
        let comment: String? = intent["comment"]
        let reviewer = try Account.fetch(db, id: reviewerID)
        let address: String = intent["address"]
        let who = caller ?? Caller(account: reviewer, address: address)
        try db.execute(sql: "DELETE FROM approvalIntent WHERE submissionID = ?", arguments: [submissionID])
        try db.execute(sql: """
            UPDATE submission SET state = 'approved', decidedBy = ?, decidedAt = ?, comment = ?, updatedAt = ? WHERE id = ?
            """, arguments: [reviewerID, now, comment, now, submissionID])
        let approved = try Submission.fetch(db, id: submissionID)!
        try event(.approved, approved, who, onBehalf: false, comment: comment, at: now, db)
        try AuditLog.append(db, caller: who, action: "submission.approved", target: "submission:\(submissionID)",
                            details: "revision \(approved.revision) \(details)", at: now)
        return approved
    }

    // MARK: - Checks shared by the decisions

    static func pendingSubmission(_ submissionID: Int64, _ db: Database) throws -> Submission {
        guard let current = try Submission.fetch(db, id: submissionID) else { throw PortalStateError.submissionNotFound(submissionID) }
        guard current.state == .pending else { throw PortalStateError.wrongState(id: submissionID, state: current.state) }
        return current
    }

    static func refuseForeignClaim(_ submission: Submission, reviewer: Account, now: Date, duration: TimeInterval, _ db: Database) throws {
        guard let holder = submission.claimedBy, holder != reviewer.id, let claimedAt = submission.claimedAt else { return }
        let until = claimedAt.addingTimeInterval(duration)
        guard until > now else { return }
        let email = try Account.fetch(db, id: holder)?.email ?? "#\(holder)"
        throw PortalStateError.claimedByAnother(id: submission.id, reviewer: email, until: until)
    }

    /// Pending, at `revision`, not claimed by another reviewer, no decision under way.
    static func decidable(
        _ submissionID: Int64, revision: Int, reviewer: Account, now: Date, claimDuration: TimeInterval, _ db: Database
    ) throws -> Submission {
        let current = try pendingSubmission(submissionID, db)
        try refuseIfDeciding(submissionID, db)
        guard current.revision == revision else {
            throw PortalStateError.stale(id: submissionID, opened: revision, current: current.revision)
        }
        try refuseForeignClaim(current, reviewer: reviewer, now: now, duration: claimDuration, db)
        return current
    }
}

extension String {
    var nilIfEmpty: String? { isEmpty ? nil : self }
}
