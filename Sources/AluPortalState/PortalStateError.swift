public import AluIntake
import AluLocalization
public import Foundation

/// Why an operation on the portal's state could not be done. Each case words itself in
/// French and English through ``text(_:)`` (`account.*`, `review.*`, `mail.*` keys);
/// `errorDescription` is the English sentence, so the error prints well in a log.
public enum PortalStateError: Error, Sendable, LocalizedError, CustomStringConvertible {
    /// The database was migrated by a newer AluCat: migrations this build does not know.
    case databaseFromTheFuture(path: String, unknownMigrations: [String])
    /// SQLite failed (disk full, damaged file…): the reason as SQLite gave it.
    case database(path: String, reason: String)
    /// A file or folder of the state (the data folder, the outbox) could not be used.
    case io(path: String, reason: String)

    // Accounts and passwords.
    case passwordTooShort(minimum: Int)
    case passwordTooLong(maximum: Int)
    case passwordHasControlCharacter
    /// Among the passwords attackers try first (``CommonPasswords``).
    case passwordTooCommon
    case emailInvalid(String)
    case emailTaken(String)
    case supplierIDRequired
    /// An application without a usable company name (empty, over 200 characters, a line break).
    case legalNameRequired
    /// A supplier id that is not of the schema's form (`[a-z0-9]+(-[a-z0-9]+)*`).
    case supplierIDInvalid(String)
    case staffWithSupplierID
    /// Unknown, used or expired: one answer, so a link's state is not revealed.
    case invitationInvalid
    case resetTokenInvalid
    case accountNotFound(Int64)
    /// The caller's role or supplier does not allow `action` (a key word, e.g. `approve`).
    case forbidden(action: String)

    // Submissions and review.
    case submissionNotFound(Int64)
    case wrongState(id: Int64, state: SubmissionState)
    case entryIDMismatch(submitted: String, expected: String)
    /// The entry has errors: its diagnostics are stored on the submission (still a draft).
    case entryInvalid(id: Int64, errors: Int)
    case entryTooLarge(maximum: Int)
    case claimedByAnother(id: Int64, reviewer: String, until: Date)
    case stale(id: Int64, opened: Int, current: Int)
    case decisionInProgress(id: Int64)
    case commentRequired
    case commentTooLong(maximum: Int)
    /// The submission policy refused the entry at publication (an NEQ taken since…).
    case publicationRefused(id: Int64, SubmissionRefusal)
    /// The catalogue store could not be read or written.
    case intake(IntakeError)

    // Mail.
    case headerInjection(field: String)
    case mailAddressInvalid(String)
    case sendmailFailed(command: String, status: Int32, output: String)
    /// The mail command was still running after `seconds`: it was killed.
    case sendmailTimedOut(command: String, seconds: Int)

    /// The sentence for a reader of `language` (`fr` or `en`).
    public func text(_ language: String) -> String {
        switch self {
        case .databaseFromTheFuture(let path, let unknown):
            return Message("account.database-from-future", ["path": path, "migrations": unknown.joined(separator: ", ")]).text(language)
        case .database(let path, let reason): return Message("account.database", ["path": path, "reason": reason]).text(language)
        case .io(let path, let reason): return Message("account.io", ["path": path, "reason": reason]).text(language)
        case .passwordTooShort(let minimum): return Message("account.password-too-short", ["minimum": String(minimum)]).text(language)
        case .passwordTooLong(let maximum): return Message("account.password-too-long", ["maximum": String(maximum)]).text(language)
        case .passwordHasControlCharacter: return Message("account.password-control").text(language)
        case .passwordTooCommon: return Message("account.password-common").text(language)
        case .emailInvalid(let email): return Message("account.email-invalid", ["email": email]).text(language)
        case .emailTaken(let email): return Message("account.email-taken", ["email": email]).text(language)
        case .supplierIDRequired: return Message("account.supplier-id-required").text(language)
        case .legalNameRequired: return Message("account.legal-name-required").text(language)
        case .supplierIDInvalid(let id): return Message("account.supplier-id-invalid", ["id": id]).text(language)
        case .staffWithSupplierID: return Message("account.staff-without-supplier").text(language)
        case .invitationInvalid: return Message("account.invitation-invalid").text(language)
        case .resetTokenInvalid: return Message("account.reset-invalid").text(language)
        case .accountNotFound(let id): return Message("account.unknown", ["id": String(id)]).text(language)
        case .forbidden(let action): return Message("account.forbidden", ["action": action]).text(language)
        case .submissionNotFound(let id): return Message("review.not-found", ["id": String(id)]).text(language)
        case .wrongState(let id, let state):
            return Message("review.wrong-state", ["id": String(id), "state": state.message.text(language)]).text(language)
        case .entryIDMismatch(let submitted, let expected):
            return Message("review.entry-id-mismatch", ["submitted": submitted, "expected": expected]).text(language)
        case .entryInvalid(_, let errors): return Message("review.entry-invalid", ["errors": String(errors)]).text(language)
        case .entryTooLarge(let maximum): return Message("review.entry-too-large", ["maximum": String(maximum)]).text(language)
        case .claimedByAnother(let id, let reviewer, let until):
            return Message("review.claimed", ["id": String(id), "reviewer": reviewer, "until": Self.minute(until)]).text(language)
        case .stale(let id, let opened, let current):
            return Message("review.stale", ["id": String(id), "opened": String(opened), "current": String(current)]).text(language)
        case .decisionInProgress(let id): return Message("review.in-progress", ["id": String(id)]).text(language)
        case .commentRequired: return Message("review.comment-required").text(language)
        case .commentTooLong(let maximum): return Message("review.comment-too-long", ["maximum": String(maximum)]).text(language)
        case .publicationRefused(_, let refusal): return refusal.message.text(language)
        case .intake(let error): return error.text(language)
        case .headerInjection(let field): return Message("mail.header-injection", ["field": field]).text(language)
        case .mailAddressInvalid(let address): return Message("mail.address-invalid", ["address": address]).text(language)
        case .sendmailTimedOut(let command, let seconds):
            return Message("mail.sendmail-timed-out", ["command": command, "seconds": String(seconds)]).text(language)
        case .sendmailFailed(let command, let status, let output):
            return Message("mail.sendmail-failed", ["command": command, "status": String(status), "output": output]).text(language)
        }
    }

    public var errorDescription: String? { text("en") }
    public var description: String { text("en") }

    /// `2026-02-12 14:30`, UTC: when a claim ends.
    static func minute(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        func pad(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(parts.tm_year + 1900)-\(pad(parts.tm_mon + 1))-\(pad(parts.tm_mday)) \(pad(parts.tm_hour)):\(pad(parts.tm_min))"
    }
}
