import AluLocalization
public import Foundation

/// The portal's e-mails, worded by AluLocalization (`mail.*`) in the recipient's
/// language (`fr` or `en`, the account's): invitation, password reset, submission
/// received, approved, rejected with the reviewer's words.
public struct PortalMail: Sendable {
    /// The sender, e.g. `catalogue@grappe-aluminium.example`.
    public var from: String
    /// The domain of Message-IDs.
    public var domain: String

    public init(from: String, domain: String) {
        self.from = from
        self.domain = domain
    }

    public func invitation(to email: String, language: String, supplier: String, link: String, days: Int, date: Date) throws(PortalStateError) -> MailMessage {
        try message(to: email, language: language, subject: Message("mail.invitation.subject"), paragraphs: [
            Message("mail.invitation.intro", ["supplier": supplier]).text(language),
            Message("mail.invitation.action", ["days": String(days)]).text(language),
            link,
            Message("mail.invitation.ignore").text(language),
        ], date: date)
    }

    public func passwordReset(to email: String, language: String, link: String, minutes: Int, date: Date) throws(PortalStateError) -> MailMessage {
        try message(to: email, language: language, subject: Message("mail.reset.subject"), paragraphs: [
            Message("mail.reset.intro").text(language),
            Message("mail.reset.action", ["minutes": String(minutes)]).text(language),
            link,
            Message("mail.reset.ignore").text(language),
        ], date: date)
    }

    public func received(to email: String, language: String, submission: Int64, supplier: String, date: Date) throws(PortalStateError) -> MailMessage {
        let values = ["id": String(submission), "supplier": supplier]
        return try message(to: email, language: language, subject: Message("mail.received.subject", values),
                           paragraphs: [Message("mail.received.body", values).text(language)], date: date)
    }

    public func approved(to email: String, language: String, submission: Int64, supplier: String, date: Date) throws(PortalStateError) -> MailMessage {
        let values = ["id": String(submission), "supplier": supplier]
        return try message(to: email, language: language, subject: Message("mail.approved.subject", values),
                           paragraphs: [Message("mail.approved.body", values).text(language)], date: date)
    }

    /// The reviewer's comment is quoted whole, its lines kept.
    public func rejected(
        to email: String, language: String, submission: Int64, supplier: String, comment: String, date: Date
    ) throws(PortalStateError) -> MailMessage {
        let values = ["id": String(submission), "supplier": supplier]
        let quoted = comment.split(separator: "\n", omittingEmptySubsequences: false).map { "> " + $0 }.joined(separator: "\n")
        return try message(to: email, language: language, subject: Message("mail.rejected.subject", values), paragraphs: [
            Message("mail.rejected.body", values).text(language), quoted, Message("mail.rejected.after").text(language),
        ], date: date)
    }

    private func message(to email: String, language: String, subject: Message, paragraphs: [String], date: Date) throws(PortalStateError) -> MailMessage {
        let language = language == "en" ? "en" : "fr"
        let body = (paragraphs + [Message("mail.signature").text(language)]).joined(separator: "\n\n") + "\n"
        return try MailMessage(from: from, to: email, subject: subject.text(language), body: body, date: date, domain: domain)
    }
}
