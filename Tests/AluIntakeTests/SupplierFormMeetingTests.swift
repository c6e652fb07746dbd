import AluCatalog
import AluDiagnostics
import AluTestSupport
import Foundation
import OpenDocument
import Testing

@testable import AluIntake

@Suite("The form as a supplier meets it")
struct SupplierFormMeetingTests {
    let intake = SupplierIntake(loader: TestCatalog.loader())
    static let fixtures = TestPaths.packageRoot + "/Tests/AluIntakeTests/Fixtures/PreviousForms/"

    static func prefilledForm(_ language: FormLanguage, _ id: String = "electro-saguenay", _ edits: (inout FormEditor) -> Void = { _ in }) throws -> String {
        let dir = TestPaths.temporaryDirectory("meeting")
        let path = dir + "/\(id)-\(language.rawValue).ods"
        try SupplierFormTemplate(language: language, taxonomy: TestCatalog.taxonomy).write(to: path, supplier: TestCatalog.entry(id))
        var form = try FormEditor(path: path)
        edits(&form)
        try form.write(to: path)
        return path
    }

    static func withoutLastUpdated(_ xml: String) -> String {
        xml.replacingOccurrences(of: "<lastUpdated>[0-9-]*</lastUpdated>", with: "", options: .regularExpression)
    }

    @Test("a form written by the template before issue 9 still imports as the same entry", arguments: ["fr", "en"])
    func previousFormStillImports(_ language: String) throws {
        let check = try intake.importForm(at: Self.fixtures + "electro-saguenay-\(language).ods")
        #expect(check.report.diagnostics.filter { $0.severity == .error }.isEmpty, "\(check.report.diagnostics)")
        let before = try String(contentsOfFile: Self.fixtures + "electro-saguenay-imported.xml", encoding: .utf8)
        let xml = try #require(check.canonicalXML)
        #expect(Self.withoutLastUpdated(xml) == Self.withoutLastUpdated(before))
    }

    @Test("countries and languages are offered by name with their code, in the form's language", arguments: [FormLanguage.fr, .en])
    func dropDownsShowNamesWithCodes(_ language: FormLanguage) throws {
        let path = try Self.prefilledForm(language)
        let workbook = try SpreadsheetReader().read(contentsOf: URL(fileURLWithPath: path))
        func sheet(_ s: FormSheet) -> ReadSheet { workbook.sheets.first { $0.name == s.name(language) }! }
        let lists = sheet(.lists).rows.map { $0[2] } + sheet(.lists).rows.map { $0[3] }
        let french = language == .fr
        #expect(lists.contains(.string("Canada (CA)")))
        #expect(lists.contains(.string(french ? "Allemagne (DE)" : "Germany (DE)")))
        #expect(lists.contains(.string(french ? "français (fr)" : "French (fr)")))
        // Prefilled values are shown the same way; the entry keeps codes.
        #expect(sheet(.references).rows.contains { $0[3] == .string("Canada (CA)") })
        #expect(sheet(.descriptions).rows.contains { $0[0] == .string(french ? "anglais (en)" : "English (en)") })
        let back = try SupplierFormReader().read(path: path).supplier
        #expect(back.references.map(\.country) == ["CA", "CA", "QA"])
        #expect(back.descriptions.entries.map(\.language) == ["fr", "en"])
    }

    @Test("values written the common ways are read as the catalogue writes them")
    func commonWaysOfWritingAreUnderstood() throws {
        let path = try SupplierFormTests.filledForm { form in
            form.set("Identité", row: 11, column: 1, .text("Saguenay-Lac-St-Jean"))
            form.set("Identité", row: 12, column: 1, .text("g8b5v3"))
            form.set("Contacts", row: 2, column: 3, .text("français, anglais"))
            form.set("Marchés", row: 2, column: 0, .text("france"))
            form.set("Marchés", row: 3, column: 0, .text("Qatar (QA)"))
            form.set("Marchés", row: 3, column: 1, .text("expérience"))
            form.set("Descriptions", row: 2, column: 0, .text("French"))
            form.set("Descriptions", row: 3, column: 0, .text("EN"))
        }
        let check = try intake.importForm(at: path)
        #expect(check.report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let s = try #require(check.supplier)
        #expect(s.address.region == .saguenayLacSaintJean)
        #expect(s.address.postalCode == "G8B 5V3")
        #expect(s.contacts.first?.languages == ["fr", "en"])
        #expect(s.targetMarkets == ["FR"])
        #expect(s.exportExperience == ["QA"])
        #expect(s.descriptions.entries.map(\.language) == ["fr", "en"])
    }

    @Test("the label beside a capability code is a lookup of that code in the Lists sheet")
    func capabilityLabelIsAFormula() throws {
        let path = try Self.prefilledForm(.fr)
        let content = try part("content.xml", of: path)
        #expect(content.contains(#"table:formula="of:=IFERROR(VLOOKUP([.A2];[$Listes.$A$2:.$B$\#(TestCatalog.taxonomy.nodes.filter { $0.level != .domain }.count + 1)];2;0);&quot;&quot;)""#))
        // The cached label is the code's, for programs that do not recalculate on opening.
        #expect(content.contains(#"office:value-type="string"><text:p>Barres omnibus"#) || content.contains("Barres omnibus"))
    }

    @Test("LibreOffice recalculates the label when the code changes")
    func libreOfficeRecalculatesTheLabel() throws {
        guard ODFTools.available(["soffice"]) else {
            if TestPaths.isCI { Issue.record("LibreOffice is not installed") }
            return
        }
        let path = try Self.prefilledForm(.fr) { form in
            // Typed over the first code; the label cell keeps the old code's label as cached.
            form.set("Capacités", row: 2, column: 0, .text("smelting.carbon.rodding"))
            form.set("Capacités", row: 6, column: 0, .text("smelting.potroom"))
        }
        let sheets = try ODFTools.roundTrip(path, raw: false)
        let rows = try #require(sheets["Capacités"])
        let label = { (id: String) in TestCatalog.taxonomy[id]!.label("fr") }
        #expect(rows[1][0] == "smelting.carbon.rodding")
        #expect(rows[1][1] == label("smelting.carbon.rodding"))
        #expect(rows[5][0] == "smelting.potroom")
        #expect(rows[5][1] == label("smelting.potroom"), "a blank row's label follows a code typed in it")
    }

    @Test("a missing French description is located at the French row of the Descriptions sheet")
    func missingFrenchDescriptionHasItsCell() throws {
        // Text emptied, the language cell left: the template's French row.
        let emptied = try SupplierFormReader().read(path: try Self.prefilledForm(.fr) { $0.set("Descriptions", row: 2, column: 1, .empty) })
        #expect(emptied.supplier.descriptions["fr"] == nil)
        #expect(emptied.descriptionCell("fr") == "Descriptions!B2")
        #expect(emptied.descriptionCell("en") == "Descriptions!B3")
        // The whole row emptied: the first free row.
        let removed = try SupplierFormReader().read(path: try Self.prefilledForm(.en) { form in
            form.set("Descriptions", row: 2, column: 0, .empty)
            form.set("Descriptions", row: 2, column: 1, .empty)
        })
        #expect(removed.descriptionCell("fr") == "Descriptions!B4")
        // French written below English: where it is.
        let swapped = try SupplierFormReader().read(path: try Self.prefilledForm(.fr) { form in
            form.set("Descriptions", row: 2, column: 0, .text("en"))
            form.set("Descriptions", row: 3, column: 0, .text("fr"))
        })
        #expect(swapped.descriptionCell("fr") == "Descriptions!B3")
    }

    @Test("text with C1 control characters gets one warning per cell, in the form's language", arguments: [FormLanguage.fr, .en])
    func controlCharactersAreWarnedPerCell(_ language: FormLanguage) throws {
        let path = try Self.prefilledForm(language) { form in
            form.set(language == .fr ? "Identité" : "Identity", row: 3, column: 1, .text("L\u{92}usine d\u{92}Alma inc."))
            form.set("Contacts", row: 2, column: 1, .text("Directeur \u{96} ventes"))
        }
        let check = try intake.importForm(at: path)
        let warnings = check.report.diagnostics.filter { $0.code == "form.control-characters" }
        let identity = language == .fr ? "Identité" : "Identity"
        #expect(warnings.map(\.location.cell) == ["\(identity)!B3", "Contacts!B2"])
        #expect(check.isValid, "a warning, not an error: \(check.report.diagnostics)")
        // One message per problem: nothing else is said about those cells.
        #expect(check.report.diagnostics.filter { ["\(identity)!B3", "Contacts!B2"].contains($0.location.cell) }.count == 2,
                "\(check.report.diagnostics)")
        #expect(warnings.allSatisfy { $0.severity == .warning })
        #expect(warnings.first?.message.contains("U+0092") == true)
        #expect(warnings.first?.message.hasPrefix(language == .fr ? "le texte de cette cellule" : "this cell's text") == true)
    }

    static let foreignFiles: [(String, [UInt8])] = [
        ("xlsx", {
            var zip = TestZip()
            zip.deflate("[Content_Types].xml", #"<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
            zip.deflate("xl/workbook.xml", "<workbook/>")
            return zip.bytes()
        }()),
        ("xls", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + [UInt8](repeating: 0, count: 504)),
        ("csv", Array("Raison sociale;NEQ\nÉlectro-Saguenay inc.;1148820576\n".utf8)),
        ("pdf", Array("%PDF-1.7\n%\u{E2}\u{E3}\n1 0 obj\n".utf8)),
    ]

    @Test("a file that is not an ODS is named, with what to do, in French and English", arguments: foreignFiles.map(\.0))
    func foreignFileIsNamedWithWhatToDo(_ kind: String) throws {
        let bytes = Self.foreignFiles.first { $0.0 == kind }!.1
        let path = TestPaths.temporaryDirectory("foreign") + "/fiche.\(kind)"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        do {
            _ = try intake.importForm(at: path)
            Issue.record("\(kind) was read as a form")
        } catch {
            guard case .unreadableForm(_, .notOpenDocument(let format)) = error else {
                Issue.record("\(error)")
                return
            }
            #expect(format.rawValue == kind)
            let french = error.text("fr"), english = error.text("en")
            #expect(french.hasPrefix(path + " : "))
            #expect(french.contains("enregistrez-le au format OpenDocument (.ods)"))
            #expect(english.hasPrefix(path + ": "))
            #expect(english.contains("save it as an OpenDocument spreadsheet (.ods)"))
            #expect(error.errorDescription == english)
        }
    }
}
