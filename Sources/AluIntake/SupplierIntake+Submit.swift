public import AluCatalog
public import AluDiagnostics
import AluXML
import Foundation

extension SupplierIntake {
    /// What a submission did.
    public enum SubmitOutcome: Sendable {
        /// Stored at `path`; the replaced version, if any, was kept at `previous`.
        case written(path: String, previous: String?)
        /// The canonical bytes equal the stored entry: nothing to do.
        case unchanged(path: String)
        /// Invalid: nothing changed; the diagnostics say why, worded (for a form) in
        /// `language`, the form's (`fr`, `en`), English for XML.
        case invalid(DiagnosticReport, language: String)
        /// Refused by ``SubmissionPolicy`` (ownership): nothing changed. `language` is
        /// the form's (`fr`, `en`), English for XML, to word the refusal in.
        case refused(SubmissionRefusal, language: String)
    }

    /// Validates `path` (`.ods` form or `.xml` entry) and stores it through ``store``
    /// in canonical form (see ``submit(bytes:fileName:index:)``).
    public func submit(path: String, index: CatalogIndex? = nil) throws(IntakeError) -> SubmitOutcome {
        try submit(.path(path), index: index)
    }

    /// Validates a form (`fileName` ending `.ods`) or XML entry held in memory, lets
    /// ``SubmissionPolicy`` decide, and stores the accepted entry, keeping the replaced
    /// version in history. All of it under the store's lock, so two submissions cannot
    /// interleave; a crash leaves the old entry or the new one.
    ///
    /// `index` is the catalogue the NEQ and id are checked against; without one, the
    /// catalogue is loaded once (what `alucat submit` does).
    public func submit(bytes: [UInt8], fileName: String, index: CatalogIndex? = nil) throws(IntakeError) -> SubmitOutcome {
        try submit(.bytes(bytes, fileName: fileName), index: index)
    }

    func submit(_ source: Source, index given: CatalogIndex?) throws(IntakeError) -> SubmitOutcome {
        try store.withLock { () throws(IntakeError) -> SubmitOutcome in
            var index = given ?? loader.loadAll()
            let check = try validate(source, taxonomy: index.taxonomy)
            if given != nil, let supplier = check.supplier { index = try current(index, neq: supplier.neq) }
            var existing: StoredEntry?
            if let id = check.supplier?.id { existing = try existingEntry(id, taxonomy: index.taxonomy) }
            switch SubmissionPolicy.decide(existing: existing, submitted: check, index: index) {
            case .refuse(.invalid(let report)):
                return .invalid(report, language: check.language?.rawValue ?? "en")
            case .refuse(let refusal):
                return .refused(refusal, language: check.language?.rawValue ?? "en")
            case .accept(var supplier):
                if let stored = existing?.supplier, SupplierXMLWriter.document(supplier) == SupplierXMLWriter.document(stored) {
                    return .unchanged(path: store.location(supplier.id))
                }
                supplier.lastUpdated = loader.today
                let write = try store.write(Array(SupplierXMLWriter.document(supplier).utf8), id: supplier.id, previous: existing?.bytes)
                return .written(path: write.location, previous: write.previous)
            }
        }
    }

    /// `index` as the store now is for `neq`: the entries whose stored bytes give that NEQ
    /// are (re)read into it, and entries it lists with that NEQ that no longer give it are
    /// read again or removed. Under the lock, so the decision checks the stored NEQs, not a
    /// snapshot's, whatever the file times say. Costs a read of every stored entry (a byte
    /// search, no parsing) and a pipeline run for each entry that changed.
    func current(_ index: CatalogIndex, neq: String) throws(IntakeError) -> CatalogIndex {
        var index = index
        let holders = store.ids(withNEQ: neq)
        let listed = Set(index.entries(neq: neq).map(\.id))
        for id in Set(holders).symmetricDifference(listed).sorted() {
            let file = store.location(id)
            if let bytes = try? store.current(id) {
                do { try index.upsert(bytes: bytes, file: file) } catch {
                    // Fail closed: deciding without this entry could let its NEQ be taken twice.
                    throw .io(path: file, reason: error.description)
                }
            } else {
                index.remove(file: file)
            }
        }
        return index
    }
}
