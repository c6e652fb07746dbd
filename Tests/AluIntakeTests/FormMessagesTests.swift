import AluCatalog
import AluDiagnostics
import AluLocalization
import Foundation
import OpenDocument
import Testing

@testable import AluIntake

@Suite("Form messages: one per problem, at its cell, in the form's language")
struct FormMessagesTests {
    static let cases: [(Message, String, String)] = [
        (Message("schema.enumeration", ["value": "Saguenay", "allowed": "'Estrie', 'Laval'"]),
         "« Saguenay » n'est pas une valeur permise ; choisissez-la dans la liste déroulante",
         "'Saguenay' is not one of the allowed values; choose it from the drop-down list"),
        (Message("schema.pattern", ["value": "11456-789"]), "« 11456-789 » n'a pas la forme attendue", "'11456-789' does not have the required form"),
        (Message("schema.attribute-required", ["attribute": "consent"]), "ce champ est obligatoire", "this field is required"),
        (Message("schema.unexpected", ["expected": "( industries )"]), "un champ obligatoire manque ou la fiche est incomplète",
         "a required field is missing or the form is incomplete"),
        (Message("schema.other", ["text": "Element 'x': something unforeseen"]), "cette valeur n'est pas acceptée", "this value is not accepted"),
    ]

    @Test("schema problems are said as the form can say them, in French and in English", arguments: cases)
    func schemaProblemsForTheForm(problem: Message, french: String, english: String) {
        let worded = FormDiagnosticMapper.formProblem(problem)
        #expect(worded.text("fr") == french)
        #expect(worded.text("en") == english)
        #expect(!FormDiagnosticMapper.showsXML(worded.text("fr")) && !FormDiagnosticMapper.showsXML(worded.text("en")))
    }

    @Test("every rule and schema wording can be shown on a form: none names an element or the schema")
    func noXMLTermInRuleOrSchemaWordings() {
        var leaking: [String] = []
        for (key, languages) in MessageTables.allKeys where key.hasPrefix("rule.") || key.hasPrefix("schema.") {
            let problem = FormDiagnosticMapper.formProblem(Message(key))
            for language in languages where FormDiagnosticMapper.showsXML(problem.text(language)) {
                leaking.append("\(key) [\(language)]")
            }
        }
        #expect(leaking.isEmpty, "\(leaking)")
    }

    /// A French form with the mistakes suppliers make: a wrong e-mail, a language that
    /// is no code, the French description left out, a reference in no country.
    static func formWithTypicalMistakes() throws -> String {
        try SupplierFormTests.filledForm { form in
            form.set("Contacts", row: 2, column: 3, .text("klingon"))
            form.set("Contacts", row: 2, column: 4, .text("julie at example"))
            form.set("Descriptions", row: 2, column: 1, .empty)
            for (column, value) in [(0, "oui"), (1, "Aluminium Bahrain (Alba)"), (2, "Askar"), (3, "XX"), (5, "conception"), (10, "fr"), (11, "Conception de la salle des cuves")] {
                form.set("Références", row: 2, column: column, .text(value))
            }
            form.set("Références", row: 2, column: 4, .number(2019))
        }
    }

    @Test("a French form with typical mistakes gets one French message per problem, at its cell, with no XML term")
    func typicalMistakesOnAFrenchForm() throws {
        let intake = SupplierIntake(loader: TestCatalog.loader())
        let check = try intake.importForm(at: try Self.formWithTypicalMistakes())
        let lines = check.report.diagnostics.map { $0.line("fr") }
        let byCell = check.report.diagnostics.map { ($0.location.cell ?? "", $0.message) }
        #expect(byCell.map(\.0) == ["Contacts!D2", "Contacts!E2", "Descriptions!B2", "Références!D2"], "\(lines)")
        #expect(byCell.map(\.1) == [
            "Langues parlées : « klingon » n'est pas un code de langue (utilisez des codes comme fr, en, es, ar, pt-BR, zh-Hans)",
            "Courriel : « julie at example » n'est pas une adresse de courriel valide (une adresse comme nom@entreprise.com)",
            "Texte de présentation : la description en français manque ; le français et l'anglais sont tous deux obligatoires",
            "Pays : « XX » n'est pas un code de pays ISO 3166-1 (deux majuscules, comme CA, AE, IN, BR)",
        ])
        for line in lines {
            #expect(!FormDiagnosticMapper.showsXML(line), "\(line)")
            #expect(!line.contains("(an address") && !line.contains("did you mean"), "\(line)")
        }
        #expect(check.report.summary("fr") == "1 fichier, 4 erreurs, 0 avertissement")
    }

    @Test("an unknown capability's hint is worded once, in the form's language")
    func hintWordedOnce() throws {
        let intake = SupplierIntake(loader: TestCatalog.loader())
        let path = try SupplierFormTests.filledForm { $0.set("Capacités", row: 2, column: 0, .text("smelting.potroom.pot-tending-machine")) }
        let check = try intake.importForm(at: path)
        let lines = check.report.diagnostics.filter { $0.severity == .error }.map { $0.line("fr") }
        #expect(lines == [
            "\(path):Capacités!A2: error: Capacité (code) : « smelting.potroom.pot-tending-machine » n'est pas une capacité de la taxonomie (vouliez-vous dire « smelting.potroom.pot-tending-machines » ?)",
        ])
    }

    /// A form whose items came from known rows: two contacts (rows 2 and 4), a French
    /// description only (row 3), two references, markets and industries.
    static func formWithRows() -> FormImport {
        var supplier = Supplier(id: "x")
        supplier.descriptions = LocalizedText([("fr", "Texte")])
        var form = FormImport(supplier: supplier, language: .fr, diagnostics: [],
                              rows: [.contacts: [1, 3], .descriptions: [2], .references: [1, 2], .capabilities: [1], .equipment: [1]])
        form.marketRows = [(1, "AE", true), (2, "BR", false), (3, "XX", true)]
        form.industryRows = [(1, "primary-aluminium"), (2, "transport")]
        return form
    }

    @Test("a field path gives its cell", arguments: [
        ("neq", "Identité!B5"),
        ("address.postalCode", "Identité!B12"),
        ("contacts[1].email", "Contacts!E4"),
        ("contacts[0].languages[1]", "Contacts!D2"),
        ("contacts[1].consent", "Contacts!G4"),
        ("descriptions[0]", "Descriptions!B3"),
        ("descriptions[0].language", "Descriptions!A3"),
        ("descriptions.en", "Descriptions!B2"),
        ("capabilities[0].roles", "Capacités!C2"),
        ("equipment[0].hsCode", "Équipements!B2"),
        ("references[1].country", "Références!D3"),
        ("references[0].year", "Références!E2"),
        ("exportExperience[1]", "Marchés!A4"),
        ("targetMarkets[0]", "Marchés!A3"),
        ("industries[1]", "Industries!A3"),
    ])
    func fieldPathToCell(path: String, cell: String) throws {
        let mapper = FormDiagnosticMapper(form: Self.formWithRows(), file: "f.ods")
        let (sheet, row, column) = try #require(mapper.cell(path))
        #expect(ReadCellAddress(sheet: sheet.name(.fr), row: row, column: column).description == cell)
    }

    @Test("an English form says the cell's label, then the problem in English: no element name")
    func englishFormInEnglish() {
        var supplier = Supplier(id: "x")
        supplier.contacts = [Contact(), Contact()]
        let form = FormImport(supplier: supplier, language: .en, diagnostics: [], rows: [.contacts: [1, 2]])
        let diagnostic = Diagnostic(.error, .init(file: "f.xml", line: 20), field: "contacts[1].email", subject: "<email>",
                                    problem: Message("rule.email.form", ["value": "x"]), code: "supplier.email")
        let mapped = FormDiagnosticMapper(form: form, file: "f.ods").map([diagnostic])
        #expect(mapped.map(\.location.description) == ["f.ods:Contacts!E3"])
        #expect(mapped.map { $0.text("en") } == ["E-mail: 'x' is not a valid e-mail address (an address like name@company.com)"])
        #expect(DiagnosticReport(files: ["f.ods"], diagnostics: mapped).summary("en") == "1 file, 1 error, 0 warnings")
    }
}

@Suite("Form cells: what one problem must never hide or leak")
struct FormCellPrecedenceTests {
    let intake = SupplierIntake(loader: TestCatalog.loader())

    @Test("a control-character warning in a cell never hides that cell's error: the entry stays invalid")
    func warningNeverHidesAnError() throws {
        let form = try SupplierFormTests.filledForm { form in
            form.set("Contacts", row: 2, column: 4, .text("julie\u{92}gagnon-at-usinage"))
        }
        let check = try intake.importForm(at: form)
        let atCell = check.report.diagnostics.filter { $0.location.cell == "Contacts!E2" }
        #expect(atCell.map(\.severity).sorted() == [.error, .warning], "\(atCell.map(\.message))")
        #expect(!check.isValid)
    }

    @Test("an address pasted with its display name is quoted back as typed, not replaced by a vague sentence")
    func pastedAddressIsQuotedBack() throws {
        let form = try SupplierFormTests.filledForm { form in
            form.set("Contacts", row: 2, column: 4, .text("Julie Gagnon <jgagnon@usinage-peribonka.example>"))
        }
        let check = try intake.importForm(at: form)
        let message = try #require(check.report.diagnostics.first { $0.location.cell == "Contacts!E2" }?.message)
        #expect(message.contains("Julie Gagnon <jgagnon@usinage-peribonka.example>"), "\(message)")
        #expect(message.contains("courriel"), "\(message)")
    }

    @Test("a form with no industry is told so at the Industries sheet, not at the first optional sheet after it")
    func missingIndustryIsReportedAtItsSheet() throws {
        let form = try SupplierFormTests.filledForm { form in form.set("Industries", row: 2, column: 0, .empty) }
        let check = try intake.importForm(at: form)
        #expect(check.report.diagnostics.map { $0.location.cell ?? "-" } == ["Industries!A2"], "\(check.report.diagnostics.map(\.message))")
    }

    @Test("a market row names one country: common names are understood, and text naming none is one message at its cell")
    func marketRowIsOneCountry() throws {
        let form = try SupplierFormTests.filledForm { form in
            for (row, (country, kind)) in [("Nouvelle Zélande", "visé"), ("Chine", "visé"), ("UK", "expérience"), ("Terre du Milieu", "visé")].enumerated() {
                form.set("Marchés", row: row + 2, column: 0, .text(country))
                form.set("Marchés", row: row + 2, column: 1, .text(kind))
            }
        }
        let check = try intake.importForm(at: form)
        let cells = check.report.diagnostics.map { $0.location.cell ?? "-" }
        #expect(cells == ["Marchés!A5"], "\(check.report.diagnostics.map(\.message))")
        #expect(check.report.diagnostics.first?.message.contains("« Terre du Milieu »") == true)
        let read = try SupplierFormReader().read(path: form).supplier
        #expect(read.targetMarkets == ["NZ", "CN"] && read.exportExperience == ["GB"])
    }

    @Test("a text in the second pair of an equipment line is reported at its own cell, even when the first pair is empty")
    func skippedPairKeepsItsColumn() throws {
        let form = try SupplierFormTests.filledForm { form in
            form.set("Équipements", row: 2, column: 0, .text("smelting.potroom"))
            form.set("Équipements", row: 2, column: 4, .text("anglais (en)"))
            form.set("Équipements", row: 2, column: 5, .text(String(repeating: "x", count: 151)))
        }
        let check = try intake.importForm(at: form)
        #expect(check.report.diagnostics.filter { $0.severity == .error }.map { $0.location.cell ?? "-" } == ["Équipements!F2"],
                "\(check.report.diagnostics.map(\.description))")
    }

    @Test("both descriptions deleted: each is named at its own cell, with no vague 'incomplete form' beside it")
    func bothDescriptionsMissing() throws {
        let form = try SupplierFormTests.filledForm { form in
            form.set("Descriptions", row: 2, column: 1, .empty)
            form.set("Descriptions", row: 3, column: 1, .empty)
        }
        let check = try intake.importForm(at: form)
        let lines = check.report.diagnostics.map { "\($0.location.cell ?? "-") \($0.message)" }
        #expect(check.report.diagnostics.map { $0.location.cell ?? "-" } == ["Descriptions!B2", "Descriptions!B3"], "\(lines)")
        #expect(!lines.contains { $0.contains("incomplète") }, "\(lines)")
    }

    @Test("the form's output never carries staff notes back to its author")
    func noStaffNotesInTheCheck() throws {
        let root = TestPaths.scratchCatalog(entries: [:])
        let entry = TestCatalog.entry("electro-saguenay")
        var noted = entry
        noted.internalNotes = "Staff only: payment overdue"
        try Data(SupplierXMLWriter.document(noted).utf8).write(to: URL(fileURLWithPath: root + "/suppliers/electro-saguenay.xml"))
        let scratch = SupplierIntake(loader: TestCatalog.loader(root))
        let form = TestPaths.temporaryDirectory("notes") + "/f.ods"
        try SupplierFormTemplate(language: .fr, taxonomy: TestCatalog.taxonomy).write(to: form, supplier: entry)
        let check = try scratch.importForm(at: form)
        #expect(check.supplier?.internalNotes == nil)
        #expect(check.canonicalXML?.contains("payment overdue") == false)
    }
}
