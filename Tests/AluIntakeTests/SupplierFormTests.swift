import AluTestSupport
import AluCatalog
import AluDiagnostics
import AluLocalization
import AluIntake
import Foundation
import Testing

@Suite("Supplier form: template and import")
struct SupplierFormTests {
    let intake = SupplierIntake(loader: TestCatalog.loader())

    /// A blank French form filled in cell by cell, as a supplier would in LibreOffice.
    static func filledForm(_ edits: (inout FormEditor) -> Void = { _ in }) throws -> String {
        let dir = TestPaths.temporaryDirectory("form")
        let blank = dir + "/blank.ods"
        try SupplierFormTemplate(language: .fr, taxonomy: TestCatalog.taxonomy).write(to: blank)
        var form = try FormEditor(path: blank)
        let identity: [(Int, FormEditor.Typed)] = [
            (3, .text("Usinage Péribonka inc.")), (5, .number(1172345678)), (6, .text("Fabricant")), (7, .text("10 à 49")),
            (8, .number(1994)), (9, .text("12, rue des Érables")), (10, .text("Alma")), (11, .text("Saguenay–Lac-Saint-Jean")),
            (12, .text("G8B 5V3")), (13, .text("https://www.usinage-peribonka.example")), (14, .text("info@usinage-peribonka.example")),
            (15, .number(14185550177)),  // typed without the text format: LibreOffice drops the +
        ]
        for (row, value) in identity { form.set("Identité", row: row, column: 1, value) }
        for (column, value) in ["Julie Gagnon", "Directrice des ventes", "Ventes", "fr en", "jgagnon@usinage-peribonka.example", "+14185550178", "oui"].enumerated() {
            form.set("Contacts", row: 2, column: column, .text(value))
        }
        form.set("Descriptions", row: 2, column: 1, .text("+/- 0,05 mm : usinage de précision.\nPièces d'électrolyse."))
        form.set("Descriptions", row: 3, column: 1, .text("=HYPERLINK(\"x\") precision machining.\nPotroom parts."))
        form.set("Capacités", row: 2, column: 0, .text("smelting.potroom"))
        form.set("Capacités", row: 2, column: 2, .text("fabrication"))
        form.set("Capacités", row: 2, column: 3, .text("entretien"))
        form.set("Marchés", row: 2, column: 0, .text("FR"))
        form.set("Marchés", row: 2, column: 1, .text("visé"))
        form.set("Certifications", row: 2, column: 0, .text("ISO 9001:2015"))
        form.set("Certifications", row: 2, column: 4, .date("2027-03-31"))
        form.set("Industries", row: 2, column: 0, .text("Aluminium primaire"))
        edits(&form)
        let path = dir + "/filled.ods"
        try form.write(to: path)
        return path
    }

    @Test("a form filled in cell by cell imports as a valid entry")
    func filledFormImports() throws {
        let check = try intake.importForm(at: try Self.filledForm())
        #expect(check.report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        let s = try #require(check.supplier)
        #expect(s.id == "usinage-peribonka-inc")
        #expect(s.neq == "1172345678")
        #expect(s.kind == .manufacturer)
        #expect(s.phone == "+14185550177")
        #expect(s.address.region == .saguenayLacSaintJean)
        #expect(s.contacts.first?.consent == true)
        #expect(s.contacts.first?.responsibility == .sales)
        #expect(s.descriptions["fr"] == "+/- 0,05 mm : usinage de précision.\nPièces d'électrolyse.")
        #expect(s.descriptions["en"]?.hasPrefix("=HYPERLINK") == true)
        #expect(s.capabilities == [CapabilityClaim(taxonomyID: "smelting.potroom", roles: [.manufacture, .maintain], line: s.capabilities.first?.line ?? 0)])
        #expect(s.targetMarkets == ["FR"])
        #expect(s.certifications.first?.validUntil == CalendarDay(year: 2027, month: 3, day: 31))
        #expect(s.industries == ["primary-aluminium"])
    }

    struct WrongCell: Sendable, CustomStringConvertible {
        var sheet: String
        var row: Int
        var column: Int
        var value: String
        var cell: String
        var messagePrefix: String
        var description: String { "\(cell) = \(value)" }
    }

    static let wrongCells: [WrongCell] = [
        WrongCell(sheet: "Identité", row: 3, column: 1, value: "", cell: "Identité!B3", messagePrefix: "« Raison sociale » est obligatoire"),
        WrongCell(sheet: "Identité", row: 5, column: 1, value: "12345", cell: "Identité!B5", messagePrefix: "NEQ : "),
        WrongCell(sheet: "Identité", row: 11, column: 1, value: "Saguenay", cell: "Identité!B11", messagePrefix: "« Saguenay » n'est pas une des 17 régions"),
        WrongCell(sheet: "Identité", row: 12, column: 1, value: "X1X 1X1", cell: "Identité!B12", messagePrefix: "Code postal : "),
        WrongCell(sheet: "Identité", row: 15, column: 1, value: "418 555-0177", cell: "Identité!B15", messagePrefix: "Téléphone général : "),
        WrongCell(sheet: "Contacts", row: 2, column: 4, value: "julie at example", cell: "Contacts!E2", messagePrefix: "Courriel : "),
        WrongCell(sheet: "Contacts", row: 2, column: 6, value: "peut-être", cell: "Contacts!G2", messagePrefix: "« peut-être » n'est pas dans la liste"),
        WrongCell(sheet: "Capacités", row: 2, column: 0, value: "smelting.nowhere", cell: "Capacités!A2", messagePrefix: "Capacité (code) : « smelting.nowhere » n'est pas une capacité de la taxonomie"),
        WrongCell(sheet: "Marchés", row: 2, column: 0, value: "XX", cell: "Marchés!A2", messagePrefix: "Pays : "),
        WrongCell(sheet: "Certifications", row: 2, column: 4, value: "bientôt", cell: "Certifications!E2", messagePrefix: "cette cellule doit contenir une date"),
        WrongCell(sheet: "Descriptions", row: 3, column: 1, value: "", cell: "Descriptions!B3", messagePrefix: "Texte de présentation : la description en anglais manque"),
    ]

    @Test("each wrong cell is reported at that cell", arguments: wrongCells)
    func wrongCellIsReportedAtItsCell(_ wrong: WrongCell) throws {
        let path = try Self.filledForm { form in
            form.set(wrong.sheet, row: wrong.row, column: wrong.column, wrong.value.isEmpty ? .empty : .text(wrong.value))
        }
        let check = try intake.importForm(at: path)
        let errors = check.report.diagnostics.filter { $0.severity == .error }
        #expect(!check.isValid)
        #expect(errors.contains { $0.location.cell == wrong.cell && $0.message.hasPrefix(wrong.messagePrefix) },
                "\(errors.map { "\($0.description) [\($0.field ?? "-")] \($0.problem?.key ?? "")" })")
        #expect(errors.allSatisfy { $0.location.cell != nil && $0.location.file == path }, "\(errors.map { "\($0.description) [\($0.field ?? "-")] \($0.problem?.key ?? "")" })")
    }

    @Test("the template passes the ODF 1.3 schema and interoperability checks (jing, -w)", arguments: [FormLanguage.fr, .en])
    func templateValidates(_ language: FormLanguage) throws {
        let script = TestPaths.odfTools + "/validate-ods.sh"
        guard FileManager.default.isExecutableFile(atPath: script), FileManager.default.fileExists(atPath: "/usr/bin/jing") else {
            if TestPaths.isCI { Issue.record("validate-ods.sh or jing is missing at \(script)") }
            return
        }
        let path = TestPaths.temporaryDirectory("template") + "/form.ods"
        try SupplierFormTemplate(language: language, taxonomy: TestCatalog.taxonomy).write(to: path, supplier: TestCatalog.entry("electro-saguenay"))
        let (status, output) = try run(script, ["-w", "-q", path])
        #expect(status == 0, "\(output)")
    }

    @Test("every entry of the sample catalogue survives entry → form → import unchanged")
    func wholeCatalogueRoundTrips() throws {
        let loader = TestCatalog.loader()
        let files = try FileManager.default.contentsOfDirectory(atPath: loader.suppliersDirectory).filter { $0.hasSuffix(".xml") }.sorted()
        #expect(files.count == 36)
        let dir = TestPaths.temporaryDirectory("roundtrip")
        for (index, file) in files.enumerated() {
            let id = String(file.dropLast(4))
            let original = TestCatalog.entry(id)
            let language: FormLanguage = index % 2 == 0 ? .fr : .en
            let path = dir + "/\(id).ods"
            try SupplierFormTemplate(language: language, taxonomy: TestCatalog.taxonomy).write(to: path, supplier: original)
            let form = try SupplierFormReader().read(path: path)
            var back = form.supplier
            back.internalNotes = original.internalNotes   // staff-only: never in the form
            back.lastUpdated = original.lastUpdated       // set by the import date
            #expect(form.diagnostics.isEmpty, "\(id): \(form.diagnostics)")
            #expect(SupplierXMLWriter.document(back) == SupplierXMLWriter.document(original), "\(id) (\(language))")
        }
    }
}
