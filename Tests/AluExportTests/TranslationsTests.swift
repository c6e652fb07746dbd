import AluLocalization
import AluCatalog
import AluExport
import Foundation
import Testing

@Suite("Translations: complete in every packet language")
struct TranslationsTests {
    static let languages = Translations.packetLanguages

    @Test("the export labels have no row with a stray tab or a key listed twice")
    func labelTableIsWellFormed() {
        #expect(Translations.labelTable.malformedRows.isEmpty, "\(Translations.labelTable.malformedRows)")
    }

    @Test("every label has a non-empty value in every packet language, and no row is stale")
    func labelsComplete() {
        for key in Translations.Label.allCases {
            for language in Self.languages {
                #expect(Translations.labelTable.value(key.rawValue, language) != nil, "\(key) in \(language)")
            }
        }
        #expect(Set(Translations.labelTable.keys) == Set(Translations.Label.allCases.map(\.rawValue)))
        #expect(Translations.labelTable.keys.count == Translations.Label.allCases.count, "no duplicate row")
    }

    @Test("kinds, roles, responsibilities, bands, priorities and world regions are worded in every packet language")
    func vocabularyComplete() throws {
        let keys = SupplierKind.allCases.map { "kind." + $0.rawValue } + Role.allCases.map { "role." + $0.rawValue }
            + Responsibility.allCases.map { "responsibility." + $0.rawValue }
            + EmployeeBand.allCases.map { "employees." + $0.rawValue } + Priority.allCases.map { "priority." + $0.rawValue }
            + WorldRegion.allCases.map { "worldregion." + $0.rawValue }
        for key in keys {
            for language in Self.languages {
                #expect(VocabularyNames.table.value(key, language) != nil, "\(key) in \(language)")
            }
        }
        let es = try #require(Translations(language: "es"))
        #expect(es.kind(.equipmentSupplier) == "Proveedor de equipos")
        #expect(es.worldRegion(.gulf) == "Golfo")
        #expect(Translations(language: "pt")?.industry("primary-aluminium") == "Alumínio primário")
    }

    @Test("the industries worded are exactly the schema's, in its order")
    func industriesAreTheSchemas() throws {
        let xsd = try String(contentsOfFile: TestCatalog.catalogPath + "/schema/common.xsd", encoding: .utf8)
        let block = try #require(xsd.range(of: "name=\"Industry\"").map { xsd[$0.upperBound...] })
        let end = try #require(block.range(of: "</xs:simpleType>"))
        let codes = block[..<end.lowerBound].matches(of: /enumeration value="([^"]+)"/).map { String($0.output.1) }
        #expect(codes.count >= 10)
        #expect(VocabularyNames.codes("industry") == codes)
    }

    @Test("all 249 ISO 3166-1 codes are named in every packet language")
    func countriesComplete() {
        #expect(ISOCountry.codes.count == 249)
        for code in ISOCountry.codes {
            for language in Self.languages {
                let name = CountryNames.table.value(code, language)
                #expect(name != nil && name != code, "\(code) in \(language)")
            }
        }
        #expect(Set(CountryNames.table.keys) == ISOCountry.codes)
    }

    @Test("every country the sample catalogue and its missions use is named, not shown as a code")
    func catalogueCountriesNamed() throws {
        let used = TestCatalog.countriesUsed
        #expect(used.count >= 20)
        for language in Self.languages {
            let t = try #require(Translations(language: language))
            for code in used { #expect(t.country(code) != code, "\(code) in \(language)") }
        }
        #expect(Translations(language: "fr")?.country("DE") == "Allemagne")
        #expect(Translations(language: "pt")?.country("BR") == "Brasil")
        #expect(Translations(language: "ar")?.country("SA") == "المملكة العربية السعودية")
    }

    @Test("an unknown code falls back to the code itself")
    func unknownCountry() {
        #expect(Translations(language: "es")?.country("XK") == "XK")
        #expect(Translations(language: "es")?.languageName("tlh") == "tlh")
    }

    @Test("language names cover the packet languages and every language the catalogue's contacts speak")
    func languagesComplete() {
        var codes = Set(Translations.requiredLanguageCodes)
        for s in TestCatalog.catalog.suppliers { for c in s.contacts { codes.formUnion(c.languages) } }
        for code in codes {
            for language in Self.languages {
                #expect(LanguageNames.table.value(code, language) != nil, "\(code) in \(language)")
            }
        }
    }

    @Test("regions keep their official French name in every language")
    func regions() throws {
        for language in Self.languages {
            let t = try #require(Translations(language: language))
            for region in QuebecRegion.allCases { #expect(t.region(region) == region.rawValue) }
        }
    }

    @Test("taxonomy.xml labels every node in fr, en, es, ar and pt")
    func taxonomyLabelled() {
        let nodes = TestCatalog.catalog.taxonomy.nodes
        #expect(nodes.count >= 150)
        for node in nodes {
            for language in Self.languages {
                #expect(!(node.labels[language] ?? "").isEmpty, "\(node.id) in \(language)")
            }
        }
    }

    @Test("a Portuguese page shows every taxonomy label in Portuguese, with no '(em inglês)' marker")
    func portugueseTaxonomy() throws {
        let taxonomy = TestCatalog.catalog.taxonomy
        let pt = try #require(Translations(language: "pt"))
        for node in taxonomy.nodes {
            #expect(pt.taxonomyLabel(node).isFallback == false, "\(node.id)")
            #expect(!pt.markedTaxonomyLabel(node).contains(pt.label(.inEnglish)), "\(node.id)")
        }
        let leaf = try #require(taxonomy["smelting.potroom.pot-shells"])
        #expect(pt.taxonomyLabel(leaf) == ("Carcaças, berços e superestruturas de cubas", false))
        var unlabelled = leaf
        unlabelled.labels = LocalizedText([("fr", "Caissons"), ("en", "Pot shells")])
        #expect(pt.markedTaxonomyLabel(unlabelled) == "Pot shells (em inglês)")
    }

    @Test("supplier text missing in the language is shown in English with the marker")
    func englishMarker() throws {
        let text = LocalizedText([("fr", "Chaudronnerie"), ("en", "Plate work")])
        #expect(Translations(language: "fr")?.text(text) == "Chaudronnerie")
        #expect(Translations(language: "es")?.text(text) == "Plate work (en inglés)")
        #expect(Translations(language: "ar")?.text(text) == "Plate work (بالإنجليزية)")
        #expect(Translations(language: "en")?.text(text) == "Plate work")
        #expect(Translations(language: "de") == nil)
    }

    @Test("placeholders and dates")
    func placeholders() throws {
        let fr = try #require(Translations(language: "fr"))
        let start = CalendarDay(year: 2027, month: 9, day: 13), end = CalendarDay(year: 2027, month: 9, day: 17)
        #expect(fr.dateRange(start, end) == "du 13/09/2027 au 17/09/2027")
        #expect(Translations(language: "en")?.dateRange(start, end) == "2027-09-13 to 2027-09-17")
        #expect(fr.label(.supplierCount, ["count": "12"]) == "12 fournisseurs")
        #expect(fr.roles([.supply, .design]) == "Conception, Fourniture")
        #expect(Translations(language: "ar")?.roles([.supply, .design]) == "التصميم، التوريد")
    }
}
