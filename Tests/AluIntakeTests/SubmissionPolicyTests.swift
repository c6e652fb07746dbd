import AluCatalog
import AluDiagnostics
import AluIntake
import AluLocalization
import Foundation
import Testing

/// The pure decision: existing entry, submitted entry, index → accept or a typed refusal.
@Suite("Submission policy")
struct SubmissionPolicyTests {
    static let original = TestCatalog.entry("electro-saguenay")
    /// An index of a catalogue holding electro-saguenay, plus a file claiming the id
    /// `claimed-elsewhere` under another name.
    static let index: CatalogIndex = {
        var claimed = original
        claimed.id = "claimed-elsewhere"
        claimed.neq = "1160000005"
        let root = TestPaths.scratchCatalog(entries: [
            "electro-saguenay": SupplierXMLWriter.document(original),
            "other-file": SupplierXMLWriter.document(claimed),
        ])
        return TestCatalog.loader(root).loadAll()
    }()

    func submitted(_ supplier: Supplier, errors: [Diagnostic] = []) -> IntakeCheck {
        IntakeCheck(supplier: supplier, canonicalXML: nil, report: DiagnosticReport(files: ["s.xml"], diagnostics: errors))
    }

    func refusal(_ decision: SubmissionPolicy.Decision) -> SubmissionRefusal? {
        if case .refuse(let refusal) = decision { return refusal }
        return nil
    }

    @Test("an update with the stored NEQ is accepted, keeping the staff's notes and date, never the submitter's")
    func updateKeepsStaffFields() {
        var stored = Self.original
        stored.internalNotes = "Staff only"
        stored.lastUpdated = CalendarDay(year: 2025, month: 1, day: 2)
        var update = Self.original
        update.internalNotes = "Forged"
        update.lastUpdated = CalendarDay(year: 2030, month: 1, day: 1)
        update.memberships.append("Réseau Trans-Al")
        guard case .accept(let accepted) = SubmissionPolicy.decide(
            existing: StoredEntry(bytes: [1], supplier: stored), submitted: submitted(update), index: Self.index)
        else { Issue.record("refused"); return }
        #expect(accepted.internalNotes == "Staff only")
        #expect(accepted.lastUpdated == CalendarDay(year: 2025, month: 1, day: 2))
        #expect(accepted.memberships.last == "Réseau Trans-Al")
    }

    @Test("a new entry with its own id and NEQ is accepted, without notes")
    func newEntryAccepted() {
        var new = Self.original
        new.id = "nouvelle-entreprise"
        new.neq = "1170000004"
        new.internalNotes = "Forged"
        guard case .accept(let accepted) = SubmissionPolicy.decide(existing: nil, submitted: submitted(new), index: Self.index) else {
            Issue.record("refused"); return
        }
        #expect(accepted.internalNotes == nil)
    }

    @Test("each refusal: invalid, unsafe id, id taken, unreadable stored entry, NEQ of the stored entry differs, NEQ of another entry")
    func refusals() {
        let error = Diagnostic.error(.init(file: "s.xml", line: 3), "broken", code: "supplier.neq")
        #expect(refusal(SubmissionPolicy.decide(existing: nil, submitted: submitted(Self.original, errors: [error]), index: Self.index))
                == .invalid(DiagnosticReport(files: ["s.xml"], diagnostics: [error])))

        var unsafe = Self.original
        unsafe.id = "../etc"
        #expect(refusal(SubmissionPolicy.decide(existing: nil, submitted: submitted(unsafe), index: Self.index)) == .unsafeID("../etc"))

        var taken = Self.original
        taken.id = "claimed-elsewhere"
        taken.neq = "1180000003"
        #expect(refusal(SubmissionPolicy.decide(existing: nil, submitted: submitted(taken), index: Self.index)) == .idTaken(id: "claimed-elsewhere"))

        #expect(refusal(SubmissionPolicy.decide(existing: StoredEntry(bytes: [0], supplier: nil), submitted: submitted(Self.original), index: Self.index))
                == .storedEntryUnreadable(id: "electro-saguenay"))

        var impostor = Self.original
        impostor.neq = "1199999990"
        #expect(refusal(SubmissionPolicy.decide(existing: StoredEntry(bytes: [1], supplier: Self.original), submitted: submitted(impostor), index: Self.index))
                == .neqDiffersFromStored(id: "electro-saguenay", stored: "1148820576", submitted: "1199999990"))

        var copy = Self.original
        copy.id = "electro-saguenay-bis"
        #expect(refusal(SubmissionPolicy.decide(existing: nil, submitted: submitted(copy), index: Self.index))
                == .neqBelongsToAnotherEntry(neq: "1148820576", owner: "electro-saguenay"))
    }

    @Test("every refusal is worded in French and in English, with its values", arguments: [
        SubmissionRefusal.invalid(DiagnosticReport()), .unsafeID("A_B"), .idTaken(id: "x"), .storedEntryUnreadable(id: "x"),
        .neqDiffersFromStored(id: "x", stored: "1148820576", submitted: "1199999990"),
        .neqBelongsToAnotherEntry(neq: "1148820576", owner: "x"),
    ])
    func refusalsAreWorded(_ refusal: SubmissionRefusal) {
        let fr = refusal.message.text("fr"), en = refusal.message.text("en")
        #expect(refusal.message.key.hasPrefix("submission."))
        #expect(fr != refusal.message.key && en != refusal.message.key && fr != en)
        #expect(!fr.contains("{") && !en.contains("{"))
        for value in refusal.message.values.values {
            #expect(fr.contains(value) && en.contains(value))
        }
    }
}
