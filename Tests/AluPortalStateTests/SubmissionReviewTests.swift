import AluCatalog
import AluDiagnostics
import AluPortalState
import Foundation
import GRDB
import Testing

@Suite("Submissions and review")
struct SubmissionReviewTests {
    struct People {
        let supplier: Caller, otherSupplier: Caller, reviewer: Caller, secondReviewer: Caller
    }

    func people(_ fixture: Fixture) throws -> People {
        People(
            supplier: fixture.caller(try fixture.account("fournisseur@electro-saguenay.example")),
            otherSupplier: fixture.caller(try fixture.account("autre@alu-autre.example", supplier: "alu-autre")),
            reviewer: fixture.caller(try fixture.account("evaluatrice@grappe.example", .reviewer)),
            secondReviewer: fixture.caller(try fixture.account("evaluateur@grappe.example", .reviewer)))
    }

    func pendingSubmission(_ fixture: Fixture, _ people: People, marker: String = "Réseau Trans-Al") throws -> Submission {
        let draft = try fixture.state.saveDraft(Fixture.changed(marker), fileName: "entry.xml", by: people.supplier)
        return try fixture.state.submit(draft.id, by: people.supplier)
    }

    @Test("a draft submitted through the alucat submit pipeline becomes pending, with its diagnostics kept")
    func draftBecomesPending() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        let draft = try fixture.state.saveDraft(Fixture.changed("Réseau Trans-Al"), fileName: "entry.xml", by: people.supplier)
        #expect(draft.state == .draft)
        #expect(draft.supplierID == "electro-saguenay")
        #expect(draft.revision == 1)
        let pending = try fixture.state.submit(draft.id, by: people.supplier)
        #expect(pending.state == .pending)
        #expect(pending.isNew == false)
        #expect(!pending.report.contains { $0.severity == .error })
        #expect(try fixture.state.events(pending.id, by: people.supplier).map(\.kind) == [.saved, .submitted])
        // Nothing published yet.
        #expect(fixture.catalogueFile("electro-saguenay") == Fixture.originalXML)
    }

    @Test("an entry with errors stays a draft; its diagnostics name the field, as alucat submit's would")
    func invalidEntryStaysDraft() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        var broken = Fixture.original
        broken.neq = "11456-789"
        let draft = try fixture.state.saveDraft(Array(SupplierXMLWriter.document(broken).utf8), fileName: "entry.xml", by: people.supplier)
        #expect(throws: PortalStateError.self) { try fixture.state.submit(draft.id, by: people.supplier) }
        let after = try fixture.state.submission(draft.id, by: people.supplier)
        #expect(after.state == .draft)
        #expect(after.report.contains { $0.severity == .error && $0.field == "neq" })
        do {
            _ = try fixture.state.submit(draft.id, by: people.supplier)
        } catch {
            #expect(error.text("fr").hasPrefix("la fiche contient "))
        }
    }

    @Test("a supplier user cannot touch another supplier's entry or the review queue")
    func suppliersStayInTheirLane() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        let pending = try pendingSubmission(fixture, people)
        #expect(throws: PortalStateError.self) { _ = try fixture.state.submission(pending.id, by: people.otherSupplier) }
        #expect(throws: PortalStateError.self) { _ = try fixture.state.withdraw(pending.id, by: people.otherSupplier) }
        #expect(throws: PortalStateError.self) {
            _ = try fixture.state.saveDraft(Fixture.changed("x"), fileName: "entry.xml", supplierID: "electro-saguenay", by: people.otherSupplier)
        }
        #expect(throws: PortalStateError.self) { _ = try fixture.state.pending(by: people.supplier) }
        #expect(throws: PortalStateError.self) { _ = try fixture.state.approve(pending.id, revision: 1, by: people.supplier) }
        // An entry whose id is another supplier's is refused at submission.
        let foreign = try fixture.state.saveDraft(Fixture.changed("x", id: "electro-saguenay"), fileName: "entry.xml", by: people.otherSupplier)
        #expect(throws: PortalStateError.self) { _ = try fixture.state.submit(foreign.id, by: people.otherSupplier) }
    }

    @Test("the queue lists pending submissions oldest first, filtered by supplier and by new or update")
    func queueOrderAndFilters() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        let update = try pendingSubmission(fixture, people)
        fixture.clock.advance(60)
        let newcomer = try fixture.state.saveDraft(Fixture.newEntry("alu-autre", neq: "1171234567"), fileName: "alu-autre.xml", by: people.otherSupplier)
        let fresh = try fixture.state.submit(newcomer.id, by: people.otherSupplier)
        #expect(fresh.isNew == true)
        #expect(try fixture.state.pending(by: people.reviewer).map(\.id) == [update.id, fresh.id])
        #expect(try fixture.state.pending(PendingFilter(kind: .new), by: people.reviewer).map(\.id) == [fresh.id])
        #expect(try fixture.state.pending(PendingFilter(kind: .update), by: people.reviewer).map(\.id) == [update.id])
        #expect(try fixture.state.pending(PendingFilter(supplierID: "alu-autre"), by: people.reviewer).map(\.id) == [fresh.id])
    }

    @Test("a claim held by another reviewer is refused until it expires")
    func claims() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        let pending = try pendingSubmission(fixture, people)
        _ = try fixture.state.claim(pending.id, by: people.reviewer)
        do {
            _ = try fixture.state.claim(pending.id, by: people.secondReviewer)
            Issue.record("claimed twice")
        } catch {
            guard case .claimedByAnother(_, let reviewer, _) = error else { Issue.record("\(error)"); return }
            #expect(reviewer == "evaluatrice@grappe.example")
        }
        #expect(throws: PortalStateError.self) { _ = try fixture.state.approve(pending.id, revision: pending.revision, by: people.secondReviewer) }
        fixture.clock.advance(30 * 60)
        #expect(try fixture.state.claim(pending.id, by: people.secondReviewer).claimedBy == people.secondReviewer.account?.id)
    }

    @Test("a decision on a revision the submission no longer has is refused as stale")
    func staleDecisionIsRefused() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        let opened = try pendingSubmission(fixture, people)
        // The supplier changes it and submits again while the reviewer reads.
        _ = try fixture.state.saveDraft(Fixture.changed("Version 2"), fileName: "entry.xml", submissionID: opened.id, by: people.supplier)
        let resubmitted = try fixture.state.submit(opened.id, by: people.supplier)
        #expect(resubmitted.revision == opened.revision + 1)
        do {
            _ = try fixture.state.approve(opened.id, revision: opened.revision, by: people.reviewer)
            Issue.record("a stale approval went through")
        } catch {
            guard case .stale(_, let seen, let current) = error else { Issue.record("\(error)"); return }
            #expect((seen, current) == (opened.revision, resubmitted.revision))
        }
        #expect(throws: PortalStateError.self) { _ = try fixture.state.reject(opened.id, revision: opened.revision, comment: "non", by: people.reviewer) }
        #expect(fixture.catalogueFile("electro-saguenay") == Fixture.originalXML)
        let approval = try fixture.state.approve(opened.id, revision: resubmitted.revision, by: people.reviewer)
        #expect(approval.submission.state == .approved)
        #expect(fixture.catalogueFile("electro-saguenay")?.contains("Version 2") == true)
    }

    @Test("approval publishes through the submission store: the file, the previous version in history, the event and the audit line")
    func approvalPublishes() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        let pending = try pendingSubmission(fixture, people)
        let approval = try fixture.state.approve(pending.id, revision: pending.revision, comment: "Merci", by: people.reviewer)
        #expect(approval.path == fixture.catalog + "/suppliers/electro-saguenay.xml")
        #expect(!approval.unchanged)
        let previous = try #require(approval.previous)
        #expect(previous.hasPrefix(fixture.catalog + "/suppliers/history/electro-saguenay/"))
        #expect(String(decoding: FileManager.default.contents(atPath: previous)!, as: UTF8.self) == Fixture.originalXML)
        var expected = Fixture.original
        expected.memberships.append("Réseau Trans-Al")
        expected.lastUpdated = Fixture.today
        #expect(fixture.catalogueFile("electro-saguenay") == SupplierXMLWriter.document(expected))
        #expect(approval.submission.decidedBy == people.reviewer.account?.id)
        #expect(approval.submission.comment == "Merci")
        #expect(try fixture.state.events(pending.id, by: people.supplier).map(\.kind) == [.saved, .submitted, .approved])
        #expect(try fixture.state.catalogueHolds(approval.submission))
        let audit = try fixture.state.database.pool.read { db in
            try Row.fetchAll(db, sql: "SELECT actor, address, action FROM auditLog WHERE target = ? ORDER BY id", arguments: ["submission:\(pending.id)"])
        }
        #expect(audit.map { $0["action"] as String } == ["submission.saved", "submission.submitted", "submission.approved"])
        #expect(audit.last.map { $0["actor"] as String } == "evaluatrice@grappe.example")
        #expect(audit.last.map { $0["address"] as String } == "192.0.2.10")
        // Decided: no second decision.
        #expect(throws: PortalStateError.self) { _ = try fixture.state.approve(pending.id, revision: pending.revision, by: people.secondReviewer) }
    }

    @Test("a rejection needs a comment, which the supplier then sees")
    func rejection() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        let pending = try pendingSubmission(fixture, people)
        #expect(throws: PortalStateError.self) { _ = try fixture.state.reject(pending.id, revision: pending.revision, comment: "  \n", by: people.reviewer) }
        let rejected = try fixture.state.reject(pending.id, revision: pending.revision, comment: "Ajoutez une référence.", by: people.reviewer)
        #expect(try fixture.state.submission(pending.id, by: people.supplier).comment == "Ajoutez une référence.")
        #expect(rejected.state == .rejected)
        #expect(fixture.catalogueFile("electro-saguenay") == Fixture.originalXML)
    }

    @Test("staff editing for a supplier is recorded as on the supplier's behalf, in the submission, its history and the audit log")
    func staffEditIsOnBehalf() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        #expect(throws: PortalStateError.self) {
            _ = try fixture.state.saveDraft(Fixture.changed("Par le personnel"), fileName: "entry.xml", by: people.reviewer)
        }
        let draft = try fixture.state.saveDraft(Fixture.changed("Par le personnel"), fileName: "entry.xml", supplierID: "electro-saguenay", by: people.reviewer)
        #expect(draft.onBehalf)
        #expect(draft.authorID == people.reviewer.account?.id)
        let pending = try fixture.state.submit(draft.id, by: people.reviewer)
        #expect(try fixture.state.events(pending.id, by: people.supplier).map(\.onBehalf) == [true, true])
        let actions = try fixture.state.auditLog(by: fixture.caller(try fixture.account("admin@grappe.example", .admin))).map(\.action)
        #expect(actions.contains("submission.saved-on-behalf"))
    }

    @Test("a supplier may withdraw its pending submission; it can no longer be approved")
    func withdrawal() throws {
        let fixture = try Fixture()
        let people = try people(fixture)
        let pending = try pendingSubmission(fixture, people)
        #expect(try fixture.state.withdraw(pending.id, by: people.supplier).state == .withdrawn)
        #expect(throws: PortalStateError.self) { _ = try fixture.state.approve(pending.id, revision: pending.revision, by: people.reviewer) }
    }

    @Test("two reviewers approving one submission at once, on separate connections: exactly one wins, one file written")
    func twoReviewersOneWinner() async throws {
        for round in 0..<5 {
            let fixture = try Fixture()
            let people = try people(fixture)
            let pending = try pendingSubmission(fixture, people, marker: "Round \(round)")
            let states = [fixture.state, try fixture.reopened()]
            let reviewers = [people.reviewer, people.secondReviewer]
            let results = await withTaskGroup(of: Bool.self) { group in
                for n in 0..<2 {
                    let state = states[n], reviewer = reviewers[n]
                    group.addTask {
                        (try? state.approve(pending.id, revision: pending.revision, by: reviewer)) != nil
                    }
                }
                return await group.reduce(into: [Bool]()) { $0.append($1) }
            }
            #expect(results.filter { $0 }.count == 1, "round \(round): \(results)")
            let events = try fixture.state.events(pending.id, by: people.reviewer).filter { $0.kind == .approved }
            #expect(events.count == 1)
            let history = (try? FileManager.default.contentsOfDirectory(atPath: fixture.catalog + "/suppliers/history/electro-saguenay")) ?? []
            #expect(history.count == 1, "round \(round): \(history)")
        }
    }

    @Test("50 suppliers submitting at once: 50 pending, none lost")
    func fiftySuppliersAtOnce() async throws {
        let fixture = try Fixture()
        let suppliers = try (0..<50).map { n in
            fixture.caller(try fixture.account("contact@fournisseur-\(n).example", supplier: "fournisseur-\(n)"))
        }
        let state = fixture.state
        let failures = await withTaskGroup(of: String?.self) { group in
            for (n, caller) in suppliers.enumerated() {
                group.addTask {
                    do {
                        let entry = Fixture.newEntry("fournisseur-\(n)", neq: String(1_170_000_000 + n * 7))
                        let draft = try state.saveDraft(entry, fileName: "fournisseur-\(n).xml", by: caller)
                        _ = try state.submit(draft.id, by: caller)
                        return nil
                    } catch {
                        return "\(n): \(error)"
                    }
                }
            }
            return await group.reduce(into: [String]()) { if let failure = $1 { $0.append(failure) } }
        }
        #expect(failures.isEmpty, "\(failures)")
        let reviewer = fixture.caller(try fixture.account("evaluatrice@grappe.example", .reviewer))
        let pending = try state.pending(by: reviewer)
        #expect(pending.count == 50)
        #expect(Set(pending.map(\.supplierID)) == Set((0..<50).map { "fournisseur-\($0)" }))
        #expect(try state.database.integrityCheck() == ["ok"])
    }
}
