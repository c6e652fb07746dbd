import AluCatalog
import AluDiagnostics
import AluIntake
import AluTestSupport
import Foundation
import Testing

/// Forms a supplier really filled in: the prefilled template opened in LibreOffice, cells
/// typed through LibreOffice's own input handling (`scripts/lo-fill-form.py`, UNO), saved
/// by LibreOffice, then imported. One message per problem, at its cell, in the form's
/// language, and no XML term in any line.
@Suite("Forms filled in LibreOffice with typical mistakes")
struct FilledInLibreOfficeTests {
    /// True when LibreOffice and its Python bridge can run; under CI=true their absence fails.
    static var canFill: Bool {
        guard ODFTools.available(["soffice"]) else { return false }
        let bridge = (try? ODFTools.run("/usr/bin/python3", ["-c", "import uno"]))?.status == 0
        if !bridge, ODFTools.isCI { Issue.record("python3-uno is missing with CI=true (scripts/setup.sh --test installs it)") }
        return bridge
    }

    /// The prefilled form of `supplier` in `language`, with `edits` typed in LibreOffice.
    static func filled(_ supplier: String, _ language: FormLanguage, _ edits: [String]) throws -> String {
        let dir = TestPaths.temporaryDirectory("lo-filled")
        let blank = dir + "/prefilled.ods"
        let intake = SupplierIntake(loader: TestCatalog.loader())
        let entry = try #require(try intake.existingEntry(supplier, taxonomy: TestCatalog.taxonomy))
        try SupplierFormTemplate(language: language, taxonomy: TestCatalog.taxonomy).write(to: blank, supplier: entry.supplier)
        let out = dir + "/filled.ods"
        let result = try ODFTools.run("/usr/bin/python3", [TestPaths.packageRoot + "/scripts/lo-fill-form.py", blank, out] + edits)
        try #require(result.status == 0, "lo-fill-form.py: \(result.output)")
        return out
    }

    /// Words that belong to the XML door and must never reach a form's reader.
    static let xmlTerms = ["<", ">", "xs:", "schema", "schéma", "atomic", "element", "élément", "attribute", "attribut"]

    @Test("a French form with six typical mistakes gets one French message per real problem, each at its cell")
    func frenchFormWithTypicalMistakes() throws {
        guard Self.canFill else { return }
        let form = try Self.filled("electro-saguenay", .fr, [
            "Contacts!E2=stremblay(at)electro-saguenay.example",  // wrong e-mail
            "Contacts!D3=français, anglais",                       // names instead of codes: understood
            "Identité!B5=1163472851",                              // the NEQ of forges-du-fjord, typed as a number
            "Contacts!A3=Nadia Fortin\u{92}s",                     // a Windows-1252 apostrophe pasted as U+0092
            "Identité!B12=g7x0a4",                                 // lower-case postal code: understood
            "Descriptions!B2=",                                    // the French description deleted
        ])
        let check = try SupplierIntake(loader: TestCatalog.loader()).importForm(at: form)
        let lines = check.report.diagnostics.map { "\($0.location.cell ?? "-") \($0.severity): \($0.message)" }
        let byCell = Dictionary(grouping: check.report.diagnostics) { $0.location.cell ?? "" }
        let expected: [String: Diagnostic.Severity] = [
            "Contacts!E2": .error, "Identité!B5": .error, "Contacts!A3": .warning, "Descriptions!B2": .error,
        ]
        #expect(Set(byCell.keys) == Set(expected.keys), "\(lines.joined(separator: "\n"))")
        for (cell, severity) in expected {
            #expect(byCell[cell]?.count == 1, "one message at \(cell): \(lines.joined(separator: "\n"))")
            #expect(byCell[cell]?.first?.severity == severity, "\(cell)")
        }
        for diagnostic in check.report.diagnostics {
            let text = diagnostic.text("fr")
            for term in Self.xmlTerms {
                #expect(!text.lowercased().contains(term), "XML term '\(term)' in: \(text)")
            }
        }
        // French, not English: each line carries its French field label.
        #expect(byCell["Contacts!E2"]?.first?.message.hasPrefix("Courriel") == true, "\(lines)")
        // The prefilled entry keeps its id: another NEQ means another enterprise's entry.
        #expect(byCell["Identité!B5"]?.first?.code == "submission.neq-differs", "\(lines)")
        #expect(byCell["Identité!B5"]?.first?.message.contains("1163472851") == true, "\(lines)")
        // What was understood is stored as codes and canonical forms.
        let supplier = try #require(check.supplier)
        #expect(supplier.contacts[1].languages == ["fr", "en"])
        #expect(supplier.address.postalCode == "G7X 0A4")
    }

    @Test("an English form's messages are English and name the field, never the XML element")
    func englishFormMessagesNameTheField() throws {
        guard Self.canFill else { return }
        let form = try Self.filled("electro-saguenay", .en, ["Contacts!E2=not an address", "Contacts!D2=klingon"])
        let check = try SupplierIntake(loader: TestCatalog.loader()).importForm(at: form)
        let lines = check.report.diagnostics.map { "\($0.location.cell ?? "-") \($0.severity): \($0.message)" }
        #expect(check.report.diagnostics.map { $0.location.cell ?? "" }.sorted() == ["Contacts!D2", "Contacts!E2"], "\(lines)")
        for diagnostic in check.report.diagnostics {
            for term in Self.xmlTerms { #expect(!diagnostic.message.lowercased().contains(term), "\(diagnostic.message)") }
        }
        #expect(check.report.diagnostics.first { $0.location.cell == "Contacts!E2" }?.message.hasPrefix("E-mail") == true, "\(lines)")
    }
}
