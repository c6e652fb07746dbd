public import AluCatalog
import AluDirectory
public import AluPortalState
public import Foundation
import AluLocalization

extension StaffPages {
    /// One submission for a reviewer: what it is and who holds it, the field-by-field
    /// diff against the published entry, the pipeline's diagnostics (`diagnostics`,
    /// already worded), the history, and the decision forms.
    ///
    /// `submitted` is the submission's entry as read (nil when it could not be read);
    /// `published` what the catalogue holds under its id (nil for a first entry). The
    /// claim form shows while the submission is pending and no other reviewer's claim
    /// holds; approve and reject show while it is pending (and not claimed by another),
    /// each carrying the ``StaffFormField/revision`` read, so a decision on a changed
    /// submission is refused as stale.
    public static func submission(
        _ context: AccountPages.Context, submission: Submission, published: Supplier?, submitted: Supplier?, diagnostics: [String],
        events: [ReviewEvent], people: [Int64: String], now: Date, claimDuration: TimeInterval = defaultClaimDuration
    ) -> [UInt8] {
        let l = context.language
        let number = context.text("staff.submission.number", ["id": "\(submission.id)"])
        let name = submitted?.displayName ?? published?.displayName ?? submission.supplierID
        let title = context.text("staff.submission.title", ["number": number])
        return AccountPages.page(context, title: title, path: { PortalPaths.submission($0, submission.id) }) { main in
            main.element("p") { $0.element("a", [.init("href", PortalPaths.queue(l))], text: context.text("staff.submission.back")) }
            main.element("h1") { h1 in
                h1.text(title + " — ")
                h1.isolated(name)
            }
            summary(&main, context, submission, people: people)
            let claim = activeClaim(submission, now: now, duration: claimDuration)
            let mine = claim != nil && claim?.holder == context.account?.id
            if submission.state == .pending {
                claimSection(&main, context, submission, claim: claim, mine: mine, people: people)
            } else {
                outcome(&main, context, submission, people: people)
            }

            main.element("h2", text: context.text("staff.diagnostics.title"))
            if diagnostics.isEmpty {
                main.element("p", text: context.text("staff.diagnostics.none"))
            } else {
                main.element("ul", [.init("class", "diagnostics")]) { ul in
                    for message in diagnostics { ul.element("li", [.init("dir", "auto")], text: message) }
                }
            }

            main.element("h2", text: context.text("staff.diff.title"))
            diffSection(&main, context, published: published, submitted: submitted)

            main.element("h2", text: context.text("staff.history.title"))
            history(&main, context, events, people: people)

            if submission.state == .pending, claim == nil || mine {
                decisionForms(&main, context, submission)
            }
        }
    }

    // MARK: - Parts

    private static func summary(_ html: inout HTMLWriter, _ context: AccountPages.Context, _ submission: Submission, people: [Int64: String]) {
        html.element("dl", [.init("class", "submission-facts")]) { dl in
            dl.element("dt", text: context.text("staff.submission.supplier"))
            dl.element("dd") { $0.element("code", text: submission.supplierID) }
            dl.element("dt", text: context.text("staff.submission.kind"))
            dl.element("dd", text: context.text(submission.isNew == true ? "staff.kind.new" : "staff.kind.update"))
            dl.element("dt", text: context.text("staff.submission.state"))
            dl.element("dd", [.init("class", "state state-\(submission.state.rawValue)")], text: submission.state.message.text(context.language.rawValue))
            dl.element("dt", text: context.text("staff.submission.author"))
            dl.element("dd") { dd in
                dd.isolated(person(submission.authorID, people) ?? "")
                if submission.onBehalf { dd.text(" " + context.text("staff.on-behalf")) }
            }
            if let submittedAt = submission.submittedAt {
                dl.element("dt", text: context.text("staff.submission.submitted"))
                dl.element("dd") { time(&$0, submittedAt) }
            }
            dl.element("dt", text: context.text("staff.submission.revision"))
            dl.element("dd", text: "\(submission.revision)")
            dl.element("dt", text: context.text("staff.submission.file"))
            dl.element("dd") { $0.isolated(submission.fileName) }
        }
    }

    private static func claimSection(
        _ html: inout HTMLWriter, _ context: AccountPages.Context, _ submission: Submission, claim: (holder: Int64, until: Date)?, mine: Bool,
        people: [Int64: String]
    ) {
        html.element("div", [.init("class", "claim"), .init("role", "status")]) { div in
            div.element("p") { p in
                if let claim {
                    p.text(context.text(mine ? "staff.claim.mine" : "staff.claim.other") + " ")
                    if !mine {
                        p.isolated(person(claim.holder, people) ?? "")
                        p.text(" ")
                    }
                    p.text(context.text("staff.claim.until") + " ")
                    time(&p, claim.until)
                } else {
                    p.text(context.text("staff.claim.unclaimed"))
                }
            }
            if claim == nil || mine {
                postButton(&div, context, action: PortalPaths.claim(context.language, submission.id),
                           label: context.text(mine ? "staff.claim.renew" : "staff.claim.button"), secondary: true)
            }
        }
    }

    /// A decided submission: who decided, when, with what comment.
    private static func outcome(_ html: inout HTMLWriter, _ context: AccountPages.Context, _ submission: Submission, people: [Int64: String]) {
        html.element("div", [.init("class", "notice"), .init("role", "status")]) { div in
            div.element("p") { p in
                p.text(context.text("staff.outcome", ["state": submission.state.message.text(context.language.rawValue)]))
                if let who = person(submission.decidedBy, people) {
                    p.text(" " + context.text("staff.by") + " ")
                    p.isolated(who)
                }
                if let at = submission.decidedAt {
                    p.text(" — ")
                    time(&p, at)
                }
            }
            if let comment = submission.comment, !comment.isEmpty {
                div.element("blockquote", [.init("class", "comment"), .init("dir", "auto")]) { $0.element("p", text: comment) }
            }
        }
    }

    private static func diffSection(_ html: inout HTMLWriter, _ context: AccountPages.Context, published: Supplier?, submitted: Supplier?) {
        guard let submitted else {
            html.element("p", text: context.text("staff.diff.unreadable"))
            return
        }
        if published == nil { html.element("p", text: context.text("staff.diff.new-entry")) }
        let diff = EntryDiff(published: published, submitted: submitted)
        guard !diff.isEmpty else {
            html.element("p", [.init("class", "notice")], text: context.text("staff.diff.no-change"))
            return
        }
        let headers = ["field", "change", "published", "submitted"].map { context.text("staff.diff.column.\($0)") }
        html.element("div", [.init("class", "diff")]) { div in
            table(&div, context, caption: context.text("staff.diff.count", ["count": "\(diff.rows.count)"]), headers: headers) { body, labels in
                for row in diff.rows { diffRow(&body, context, row, labels: labels) }
            }
        }
    }

    private static func diffRow(_ html: inout HTMLWriter, _ context: AccountPages.Context, _ row: EntryDiff.Row, labels: [String]) {
        let language = context.language.rawValue
        html.element("tr", [.init("class", row.kind.rawValue)]) { tr in
            tr.element("th", [.init("scope", "row")]) { th in
                if let item = row.item, let group = row.field.split(separator: ".").first {
                    th.element("span", [.init("class", "item")]) { span in
                        span.text(context.text("staff.group.\(group)") + " ")
                        span.isolated(item)
                    }
                }
                var label = context.text(row.labelKey)
                if let qualifier = row.language { label += " (" + LanguageNames.name(qualifier, language) + ")" }
                th.text(label)
            }
            cell(&tr, labels[1], [.init("class", "kind")], text: context.text("staff.diff.\(row.kind.rawValue)"))
            for (value, side, label) in [(row.old, "old", labels[2]), (row.new, "new", labels[3])] as [(EntryDiff.Value?, String, String)] {
                cell(&tr, label, [.init("class", side)]) { td in
                    guard let value else { return td.text("—") }
                    if value.isSupplierText {
                        td.element("span", [.init("class", "value"), .init("dir", "auto"), .init("lang", row.language)], text: value.text(language))
                    } else {
                        td.text(value.text(language))
                    }
                }
            }
        }
    }

    private static func decisionForms(_ html: inout HTMLWriter, _ context: AccountPages.Context, _ submission: Submission) {
        let l = context.language
        html.element("h2", text: context.text("staff.decision.title"))
        html.element("div", [.init("class", "decisions")]) { div in
            decisionForm(&div, context, submission, action: PortalPaths.approve(l, submission.id), id: "approve", required: false)
            decisionForm(&div, context, submission, action: PortalPaths.reject(l, submission.id), id: "reject", required: true)
        }
    }

    private static func decisionForm(
        _ html: inout HTMLWriter, _ context: AccountPages.Context, _ submission: Submission, action: String, id: String, required: Bool
    ) {
        html.element("form", [.init("method", "post"), .init("action", action), .init("class", "decision")]) { form in
            form.element("h3", text: context.text("staff.decision.\(id).title"))
            AccountPages.csrfField(&form, context)
            form.element("input", [.init("type", "hidden"), .init("name", StaffFormField.revision), .init("value", "\(submission.revision)")])
            form.element("div", [.init("class", "field")]) { field in
                let fieldID = "\(id)-comment"
                field.element("label", [.init("for", fieldID)], text: context.text("staff.decision.\(id).comment"))
                field.element("p", [.init("class", "hint"), .init("id", fieldID + "-hint")], text: context.text("staff.decision.\(id).hint"))
                field.element("textarea", [
                    .init("id", fieldID), .init("name", StaffFormField.comment), .init("rows", "5"), .init("maxlength", "\(PortalStoreConfiguration().maxCommentLength)"),
                    .init("dir", "auto"), .init("required", required ? "" : nil), .init("aria-describedby", fieldID + "-hint"),
                ])
            }
            form.element("button", [.init("type", "submit"), .init("class", required ? "secondary" : nil)], text: context.text("staff.decision.\(id).button"))
        }
    }
}
