public import AluCatalog

/// Whether a checked submission may be stored: a pure decision (no I/O), the same for
/// `alucat submit`, `alucat import` (which reports what submit would refuse) and the
/// portal.
///
/// Ownership: an entry stored under an id is replaced only by a submission with the
/// same NEQ; a new entry may neither take an id another entry claims nor an NEQ
/// another entry has. Internal notes and the last-update date are the staff's, never
/// the submitter's: the accepted entry carries the stored ones.
public enum SubmissionPolicy {
    public enum Decision: Sendable {
        /// Store this entry (the submission with the staff's fields of the stored one).
        case accept(Supplier)
        case refuse(SubmissionRefusal)
    }

    /// Decides on `submitted` (already through the pipeline) given the entry stored
    /// under its id (nil when none) and the catalogue's index (for the NEQ and id
    /// of every other entry).
    public static func decide(existing: StoredEntry?, submitted: IntakeCheck, index: CatalogIndex) -> Decision {
        guard submitted.isValid, var supplier = submitted.supplier else { return .refuse(.invalid(submitted.report)) }
        if let refusal = ownership(of: supplier, existing: existing, index: index) { return .refuse(refusal) }
        supplier.internalNotes = existing?.supplier?.internalNotes
        supplier.lastUpdated = existing?.supplier?.lastUpdated
        return .accept(supplier)
    }

    /// The ownership rules alone, for an entry whether or not it is otherwise valid
    /// (what `alucat import` reports beside the entry's own problems).
    public static func ownership(of supplier: Supplier, existing: StoredEntry?, index: CatalogIndex) -> SubmissionRefusal? {
        guard SupplierIntake.isSafeID(supplier.id) else { return .unsafeID(supplier.id) }
        if let existing {
            guard let stored = existing.supplier else { return .storedEntryUnreadable(id: supplier.id) }
            guard stored.neq == supplier.neq else {
                return .neqDiffersFromStored(id: supplier.id, stored: stored.neq, submitted: supplier.neq)
            }
            return nil
        }
        if index.entry(id: supplier.id) != nil { return .idTaken(id: supplier.id) }
        if let owner = index.entries(neq: supplier.neq).first(where: { $0.id != supplier.id }) {
            return .neqBelongsToAnotherEntry(neq: supplier.neq, owner: owner.id)
        }
        return nil
    }
}
