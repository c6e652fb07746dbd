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
        var disagreeing: [String] = []
        for (key, languages) in MessageTables.allKeys {
            let sets = languages.compactMap { MessageTables.template(key, $0) }.map(placeholders)
            if Set(sets).count > 1 { disagreeing.append(key) }
        }
        #expect(disagreeing.isEmpty, "placeholders differ: \(disagreeing.joined(separator: ", "))")
    }

    @Test("a message is worded in the reader's language, falls back to English, and fills its values")
    func rendersInTheReadersLanguage() {
        let message = Message("test.greeting", ["name": "Zoé"])
        #expect(message.text("fr") == "Bonjour Zoé")
        #expect(message.text("fr-CA") == "Bonjour Zoé")
        #expect(message.text("ar") == "Hello Zoé")
        #expect(Message("test.absent").text("fr") == "test.absent")
        #expect(Message.fill("{a} and {b}", ["a": "x"]) == "x and {b}")
    }
}
