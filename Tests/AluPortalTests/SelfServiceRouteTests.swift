import AluDiagnostics
import AluLocalization
import AluPortalState
import AluTestSupport
import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing
@testable import AluPortal

/// The supplier's side and the staff's review, over HTTP in process, as the pages post.
@Suite("The supplier's entry and the staff's review over HTTP", .serialized)
struct SelfServiceRouteTests {
    typealias Person = SignedInPortal.Person

    /// `pairs` with the first field named `name` set to `value` (appended when absent).
    static func setting(_ pairs: [(String, String)], _ name: String, _ value: String) -> [(String, String)] {
        var pairs = pairs
        if let index = pairs.firstIndex(where: { $0.0 == name }) { pairs[index].1 = value } else { pairs.append((name, value)) }
        return pairs
    }

    /// The form field holding the description in `language`.
    static func descriptionField(_ pairs: [(String, String)], language: String) throws -> String {
        let languageField = try #require(pairs.first { $0.0.hasPrefix("descriptions[") && $0.0.hasSuffix("].language") && $0.1 == language }).0
        return String(languageField.dropLast("language".count)) + "text"
    }

    /// The mails in the outbox, as text.
    static func outbox(_ portal: SignedInPortal) -> [String] {
        let folder = portal.planted.data.appendingPathComponent("outbox").path
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".eml") }.sorted()
        // Headers as written, then the base64 body decoded: what a mail reader shows.
        return files.compactMap { try? String(contentsOfFile: folder + "/" + $0, encoding: .utf8) }.map { mail in
            guard let split = mail.range(of: "\r\n\r\n") else { return mail }
            let body = mail[split.upperBound...].filter { !$0.isWhitespace }
            let decoded = Data(base64Encoded: String(body)).map { String(decoding: $0, as: UTF8.self) } ?? String(mail[split.upperBound...])
            return String(mail[..<split.upperBound]) + decoded
        }
    }

    /// The first mail to `address`, waiting up to 5 s for it.
    static func mail(_ portal: SignedInPortal, to address: String) async throws -> String? {
        for _ in 0..<100 {
            if let mail = outbox(portal).first(where: { $0.contains(address) }) { return mail }
            try await Task.sleep(for: .milliseconds(50))
        }
        return nil
    }

    @Test("a supplier's error is shown beside its field and the draft kept; fixed and submitted it is pending and mailed; the reviewer reads the diff, a stale decision is refused, the approval publishes into catalog/ and the directory shows the new text at once")
    func editSubmitReviewPublish() async throws {
        let portal = try SignedInPortal()
        let id = SignedInPortal.supplierA
        let sentence = "Phrase témoin \(UUID().uuidString.prefix(8)) : cuves et anodes révisées."
        try await portal.test { client in
            let supplier = try portal.visitor(.supplierA)
            let page = try await supplier.get(client, "/fr/supplier/entry")
            #expect(page.status == .ok)
            let original = BrowserForm.pairs(page.text)
            let website = try #require(original.first { $0.0 == "website" }?.1)
            var pairs = Self.setting(original, try Self.descriptionField(original, language: "fr"), sentence)
            pairs = Self.setting(pairs, "website", "htp:/mauvais")

            let saved = try await supplier.post(client, "/fr/supplier/entry", pairs + [("action", "save")], origin: portal.origin)
            #expect(saved.status == .unprocessableContent)
            // Beside the field: the input is invalid and described by the message next to it.
            let name = try #require(saved.text.range(of: "name=\"website\""))
            let open = try #require(saved.text.range(of: "<input", options: .backwards, range: saved.text.startIndex..<name.lowerBound))
            let close = try #require(saved.text.range(of: ">", range: name.upperBound..<saved.text.endIndex))
            let tag = String(saved.text[open.lowerBound..<close.upperBound])
            #expect(tag.contains("aria-invalid=\"true\""))
            let described = try #require(BrowserForm.attributes(tag)["aria-describedby"]).split(separator: " ")
            #expect(described.contains { saved.text.contains("class=\"field-error\" id=\"\($0)\"") })
            #expect(saved.text.contains("htp:/mauvais"))
            // The draft is kept, with its error.
            let caller = Caller(account: try portal.store.account(id: portal.accountIDs[.supplierA]!), address: "127.0.0.1")
            let drafts = try portal.store.submissions(supplierID: id, by: caller)
            #expect(drafts.map(\.state) == [.draft])

            // Fixed and submitted.
            let fixed = Self.setting(BrowserForm.pairs(saved.text), "website", website)
            let submitted = try await supplier.post(client, "/fr/supplier/entry", fixed + [("action", "submit")], origin: portal.origin)
            #expect(submitted.status == .seeOther)
            #expect(submitted.headers[.location] == "/fr/supplier/submissions")
            let mine = try await supplier.get(client, "/fr/supplier/submissions")
            #expect(mine.text.contains(SubmissionState.pending.message.text("fr")))
            let pending = try #require(try portal.store.submissions(supplierID: id, by: caller).first)
            #expect(pending.state == .pending)
            #expect(pending.id == drafts[0].id, "the draft became the submission: one line of history")
            #expect(Self.outbox(portal).contains { $0.contains("electro-saguenay.example") && $0.contains(String(pending.id)) })

            // The reviewer: the queue, the diff, a stale decision, the approval.
            let reviewer = try portal.visitor(.reviewer)
            let queue = try await reviewer.get(client, "/fr/staff/queue")
            #expect(queue.text.contains("/fr/staff/submissions/\(pending.id)"))
            let review = try await reviewer.get(client, "/fr/staff/submissions/\(pending.id)")
            #expect(review.status == .ok)
            #expect(review.text.contains(sentence.replacingOccurrences(of: "'", with: "&#39;")) || review.text.contains(sentence))
            let stale = try await reviewer.post(client, "/fr/staff/submissions/\(pending.id)/approve", [("revision", String(pending.revision - 1))], origin: portal.origin)
            #expect(stale.status == .conflict)
            #expect(!(try String(contentsOf: portal.planted.root.appendingPathComponent("suppliers/\(id).xml"), encoding: .utf8)).contains(sentence))
            let approved = try await reviewer.post(client, "/fr/staff/submissions/\(pending.id)/approve", [("revision", String(pending.revision))], origin: portal.origin)
            #expect(approved.status == .seeOther)
            let file = try String(contentsOf: portal.planted.root.appendingPathComponent("suppliers/\(id).xml"), encoding: .utf8)
            #expect(file.contains(sentence))
            // The public directory shows it now, without a restart or a refresh interval.
            let publicPage = try await client.execute(uri: "/fr/suppliers/\(id)", method: .get) { $0 }
            #expect(publicPage.status == .ok)
            #expect(publicPage.text.contains("Phrase témoin \(sentence.dropFirst("Phrase témoin ".count).prefix(8))"))
            #expect(Self.outbox(portal).count >= 2)
            // Approving twice is refused: it is no longer pending.
            let again = try await reviewer.post(client, "/fr/staff/submissions/\(pending.id)/approve", [("revision", String(pending.revision))], origin: portal.origin)
            #expect(again.status == .conflict)
        }
    }

    @Test("a rejection needs a comment; the comment reaches the supplier's page and mail; a withdrawn submission cannot be approved")
    func rejectAndWithdraw() async throws {
        let portal = try SignedInPortal()
        let id = SignedInPortal.supplierA
        try await portal.test { client in
            let supplier = try portal.visitor(.supplierA)
            let form = BrowserForm.pairs(try await supplier.get(client, "/fr/supplier/entry").text)
            #expect(try await supplier.post(client, "/fr/supplier/entry", form + [("action", "submit")], origin: portal.origin).status == .seeOther)
            let caller = Caller(account: try portal.store.account(id: portal.accountIDs[.supplierA]!), address: "127.0.0.1")
            let first = try #require(try portal.store.submissions(supplierID: id, by: caller).first)
            let reviewer = try portal.visitor(.reviewer)
            let noComment = try await reviewer.post(client, "/fr/staff/submissions/\(first.id)/reject", [("revision", String(first.revision)), ("comment", "  ")], origin: portal.origin)
            #expect(noComment.status == .badRequest)
            let words = "Merci d'ajouter <vos> références à Alma & Deschambault."
            let rejected = try await reviewer.post(client, "/fr/staff/submissions/\(first.id)/reject", [("revision", String(first.revision)), ("comment", words)], origin: portal.origin)
            #expect(rejected.status == .seeOther)
            let mine = try await supplier.get(client, "/fr/supplier/submissions")
            #expect(mine.text.contains("Merci d&#39;ajouter &lt;vos&gt; références à Alma &amp; Deschambault.") || mine.text.contains("Merci d'ajouter &lt;vos&gt; références à Alma &amp; Deschambault."))
            #expect(Self.outbox(portal).contains { $0.contains("> Merci d'ajouter <vos> références à Alma & Deschambault.") })

            // A new submission, withdrawn by the supplier: the reviewer can no longer approve it.
            #expect(try await supplier.post(client, "/fr/supplier/entry", form + [("action", "submit")], origin: portal.origin).status == .seeOther)
            let second = try #require(try portal.store.submissions(supplierID: id, by: caller).first { $0.state == .pending })
            #expect(try await supplier.post(client, "/fr/supplier/submissions/\(second.id)/withdraw", origin: portal.origin).status == .seeOther)
            let late = try await reviewer.post(client, "/fr/staff/submissions/\(second.id)/approve", [("revision", String(second.revision))], origin: portal.origin)
            #expect(late.status == .conflict)
            // Supplier B cannot withdraw (or see) supplier A's.
            let other = try portal.visitor(.supplierB)
            #expect(try await other.post(client, "/fr/supplier/submissions/\(first.id)/withdraw", origin: portal.origin).status == .forbidden)
        }
    }

    @Test("the prefilled ODS form downloaded from the portal and uploaded back becomes the draft; the XML download too; a file that is neither is kept as a draft with its errors")
    func uploadAndDownload() async throws {
        let portal = try SignedInPortal()
        let id = SignedInPortal.supplierA
        try await portal.test { client in
            let supplier = try portal.visitor(.supplierA)
            let ods = try await supplier.get(client, "/fr/supplier/entry/form.ods")
            #expect(ods.status == .ok)
            #expect(ods.headers[.contentType] == "application/vnd.oasis.opendocument.spreadsheet")
            #expect(ods.headers[.contentDisposition]?.contains("attachment") == true)
            let odsBytes = Array(ods.body.readableBytesView)
            #expect(odsBytes.starts(with: [0x50, 0x4B, 0x03, 0x04]))
            let xml = try await supplier.get(client, "/fr/supplier/entry/entry.xml")
            #expect(xml.status == .ok)
            #expect(xml.text.contains("<neq>"))

            let caller = Caller(account: try portal.store.account(id: portal.accountIDs[.supplierA]!), address: "127.0.0.1")
            let uploaded = try await supplier.postFile(client, "/fr/supplier/entry/upload", file: odsBytes, fileName: "ma-fiche.ods", origin: portal.origin)
            #expect(uploaded.status == .seeOther)
            let draft = try #require(try portal.store.submissions(supplierID: id, by: caller).first)
            #expect(draft.fileName == "\(id).ods")
            #expect(!draft.report.contains { $0.severity == .error }, "the portal's own prefilled form reads back without error")
            // The form page now shows the uploaded draft.
            #expect(try await supplier.get(client, "/fr/supplier/entry").status == .ok)

            let xmlUpload = try await supplier.postFile(client, "/fr/supplier/entry/upload", file: Array(xml.body.readableBytesView), origin: portal.origin)
            #expect(xmlUpload.status == .seeOther)
            #expect(try portal.store.submissions(supplierID: id, by: caller).count == 1, "the working draft is replaced, not duplicated")

            let junk = try await supplier.postFile(client, "/fr/supplier/entry/upload", file: Array("not an entry at all".utf8), origin: portal.origin)
            #expect(junk.status == .seeOther)
            let kept = try #require(try portal.store.submissions(supplierID: id, by: caller).first)
            #expect(kept.report.contains { $0.severity == .error })
            let page = try await supplier.get(client, "/fr/supplier/entry")
            #expect(page.status == .ok)
            let empty = try await supplier.postFile(client, "/fr/supplier/entry/upload", file: [], origin: portal.origin)
            #expect(empty.status == .badRequest)
        }
    }

    @Test("staff edit an entry on the supplier's behalf: the submission and the audit log say so; an admin's invitation mail carries a working link")
    func onBehalfAndInvitation() async throws {
        let portal = try SignedInPortal()
        let id = SignedInPortal.supplierB
        try await portal.test { client in
            let reviewer = try portal.visitor(.reviewer)
            let form = try await reviewer.get(client, "/fr/staff/entries/\(id)")
            #expect(form.status == .ok)
            let pairs = BrowserForm.pairs(form.text)
            let saved = try await reviewer.post(client, "/fr/staff/entries/\(id)", pairs + [("action", "submit")], origin: portal.origin)
            #expect(saved.status == .seeOther)
            let admin = Caller(account: try portal.store.account(id: portal.accountIDs[.admin]!), address: "127.0.0.1")
            let pending = try #require(try portal.store.pending(by: admin).first { $0.supplierID == id })
            #expect(pending.onBehalf)
            #expect(try portal.store.auditLog(by: admin).contains { $0.action == "submission.saved-on-behalf" && $0.details.hasPrefix(id) })
            let audit = try await portal.visitor(.admin).get(client, "/fr/staff/audit")
            #expect(audit.text.contains("submission.saved-on-behalf"))

            let adminVisitor = try portal.visitor(.admin)
            let invited = try await adminVisitor.post(client, "/fr/staff/accounts/invite", [
                ("email", "nouvelle@forges-du-fjord.example"), ("role", "supplier"), ("supplier", id), ("language", "fr"),
            ], origin: portal.origin)
            #expect(invited.status == .ok)
            let mail = try #require(Self.outbox(portal).first { $0.contains("nouvelle@forges-du-fjord.example") })
            let unfolded = mail.replacingOccurrences(of: "=\r\n", with: "").replacingOccurrences(of: "=\n", with: "")
            let link = try #require(unfolded.range(of: "/fr/account/invitation?token=").map { String(unfolded[$0.lowerBound...].prefix { !$0.isWhitespace }) })
            let token = String(link.dropFirst("/fr/account/invitation?token=".count))
            let visitor = try await Visitor.anonymous(client)
            let accepted = try await visitor.post(client, "/fr/account/invitation", [
                ("token", token), ("password", "un mot de passe solide"), ("repeat", "un mot de passe solide"),
            ], origin: portal.origin)
            #expect(accepted.status == .ok)
            #expect(try portal.store.account(email: "nouvelle@forges-du-fjord.example")?.supplierID == id)
            let reused = try await visitor.post(client, "/fr/account/invitation", [
                ("token", token), ("password", "un autre mot de passe"), ("repeat", "un autre mot de passe"),
            ], origin: portal.origin)
            #expect(reused.status == .badRequest)
        }
    }

    @Test("anyone may apply for a new entry: the same answer for a known address, a link mailed otherwise; the new entry is invisible, and an NEQ already in the catalogue is refused by the submission policy")
    func applyForANewEntry() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            let visitor = try await Visitor.anonymous(client)
            let known = try await visitor.post(client, "/fr/account/apply", [("name", "Électro-Saguenay inc."), ("email", Person.supplierA.email!), ("language", "fr")], origin: portal.origin)
            let fresh = try await visitor.post(client, "/fr/account/apply", [("name", "Usinage Fjord & Fils ltée"), ("email", "jeanne@usinage-fjord.example"), ("language", "fr")], origin: portal.origin)
            #expect(known.status == .ok)
            #expect(fresh.status == .ok)
            func notice(_ html: String) -> String? { html.range(of: "role=\"status\">").map { String(html[$0.upperBound...].prefix { $0 != "<" }) } }
            #expect(notice(known.text) != nil)
            #expect(notice(known.text) == notice(fresh.text))
            // Mails of the anonymous forms leave after the answer: wait for it.
            let mail = try #require(try await Self.mail(portal, to: "jeanne@usinage-fjord.example"))
            #expect(!Self.outbox(portal).contains { $0.contains(Person.supplierA.email!) })
            let token = try #require(mail.range(of: "/fr/account/invitation?token=").map { String(mail[$0.upperBound...].prefix { !$0.isWhitespace }) })
            #expect(try await visitor.post(client, "/fr/account/invitation", [("token", token), ("password", "mot de passe de Jeanne"), ("repeat", "mot de passe de Jeanne")], origin: portal.origin).status == .ok)
            let account = try #require(try portal.store.account(email: "jeanne@usinage-fjord.example"))
            #expect(account.supplierID == "usinage-fjord-fils-ltee")

            guard case .signedIn(let grant) = try portal.store.signIn(email: account.email, password: "mot de passe de Jeanne", address: "127.0.0.1") else {
                Issue.record("the applicant cannot sign in")
                return
            }
            let jeanne = Visitor(cookies: ["\(SessionCookies.session)=\(grant.token.value)"], csrf: grant.csrfToken)
            #expect(try await jeanne.get(client, "/fr/supplier/entry").status == .ok)
            // An entry copied from another supplier: its NEQ belongs to that one.
            let copied = try String(contentsOf: portal.planted.root.appendingPathComponent("suppliers/\(SignedInPortal.supplierA).xml"), encoding: .utf8)
                .replacingOccurrences(of: "<id>\(SignedInPortal.supplierA)</id>", with: "<id>usinage-fjord-fils-ltee</id>")
                .replacingOccurrences(of: "id=\"\(SignedInPortal.supplierA)\"", with: "id=\"usinage-fjord-fils-ltee\"")
            #expect(try await jeanne.postFile(client, "/fr/supplier/entry/upload", file: Array(copied.utf8), origin: portal.origin).status == .seeOther)
            let form = BrowserForm.pairs(try await jeanne.get(client, "/fr/supplier/entry").text)
            let refused = try await jeanne.post(client, "/fr/supplier/entry", form + [("action", "submit")], origin: portal.origin)
            #expect(refused.status == .unprocessableContent)
            let caller = Caller(account: account, address: "127.0.0.1")
            #expect(try portal.store.submissions(supplierID: "usinage-fjord-fils-ltee", by: caller).map(\.state) == [.draft])
            #expect(try await client.execute(uri: "/fr/suppliers/usinage-fjord-fils-ltee", method: .get) { $0.status } == .notFound)

            // Six applications in an hour from one address: the sixth waits.
            for n in 0..<3 {
                _ = try await visitor.post(client, "/fr/account/apply", [("name", "Entreprise \(n)"), ("email", "e\(n)@exemple.example")], origin: portal.origin)
            }
            let sixth = try await visitor.post(client, "/fr/account/apply", [("name", "Entreprise 6"), ("email", "e6@exemple.example")], origin: portal.origin)
            #expect(sixth.status == .tooManyRequests)
            #expect(sixth.headers[.retryAfter] != nil)
        }
    }

    @Test("two reviewers approving one submission at the same moment over HTTP: exactly one wins, the other is told why; one file written, one approved event")
    func racingApprovals() async throws {
        let portal = try SignedInPortal()
        let id = SignedInPortal.supplierA
        let caller = Caller(account: try portal.store.account(id: portal.accountIDs[.supplierA]!), address: "127.0.0.1")
        for round in 0..<5 {
            let entry = try String(contentsOf: portal.planted.root.appendingPathComponent("suppliers/\(id).xml"), encoding: .utf8)
                .replacingOccurrences(of: "</memberships>", with: "<membership>Course \(round)</membership></memberships>")
            let draft = try portal.store.saveDraft(Array(entry.utf8), fileName: "entry.xml", by: caller)
            let pending = try portal.store.submit(draft.id, by: caller)
            let reviewer = try portal.visitor(.reviewer), admin = try portal.visitor(.admin)
            try await portal.test { client in
                let fields = [("revision", String(pending.revision))]
                async let a = reviewer.post(client, "/fr/staff/submissions/\(pending.id)/approve", fields, origin: portal.origin)
                async let b = admin.post(client, "/fr/staff/submissions/\(pending.id)/approve", fields, origin: portal.origin)
                let statuses = [try await a.status, try await b.status].map(\.code).sorted()
                #expect(statuses == [303, 409], "round \(round): \(statuses)")
            }
            let events = try portal.store.events(pending.id, by: caller).filter { $0.kind == .approved }
            #expect(events.count == 1)
        }
    }

    @Test("the entry form's one script is ours, served as JavaScript under the CSP; the page works without it (its search box is only a hidden hook)")
    func capabilitySearchScript() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            let script = try await client.execute(uri: "/assets/entry-form.js", method: .get) { $0 }
            #expect(script.status == .ok)
            #expect(script.headers[.contentType] == "text/javascript; charset=utf-8")
            #expect(script.headers[.contentSecurityPolicy]?.contains("script-src 'self'") == true)
            #expect(script.text.contains("capability-search"))
            let page = try await portal.visitor(.supplierA).get(client, "/fr/supplier/entry")
            #expect(page.text.contains("<script src=\"/assets/entry-form.js\"></script>"))
            #expect(page.text.contains("class=\"capability-search\" hidden"))
            #expect(!page.text.contains("<script>"), "no inline script")
        }
    }

    @Test("when the invitation mail cannot leave, the admin is told so and given the one-time link to hand over; it works")
    func invitationWithoutMail() async throws {
        let portal = try SignedInPortal(sendmail: "/bin/false")
        try await portal.test { client in
            let admin = try portal.visitor(.admin)
            let page = try await admin.post(client, "/fr/staff/accounts/invite", [
                ("email", "sans-courriel@forges-du-fjord.example"), ("role", "supplier"), ("supplier", SignedInPortal.supplierB), ("language", "fr"),
            ], origin: portal.origin)
            #expect(page.status == .ok)
            #expect(!page.text.contains(Message("web.accounts.invited", ["email": "sans-courriel@forges-du-fjord.example"]).text("fr")))
            let link = try #require(page.text.range(of: "/fr/account/invitation?token=").map { String(page.text[$0.upperBound...].prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) })
            let visitor = try await Visitor.anonymous(client)
            let accepted = try await visitor.post(client, "/fr/account/invitation", [
                ("token", link), ("password", "une phrase pour Forges"), ("repeat", "une phrase pour Forges"),
            ], origin: portal.origin)
            #expect(accepted.status == .ok)
            #expect(try portal.store.account(email: "sans-courriel@forges-du-fjord.example") != nil)
        }
    }
}
