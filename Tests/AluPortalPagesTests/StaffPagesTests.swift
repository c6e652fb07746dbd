import AluCatalog
import AluDirectory
import AluPortalPages
import AluPortalState
import AluTestSupport
import Foundation
import Testing

/// Values of the portal's state for the pages' tests. The state's types have no public
/// initializer (the store makes them); they are `Codable`, so a test decodes a base value
/// and sets the public fields it needs.
enum StaffFixtures {
    static let now = Date(timeIntervalSince1970: 1_796_572_800)  // 2026-12-06 16:00 UTC
    static let day = CalendarDay(year: 2026, month: 12, day: 6)
    static let hostileName = "\"><img src=x onerror=alert(1)> <script>alert(2)</script>"
    static let rtl = "شركة الألمنيوم"

    static func decode<T: Decodable>(_ json: String) -> T { try! JSONDecoder().decode(T.self, from: Data(json.utf8)) }

    static func account(_ id: Int64, _ email: String, _ role: AccountRole = .reviewer, supplier: String? = nil, disabled: Bool = false) -> Account {
        var account: Account = decode("""
            {"id":0,"email":"","emailKey":"","role":"reviewer","passwordHash":"","language":"fr","createdAt":0}
            """)
        account.id = id
        account.email = email
        account.emailKey = email.lowercased()
        account.role = role
        account.supplierID = supplier
        account.createdAt = now.addingTimeInterval(-90 * 86_400)
        account.disabledAt = disabled ? now.addingTimeInterval(-86_400) : nil
        return account
    }

    static let reviewer = account(2, "revue@grappe.example")
    static let otherReviewer = account(3, "autre@grappe.example")
    static let people: [Int64: String] = [1: "fournisseur@electro.example", 2: reviewer.email, 3: otherReviewer.email]

    static func submission(
        _ id: Int64, supplier: String = "electro-saguenay", state: SubmissionState = .pending, isNew: Bool = false,
        submittedAgo hours: Double = 5, claimedBy: Int64? = nil, comment: String? = nil, revision: Int = 7, onBehalf: Bool = false
    ) -> Submission {
        var submission: Submission = decode("""
            {"id":0,"supplierID":"","state":"draft","entry":"","fileName":"entry.xml","diagnostics":"[]","authorID":1,
             "onBehalf":false,"createdAt":0,"updatedAt":0,"revision":1}
            """)
        submission.id = id
        submission.supplierID = supplier
        submission.state = state
        submission.isNew = isNew
        submission.createdAt = now.addingTimeInterval(-hours * 3600 - 600)
        submission.updatedAt = now.addingTimeInterval(-hours * 3600)
        submission.submittedAt = state == .draft ? nil : now.addingTimeInterval(-hours * 3600)
        submission.claimedBy = claimedBy
        submission.claimedAt = claimedBy == nil ? nil : now.addingTimeInterval(-600)
        submission.comment = comment
        submission.revision = revision
        submission.onBehalf = onBehalf
        if state == .approved || state == .rejected {
            submission.decidedBy = 2
            submission.decidedAt = now.addingTimeInterval(-60)
        }
        return submission
    }

    static func event(_ id: Int64, _ kind: ReviewEvent.Kind, submission: Int64, account: Int64?, comment: String? = nil) -> ReviewEvent {
        var event: ReviewEvent = decode("""
            {"id":0,"submissionID":0,"at":0,"kind":"saved","revision":1,"onBehalf":false}
            """)
        event.id = id
        event.submissionID = submission
        event.kind = kind
        event.accountID = account
        event.comment = comment
        event.at = now.addingTimeInterval(Double(id - 100) * 60)
        return event
    }

    static func audit(_ id: Int64, action: String, details: String) -> AuditRecord {
        var record: AuditRecord = decode("""
            {"id":0,"at":0,"actor":"","address":"","action":"","target":"","details":""}
            """)
        record.id = id
        record.at = now
        record.accountID = 2
        record.actor = reviewer.email
        record.address = "2001:db8::7"
        record.action = action
        record.target = "submission:\(id)"
        record.details = details
        return record
    }

    static func context(_ language: PortalLanguage, account: Account? = reviewer) -> AccountPages.Context {
        AccountPages.Context(language: language, day: day, account: account, csrf: "CSRF-TOKEN-123")
    }

    static func text(_ bytes: [UInt8]) -> String { String(decoding: bytes, as: UTF8.self) }
}

@Suite("The staff's pages")
struct StaffPagesTests {
    typealias F = StaffFixtures
    static let catalog = EntryDiffTests.catalog
    static let names = Dictionary(uniqueKeysWithValues: catalog.suppliers.map { ($0.id, $0.displayName) })

    // MARK: Queue

    @Test("the queue lists pending submissions oldest first, whatever order it is given", arguments: PortalLanguage.allCases.prefix(2))
    func queueOldestFirst(language: PortalLanguage) {
        let pending = [F.submission(11, submittedAgo: 2), F.submission(12, submittedAgo: 50), F.submission(13, submittedAgo: 10)]
        let html = F.text(StaffPages.queue(F.context(language), pending: pending, supplierNames: Self.names, people: F.people,
                                           filter: PendingFilter(), now: F.now))
        let positions = [12, 13, 11].map { html.range(of: "/staff/submissions/\($0)\"")?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        #expect(positions[0]! < positions[1]! && positions[1]! < positions[2]!)
        #expect(html.contains(language == .fr ? "Soumissions en attente d\u{2019}examen" : "Submissions waiting for review")
                || html.contains(language == .fr ? "Soumissions en attente d'examen" : "Submissions waiting for review"))
        #expect(html.contains(language == .fr ? "2\u{A0}j" : "2 d"))
    }

    @Test("the queue's filter is a GET form that shows the filter in force, with a link to clear it")
    func queueFilterShows() {
        let filter = PendingFilter(supplierID: "electro-saguenay", kind: .new)
        let html = F.text(StaffPages.queue(F.context(.en), pending: [F.submission(5, isNew: true)], supplierNames: Self.names,
                                           people: F.people, filter: filter, now: F.now))
        #expect(html.contains("<form method=\"get\" action=\"/en/staff/queue\""))
        #expect(html.contains("<option value=\"electro-saguenay\" selected=\"\">"))
        #expect(html.contains("<option value=\"new\" selected=\"\">New entry</option>"))
        #expect(html.contains("name=\"supplier\"") && html.contains("name=\"kind\""))
        #expect(html.contains("<a href=\"/en/staff/queue\">Clear the filters</a>"))
        #expect(html.contains("Waiting, as filtered: 1"))
        // The other language keeps the filter.
        #expect(html.contains("/fr/staff/queue?supplier=electro-saguenay&amp;kind=new"))
    }

    @Test("the queue shows who claimed a submission and until when, and a lapsed claim as no one")
    func queueClaims() {
        var lapsed = F.submission(8, claimedBy: 3)
        lapsed.claimedAt = F.now.addingTimeInterval(-3 * 3600)
        let html = F.text(StaffPages.queue(F.context(.en), pending: [F.submission(7, claimedBy: 3), lapsed], supplierNames: Self.names,
                                           people: F.people, filter: PendingFilter(), now: F.now))
        #expect(html.contains("<bdi>autre@grappe.example</bdi><br>until <time datetime=\"2026-12-06T16:20:00Z\">2026-12-06 16:20 UTC</time>"))
        #expect(html.components(separatedBy: "autre@grappe.example").count == 2)
        #expect(html.contains("No one"))
    }

    // MARK: Submission

    func submissionPage(_ submission: Submission, language: PortalLanguage = .en, account: Account? = F.reviewer,
                        published: Supplier? = nil, submitted: Supplier? = nil, diagnostics: [String] = [],
                        events: [ReviewEvent] = []) -> String {
        let entry = EntryDiffTests.catalog.supplier("electro-saguenay")!
        return F.text(StaffPages.submission(F.context(language, account: account), submission: submission, published: published ?? entry,
                                            submitted: submitted ?? entry, diagnostics: diagnostics, events: events, people: F.people, now: F.now))
    }

    @Test("a pending submission has the claim, approve and reject forms, each with the CSRF field; decisions carry the revision")
    func pendingHasForms() {
        let html = submissionPage(F.submission(40, revision: 7))
        for action in ["/en/staff/submissions/40/claim", "/en/staff/submissions/40/approve", "/en/staff/submissions/40/reject"] {
            let form = html.range(of: "action=\"\(action)\"")
            #expect(form != nil, "\(action)")
            guard let form else { continue }
            let rest = html[form.upperBound...]
            let end = rest.range(of: "</form>")!.lowerBound
            #expect(rest[..<end].contains("<input type=\"hidden\" name=\"csrf\" value=\"CSRF-TOKEN-123\">"), "\(action)")
            if !action.hasSuffix("claim") {
                #expect(rest[..<end].contains("<input type=\"hidden\" name=\"revision\" value=\"7\">"), "\(action)")
                #expect(rest[..<end].contains("name=\"comment\""), "\(action)")
            }
        }
        let reject = html[html.range(of: "/40/reject\"")!.upperBound...]
        #expect(reject[..<reject.range(of: "</form>")!.lowerBound].contains("required=\"\""))
        let approve = html[html.range(of: "/40/approve\"")!.upperBound...]
        #expect(!approve[..<approve.range(of: "</form>")!.lowerBound].contains("required"))
    }

    @Test("a decided or withdrawn submission has no claim or decision form", arguments: [SubmissionState.approved, .rejected, .withdrawn, .draft])
    func decidedHasNoForms(state: SubmissionState) {
        let html = submissionPage(F.submission(41, state: state, comment: state == .rejected ? "Le NEQ ne correspond pas." : nil))
        #expect(!html.contains("/41/approve"))
        #expect(!html.contains("/41/reject"))
        #expect(!html.contains("/41/claim"))
        #expect(!html.contains("name=\"revision\""))
        if state == .rejected { #expect(html.contains("Le NEQ ne correspond pas.")) }
    }

    @Test("a submission another reviewer holds says who, until when, and offers no decision; one's own claim offers them")
    func claimedByAnother() {
        let theirs = submissionPage(F.submission(42, claimedBy: 3))
        #expect(theirs.contains("Claimed by <bdi>autre@grappe.example</bdi> until <time datetime=\"2026-12-06T16:20:00Z\">"))
        #expect(!theirs.contains("/42/approve") && !theirs.contains("/42/claim"))
        let mine = submissionPage(F.submission(42, claimedBy: 2))
        #expect(mine.contains("You have claimed this submission"))
        #expect(mine.contains("/42/approve") && mine.contains("/42/reject") && mine.contains("Renew my claim"))
    }

    @Test("the diff table shows each changed field with old and new values, or says there is no change")
    func diffShown() throws {
        let published = try EntryDiffTests.sample()
        var submitted = published
        submitted.capabilities[0].roles = [.supply]
        submitted.descriptions.set("Texte revu.", for: "fr")
        let fr = submissionPage(F.submission(43), language: .fr, published: published, submitted: submitted)
        #expect(fr.contains("Champs modifiés\u{A0}: 2"))
        #expect(fr.contains("<span class=\"item\">Capacité <bdi>smelting.electrical.busbars</bdi></span>Rôles"))
        #expect(fr.contains("<td class=\"new\" data-label=\"Soumis\u{A0}:\">Fourniture</td>"))
        #expect(fr.contains("Description (français)"))
        #expect(fr.contains("<span class=\"value\" dir=\"auto\" lang=\"fr\">Texte revu.</span>"))
        let same = submissionPage(F.submission(43), published: published, submitted: published)
        #expect(same.contains("No change: the submitted entry is the same as the published one."))
        #expect(!same.contains("class=\"diff\""))
    }

    @Test("diagnostics and the history are shown, with who did what")
    func diagnosticsAndHistory() {
        let events = [F.event(101, .submitted, submission: 44, account: 1), F.event(102, .claimed, submission: 44, account: 2)]
        let html = submissionPage(F.submission(44), diagnostics: ["Le NEQ doit avoir 10 chiffres."], events: events)
        #expect(html.contains("<li dir=\"auto\">Le NEQ doit avoir 10 chiffres.</li>"))
        #expect(html.contains("Submitted for review by <bdi>fournisseur@electro.example</bdi>"))
        #expect(html.contains("Claimed by a reviewer by <bdi>revue@grappe.example</bdi>"))
    }

    @Test("hostile text in a supplier name, a comment, a diagnostic or the audit log is escaped, and right-to-left text isolated")
    func hostileEscaped() throws {
        var submitted = try EntryDiffTests.sample()
        submitted.legalName = F.hostileName
        submitted.memberships.append(F.rtl)
        let comment = "</blockquote><script>alert(3)</script> \(F.rtl)"
        let events = [F.event(101, .rejected, submission: 45, account: 2, comment: comment)]
        let pages = [
            submissionPage(F.submission(45, state: .rejected, comment: comment), submitted: submitted, diagnostics: [F.hostileName], events: events),
            F.text(StaffPages.queue(F.context(.fr), pending: [F.submission(45)], supplierNames: ["electro-saguenay": F.hostileName],
                                    people: [1: F.hostileName], filter: PendingFilter(supplierID: "\"><script>"), now: F.now)),
            F.text(StaffPages.auditLog(F.context(.en), records: [F.audit(1, action: "submission.rejected", details: comment)])),
            F.text(SupplierStatusPage.render(F.context(.fr), submissions: [F.submission(45, state: .rejected, comment: comment)],
                                             events: [45: events], diagnostics: [45: [F.hostileName]], supplierName: F.hostileName)),
        ]
        for html in pages {
            #expect(!html.contains("<script>"))
            #expect(!html.contains("<img"))
            #expect(!html.contains("</blockquote><script"))
            #expect(html.contains("&lt;script&gt;alert("))
        }
        #expect(pages[0].contains("<bdi>\(F.hostileName.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;"))</bdi>"))
        #expect(pages[0].contains("<span class=\"value\" dir=\"auto\">\(F.rtl)</span>"))
        #expect(pages[0].contains("<blockquote class=\"comment\" dir=\"auto\"><p>&lt;/blockquote&gt;&lt;script&gt;alert(3)&lt;/script&gt; \(F.rtl)</p>"))
    }

    // MARK: Follow-up, audit, accounts

    @Test("follow-up lists stale entries and expiring certificates, each with a link to edit for the supplier")
    func followUp() {
        let today = CalendarDay(year: 2026, month: 8, day: 1)
        let expiring = FollowUp.expiringCertificates(Self.catalog.suppliers, today: today, within: 90)
        #expect(!expiring.isEmpty)
        let stale = [(supplierID: "electro-saguenay", name: "Électro-Saguenay inc.", lastUpdated: CalendarDay(year: 2025, month: 2, day: 12))]
        let html = F.text(StaffPages.followUp(F.context(.fr), stale: stale, expiring: expiring, supplierNames: Self.names))
        #expect(html.contains("<a href=\"/fr/staff/entries/electro-saguenay\">Modifier pour le fournisseur</a>"))
        #expect(html.contains("<time datetime=\"2025-02-12\">2025-02-12</time>"))
        for certificate in expiring {
            #expect(html.contains("/fr/staff/entries/\(certificate.supplierID)\""))
            #expect(html.contains("<time datetime=\"\(certificate.validUntil)\">"))
        }
        let empty = F.text(StaffPages.followUp(F.context(.en), stale: [], expiring: [], supplierNames: [:]))
        #expect(empty.contains("Every entry was confirmed in the last 12 months.") && empty.contains("No certificate is about to expire."))
    }

    @Test("the audit log shows when in UTC as <time>, who, what, target, address and details as text")
    func auditLog() {
        let html = F.text(StaffPages.auditLog(F.context(.en), records: [F.audit(9, action: "submission.approved", details: "revision 3 suppliers/x.xml")]))
        #expect(html.contains("data-label=\"When (UTC):\"><time datetime=\"2026-12-06T16:00:00Z\">2026-12-06 16:00 UTC</time></td>"))
        #expect(html.contains("<bdi>revue@grappe.example</bdi>"))
        #expect(html.contains("<code>submission.approved</code>") && html.contains("<code>submission:9</code>"))
        #expect(html.contains("<code dir=\"ltr\">2001:db8::7</code>"))
        #expect(html.contains("revision 3 suppliers/x.xml"))
    }

    @Test("accounts: a disable button on each active account but one's own, and the invitation form's fields")
    func accounts() {
        let accounts = [F.reviewer, F.otherReviewer, F.account(4, "vendeur@electro.example", .supplier, supplier: "electro-saguenay"),
                        F.account(5, "parti@electro.example", .supplier, supplier: "electro-saguenay", disabled: true)]
        let html = F.text(StaffPages.accounts(F.context(.en), accounts: accounts, supplierNames: Self.names,
                                              invited: "An invitation was sent to x@example.com.", error: "That address already has an account."))
        #expect(html.contains("/en/staff/accounts/3/disable") && html.contains("/en/staff/accounts/4/disable"))
        #expect(!html.contains("/en/staff/accounts/2/disable") && !html.contains("/en/staff/accounts/5/disable"))
        #expect(html.contains("An invitation was sent to x@example.com."))
        #expect(html.contains("role=\"alert\"><p>That address already has an account.</p>"))
        let form = html[html.range(of: "action=\"/en/staff/accounts/invite\"")!.upperBound...]
        for field in ["name=\"csrf\"", "name=\"email\"", "name=\"role\"", "name=\"supplier\"", "name=\"language\"",
                      "<option value=\"admin\">admin</option>", "<option value=\"en\" selected=\"\">"] {
            #expect(form.contains(field), "\(field)")
        }
    }

    // MARK: The supplier's page

    @Test("the supplier's submissions: newest first, state, the reviewer's comment, withdraw only on drafts and pending ones")
    func supplierStatus() {
        let submissions = [F.submission(1, state: .rejected, submittedAgo: 300, comment: "Ajoutez la description anglaise."),
                           F.submission(2, state: .pending, submittedAgo: 20), F.submission(3, state: .draft, submittedAgo: 1)]
        let html = F.text(SupplierStatusPage.render(F.context(.fr, account: F.account(1, "fournisseur@electro.example", .supplier, supplier: "electro-saguenay")),
                                                    submissions: submissions, events: [1: [F.event(100, .rejected, submission: 1, account: 2, comment: "Ajoutez la description anglaise.")]],
                                                    diagnostics: [3: ["Il manque la description anglaise."]], supplierName: "Électro-Saguenay inc."))
        let order = [3, 2, 1].map { html.range(of: "id=\"submission-\($0)\"")!.lowerBound }
        #expect(order[0] < order[1] && order[1] < order[2])
        #expect(html.contains("/fr/supplier/submissions/3/withdraw") && html.contains("/fr/supplier/submissions/2/withdraw"))
        #expect(!html.contains("/fr/supplier/submissions/1/withdraw"))
        #expect(html.contains("refusée") && html.contains("brouillon") && html.contains("en attente d\u{2019}examen") || html.contains("en attente d'examen"))
        #expect(html.contains("Commentaire de l\u{2019}évaluateur") || html.contains("Commentaire de l'évaluateur"))
        #expect(html.contains("Ajoutez la description anglaise."))
        #expect(html.contains("Il manque la description anglaise."))
        #expect(html.contains("<a href=\"/fr/supplier/entry\">Modifier ma fiche</a>"))
        #expect(!html.contains("revue@grappe.example"))
    }

    // MARK: Every page in both languages

    @Test("no staff page shows a message key instead of words, in French and English", arguments: PortalLanguage.allCases.prefix(2))
    func everyKeyWorded(language: PortalLanguage) {
        for (name, html) in Self.everyPage(language) {
            #expect(!html.contains("staff."), "\(name)")
            #expect(!html.contains("web.role."), "\(name)")
        }
    }

    @Test("every staff page kind is valid HTML for the Nu checker, in French and English")
    func validHTML() throws {
        guard HTMLValidator.available() else { return }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("staff-pages-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for language in PortalLanguage.allCases.prefix(2) {
            for (name, html) in Self.everyPage(language) {
                try html.write(toFile: "\(root)/\(language.rawValue)-\(name).html", atomically: true, encoding: .utf8)
            }
        }
        let result = try HTMLValidator.validate(root: root)
        #expect(result.status == 0, "\(result.output)")
    }

    /// One of each page, with every part shown (forms, notices, diff, history, empty lists).
    static func everyPage(_ language: PortalLanguage) -> [(String, String)] {
        let published = try! EntryDiffTests.sample()
        var submitted = published
        submitted.capabilities[0].roles = [.supply]
        submitted.contacts.removeLast()
        submitted.memberships.append(F.rtl)
        submitted.descriptions.set("Texte revu.", for: "fr")
        let context = F.context(language)
        let events = [F.event(101, .submitted, submission: 40, account: 1), F.event(102, .claimed, submission: 40, account: 2),
                      F.event(103, .rejected, submission: 40, account: 2, comment: "Motif\n\(F.rtl)")]
        let expiring = FollowUp.expiringCertificates(catalog.suppliers, today: CalendarDay(year: 2026, month: 8, day: 1), within: 90)
        let stale = [(supplierID: "electro-saguenay", name: F.hostileName, lastUpdated: CalendarDay(year: 2025, month: 2, day: 12))]
        let accounts = [F.reviewer, F.otherReviewer, F.account(4, "vendeur@electro.example", .supplier, supplier: "electro-saguenay"),
                        F.account(5, "parti@electro.example", .supplier, supplier: "electro-saguenay", disabled: true)]
        return [
            ("queue", F.text(StaffPages.queue(context, pending: [F.submission(40, claimedBy: 3), F.submission(41, isNew: true, onBehalf: true)],
                                              supplierNames: names, people: F.people, filter: PendingFilter(kind: .update), now: F.now))),
            ("queue-empty", F.text(StaffPages.queue(context, pending: [], supplierNames: names, people: F.people, filter: PendingFilter(), now: F.now))),
            ("submission-pending", F.text(StaffPages.submission(context, submission: F.submission(40, claimedBy: 2), published: published,
                                                                submitted: submitted, diagnostics: ["Problème <b>", F.rtl], events: events,
                                                                people: F.people, now: F.now))),
            ("submission-new", F.text(StaffPages.submission(context, submission: F.submission(46, isNew: true), published: nil,
                                                            submitted: submitted, diagnostics: [], events: [], people: F.people, now: F.now))),
            ("submission-rejected", F.text(StaffPages.submission(context, submission: F.submission(40, state: .rejected, comment: "Motif"),
                                                                 published: published, submitted: nil, diagnostics: [], events: events,
                                                                 people: F.people, now: F.now))),
            ("follow-up", F.text(StaffPages.followUp(context, stale: stale, expiring: expiring, supplierNames: names))),
            ("audit", F.text(StaffPages.auditLog(context, records: [F.audit(1, action: "submission.rejected", details: "revision 3: <b> \(F.rtl)")]))),
            ("accounts", F.text(StaffPages.accounts(context, accounts: accounts, supplierNames: names, invited: "OK", error: "Refusé"))),
            ("status", F.text(SupplierStatusPage.render(context, submissions: [F.submission(1, state: .rejected, comment: "Motif"),
                                                                              F.submission(2), F.submission(3, state: .draft)],
                                                        events: [1: events], diagnostics: [3: ["Il manque <x>"]], supplierName: F.hostileName))),
            ("status-empty", F.text(SupplierStatusPage.render(context, submissions: [], events: [:], diagnostics: [:], supplierName: "ACME"))),
        ]
    }
}
