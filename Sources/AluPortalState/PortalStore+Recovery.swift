public import AluCatalog
import AluIntake
import Foundation
import GRDB

/// What ``PortalStore/recover()`` found.
public struct RecoveryReport: Sendable, Hashable {
    /// Approvals whose catalogue file had been written: now approved, with event and audit line.
    public var completed: [Int64] = []
    /// Approvals interrupted before the file was written: the submissions are pending again.
    public var reverted: [Int64] = []

    public init(completed: [Int64] = [], reverted: [Int64] = []) {
        self.completed = completed
        self.reverted = reverted
    }
}

extension PortalStore {
    /// Settles the approvals a crash interrupted; call it once at start, before serving
    /// (it assumes no approval is running in another process).
    ///
    /// For each approval intent, the catalogue decides: when the entry stored under the
    /// submission's supplier id is the submission's entry (compared as the pipeline reads
    /// both, canonically, the staff's fields aside), the file was written and the approval
    /// is completed as the reviewer made it; otherwise the intent is dropped and the
    /// submission is pending as before. Runs under the store's lock, which also removes the
    /// temporary files a killed write left, so no partial file remains beside the entries.
    public func recover() throws(PortalStateError) -> RecoveryReport {
        let intents = try database.read { db in
            try Int64.fetchAll(db, sql: "SELECT submissionID FROM approvalIntent ORDER BY startedAt, submissionID")
        }
        let index = intents.isEmpty ? nil : intake.loader.loadAll()
        var report = RecoveryReport()
        var failure: PortalStateError?
        do throws(IntakeError) {
            try intake.store.withLock { () throws(IntakeError) -> Void in
                guard let index else { return }
                for id in intents {
                    do throws(PortalStateError) {
                        if try settleIntent(id, index: index) { report.completed.append(id) } else { report.reverted.append(id) }
                    } catch {
                        failure = error
                        return
                    }
                }
            }
        } catch {
            throw .intake(error)
        }
        if let failure { throw failure }
        return report
    }

    /// Completes (true) or drops (false) the approval intent of `submissionID` by what the
    /// catalogue holds.
    func settleIntent(_ submissionID: Int64, index: CatalogIndex) throws(PortalStateError) -> Bool {
        guard let submission = try database.read({ db in try Submission.fetch(db, id: submissionID) }) else {
            throw .submissionNotFound(submissionID)
        }
        let holds = try catalogueHolds(submission, index: index)
        let now = clock.now()
        try database.write { db in
            if holds {
                _ = try Self.completeApproval(submissionID, caller: nil, details: "completed at recovery", at: now, db)
            } else {
                try db.execute(sql: "DELETE FROM approvalIntent WHERE submissionID = ?", arguments: [submissionID])
                try AuditLog.append(db, caller: .system, action: "submission.approval-interrupted", target: "submission:\(submissionID)",
                                    details: "the catalogue file was not written; still pending", at: now)
            }
        }
        return holds
    }

    /// Whether the catalogue's entry under the submission's supplier id is the
    /// submission's entry: both through the pipeline, written canonically, with the staff's
    /// fields (internal notes, last update) taken from the stored one, as publication does.
    public func catalogueHolds(_ submission: Submission, index: CatalogIndex? = nil) throws(PortalStateError) -> Bool {
        let check = try self.check(Array(submission.entry), fileName: submission.fileName, index: index)
        let stored: StoredEntry?
        do {
            stored = try intake.existingEntry(submission.supplierID, taxonomy: index?.taxonomy)
        } catch {
            throw .intake(error)
        }
        guard var submitted = check.supplier, let published = stored?.supplier else { return false }
        submitted.internalNotes = published.internalNotes
        submitted.lastUpdated = published.lastUpdated
        return SupplierXMLWriter.document(submitted) == SupplierXMLWriter.document(published)
    }
}
