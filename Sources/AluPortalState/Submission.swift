public import AluDiagnostics
public import AluLocalization
public import Foundation
import GRDB

/// Where a submission is in its life.
public enum SubmissionState: String, Sendable, Hashable, Codable, CaseIterable {
    /// Saved, not yet sent for review: its author may change it.
    case draft
    /// Waiting for a reviewer; the published entry stays as it was.
    case pending
    /// Published into the catalogue.
    case approved
    /// Refused with a comment.
    case rejected
    /// Taken back by its author before a decision.
    case withdrawn

    /// The state's name for a reader (`review.state.*`).
    public var message: Message { Message("review.state.\(rawValue)") }
}

/// One supplier entry sent through the portal, and what became of it.
public struct Submission: Sendable, Hashable, Codable {
    public var id: Int64
    /// The catalogue entry it is for; the entry's own id must be this one.
    public var supplierID: String
    public var state: SubmissionState
    /// The entry as sent: XML or an ODS form (``fileName`` says which).
    public var entry: Data
    public var fileName: String
    /// The pipeline's diagnostics, JSON.
    var diagnostics: String
    public var authorID: Int64
    /// Saved by staff for the supplier.
    public var onBehalf: Bool
    /// True when no entry was published under ``supplierID`` at submission.
    public var isNew: Bool?
    public var createdAt: Date
    public var updatedAt: Date
    public var submittedAt: Date?
    /// Counts changes of the entry: a decision names the revision it was made on.
    public var revision: Int
    public var claimedBy: Int64?
    public var claimedAt: Date?
    public var decidedBy: Int64?
    public var decidedAt: Date?
    /// The reviewer's comment (required for a rejection).
    public var comment: String?

    /// The diagnostics the pipeline gave at the last save or submission.
    public var report: [Diagnostic] {
        (try? JSONDecoder().decode([Diagnostic].self, from: Data(diagnostics.utf8))) ?? []
    }

    static func fetch(_ db: Database, id: Int64) throws -> Submission? {
        try Submission.fetchOne(db, sql: "SELECT * FROM submission WHERE id = ?", arguments: [id])
    }

    static func encode(_ diagnostics: [Diagnostic]) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: (try? encoder.encode(diagnostics)) ?? Data("[]".utf8), as: UTF8.self)
    }
}

/// One step in a submission's history, as the supplier and reviewers see it.
public struct ReviewEvent: Sendable, Hashable, Codable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case saved, submitted, claimed, approved, rejected, withdrawn
    }

    public var id: Int64
    public var submissionID: Int64
    public var at: Date
    public var accountID: Int64?
    public var kind: Kind
    /// The submission's revision the step was taken on.
    public var revision: Int
    /// Taken by staff for the supplier.
    public var onBehalf: Bool
    public var comment: String?
}

extension Submission {
    init(row: Row) {
        id = row["id"]
        supplierID = row["supplierID"]
        state = SubmissionState(rawValue: row["state"]) ?? .draft
        entry = row["entry"]
        fileName = row["fileName"]
        diagnostics = row["diagnostics"]
        authorID = row["authorID"]
        onBehalf = row["onBehalf"]
        isNew = row["isNew"]
        createdAt = row["createdAt"]
        updatedAt = row["updatedAt"]
        submittedAt = row["submittedAt"]
        revision = row["revision"]
        claimedBy = row["claimedBy"]
        claimedAt = row["claimedAt"]
        decidedBy = row["decidedBy"]
        decidedAt = row["decidedAt"]
        comment = row["comment"]
    }

    static func fetchOne(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> Submission? {
        try Row.fetchOne(db, sql: sql, arguments: arguments).map(Submission.init(row:))
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [Submission] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map(Submission.init(row:))
    }
}

extension ReviewEvent {
    init(row: Row) {
        id = row["id"]
        submissionID = row["submissionID"]
        at = row["at"]
        accountID = row["accountID"]
        kind = Kind(rawValue: row["kind"]) ?? .saved
        revision = row["revision"]
        onBehalf = row["onBehalf"]
        comment = row["comment"]
    }

    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [ReviewEvent] {
        try Row.fetchAll(db, sql: sql, arguments: arguments).map(ReviewEvent.init(row:))
    }
}
