import AluCatalog
import AluDirectory
import AluLocalization
import AluPortalPages
import AluPortalState
import AluTestSupport
import Foundation
import Testing

/// The signed-in side end to end in a real browser: `alucat serve --create-admin` on a
/// copy of the sample catalogue, walked by Debian's chromium through chromedriver
/// (`scripts/browser/signed_in_flow.py`) by clicks and typing only: the first admin
/// enrols its second factor, invites a supplier user (the link read from the mail in
/// the outbox), the supplier edits its entry, sees an error beside its field, fixes it
/// and submits, the admin signs in again with the next TOTP code, reads the diff and
/// approves, and the public directory shows the change without a restart. What each
/// step should show is computed here (message tables, catalogue), never read from a page.
@Suite("The signed-in portal in a browser", .serialized)
struct SignedInBrowserTests {
    static let supplierID = "electro-saguenay"

    /// The pages a person of `role` reaches from its home, in English.
    static func englishPaths(for role: AccountRole) -> [String] {
        let l = PortalLanguage.en
        let own = [PortalPaths.home(l), PortalPaths.sessions(l), PortalPaths.changePassword(l), PortalPaths.totpSetup(l)]
        switch role {
        case .supplier: return own + [PortalPaths.entry(l), PortalPaths.submissions(l)]
        case .reviewer, .admin:
            return own + [PortalPaths.queue(l), PortalPaths.followUp(l), PortalPaths.accounts(l), PortalPaths.auditLog(l)]
        }
    }

    @Test("admin enrols TOTP from the printed link, invites a supplier user by mail; the supplier sees its error beside the field and in the summary, fixes it, submits; the admin signs in with the next code, finds the new sentence in the diff, approves; the public page shows it")
    func signedInFlowWorksInChromium() throws {
        guard try PortalBrowserTests.browserAvailable() else { return }
        let folder = temporaryDirectory("signed-in-browser-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = folder + "/catalog", data = folder + "/data"
        try FileManager.default.copyItem(atPath: TestPackage.catalog, toPath: catalog)
        let index = try CatalogLoader(root: catalog, today: .today()).loadAll()
        let published = try #require(index.supplier(id: Self.supplierID), "\(Self.supplierID) is not in the sample catalogue")
        let oldFrench = try #require(published.descriptions["fr"])

        let server = try ServedPortal(catalog: catalog, data: URL(fileURLWithPath: data), extraArguments: ["--create-admin", "admin@grappe.example"])
        defer { _ = server.terminate() }
        let link = try #require(server.adminLink(), "no admin link printed: \(server.log.suffix(2000))")
        // The printed link names the port the server listens on (it was started with --port 0).
        #expect(link.hasPrefix("http://localhost:\(server.port)/fr/account/invitation?token="), "\(link)")

        let token = UUID().uuidString.prefix(8).lowercased()
        let sentence = "Électro-Saguenay met son portail à l'essai (\(token)) : barres omnibus, raccordements sous tension et redresseurs."
        let badWebsite = "htp:/mauvais"
        let l = PortalLanguage.fr
        let spec: [String: Any] = [
            "base": server.base, "outbox": data + "/outbox", "width": 1280,
            "admin": ["link": link, "email": "admin@grappe.example", "password": "une phrase de passe assez longue 42"],
            "supplier": [
                "id": Self.supplierID, "name": published.displayName, "email": "marie@electro-saguenay.example",
                "password": "un autre mot de passe solide 17", "new_password": "la cuve 42 tourne encore ce soir", "sentence": sentence, "bad_website": badWebsite,
                "website": published.website, "public_path": DirectoryURL.supplier(Self.supplierID, language: l),
                "old_start": String(oldFrench.prefix(40)),
            ],
            "paths": [
                "sign_in": PortalPaths.signIn(l), "home": PortalPaths.home(l), "accounts": PortalPaths.accounts(l), "invite": PortalPaths.invite(l),
                "queue": PortalPaths.queue(l), "entry": PortalPaths.entry(l), "submissions": PortalPaths.submissions(l),
                "submission_prefix": PortalPaths.submission(l, ""),
                "sessions": PortalPaths.sessions(l), "password": PortalPaths.changePassword(l),
            ],
            "paths_en": [
                "supplier": Self.englishPaths(for: .supplier),
                "admin": Self.englishPaths(for: .admin),
            ],
        ]
        let specPath = folder + "/spec.json", reportPath = folder + "/report.json"
        try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys]).write(to: URL(fileURLWithPath: specPath))
        var arguments = [TestPackage.root + "/scripts/browser/signed_in_flow.py", specPath, reportPath]
        // ALUCAT_SCREENSHOTS=DIR keeps the entry form with its error and the diff page at 1280 and 390 px, to look at.
        if let shots = ProcessInfo.processInfo.environment["ALUCAT_SCREENSHOTS"] { arguments += ["--screenshots", shots] }
        let run = try ODFTools.run(try #require(ODFTools.which("python3")), arguments)
        let report = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reportPath))) as? [String: Any], "\(run.output)")
        let failures = report["failures"] as? [[String: Any]] ?? []
        #expect(run.status == 0, "signed_in_flow.py exited \(run.status): \(run.output.suffix(3000))")
        #expect(failures.isEmpty, "\(failures.map { "\($0["step"] ?? ""): \($0["problem"] ?? "")" }.joined(separator: "\n"))")
        if !failures.isEmpty {
            let seen = (try? JSONSerialization.data(withJSONObject: report["steps"] ?? [:], options: [.prettyPrinted, .sortedKeys])) ?? Data()
            print("signed-in browser flow, what each step saw: \(String(decoding: seen, as: UTF8.self))\nserver log: \(server.log.suffix(3000))")
        }
        for note in report["layout"] as? [String] ?? [] { print("signed-in browser flow, layout: \(note)") }
        let steps = report["steps"] as? [String: [String: Any]] ?? [:]
        func text(_ key: String, _ values: [String: String] = [:]) -> String { Message(key, values).text("fr") }

        // 1. The admin's account, its second factor, its home.
        let enrolled = try #require(steps["1-admin-enrolled"], "step 1 not reached: \(steps.keys.sorted())")
        #expect(enrolled["notice"] as? String == text("web.invitation.done"))
        #expect(enrolled["email_kept"] as? String == "admin@grappe.example")
        #expect(enrolled["code_path"] as? String == PortalPaths.secondFactor(l))
        #expect(enrolled["secret_matches_uri"] as? Bool == true)
        #expect(enrolled["uri_scheme"] as? String == "otpauth")
        #expect(enrolled["home_h1"] as? String == text("web.home.title"))
        #expect((enrolled["home_links"] as? [String] ?? []).contains(text("web.home.accounts")))

        // 2. The invitation, through the form and the mail.
        let invited = try #require(steps["2-supplier-invited"], "step 2 not reached")
        #expect(invited["supplier_listed"] as? Bool == true, "the invitation form does not offer \(Self.supplierID)")
        #expect(invited["notice"] as? String == text("web.accounts.invited", ["email": "marie@electro-saguenay.example"]))
        #expect(invited["mail_to"] as? String == "marie@electro-saguenay.example")
        #expect(invited["mail_subject"] as? String == text("mail.invitation.subject"))
        #expect(invited["mail_link_origin"] as? String == "http://localhost:\(server.port)")
        #expect(invited["mail_link_path"] as? String == PortalPaths.invitation(l))

        // 3. The supplier's entry: the error beside its field and in the summary, then submitted.
        let submitted = try #require(steps["3-supplier-submitted"], "step 3 not reached")
        // The capability search (the form's one script) narrowed the tree to what names an anode.
        let total = submitted["search_total"] as? Int ?? 0, visible = submitted["search_visible"] as? Int ?? 0
        let labels = submitted["search_labels"] as? [String] ?? []
        let fold = { (text: String) in text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil) }
        #expect(total > 100 && visible > 0 && visible < total / 3, "search for 'anode': \(visible) of \(total)")
        #expect(labels.contains { fold($0).contains("anode") }, "\(labels)")
        #expect((submitted["search_status"] as? String ?? "").hasPrefix(text("entryform.search.found").prefix(10)))
        let error = try #require(submitted["error"] as? [String: Any], "no error state read")
        let problem = try #require(FieldForms.webURL(badWebsite)?.text("fr"), "the rules accept \(badWebsite)")
        let shown = problem.prefix(1).uppercased() + problem.dropFirst()
        let beside = error["beside"] as? [[String: Any]] ?? []
        #expect(error["invalid"] as? String == "true")
        #expect(beside.map { $0["text"] as? String } == [text("entryform.error-prefix") + " " + shown], "\(beside)")
        #expect(beside.allSatisfy { $0["named"] as? Bool == true }, "the message is not in the input's aria-describedby: \(beside)")
        #expect((error["gap"] as? [Int] ?? []).allSatisfy { (0...40).contains($0) }, "the message is not right above the input: \(error["gap"] ?? "")")
        #expect(error["summary"] as? [String] == [text("entryform.summary.item", ["label": text("form.field.website.label"), "message": problem])])
        #expect(error["status"] as? String == text("web.entry.saved"))
        #expect(submitted["description_kept"] as? Bool == true, "the typed description was lost with the error")
        #expect(submitted["submissions_path"] as? String == PortalPaths.submissions(l))
        let cards = submitted["cards"] as? [[String: Any]] ?? []
        #expect(cards.count == 1 && cards.first?["stateText"] as? String == text("review.state.pending"), "\(cards)")

        // 3b. Its sessions (this browser only), then a new password.
        let secured = try #require(steps["3b-supplier-secured"], "step 3b not reached")
        let sessions = secured["sessions"] as? [String] ?? []
        #expect(sessions.count == 1 && sessions.first?.hasPrefix(text("web.sessions.current") + " — ") == true, "\(sessions)")
        #expect(secured["end_forms"] as? Int == 0, "a form to end sessions when there is no other")
        #expect(secured["path"] as? String == PortalPaths.changePassword(l))
        #expect(secured["notice"] as? String == text("web.password-change.done"))

        // Each person's pages in English at 390 px (the script fails on sideways scrolling).
        let supplierEnglish = submitted["english_390"] as? [[String: Any]] ?? []
        #expect(supplierEnglish.map { $0["path"] as? String } == Self.englishPaths(for: .supplier), "\(supplierEnglish)")
        #expect(supplierEnglish.allSatisfy { $0["lang"] as? String == "en" && $0["sideways"] as? Bool == false })

        // 4. The review: a new code in a later step, the diff, the approval.
        let approved = try #require(steps["4-admin-approved"], "step 4 not reached")
        #expect(approved["secret_shown_again"] as? Bool == false)
        #expect((approved["after_enrolled_step"] as? Int ?? 0) >= 1)
        #expect((approved["queue_links"] as? [String] ?? []).count == 1)
        let diff = approved["diff"] as? [[String: Any]] ?? []
        let row = diff.first { $0["new"] as? String == sentence }
        #expect(row?["old"] as? String == oldFrench, "the French description's row: \(row ?? [:])")
        #expect((row?["field"] as? String ?? "").contains(LanguageNames.name("fr", "fr")), "\(row ?? [:])")
        // Besides the description, only the day of the last update (the form stamps it).
        let others = diff.filter { $0["new"] as? String != sentence }
        #expect(others.map { $0["field"] as? String } == [text("staff.field.lastUpdated")], "\(diff)")
        #expect(others.first?["new"] as? String == CalendarDay.today().description, "\(others)")
        #expect((approved["outcome"] as? String ?? "").hasPrefix(text("staff.outcome", ["state": text("review.state.approved")])),
                "\(approved["outcome"] ?? "")")
        #expect((approved["state"] as? String ?? "").contains("state-approved"))
        #expect(approved["decision_forms_left"] as? Int == 0)
        let adminEnglish = approved["english_390"] as? [[String: Any]] ?? []
        #expect(adminEnglish.count == Self.englishPaths(for: .admin).count + 1, "\(adminEnglish)")
        #expect(adminEnglish.allSatisfy { $0["lang"] as? String == "en" && $0["sideways"] as? Bool == false })
        #expect(adminEnglish.compactMap { $0["h1"] as? String }.contains(Message("web.sessions.title").text("en")))

        // 5. Published at once.
        let public_ = try #require(steps["5-published"], "step 5 not reached")
        #expect(public_["sentence_shown"] as? Bool == true)
        #expect(public_["old_text_gone"] as? Bool == true)
        #expect(public_["title"] as? String == published.displayName + " — " + text("portal.site-name"))
        let file = try String(contentsOfFile: catalog + "/suppliers/\(Self.supplierID).xml", encoding: .utf8)
        #expect(file.contains(sentence))
        #expect(server.terminate() == 0)
        print("signed-in browser flow: \(report["seconds"] ?? "?") s in the browser, \((report["pages"] as? [Any])?.count ?? 0) pages")
    }
}
