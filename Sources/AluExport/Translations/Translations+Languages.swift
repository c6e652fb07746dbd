import AluLocalization
extension Translations {
    /// The name of a language (ISO 639-1 code) in this language, lower-case where
    /// the language writes it so (`anglais`, `inglés`).
    ///
    /// Falls back to the English name, then to the code.
    public func languageName(_ code: String) -> String { LanguageNames.name(code, language) }

    /// Codes every table must cover: the packet languages, those the sample
    /// catalogue's contacts speak (de hi vi zh…), and a few more buyers ask for.
    package static let requiredLanguageCodes = ["fr", "en", "es", "ar", "pt", "de", "zh", "it", "hi", "vi"]
}
