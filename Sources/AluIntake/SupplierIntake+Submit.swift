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
            let index = try given.map { index throws(IntakeError) in try upToDate(index) } ?? loader.loadAll()
            let check = try validate(source, taxonomy: index.taxonomy)
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

    /// `index` with every entry the store holds now: an entry written since the index
    /// was built (by another process, or a submission the caller has not upserted yet)
    /// is read again, one gone is removed. Under the lock, so the NEQ and id a decision
    /// checks against are the stored ones, not a snapshot's. Costs a `stat` per entry
    /// and a read of each changed one.
    func upToDate(_ index: CatalogIndex) throws(IntakeError) -> CatalogIndex {
        var index = index
        let stored = try store.modificationTimes()
        // A margin for file systems whose times are coarser than the clock.
        let since = index.builtAt.addingTimeInterval(-2)
        for (id, time) in stored.sorted(by: { $0.key < $1.key }) {
            let file = store.location(id)
            guard time >= since || index.entry(file: file) == nil, let bytes = try store.current(id) else { continue }
            try? index.upsert(bytes: bytes, file: file)
        }
        for entry in index.entries where entry.file == store.location(entry.id) && stored[entry.id] == nil {
            index.remove(file: entry.file)
        }
        return index
    }
}
