import AluLocalization
import Testing

@Suite("Vocabulary, plural forms and lists")
struct VocabularyNamesTests {
    @Test("every vocabulary key is worded in fr, en, es, ar and pt")
    func everyKeyIsWordedInEveryPacketLanguage() {
        #expect(VocabularyNames.table.languages == ["fr", "en", "es", "ar", "pt"])
        var missing: [String] = []
        for key in VocabularyNames.table.keys {
            for language in VocabularyNames.table.languages where VocabularyNames.table.value(key, language) == nil {
                missing.append("\(key) [\(language)]")
            }
        }
        #expect(missing.isEmpty, "not worded: \(missing.joined(separator: ", "))")
        #expect(VocabularyNames.codes("worldregion").count == 13)
        #expect(VocabularyNames.codes("industry").count == 16)
    }

    @Test("no wording, in any language, names two values of one family: reading back is unambiguous")
    func readingBackIsUnambiguous() {
        let families = Set(VocabularyNames.table.keys.map { String($0.prefix { $0 != "." }) })
        for family in families {
            var owner: [String: String] = [:]
            for code in VocabularyNames.codes(family) {
                for language in VocabularyNames.table.languages {
                    let wording = VocabularyNames.name(family: family, code, language).lowercased()
                    if let other = owner[wording], other != code {
                        Issue.record("\(family): '\(wording)' names both \(other) and \(code)")
                    }
                    owner[wording] = code
                    #expect(VocabularyNames.match(wording, family: family) == code, "\(family).\(code) in \(language)")
                }
            }
        }
    }

    @Test("the wordings older forms wrote, from either drifted list, still read back")
    func olderWordingsReadBack() {
        let older: [(String, String, String)] = [
            ("kind", "Fournisseur d'équipement", "equipment-supplier"), ("kind", "Équipementier", "equipment-supplier"),
            ("role", "fourniture", "supply"), ("role", "Approvisionnement", "supply"), ("role", "install", "install"),
            ("role", "maintain", "maintain"), ("employees", "1 à 9", "1-9"), ("employees", "500 or more", "500+"),
            ("employees", " 10 TO 49 ", "10-49"), ("responsibility", "Direction", "management"),
            ("responsibility", "Gestion de projet", "project-management"), ("responsibility", "Approvisionnement", "purchasing"),
            ("responsibility", "Recherche", "research"), ("industry", "Production d'alumine", "alumina-refining"),
            ("answer", "Oui", "yes"), ("answer", "vrai", "yes"), ("answer", "0", "no"),
            ("market", "visé", "target"), ("market", "exportExperience", "export-experience"),
        ]
        for (family, text, code) in older {
            #expect(VocabularyNames.match(text, family: family) == code, "\(family): \(text)")
        }
        #expect(VocabularyNames.match("peut-être", family: "answer") == nil)
        #expect(VocabularyNames.match("", family: "kind") == nil)
    }

    @Test("one wording per concept: the form and the exports read the same words")
    func chosenWordings() {
        #expect(VocabularyNames.name("kind.equipment-supplier", "fr") == "Fournisseur d'équipement")
        #expect(VocabularyNames.name("role.supply", "fr") == "Fourniture")
        #expect(VocabularyNames.name("responsibility.purchasing", "fr") == "Achats")
        #expect(VocabularyNames.name("employees.10-49", "en") == "10–49 employees")
        #expect(VocabularyNames.name("worldregion.gulf", "ar") == "الخليج")
        #expect(VocabularyNames.name("absent.key", "fr") == "absent.key")
    }

    @Test("plural categories: French and Portuguese 0–1 singular, Arabic singular, dual, 3–10, 11–99 and the rest")
    func pluralCategories() {
        let arabic = [1, 2, 3, 10, 11, 99, 100, 101, 102, 103, 111].map { PluralCategory.of($0, language: "ar") }
        #expect(arabic == [.one, .two, .few, .few, .many, .many, .other, .other, .other, .few, .many])
        #expect([0, 1, 2].map { PluralCategory.of($0, language: "fr-CA") } == [.one, .one, .other])
        #expect([0, 1, 2].map { PluralCategory.of($0, language: "pt") } == [.one, .one, .other])
        #expect([0, 1, 2].map { PluralCategory.of($0, language: "en") } == [.other, .one, .other])
        #expect(PluralCategory.key("matchreason.references-country", count: 2, language: "ar") == "matchreason.references-country.two")
        #expect(PluralCategory.key("x", count: 0, language: "ar") == "x.other")
    }

    @Test("lists and clauses use Arabic punctuation in Arabic")
    func lists() {
        #expect(ListFormat.list(["a", "b"], "fr") == "a, b")
        #expect(ListFormat.list(["أ", "ب"], "ar") == "أ، ب")
        #expect(ListFormat.clauses(["a", "b"], "ar") == "a؛ b")
        #expect(ListFormat.clauses(["a", "b"], "es") == "a; b")
    }
}
