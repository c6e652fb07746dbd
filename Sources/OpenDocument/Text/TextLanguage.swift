/// How a BCP 47 tag becomes ODF language attributes.
///
/// LibreOffice keeps three languages per text: Western (`fo:language`), Asian and
/// complex-text-layout (`style:language-complex`). Arabic, Hebrew, Persian and Urdu are
/// complex scripts: their language goes in the complex attributes, or LibreOffice would
/// spell-check and shape them as Latin text.
enum TextLanguage {
    static let complexScriptLanguages: Set<String> = ["ar", "he", "fa", "ur"]

    /// (`ar`, nil) from `ar`; (`fr`, `CA`) from `fr-CA`.
    static func split(_ tag: String) -> (language: String, country: String?) {
        let (language, country) = ODFPackageParts.languageAndCountry(tag)
        return (language, country)
    }

    static func isComplex(_ tag: String) -> Bool {
        complexScriptLanguages.contains(split(tag).language)
    }

    /// ` fo:language="fr" fo:country="CA"` or ` style:language-complex="ar"`, escaped.
    static func attributes(_ tag: String, to out: inout XMLByteBuffer) {
        let (language, country) = split(tag)
        let complex = complexScriptLanguages.contains(language)
        out.raw(complex ? " style:language-complex=\"" : " fo:language=\"")
        out.attribute(language)
        out.raw("\"")
        if let country {
            out.raw(complex ? " style:country-complex=\"" : " fo:country=\"")
            out.attribute(country)
            out.raw("\"")
        }
    }
}
