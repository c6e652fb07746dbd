import AluLocalization
import Testing

@Suite("Message tables")
struct MessageTablesTests {
    @Test("every key of every family has a non-empty wording in each of its table's languages")
    func everyKeyIsWordedInEveryLanguage() {
        var missing: [String] = []
        for (key, languages) in MessageTables.allKeys {
            for language in languages where MessageTables.template(key, language) == nil {
                missing.append("\(key) [\(language)]")
            }
        }
        #expect(missing.isEmpty, "not worded: \(missing.joined(separator: ", "))")
    }

    @Test("every wording of a key uses the same placeholders, so no language drops a value")
    func placeholdersAgreeAcrossLanguages() {
        func placeholders(_ text: String) -> Set<String> {
            var names: Set<String> = []
            var rest = text[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                names.insert(String(rest[rest.index(after: open)..<close]))
                rest = rest[rest.index(after: close)...]
            }
            return names
        }
        // A counted key (`….one`, `….two`) may leave out `{count}`: Arabic writes its
        // singular and dual without a number (`مرجع واحد`, `مرجعان`).
        let counted = Set(PluralCategory.keyed.map { "." + $0.rawValue })
        var disagreeing: [String] = []
        for (key, languages) in MessageTables.allKeys {
            let isCounted = counted.contains { key.hasSuffix($0) }
            let sets = languages.compactMap { MessageTables.template(key, $0) }
                .map { placeholders($0).subtracting(isCounted ? ["count"] : []) }
            if Set(sets).count > 1 { disagreeing.append(key) }
        }
        #expect(disagreeing.isEmpty, "placeholders differ: \(disagreeing.joined(separator: ", "))")
    }

    @Test("buyer-facing families are worded in every packet language")
    func buyerFacingFamiliesHaveEveryPacketLanguage() {
        let languages = Set(MessageTables.allKeys.filter { $0.key.hasPrefix("matchreason.") }.map { $0.languages.joined(separator: " ") })
        #expect(languages == ["fr en es ar pt"])
        #expect(Message("matchreason.speaks", ["languages": "العربية"]).text("ar") == "يتحدث العربية")
    }

    @Test("a counted message has every plural form each of its languages can ask for")
    func countedMessagesHaveEveryForm() {
        let keys = MessageTables.allKeys
        let bases = Set(keys.map(\.key).filter { $0.hasSuffix(".one") }.map { String($0.dropLast(".one".count)) })
        #expect(bases.isSuperset(of: ["matchreason.references-country", "matchreason.references-region", "report.errors"]))
        for base in bases {
            let languages = keys.first { $0.key == base + ".one" }?.languages ?? []
            for language in languages {
                for count in 1...200 {
                    let key = PluralCategory.key(base, count: count, language: language)
                    #expect(MessageTables.template(key, language) != nil, "\(key) [\(language)] for \(count)")
                    if MessageTables.template(key, language) == nil { break }
                }
            }
        }
    }

    @Test("no table has a row with a stray tab or a key listed twice")
    func noMalformedRows() {
        let all = MessageTables.malformedRows + CountryNames.table.malformedRows + LanguageNames.table.malformedRows
            + VocabularyNames.table.malformedRows
        #expect(all.isEmpty, "\(all)")
        let broken = TranslationTable("a\tun\tone\textra\na\tdeux\ttwo", languages: ["fr", "en"])
        #expect(broken.malformedRows.count == 2)
    }

    @Test("a message is worded in the reader's language, falls back to English, and fills its values")
    func rendersInTheReadersLanguage() {
        let message = Message("test.greeting", ["name": "Zoé"])
        #expect(message.text("fr") == "Bonjour Zoé")
        #expect(message.text("fr-CA") == "Bonjour Zoé")
        #expect(message.text("ar") == "Hello Zoé")
        #expect(Message("test.absent").text("fr") == "test.absent")
        #expect(Message.fill("{a} and {b}", ["a": "x"]) == "x and {b}")
        #expect(Message.fill("a {b", ["b": "x"]) == "a {b")
    }
}
