import AluCatalog
import AluDirectory
import AluIntake
import AluLocalization
import AluPortalPages
import AluTestSupport
import Foundation
import Testing

@Suite("The entry form places each problem beside its field")
struct EntryFormPlacementTests {
    static let forges = TestPackage.catalog + "/suppliers/forges-du-fjord.xml"

    /// The wording of a problem, from its table.
    static func sentence(_ message: Message, _ language: PortalLanguage) -> String {
        message.text(language.rawValue)
    }

    @Test("a bad NEQ and a bad website: the rules' own words at their fields, marked invalid and linked from the summary",
          arguments: [PortalLanguage.fr, .en])
    func badNEQAndWebsite(language: PortalLanguage) throws {
        var state = EntryFormState(supplier: try EntryFormFixture.supplier(Self.forges))
        state.neq = "12345"
        state.website = "www.forgesfjord.example"
        let check = state.check(with: EntryFormFixture.intake, index: EntryFormFixture.index, id: "forges-du-fjord",
                                lastUpdated: EntryFormFixture.today, language: language)
        #expect(!check.isValid)
        let neq = try #require(check.errors["neq"])
        let website = try #require(check.errors["website"])
        // The same message `alucat validate` gives (its problem, from the rules' table).
        let neqProblem = Self.sentence(Message("rule.neq.form", ["value": "12345"]), language)
        let websiteProblem = Self.sentence(Message("rule.website.scheme", ["value": "www.forgesfjord.example"]), language)
        #expect(neq.contains { $0.hasPrefix(neqProblem) }, "\(neq)")
        #expect(website.contains { $0.hasPrefix(websiteProblem) }, "\(website)")

        let html = EntryFormFixture.render(state, check: check, language: language)
        let neqIndex = try #require(neq.firstIndex { $0.hasPrefix(neqProblem) })
        // The message sits in the field's block, before its input, which points at it.
        let block = try #require(html.range(of: "<label for=\"field-neq\">"))
        let input = try #require(html.range(of: "<input id=\"field-neq\"", range: block.upperBound..<html.endIndex))
        let between = String(html[block.upperBound..<input.lowerBound])
        var escaped = ""
        // Beside its field, the problem stands alone: its first letter capitalised.
        HTMLWriter.escape(neq[neqIndex].prefix(1).uppercased() + neq[neqIndex].dropFirst(), attribute: false, into: &escaped)
        #expect(between.contains("id=\"field-neq-error-\(neqIndex)\""))
        #expect(between.contains(escaped))
        let tag = String(html[input.lowerBound...].prefix { $0 != ">" })
        #expect(tag.contains("aria-invalid=\"true\""))
        #expect(tag.contains("field-neq-error-\(neqIndex)"))
        #expect(html.contains("href=\"#field-neq\""))
        #expect(html.contains("href=\"#field-website\""))
        #expect(html.contains("class=\"error-summary\""))
        // A field without a problem is not marked.
        let legalName = try #require(html.range(of: "<input id=\"field-legalName\""))
        #expect(!String(html[legalName.lowerBound...].prefix { $0 != ">" }).contains("aria-invalid"))
    }

    @Test("a contact's bad e-mail is placed at that contact's row, skipping empty rows before it")
    func contactRow() throws {
        var state = EntryFormState(supplier: try EntryFormFixture.supplier(Self.forges))
        state.contacts.insert(EntryFormState.Contact(), at: 0)  // an empty row: left out of the entry
        state.contacts[2].email = "plavoie-at-forgesfjord"
        let check = state.check(with: EntryFormFixture.intake, index: EntryFormFixture.index, id: "forges-du-fjord",
                                lastUpdated: EntryFormFixture.today, language: .en)
        #expect(check.errors["contacts[2].email"] != nil, "\(check.errors)")
        #expect(check.errors.keys.allSatisfy { !$0.hasPrefix("contacts[1]") })
    }

    @Test("warnings are placed too, in their own style: an expired certificate")
    func warnings() throws {
        let state = EntryFormState(supplier: try EntryFormFixture.supplier(Self.forges))
        let check = state.check(with: EntryFormFixture.intake, index: EntryFormFixture.index, id: "forges-du-fjord",
                                lastUpdated: EntryFormFixture.today, language: .fr)
        let expired = try #require(check.warnings["certifications[0].validUntil"])
        #expect(expired.contains(EntryFormPlacementTests.sentence(
            Message("rule.certificate-expired", ["scheme": "ISO 9001:2015", "until": "2026-04-30"]), .fr)))
        let html = EntryFormFixture.render(state, check: check)
        #expect(html.contains("class=\"field-warning\" id=\"field-certifications-0_validUntil-warning-0\""))
        #expect(html.contains("class=\"warning-summary\""))
        #expect(!html.contains("class=\"error-summary\""))
    }

    @Test("a year in letters and an empty required choice are the form's own problems, at their field")
    func formProblems() throws {
        var state = EntryFormState(supplier: try EntryFormFixture.supplier(Self.forges))
        state.founded = "mil neuf cent"
        state.kind = ""
        state.certifications[1].validUntil = "demain"
        let check = state.check(with: EntryFormFixture.intake, index: EntryFormFixture.index, id: "forges-du-fjord",
                                lastUpdated: EntryFormFixture.today, language: .fr)
        #expect(check.errors["founded"] == [Self.sentence(Message("entryform.problem.year", ["value": "mil neuf cent"]), .fr)])
        #expect(check.errors["kind"] == [Self.sentence(Message("entryform.problem.choose"), .fr)])
        #expect(check.errors["certifications[1].validUntil"] == [Self.sentence(Message("entryform.problem.date", ["value": "demain"]), .fr)])
        // A date field holding no date is shown as text, so the person sees what to correct.
        let html = EntryFormFixture.render(state, check: check)
        #expect(html.contains("name=\"certifications[1].validUntil\" type=\"text\" value=\"demain\""))
    }
}

@Suite("The entry form's rows and actions")
struct EntryFormActionTests {
    @Test("the posted action is read from the button pressed; anything else saves")
    func postedAction() {
        #expect(EntryFormAction.posted(in: [("csrf", "x"), ("action", "add:contacts")]) == .add("contacts"))
        #expect(EntryFormAction.posted(in: [("action", "remove:references:2")]) == .remove("references", 2))
        #expect(EntryFormAction.posted(in: [("action", "submit")]) == .submit)
        #expect(EntryFormAction.posted(in: [("action", "remove:contacts:-1")]) == .save)
        #expect(EntryFormAction.posted(in: [("action", "add:nothing")]) == .save)
        #expect(EntryFormAction.posted(in: []) == .save)
    }

    @Test("add appends an empty row, remove takes out the one named; the buttons post those actions")
    func addAndRemove() throws {
        var state = EntryFormState(supplier: try EntryFormFixture.supplier(EntryFormPlacementTests.forges))
        let names = state.contacts.map(\.name)
        state.apply(.add("contacts"))
        #expect(state.contacts.count == names.count + 1)
        #expect(state.contacts.last == EntryFormState.Contact())
        state.apply(.remove("contacts", 0))
        #expect(state.contacts.map(\.name) == Array(names.dropFirst()) + [""])
        state.apply(.remove("contacts", 99))  // out of range: nothing
        #expect(state.contacts.count == names.count)
        state.apply(.add("certifications"))
        state.apply(.add("exportExperience"))
        let html = EntryFormFixture.render(state)
        #expect(html.contains("name=\"action\" value=\"add:contacts\""))
        #expect(html.contains("name=\"action\" value=\"remove:contacts:2\""))
        #expect(html.contains("name=\"certifications[3].scheme\""))
        // The row added survives a post: the browser sends it, empty.
        let posted = try EntryFormState(pairs: BrowserForm.pairs(html))
        #expect(posted.contacts.count == state.contacts.count)
        #expect(posted.certifications.count == state.certifications.count)
        #expect(posted.exportExperience.last == "")
    }

    @Test("a newly ticked capability keeps its roles through a post and a new page, in the entry's order")
    func newCapability() throws {
        let state = EntryFormState(supplier: try EntryFormFixture.supplier(EntryFormPlacementTests.forges))
        let id = "smelting.casthouse.melting-holding-furnaces"
        #expect(EntryFormFixture.taxonomy.contains(id))
        var pairs = BrowserForm.pairs(EntryFormFixture.render(state))
        pairs += [("capabilities[\(id)]", "on"), ("capabilities[\(id)].roles", "install"), ("capabilities[\(id)].roles", "supply")]
        let posted = try EntryFormState(pairs: pairs)
        #expect(posted.capabilities.map(\.id) == state.capabilities.map(\.id) + [id])
        #expect(posted.capabilities.last?.roles == ["install", "supply"])
        let again = try EntryFormState(pairs: BrowserForm.pairs(EntryFormFixture.render(posted)))
        #expect(again == posted)
        let check = again.check(with: EntryFormFixture.intake, index: EntryFormFixture.index, id: "forges-du-fjord",
                                lastUpdated: EntryFormFixture.today, language: .en)
        let decoded = try #require(EntryFormFixture.loader.validate(bytes: check.entry, file: "x.xml", taxonomy: EntryFormFixture.taxonomy).supplier)
        #expect(decoded.capabilities.last?.taxonomyID == id)
        #expect(decoded.capabilities.last?.roles == [.install, .supply])
        // A capability ticked without a role is refused beside it.
        var noRole = again
        noRole.capabilities[noRole.capabilities.count - 1].roles = []
        let refused = noRole.check(with: EntryFormFixture.intake, index: EntryFormFixture.index, id: "forges-du-fjord",
                                   lastUpdated: EntryFormFixture.today, language: .en)
        #expect(refused.errors["capabilities[\(id)].roles"] != nil, "\(refused.errors)")
    }

    @Test("too many rows in a group, or an absurd row index, is a typed error")
    func tooManyRows() {
        #expect(throws: EntryFormError.tooManyRows(group: "contacts", count: 501)) {
            try EntryFormState(pairs: [("contacts[500].name", "x")])
        }
        #expect(throws: EntryFormError.self) { try EntryFormState(pairs: [("references[99999999999999999999].client", "x")]) }
        let ticked = (0...EntryFormState.maxRows).map { ("capabilities[c\($0)]", "on") }
        #expect(throws: EntryFormError.self) { try EntryFormState(pairs: ticked) }
        #expect(throws: EntryFormError.valueTooLong(field: "legalName")) {
            try EntryFormState(pairs: [("legalName", String(repeating: "a", count: EntryFormState.maxValueLength + 1))])
        }
        #expect((try? EntryFormState(pairs: [("contacts[499].name", "x")]))?.contacts.count == 500)
    }
}

@Suite("The entry form keeps hostile text as text")
struct EntryFormHostileTests {
    @Test("markup, formulas, right-to-left and very long text are shown escaped and posted back unchanged")
    func hostile() throws {
        var state = EntryFormState(supplier: try EntryFormFixture.supplier(EntryFormPlacementTests.forges))
        state.legalName = "<script>alert(1)</script>\"' onmouseover=\"x"
        state.memberships.append("=cmd|' /C calc'!A0")
        state.contacts[0].name = "سمير حداد <b>Haddad</b>"
        state.descriptions[0].text = "\n" + String(repeating: "Très long texte & « guillemets ». ", count: 500)
        state.capabilities.append(.init(id: "<img src=x onerror=alert(1)>", roles: ["design"]))
        let check = state.check(with: EntryFormFixture.intake, index: EntryFormFixture.index, id: "forges-du-fjord",
                                lastUpdated: EntryFormFixture.today, language: .fr)
        let html = EntryFormFixture.render(state, check: check)
        #expect(!html.contains("<script>alert"))
        #expect(!html.contains("<img src=x"))
        #expect(!html.contains("<b>Haddad"))
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39; onmouseover=&quot;x"))
        let posted = try EntryFormState(pairs: BrowserForm.pairs(html))
        #expect(posted.legalName == state.legalName)
        #expect(posted.memberships.last == "=cmd|' /C calc'!A0")
        #expect(posted.contacts[0].name == state.contacts[0].name)
        #expect(posted.descriptions[0].text == state.descriptions[0].text)
        #expect(posted.capabilities.last?.id == "<img src=x onerror=alert(1)>")
        // The unknown capability is reported beside it, not lost.
        #expect(check.errors["capabilities[<img src=x onerror=alert(1)>]"] != nil, "\(check.errors.keys.sorted())")
    }
}

@Suite("The entry form is valid HTML")
struct EntryFormHTMLTests {
    @Test("the Nu HTML checker finds nothing in French and English, with and without problems")
    func nuChecker() throws {
        guard HTMLValidator.available() else { return }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("entry-form-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        var state = EntryFormState(supplier: try EntryFormFixture.supplier(EntryFormPlacementTests.forges))
        for language in [PortalLanguage.fr, .en] {
            try EntryFormFixture.render(state, language: language, status: "Brouillon enregistré")
                .write(toFile: "\(root)/clean-\(language).html", atomically: true, encoding: .utf8)
        }
        state.neq = "12"
        state.website = "x"
        state.founded = "abc"
        state.contacts[0].consent = ""
        state.certifications[0].validFrom = "hier"
        state.capabilities[0].roles = []
        state.descriptions[1].text = ""
        state.capabilities.append(.init(id: "no.such.capability", roles: ["design"]))
        for language in [PortalLanguage.fr, .en] {
            let check = state.check(with: EntryFormFixture.intake, index: EntryFormFixture.index, id: "forges-du-fjord",
                                    lastUpdated: EntryFormFixture.today, language: language)
            #expect(!check.isValid)
            try EntryFormFixture.render(state, check: check, language: language)
                .write(toFile: "\(root)/errors-\(language).html", atomically: true, encoding: .utf8)
        }
        try EntryFormFixture.render(EntryFormState(), language: .en).write(toFile: "\(root)/empty-en.html", atomically: true, encoding: .utf8)
        let result = try HTMLValidator.validate(root: root)
        #expect(result.status == 0, "\(result.output)")
    }
}
