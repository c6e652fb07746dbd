import AluIntake
import AluPortalState
import Foundation
import GRDB
import Testing

/// The two moments a kill can interrupt an approval, made on purpose: the crash test's
/// random kills rarely land in the microseconds between the file's rename and the commit.
@Suite("Recovery of interrupted approvals")
struct RecoveryTests {
    func interruptedApproval(_ fixture: Fixture, fileWritten: Bool) throws -> (Submission, Caller) {
        let supplier = fixture.caller(try fixture.account("fournisseur@electro-saguenay.example"))
        let reviewer = try fixture.account("evaluatrice@grappe.example", .reviewer)
        let draft = try fixture.state.saveDraft(Fixture.changed("Interrompue"), fileName: "entry.xml", by: supplier)
        let pending = try fixture.state.submit(draft.id, by: supplier)
        // Step 1 of an approval: its intent, as approve() records it.
        try fixture.state.database.pool.write { db in
            try db.execute(sql: """
                INSERT INTO approvalIntent (submissionID, supplierID, reviewerID, revision, comment, address, startedAt)
                VALUES (?, 'electro-saguenay', ?, ?, 'Bon pour publication', '192.0.2.10', '2026-02-12 10:00:00.000')
                """, arguments: [pending.id, reviewer.id, pending.revision])
        }
        if fileWritten {
            // Step 2: the store wrote the file; the process died before step 3.
            guard case .written? = try? fixture.state.intake.submit(bytes: Array(pending.entry), fileName: "entry.xml") else {
                Issue.record("not written"); return (pending, supplier)
            }
        }
        return (pending, supplier)
    }

    @Test("killed after the file was written: recovery completes the approval as the reviewer made it")
    func writtenFileCompletesTheApproval() throws {
        let fixture = try Fixture()
        let (pending, supplier) = try interruptedApproval(fixture, fileWritten: true)
        let state = try fixture.reopened()
        #expect(try state.recover() == RecoveryReport(completed: [pending.id], reverted: []))
        let approved = try state.submission(pending.id, by: supplier)
        #expect(approved.state == .approved)
        #expect(approved.comment == "Bon pour publication")
        #expect(approved.decidedBy == (try state.account(email: "evaluatrice@grappe.example"))?.id)
        let events = try state.events(pending.id, by: supplier)
        #expect(events.last?.kind == .approved)
        let audit = try state.database.pool.read { db in
            try Row.fetchOne(db, sql: "SELECT actor, details FROM auditLog WHERE action = 'submission.approved'")
        }
        #expect(audit?["actor"] == "evaluatrice@grappe.example")
        #expect((audit?["details"] as String?)?.hasSuffix("completed at recovery") == true)
        #expect(try state.recover() == RecoveryReport())
    }

    @Test("killed before the file was written: recovery drops the intent, the submission is pending and can be approved")
    func unwrittenFileRevertsToPending() throws {
        let fixture = try Fixture()
        let (pending, supplier) = try interruptedApproval(fixture, fileWritten: false)
        let state = try fixture.reopened()
        // Meanwhile the interrupted decision blocks any other.
        let reviewer = Caller(account: try state.account(email: "evaluatrice@grappe.example"), address: "192.0.2.10")
        #expect(throws: PortalStateError.self) { _ = try state.approve(pending.id, revision: pending.revision, by: reviewer) }
        #expect(try state.recover() == RecoveryReport(completed: [], reverted: [pending.id]))
        #expect(try state.submission(pending.id, by: supplier).state == .pending)
        #expect(fixture.catalogueFile("electro-saguenay") == Fixture.originalXML)
        let approval = try state.approve(pending.id, revision: pending.revision, by: reviewer)
        #expect(approval.submission.state == .approved)
        #expect(fixture.catalogueFile("electro-saguenay")?.contains("Interrompue") == true)
    }
}
