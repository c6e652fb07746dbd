import AluCatalog
import AluLocalization
import Foundation
import Testing
@testable import AluDirectory

/// No phrase AluCat words in one language shows on another language's page, outside
/// supplier text (the approach of AluExportTests' LanguageLeakTests). Exempt only what
/// the page marks: elements with their own `lang` (descriptions, region names, labels
/// that fall back, the language switcher), names isolated in `<bdi>`, and the
/// addresses of `mailto:`, `tel:` and web links.
@Suite("No phrase of one language on another language's page", .serialized)
struct PageLanguageLeakTests {
    static let directory = SampleDirectory.directory
    static let languages = PortalLanguage.allCases.map(\.rawValue)

    /// The parts of a template between its placeholders with at least four letters.
    static func fragments(_ template: String) -> [String] {
        let trim = CharacterSet.whitespacesAndNewlines.union(.punctuationCharacters).union(CharacterSet(charactersIn: "،؛—–«»“”"))
        return template.split(separator: /\{[^}]*\}/).map { $0.trimmingCharacters(in: trim) }
            .filter { $0.filter(\.isLetter).count >= 4 }
    }

    /// Every phrase the pages word in `language`.
    static func phrases(_ language: String) -> Set<String> {
        var texts: [String] = []
        texts += MessageTables.allKeys.filter { $0.key.hasPrefix("portal.") }.compactMap { MessageTables.template($0.key, language) }
        texts += VocabularyNames.table.keys.compactMap { VocabularyNames.table.value($0, language) }
        let countries = Set(directory.suppliers.flatMap { $0.exportExperience + $0.targetMarkets + $0.references.map(\.country) }.map { $0.uppercased() })
        texts += countries.map { CountryNames.name($0, language) }
        texts += LanguageNames.codes.map { LanguageNames.name($0, language) }
        texts += directory.taxonomy.nodes.compactMap { $0.labels[language] }
        return Set(texts.flatMap(fragments))
    }

    static let foreignByLanguage: [String: [String]] = {
        let own = Dictionary(uniqueKeysWithValues: languages.map { ($0, phrases($0)) })
        return Dictionary(uniqueKeysWithValues: languages.map { language in
            let mine = own[language]!.sorted().joined(separator: "\n")
            let others = Set(languages.filter { $0 != language }.flatMap { own[$0]! })
            return (language, others.filter { !occurs($0, in: mine) }.sorted())
        })
    }()

    /// True when `phrase` is in `text` as whole words.
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

    /// The page's own words: the body without marked or isolated text and addresses.
    static func ownText(ofPage html: String) -> String {
        var body = String(html[(html.range(of: "<body>")?.upperBound ?? html.startIndex)...])
        for pattern in [
            #"<bdi[^>]*>.*?</bdi>"#,
            #"<(span|p|div|a|li) [^>]*\blang="[^"]*"[^>]*>.*?</\1>"#,
            #"<a [^>]*href="(mailto:|tel:|https?:)[^"]*"[^>]*>.*?</a>"#,
            #"<time[^>]*>.*?</time>"#,
        ] {
            body = body.replacingOccurrences(of: pattern, with: " ", options: [.regularExpression])
        }
        body = body.replacingOccurrences(of: "<[^>]+>", with: "\n", options: .regularExpression)
        for (entity, character) in [("&lt;", "<"), ("&gt;", ">"), ("&quot;", "\""), ("&#39;", "'"), ("&amp;", "&")] {
            body = body.replacingOccurrences(of: entity, with: character)
        }
        return body
    }

    @Test("no page in one language shows another language's words", arguments: PortalLanguage.allCases)
    func noForeignWords(language: PortalLanguage) {
        let foreign = Self.foreignByLanguage[language.rawValue]!
        #expect(foreign.count > 100, "the test needs phrases to look for")
        for (path, html) in PageGallery.pages(Self.directory, language) {
            let text = Self.ownText(ofPage: html)
            let leaks = foreign.filter { Self.occurs($0, in: text) }
            #expect(leaks.isEmpty, "\(path): \(leaks.joined(separator: " | "))")
        }
    }

    @Test("the check finds a planted English phrase on the French page")
    func checkCanFail() {
        let page = DirectoryPages.search(result: Self.directory.search(DirectoryQuery()), directory: Self.directory, language: .fr)
            .replacingOccurrences(of: "</main>", with: "<p>Narrow the search</p></main>")
        let leaks = Self.foreignByLanguage["fr"]!.filter { Self.occurs($0, in: Self.ownText(ofPage: page)) }
        #expect(leaks.contains("Narrow the search"))
    }
}
