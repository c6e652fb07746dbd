import AluCatalog
import AluExport
import AluLocalization
import AluTestSupport
import Foundation
import OpenDocument
import Testing

/// The proof item 4 asks for: in every sample packet, no phrase we word in one
/// language shows on another language's page or brochure. Supplier-written text is
/// exempt only where the page marks it: tagged with its own `lang` (descriptions in
/// another language, titles in an unstated one, Québec region names, also as filter
/// options), or isolated
/// as a name (`<bdi>`: supplier, person, city names). Links show addresses.
@Suite("No phrase of one language on another language's page", .serialized)
struct LanguageLeakTests {
    static let taxonomy = TestCatalog.catalog.taxonomy

    /// The parts of `template` between its `{placeholders}`, trimmed of spaces and
    /// punctuation, with at least four letters (shorter ones — `no`, `de`, `لا` —
    /// are words of several languages).
    static func fragments(_ template: String) -> [String] {
        let trim = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters).union(CharacterSet(charactersIn: "،؛—–"))
        return template.split(separator: /\{[^}]*\}/).map { $0.trimmingCharacters(in: trim) }
            .filter { $0.filter(\.isLetter).count >= 4 }
    }

    /// Every phrase AluCat words in `language`: export labels, vocabulary, names of the
    /// countries the catalogue uses and of languages, taxonomy labels, and the fixed
    /// parts of match-reason sentences.
    static func phrases(_ language: String) -> Set<String> {
        var texts: [String] = []
        texts += Translations.Label.allCases.compactMap { Translations.labelTable.value($0.rawValue, language) }
        texts += VocabularyNames.table.keys.compactMap { VocabularyNames.table.value($0, language) }
        texts += TestCatalog.countriesUsed.map { CountryNames.name($0, language) }
        texts += LanguageNames.codes.map { LanguageNames.name($0, language) }
        texts += taxonomy.nodes.compactMap { $0.labels[language] }
        texts += MessageTables.allKeys.filter { $0.key.hasPrefix("matchreason.") }.compactMap { MessageTables.template($0.key, language) }
        return Set(texts.flatMap(fragments))
    }

    static let phrasesByLanguage = Dictionary(uniqueKeysWithValues: Translations.packetLanguages.map { ($0, phrases($0)) })

    /// Phrases of the other packet languages that are not also right in `language`
    /// (`Extrusion`, `Mission`, `Site` are French and English alike).
    static func foreignPhrases(for language: String) -> [String] { foreignByLanguage[language]! }

    static let foreignByLanguage = Dictionary(uniqueKeysWithValues: Translations.packetLanguages.map { language in
        let own = phrasesByLanguage[language]!.sorted().joined(separator: "\n")
        let others = Set(Translations.packetLanguages.filter { $0 != language }.flatMap { phrasesByLanguage[$0]! })
        return (language, others.filter { !occurs($0, in: own) }.sorted())
    })

    /// True when `phrase` is in `text` as whole words (no letter just before or after).
    static func occurs(_ phrase: String, in text: String) -> Bool {
        var start = text.startIndex
        while start < text.endIndex, let found = text.range(of: phrase, range: start..<text.endIndex) {
            let before = found.lowerBound > text.startIndex ? text[text.index(before: found.lowerBound)] : " "
            let after = found.upperBound < text.endIndex ? text[found.upperBound] : " "
            if !before.isLetter && !after.isLetter { return true }
            start = text.index(after: found.lowerBound)
        }
        return false
    }

    /// The page's own words: the body without styles, marked or isolated supplier
    /// text, and links; tags become line breaks, entities are decoded.
    static func ownText(ofPage html: String) -> String {
        var body = String(html[(html.range(of: "<body>")?.upperBound ?? html.startIndex)...])
        // The page's script is code, not words; a block or option tagged with its own
        // language (a description in English on a French page, a French region name) is
        // exempt like an inline one.
        for pattern in [#"(?s)<script>.*?</script>"#, #"<(p|h1|option)\b[^>]*\blang="[^"]*"[^>]*>.*?</\1>"#,
                        #"<bdi[^>]*>.*?</bdi>"#, #"<span [^>]*\blang="[^"]*"[^>]*>.*?</span>"#, #"<a [^>]*>.*?</a>"#] {
            body = body.replacingOccurrences(of: pattern, with: " ", options: .regularExpression)
        }
        body = body.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#x27;", "'"), ("&amp;", "&")] {
            body = body.replacingOccurrences(of: entity, with: character)
        }
        return body
    }

    /// The brochure cells AluCat words: sheet names, header rows, the cover's labels,
    /// the capability matrix's roles, and the columns of vocabulary, countries,
    /// languages, capabilities and match reasons (names, titles, clients, sites and
    /// supplier descriptions are the supplier's, marked by the brochure when not in its language).
    static func ownText(ofBrochure workbook: ReadWorkbook, _ t: Translations) -> String {
        let worded: Set<String> = Set([Translations.Label.kind, .employees, .roles, .responsibility, .priority, .reasons, .country,
                                       .exportCountries, .capabilities, .contactLanguages, .capability, .area, .domain, .need].map { t.label($0) })
        var texts: [String] = []
        for sheet in workbook.sheets {
            texts.append(sheet.name)
            guard let header = sheet.rows.first else { continue }
            texts += header.cells.map(\.text)
            let columns: Set<Int>
            if sheet.name == t.label(.sheetCover) {
                columns = [0]
            } else if sheet.name == t.label(.sheetCapabilityMatrix) {
                columns = Set(header.cells.map(\.address.column).filter { $0 > 0 })
            } else {
                columns = Set(header.cells.filter { worded.contains($0.text) }.map(\.address.column))
            }
            for row in sheet.rows.dropFirst() { texts += row.cells.filter { columns.contains($0.address.column) }.map(\.text) }
        }
        return texts.joined(separator: "\n")
    }

    static func leaks(in text: String, language: String) -> [String] {
        foreignPhrases(for: language).filter { occurs($0, in: text) }
    }

    @Test("every sample packet's pages and brochures speak only their own language", arguments: TestCatalog.catalog.missions.map(\.id))
    func noPhraseOfAnotherLanguage(missionID: String) throws {
        let result = try PacketTests.build(missionID, into: temporaryDirectory("leak-\(missionID)"))
        let mission = try #require(TestCatalog.catalog.mission(missionID))
        for language in mission.languages {
            let t = try #require(Translations(language: language))
            let page = try String(contentsOfFile: result.directory + "/" + HTMLIndexPage.fileName(language: language), encoding: .utf8)
            let pageText = Self.ownText(ofPage: page)
            #expect(pageText.count > 2000, "the page has text to check")
            let pageLeaks = Self.leaks(in: pageText, language: language)
            #expect(pageLeaks.isEmpty, "\(missionID) page \(language): \(pageLeaks.joined(separator: " | "))")

            let workbook = try SpreadsheetReader().read(contentsOf: URL(fileURLWithPath: result.directory + "/brochure-\(language).ods"))
            let brochureLeaks = Self.leaks(in: Self.ownText(ofBrochure: workbook, t), language: language)
            #expect(brochureLeaks.isEmpty, "\(missionID) brochure \(language): \(brochureLeaks.joined(separator: " | "))")
        }
    }

    @Test("the check finds what it looks for: English reasons and labels on an Arabic page")
    func theCheckCanFail() {
        let leaked = Self.leaks(in: "يتحدث العربية\nspeaks الإنجليزية؛ Ship unloaders and receiving, exact", language: "ar")
        #expect(leaked.contains("speaks"))
        #expect(leaked.contains("Ship unloaders and receiving"))
        #expect(Self.leaks(in: "Extrusion; Mission; 12 fournisseurs", language: "fr").isEmpty)
        #expect(!Self.occurs("valid", in: "ISO 9001 valide"))
    }

    @Test("supplier text in another language is tagged with its language and announced in the page's")
    func supplierTextIsMarked() throws {
        var supplier = try #require(TestCatalog.catalog.suppliers.first)
        supplier.descriptions = LocalizedText([("fr", "Chaudronnerie lourde & <soudage>")])
        let mission = try #require(TestCatalog.catalog.missions.first)
        let page = HTMLIndexPage(mission: mission, suppliers: .vouched([supplier]), taxonomy: Self.taxonomy, generated: TestCatalog.today)
        let es = try #require(Translations(language: "es"))
        #expect(page.render(es).contains(#"<p class="description" lang="fr" xml:lang="fr" dir="auto">Chaudronnerie lourde &amp; &lt;soudage&gt; <span class="marker" lang="es" xml:lang="es" dir="ltr">(en francés)</span></p>"#))
        #expect(es.text(supplier.descriptions) == "Chaudronnerie lourde & <soudage> (en francés)")
        let ar = try #require(Translations(language: "ar"))
        #expect(ar.text(supplier.descriptions) == "Chaudronnerie lourde & <soudage> (بالفرنسية)")
        #expect(page.render(try #require(Translations(language: "fr"))).contains("<p class=\"description\">Chaudronnerie lourde &amp; &lt;soudage&gt;</p>"))
    }
}
