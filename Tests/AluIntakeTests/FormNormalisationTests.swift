import Testing

@testable import AluIntake

@Suite("Values written the common ways are understood and normalised")
struct FormNormalisationTests {
    @Test("languages by name, code or drop-down entry, with any separator", arguments: [
        ("français, anglais", ["fr", "en"]),
        ("French; English", ["fr", "en"]),
        ("fr en es", ["fr", "en", "es"]),
        ("FR,EN", ["fr", "en"]),
        ("français (fr) / anglais (en)", ["fr", "en"]),
        ("français et anglais", ["fr", "en"]),
        ("Espagnol", ["es"]),
        ("arabe, fr", ["ar", "fr"]),
        ("fr fr en", ["fr", "en"]),
        ("pt-BR", ["pt-BR"]),
        ("fr-ca en", ["fr-CA", "en"]),
        ("fr-CA en", ["fr-CA", "en"]),
        ("PT-br", ["pt-BR"]),
        ("klingon", ["klingon"]),
    ])
    func languages(_ typed: String, _ codes: [String]) {
        #expect(FormValueNormaliser.languages(typed) == codes)
    }

    @Test("one language by name in French or English, code in any case, or drop-down entry", arguments: [
        ("français (fr)", "fr"), ("French", "fr"), ("FRANÇAIS", "fr"), ("francais", "fr"), ("EN", "en"),
        ("anglais", "en"), ("English (en)", "en"), ("allemand", "de"), ("xx", "xx"),
    ])
    func language(_ typed: String, _ code: String) {
        #expect(FormValueNormaliser.language(typed) == code)
    }

    @Test("countries by name in French or English, code in any case, or drop-down entry", arguments: [
        ("Canada (CA)", "CA"), ("CA", "CA"), ("ca", "CA"), ("Canada", "CA"), ("canada", "CA"),
        ("Allemagne", "DE"), ("Germany", "DE"), ("Émirats arabes unis", "AE"), ("emirats arabes unis", "AE"),
        ("Qatar (QA)", "QA"), ("Atlantis", "Atlantis"),
    ])
    func country(_ typed: String, _ code: String) {
        #expect(FormValueNormaliser.country(typed) == code)
    }

    @Test("a postal code in lower case, without its space or with a dash", arguments: [
        ("g7h5b1", "G7H 5B1"), ("G7H5B1", "G7H 5B1"), ("g7h 5b1", "G7H 5B1"), ("G7H-5B1", "G7H 5B1"),
        (" G7X 0A4 ", "G7X 0A4"), ("12345", "12345"), ("G7H 5B", "G7H 5B"),
    ])
    func postalCode(_ typed: String, _ normalised: String) {
        #expect(FormValueNormaliser.postalCode(typed) == normalised)
    }

    @Test("a region with St for Saint, plain dashes, missing accents or another case", arguments: [
        ("Saguenay-Lac-St-Jean", "Saguenay–Lac-Saint-Jean"),
        ("saguenay lac saint jean", "Saguenay–Lac-Saint-Jean"),
        ("Bas-St-Laurent", "Bas-Saint-Laurent"),
        ("Montreal", "Montréal"),
        ("GASPESIE-ILES-DE-LA-MADELEINE", "Gaspésie–Îles-de-la-Madeleine"),
        ("Saguenay", "Saguenay"),
    ])
    func region(_ typed: String, _ normalised: String) {
        #expect(FormValueNormaliser.region(typed) == normalised)
    }

    @Test("C1 control characters are found and named, each once")
    func controlCharacters() {
        #expect(FormValueNormaliser.controlCharacters("l\u{92}usine d\u{92}Alma \u{96} 1968") == ["U+0092", "U+0096"])
        #expect(FormValueNormaliser.controlCharacters("l’usine d'Alma – 1968 🏭").isEmpty)
    }

    @Test("the drop-downs show names with codes, sorted by name, in the form's language")
    func dropDownEntries() {
        #expect(FormValueNormaliser.display(country: "CA", .fr) == "Canada (CA)")
        #expect(FormValueNormaliser.display(country: "DE", .fr) == "Allemagne (DE)")
        #expect(FormValueNormaliser.display(country: "DE", .en) == "Germany (DE)")
        #expect(FormValueNormaliser.display(language: "fr", .fr) == "français (fr)")
        #expect(FormValueNormaliser.display(language: "fr", .en) == "French (fr)")
        let countries = FormValueNormaliser.countryList(.fr)
        #expect(countries.count == 249)
        #expect(countries.firstIndex(of: "Afghanistan (AF)")! < countries.firstIndex(of: "Allemagne (DE)")!)
        // Every entry reads back as its code.
        for entry in countries { #expect(FormValueNormaliser.country(entry).count == 2, "\(entry)") }
        for entry in FormValueNormaliser.languageList(.en) { #expect(FormValueNormaliser.language(entry).count <= 3, "\(entry)") }
    }
}
