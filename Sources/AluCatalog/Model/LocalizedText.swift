/// Text in several languages, keyed by BCP 47 tag (`fr`, `en`, `es`, `ar`…).
public struct LocalizedText: Sendable, Hashable {
    /// Entries in document order, so output follows the author's order.
    public var entries: [(language: String, text: String)] {
        get { zip(languages, texts).map { ($0, $1) } }
        set {
            languages = newValue.map(\.language)
            texts = newValue.map(\.text)
        }
    }
    private var languages: [String]
    private var texts: [String]

    public init(_ entries: [(language: String, text: String)] = []) {
        languages = entries.map(\.language)
        texts = entries.map(\.text)
    }

    public subscript(language: String) -> String? {
        guard let index = languages.firstIndex(of: language) else { return nil }
        return texts[index]
    }

    public var availableLanguages: [String] { languages }
    public var isEmpty: Bool { languages.isEmpty }

    /// The text in `language`, else English, else French, else anything; with the
    /// language actually used, so callers can mark a fallback.
    public func resolved(_ language: String) -> (text: String, language: String)? {
        for candidate in [language, "en", "fr"] {
            if let text = self[candidate], !text.isEmpty { return (text, candidate) }
        }
        guard let language = languages.first else { return nil }
        return (texts[0], language)
    }

    public mutating func set(_ text: String, for language: String) {
        if let index = languages.firstIndex(of: language) {
            texts[index] = text
        } else {
            languages.append(language)
            texts.append(text)
        }
    }

    public static func == (a: LocalizedText, b: LocalizedText) -> Bool {
        a.languages == b.languages && a.texts == b.texts
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(languages)
        hasher.combine(texts)
    }
}
