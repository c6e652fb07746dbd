import AluDirectory
import AluPortalState
public import Foundation
import AluLocalization

/// The staff's pages: the review queue, a submission with its diff and decision,
/// follow-up, the audit log, accounts. Pure functions to complete HTML documents, like
/// ``AccountPages``: the portal reads the store, passes what it read, sends the bytes.
///
/// Times are shown in UTC as `2026-12-06 14:05 UTC` inside `<time datetime>`, the same
/// in French and English and the same as the audit log and the store's refusals
/// ("claimed until … (UTC)").
public enum StaffPages {
    /// How long a claim holds when the page is not told (``PortalStoreConfiguration/claimDuration``).
    public static let defaultClaimDuration: TimeInterval = PortalStoreConfiguration().claimDuration

    // MARK: - Pieces shared by the staff's and the supplier's pages

    /// `2026-12-06T14:05:09Z` and `2026-12-06 14:05 UTC`.
    static func utc(_ date: Date) -> (datetime: String, display: String) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        // Howard Hinnant's civil_from_days.
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        func four(_ n: Int) -> String { String(repeating: "0", count: max(0, 4 - String(n).count)) + String(n) }
        let date = "\(four(year))-\(two(month))-\(two(day))"
        let (h, m, s) = (secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
        return ("\(date)T\(two(h)):\(two(m)):\(two(s))Z", "\(date) \(two(h)):\(two(m)) UTC")
    }

    /// A moment as `<time datetime="…Z">… UTC</time>`.
    static func time(_ html: inout HTMLWriter, _ date: Date) {
        let (datetime, display) = utc(date)
        html.element("time", [.init("datetime", datetime)], text: display)
    }

    /// How long ago, coarsely: minutes under two hours, hours under two days, then days.
    static func age(_ context: AccountPages.Context, since date: Date, now: Date) -> String {
        let minutes = max(0, Int(now.timeIntervalSince(date) / 60))
        if minutes < 120 { return context.text("staff.age.minutes", ["count": "\(minutes)"]) }
        if minutes < 48 * 60 { return context.text("staff.age.hours", ["count": "\(minutes / 60)"]) }
        return context.text("staff.age.days", ["count": "\(minutes / 1440)"])
    }

    /// An account's e-mail address from `people`, `#12` when it is not there.
    static func person(_ id: Int64?, _ people: [Int64: String]) -> String? {
        guard let id else { return nil }
        return people[id] ?? "#\(id)"
    }

    /// When a claim ends, if it still holds at `now`.
    static func activeClaim(_ submission: Submission, now: Date, duration: TimeInterval) -> (holder: Int64, until: Date)? {
        guard let holder = submission.claimedBy, let at = submission.claimedAt else { return nil }
        let until = at.addingTimeInterval(duration)
        return until > now ? (holder, until) : nil
    }

    /// A form that is one button (claim, withdraw, disable): POST with the CSRF field.
    static func postButton(_ html: inout HTMLWriter, _ context: AccountPages.Context, action: String, label: String,
                           secondary: Bool = false, hidden: [(name: String, value: String)] = []) {
        html.element("form", [.init("method", "post"), .init("action", action), .init("class", "inline-form")]) { form in
            AccountPages.csrfField(&form, context)
            for field in hidden { form.element("input", [.init("type", "hidden"), .init("name", field.name), .init("value", field.value)]) }
            form.element("button", [.init("type", "submit"), .init("class", secondary ? "secondary" : nil)], text: label)
        }
    }

    /// A table whose rows become stacked blocks on a phone, each cell headed by its
    /// column's name (``cell(_:_:_:_:)``'s `data-label`, shown by the stylesheet);
    /// `rows` gets the column names as those labels.
    static func table(
        _ html: inout HTMLWriter, _ context: AccountPages.Context, caption: String? = nil, headers: [String],
        _ rows: (inout HTMLWriter, [String]) -> Void
    ) {
        let labels = headers.map { context.text("staff.cell-label", ["label": $0]) }
        html.element("div", [.init("class", "table-scroll")]) { box in
            box.element("table", [.init("class", "staff-table stacked")]) { table in
                if let caption { table.element("caption", text: caption) }
                table.element("thead") { head in
                    head.element("tr") { tr in for header in headers { tr.element("th", [.init("scope", "col")], text: header) } }
                }
                table.element("tbody") { rows(&$0, labels) }
            }
        }
    }

    /// A table cell that names its column when the table is stacked (a phone).
    static func cell(_ html: inout HTMLWriter, _ label: String, _ attributes: [HTMLWriter.Attribute] = [], _ body: (inout HTMLWriter) -> Void) {
        html.element("td", attributes + [.init("data-label", label)], body)
    }

    static func cell(_ html: inout HTMLWriter, _ label: String, _ attributes: [HTMLWriter.Attribute] = [], text: String) {
        cell(&html, label, attributes) { $0.text(text) }
    }

    /// A submission's history, oldest first: when, who (when `people` knows), what, on
    /// whose behalf, the comment.
    static func history(_ html: inout HTMLWriter, _ context: AccountPages.Context, _ events: [ReviewEvent], people: [Int64: String]?) {
        guard !events.isEmpty else {
            html.element("p", text: context.text("staff.history.none"))
            return
        }
        html.element("ol", [.init("class", "history")]) { ol in
            for event in events.sorted(by: { ($0.at, $0.id) < ($1.at, $1.id) }) {
                ol.element("li") { li in
                    time(&li, event.at)
                    li.text(" — " + context.text("staff.event.\(event.kind.rawValue)"))
                    if let people, let who = person(event.accountID, people) {
                        li.text(" " + context.text("staff.by") + " ")
                        li.isolated(who)
                    }
                    li.text(" " + context.text("staff.history.revision", ["revision": "\(event.revision)"]))
                    if event.onBehalf { li.text(" " + context.text("staff.on-behalf")) }
                    if let comment = event.comment, !comment.isEmpty {
                        li.element("blockquote", [.init("class", "comment"), .init("dir", "auto")]) { $0.element("p", text: comment) }
                    }
                }
            }
        }
    }

    static let stylesheet = """
    .table-scroll { overflow-x: auto; margin-block: 1rem; }
    .staff-table { border-collapse: collapse; width: 100%; }
    .staff-table caption { text-align: start; font-weight: 600; padding-block: 0.5rem; }
    .staff-table th, .staff-table td { text-align: start; vertical-align: top; padding: 0.4rem 0.6rem; border-block-end: 1px solid #c9ced6; }
    .staff-table thead th { border-block-end: 2px solid #4d5560; white-space: nowrap; }
    .staff-table td bdi, .staff-table td .value { overflow-wrap: anywhere; }
    .inline-form { display: inline; margin: 0; }
    .filters { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: flex-end; margin-block: 1rem; }
    .filters .field { margin: 0; }
    .field select, .field textarea { width: 100%; font: inherit; padding: 0.5rem; border: 2px solid #4d5560; border-radius: 4px; background: #fff; }
    .field textarea { min-height: 6rem; }
    .submission-facts { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; margin-block: 1rem; }
    .submission-facts dt { font-weight: 600; }
    .submission-facts dd { margin: 0; overflow-wrap: anywhere; }
    .claim { border-inline-start: 4px solid #8a5a00; padding-inline-start: 0.75rem; }
    .diff .kind { white-space: nowrap; font-weight: 600; }
    .diff tr.added .kind { color: #1b6b2f; }
    .diff tr.removed .kind { color: #b00020; }
    .diff tr.changed .kind { color: #8a5a00; }
    .diff tr.removed td.old, .diff tr.changed td.old { background: #fdecee; }
    .diff tr.added td.new, .diff tr.changed td.new { background: #e9f6ec; }
    .diff .staff-table { table-layout: fixed; }
    .diff thead th:nth-child(1) { width: 22%; }
    .diff thead th:nth-child(2) { width: 8rem; }
    .diff th .item { display: block; font-weight: 400; color: #4d5560; overflow-wrap: anywhere; }
    .diff td.old, .diff td.new { white-space: pre-wrap; overflow-wrap: anywhere; }
    @media (max-width: 40rem) {
      .stacked thead { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
      .stacked, .stacked tbody, .stacked tr, .stacked th[scope="row"], .stacked td { display: block; width: auto; }
      .stacked caption { display: block; }
      .stacked td:empty { display: none; }
      .stacked tr { border-block-end: 2px solid #c9ced6; padding-block: 0.5rem; }
      .staff-table.stacked th, .staff-table.stacked td { border: none; padding: 0.15rem 0; }
      .stacked td[data-label]::before { content: attr(data-label) " "; font-weight: 600; }
      .diff td.old, .diff td.new { padding-inline: 0.4rem; }
    }
    .decisions { display: grid; gap: 1rem; margin-block: 1rem; }
    @media (min-width: 52rem) { .decisions { grid-template-columns: 1fr 1fr; } }
    .decision { border: 1px solid #c9ced6; border-radius: 4px; padding: 0.75rem 1rem; }
    .decision h3 { margin-block-start: 0; }
    .history { padding-inline-start: 1.25rem; }
    .history li { margin-block: 0.4rem; }
    .comment { margin: 0.25rem 0 0; padding-inline-start: 0.75rem; border-inline-start: 3px solid #c9ced6; white-space: pre-wrap; }
    .diagnostics li { margin-block: 0.25rem; }
    .submission-card { border: 1px solid #c9ced6; border-radius: 4px; padding: 0.75rem 1rem; margin-block: 1rem; }
    .submission-card h2 { margin-block-start: 0; font-size: 1.2rem; }
    .state { font-weight: 600; }
    .state-rejected { color: #b00020; }
    .state-approved { color: #1b6b2f; }
    """
}

/// The names of the staff's form fields, for the pages and the routes that read them.
public enum StaffFormField {
    /// Approve and reject: the submission's revision the reviewer read.
    public static let revision = "revision"
    /// Approve (optional) and reject (required): the reviewer's words to the supplier.
    public static let comment = "comment"
    /// The queue's filter (a supplier id) and the invitation (the supplier user's entry).
    public static let supplier = "supplier"
    /// The queue's filter: `new` or `update`.
    public static let kind = "kind"
    public static let email = "email"
    /// `supplier`, `reviewer` or `admin`.
    public static let role = "role"
    /// `fr` or `en`.
    public static let language = "language"
}
