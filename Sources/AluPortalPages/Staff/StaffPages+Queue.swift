import AluDirectory
public import AluPortalState
public import Foundation
import AluLocalization

extension StaffPages {
    /// The review queue: pending submissions, oldest first (by when they were
    /// submitted), with the filters as a GET form (`supplier`, `kind`) that shows the
    /// filter in force. Each row links to the submission's page.
    ///
    /// `supplierNames` gives the names the filter offers and the rows show (an id
    /// without a name shows as the id); `people` the e-mail addresses of authors and
    /// reviewers by account id. A claim older than `claimDuration` is shown as lapsed.
    public static func queue(
        _ context: AccountPages.Context, pending: [Submission], supplierNames: [String: String], people: [Int64: String],
        filter: PendingFilter, now: Date, claimDuration: TimeInterval = defaultClaimDuration
    ) -> [UInt8] {
        let l = context.language
        let title = context.text("staff.queue.title")
        let ordered = pending.sorted { ($0.submittedAt ?? $0.updatedAt, $0.id) < ($1.submittedAt ?? $1.updatedAt, $1.id) }
        return AccountPages.page(context, title: title, path: { queuePath($0, filter) }) { main in
            main.element("h1", text: title)
            filterForm(&main, context, supplierNames: supplierNames, filter: filter)
            let filtered = filter.supplierID != nil || filter.kind != nil
            main.element("p", [.init("role", "status")]) { p in
                p.text(context.text(filtered ? "staff.queue.count-filtered" : "staff.queue.count", ["count": "\(ordered.count)"]))
                if filtered {
                    p.text(" ")
                    p.element("a", [.init("href", PortalPaths.queue(l))], text: context.text("staff.queue.clear"))
                }
            }
            guard !ordered.isEmpty else {
                main.element("p", text: context.text(filtered ? "staff.queue.empty-filtered" : "staff.queue.empty"))
                return
            }
            let headers = ["number", "submitted", "supplier", "kind", "author", "claim"].map { context.text("staff.queue.column.\($0)") }
            table(&main, context, headers: headers) { body, labels in
                for submission in ordered {
                    body.element("tr") { tr in
                        let href = PortalPaths.submission(l, submission.id)
                        cell(&tr, labels[0]) { $0.element("a", [.init("href", href)], text: context.text("staff.submission.number", ["id": "\(submission.id)"])) }
                        cell(&tr, labels[1]) { td in
                            let submitted = submission.submittedAt ?? submission.updatedAt
                            time(&td, submitted)
                            td.element("br")
                            td.text(context.text("staff.queue.waiting", ["age": age(context, since: submitted, now: now)]))
                        }
                        cell(&tr, labels[2]) { td in
                            td.element("a", [.init("href", href)]) { $0.isolated(supplierNames[submission.supplierID] ?? submission.supplierID) }
                            td.element("br")
                            td.element("code", text: submission.supplierID)
                        }
                        cell(&tr, labels[3], text: context.text(submission.isNew == true ? "staff.kind.new" : "staff.kind.update"))
                        cell(&tr, labels[4]) { td in
                            td.isolated(person(submission.authorID, people) ?? "")
                            if submission.onBehalf {
                                td.element("br")
                                td.text(context.text("staff.on-behalf"))
                            }
                        }
                        cell(&tr, labels[5]) { td in
                            if let claim = activeClaim(submission, now: now, duration: claimDuration) {
                                td.isolated(person(claim.holder, people) ?? "")
                                td.element("br")
                                td.text(context.text("staff.claim.until") + " ")
                                time(&td, claim.until)
                            } else {
                                td.text(context.text("staff.claim.none"))
                            }
                        }
                    }
                }
            }
        }
    }

    /// The queue's path with its filter in the query string (the language switcher keeps the filter).
    static func queuePath(_ l: PortalLanguage, _ filter: PendingFilter) -> String {
        var query: [String] = []
        if let supplier = filter.supplierID { query.append(StaffFormField.supplier + "=" + percentEncoded(supplier)) }
        if let kind = filter.kind { query.append(StaffFormField.kind + "=" + (kind == .new ? "new" : "update")) }
        return PortalPaths.queue(l) + (query.isEmpty ? "" : "?" + query.joined(separator: "&"))
    }

    /// RFC 3986's unreserved characters: ASCII letters and digits, `-._~`.
    private static let unreserved = CharacterSet(charactersIn: "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~")

    private static func percentEncoded(_ value: String) -> String {
        value.addingPercentEncoding(withAllowedCharacters: unreserved) ?? ""
    }

    private static func filterForm(_ html: inout HTMLWriter, _ context: AccountPages.Context, supplierNames: [String: String], filter: PendingFilter) {
        html.element("form", [.init("method", "get"), .init("action", PortalPaths.queue(context.language)), .init("class", "filters")]) { form in
            form.element("div", [.init("class", "field")]) { div in
                div.element("label", [.init("for", "filter-supplier")], text: context.text("staff.queue.filter.supplier"))
                div.element("select", [.init("id", "filter-supplier"), .init("name", StaffFormField.supplier)]) { select in
                    select.element("option", [.init("value", ""), .init("selected", filter.supplierID == nil ? "" : nil)],
                                   text: context.text("staff.queue.filter.any-supplier"))
                    var choices = supplierNames.map { (id: $0.key, name: $0.value) }
                    if let current = filter.supplierID, supplierNames[current] == nil { choices.append((current, current)) }
                    for choice in choices.sorted(by: { ($0.name.lowercased(), $0.id) < ($1.name.lowercased(), $1.id) }) {
                        select.element("option", [.init("value", choice.id), .init("selected", choice.id == filter.supplierID ? "" : nil)],
                                       text: choice.name == choice.id ? choice.id : "\(choice.name) (\(choice.id))")
                    }
                }
            }
            form.element("div", [.init("class", "field")]) { div in
                div.element("label", [.init("for", "filter-kind")], text: context.text("staff.queue.filter.kind"))
                div.element("select", [.init("id", "filter-kind"), .init("name", StaffFormField.kind)]) { select in
                    let options: [(String, String, Bool)] = [
                        ("", context.text("staff.queue.filter.any-kind"), filter.kind == nil),
                        ("new", context.text("staff.kind.new"), filter.kind == .new),
                        ("update", context.text("staff.kind.update"), filter.kind == .update),
                    ]
                    for (value, label, selected) in options {
                        select.element("option", [.init("value", value), .init("selected", selected ? "" : nil)], text: label)
                    }
                }
            }
            form.element("button", [.init("type", "submit")], text: context.text("staff.queue.filter.button"))
        }
    }
}
