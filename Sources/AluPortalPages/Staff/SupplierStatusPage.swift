import AluDirectory
public import AluPortalState
import AluLocalization

/// A supplier user's own submissions, newest first: each one's state, dates, the
/// reviewer's comment, the problems found, its history, and a "withdraw" button while it
/// is a draft or pending. Staff are not named: the history says what happened, and
/// "on your behalf" when staff did it for the supplier.
public enum SupplierStatusPage {
    /// The page. `events` and `diagnostics` (already worded) are by submission id.
    public static func render(
        _ context: AccountPages.Context, submissions: [Submission], events: [Int64: [ReviewEvent]], diagnostics: [Int64: [String]],
        supplierName: String
    ) -> [UInt8] {
        let l = context.language
        let title = context.text("staff.status.title")
        let ordered = submissions.sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
        return AccountPages.page(context, title: title, path: PortalPaths.submissions) { main in
            main.element("h1") { h1 in
                h1.text(title + " — ")
                h1.isolated(supplierName)
            }
            main.element("p") { $0.element("a", [.init("href", PortalPaths.entry(l))], text: context.text("staff.status.entry-link")) }
            guard !ordered.isEmpty else {
                main.element("p", text: context.text("staff.status.none"))
                return
            }
            for submission in ordered { card(&main, context, submission, events: events[submission.id] ?? [], diagnostics: diagnostics[submission.id] ?? []) }
        }
    }

    private static func card(_ html: inout HTMLWriter, _ context: AccountPages.Context, _ submission: Submission, events: [ReviewEvent], diagnostics: [String]) {
        let language = context.language.rawValue
        html.element("section", [.init("class", "submission-card"), .init("aria-labelledby", "submission-\(submission.id)")]) { section in
            section.element("h2", [.init("id", "submission-\(submission.id)")]) { h2 in
                h2.text(context.text("staff.submission.number", ["id": "\(submission.id)"]) + " — ")
                h2.element("span", [.init("class", "state state-\(submission.state.rawValue)")], text: submission.state.message.text(language))
            }
            section.element("dl", [.init("class", "submission-facts")]) { dl in
                dl.element("dt", text: context.text("staff.status.created"))
                dl.element("dd") { StaffPages.time(&$0, submission.createdAt) }
                if let submittedAt = submission.submittedAt {
                    dl.element("dt", text: context.text("staff.submission.submitted"))
                    dl.element("dd") { StaffPages.time(&$0, submittedAt) }
                }
                if let decidedAt = submission.decidedAt {
                    dl.element("dt", text: context.text("staff.status.decided"))
                    dl.element("dd") { StaffPages.time(&$0, decidedAt) }
                }
                dl.element("dt", text: context.text("staff.submission.file"))
                dl.element("dd") { $0.isolated(submission.fileName) }
            }
            if let comment = submission.comment, !comment.isEmpty, submission.state == .rejected || submission.state == .approved {
                section.element("h3", text: context.text("staff.status.comment"))
                section.element("blockquote", [.init("class", "comment"), .init("dir", "auto")]) { $0.element("p", text: comment) }
            }
            if !diagnostics.isEmpty {
                section.element("h3", text: context.text("staff.diagnostics.title"))
                section.element("ul", [.init("class", "diagnostics")]) { ul in
                    for message in diagnostics { ul.element("li", [.init("dir", "auto")], text: message) }
                }
            }
            section.element("h3", text: context.text("staff.history.title"))
            StaffPages.history(&section, context, events, people: nil)
            if submission.state == .draft || submission.state == .pending {
                StaffPages.postButton(&section, context, action: PortalPaths.withdraw(context.language, submission.id),
                                      label: context.text("staff.status.withdraw"), secondary: true)
            }
        }
    }
}
