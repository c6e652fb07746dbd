public import AluDiagnostics
public import AluLocalization

/// Why a submission is not stored. Each case says what the submitter can do, worded
/// in French and English through ``message`` (`submission.*` keys).
public enum SubmissionRefusal: Error, Sendable, Hashable {
    /// The entry has errors (schema, rules): the report says which.
    case invalid(DiagnosticReport)
    /// The id cannot name a file (the schema's pattern is not met).
    case unsafeID(String)
    /// No entry is stored under this id, yet the catalogue has an entry claiming it
    /// (in another file).
    case idTaken(id: String)
    /// A file is stored under this id but cannot be read as an entry: staff must fix it.
    case storedEntryUnreadable(id: String)
    /// The entry stored under this id has another NEQ: it is another enterprise's.
    case neqDiffersFromStored(id: String, stored: String, submitted: String)
    /// A new entry whose NEQ another entry already has.
    case neqBelongsToAnotherEntry(neq: String, owner: String)

    /// The diagnostic code when the refusal is reported on the entry (`alucat import`).
    public var code: String {
        switch self {
        case .invalid: "submission.invalid"
        case .unsafeID: "submission.unsafe-id"
        case .idTaken: "submission.id-taken"
        case .storedEntryUnreadable: "submission.stored-unreadable"
        case .neqDiffersFromStored: "submission.neq-differs"
        case .neqBelongsToAnotherEntry: "submission.neq-taken"
        }
    }

    /// The sentence, kept as key and values until the door knows the reader's language.
    public var message: Message {
        switch self {
        case .invalid(let report): Message(code, ["errors": String(report.errorCount)])
        case .unsafeID(let id), .idTaken(let id), .storedEntryUnreadable(let id): Message(code, ["id": id])
        case .neqDiffersFromStored(let id, let stored, let submitted): Message(code, ["id": id, "stored": stored, "submitted": submitted])
        case .neqBelongsToAnotherEntry(let neq, let owner): Message(code, ["neq": neq, "owner": owner])
        }
    }

    /// The entry element the refusal is about, to place it (a line of the XML, a form
    /// cell): `neq` or `id`; nil when it is about the whole entry.
    public var field: String? {
        switch self {
        case .neqDiffersFromStored, .neqBelongsToAnotherEntry: "neq"
        case .unsafeID, .idTaken: "id"
        case .invalid, .storedEntryUnreadable: nil
        }
    }
}
