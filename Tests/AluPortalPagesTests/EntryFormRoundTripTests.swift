import AluCatalog
import AluDiagnostics
import AluDirectory
import AluIntake
import AluPortalPages
import AluTestSupport
import Foundation
import Testing

/// What the entry form tests share: the sample catalogue, its intake, and a browser's
/// reading of a rendered form.
enum EntryFormFixture {
    static let today = CalendarDay(year: 2026, month: 12, day: 6)
    static let loader: CatalogLoader = try! CatalogLoader(root: TestPackage.catalog, today: today)
    static let intake = SupplierIntake(loader: loader)
    static let index: CatalogIndex = loader.loadAll()
    static var taxonomy: Taxonomy { index.taxonomy }

    static var sampleFiles: [String] {
        let directory = TestPackage.catalog + "/suppliers"
        return ((try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [])
            .filter { $0.hasSuffix(".xml") }.sorted().map { directory + "/" + $0 }
    }

    static func supplier(_ path: String) throws -> Supplier {
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        return try #require(loader.validate(bytes: bytes, file: path, taxonomy: taxonomy).supplier)
    }

    static func context(_ language: PortalLanguage) -> AccountPages.Context {
        AccountPages.Context(language: language, day: today, account: nil, csrf: "token-123")
    }

    static func render(_ state: EntryFormState, check: EntryFormCheck? = nil, language: PortalLanguage = .fr, status: String? = nil) -> String {
        String(decoding: EntryFormPage.render(context(language), state: state, check: check, taxonomy: taxonomy,
                                              action: PortalPaths.entry(language), status: status), as: UTF8.self)
    }

    /// A model without line numbers, for comparing entries read from different texts.
    static func withoutLines(_ s: Supplier) -> Supplier {
        var s = s
        s.lines = [:]
        s.address.line = 0
        s.address.regionLine = 0
        for i in s.contacts.indices {
            s.contacts[i].line = 0
            s.contacts[i].languagesLine = 0
            s.contacts[i].emailLine = 0
            s.contacts[i].phoneLine = 0
        }
        for i in s.capabilities.indices { s.capabilities[i].line = 0 }
        for i in s.equipment.indices { s.equipment[i].line = 0 }
        for i in s.references.indices {
            s.references[i].line = 0
            s.references[i].countryLine = 0
            s.references[i].yearLine = 0
            s.references[i].scopeLine = 0
        }
        for i in s.certifications.indices { s.certifications[i].line = 0 }
        return s
    }
}


@Suite("The entry form gives back the entry it was filled from")
struct EntryFormRoundTripTests {
    @Test("every sample entry → form → what a browser posts → the same entry, schema-valid", arguments: EntryFormFixture.sampleFiles)
    func roundTrip(path: String) throws {
        let original = try EntryFormFixture.supplier(path)
        let state = EntryFormState(supplier: original)
        for language in [PortalLanguage.fr, .en] {
            let posted = try EntryFormState(pairs: BrowserForm.pairs(EntryFormFixture.render(state, language: language)))
            #expect(posted == state, "the form read back differs (\(language))")
            let check = posted.check(with: EntryFormFixture.intake, index: EntryFormFixture.index, id: original.id,
                                     lastUpdated: original.lastUpdated ?? EntryFormFixture.today, language: language)
            let result = EntryFormFixture.loader.validate(bytes: check.entry, file: "\(original.id).xml", taxonomy: EntryFormFixture.taxonomy)
            #expect(!result.diagnostics.contains { $0.code == "xml.schema" || $0.code.hasPrefix("xml.") }, "\(result.diagnostics)")
            var expected = original
            expected.internalNotes = nil  // staff-only: never part of the supplier's form
            let decoded = try #require(result.supplier)
            #expect(EntryFormFixture.withoutLines(decoded) == EntryFormFixture.withoutLines(expected))
            // The sample's own errors (if any) are the form's: nothing added, nothing lost.
            let sampleErrors = EntryFormFixture.loader.validate(bytes: [UInt8](try Data(contentsOf: URL(fileURLWithPath: path))), file: path,
                                                                taxonomy: EntryFormFixture.taxonomy).diagnostics.filter { $0.severity == .error }
            #expect(check.isValid == sampleErrors.isEmpty, "\(check.errors) \(check.unplaced)")
        }
    }
}
