import AluCatalog
import AluLocalization
import Foundation

/// The common ways a person writes a value in the form, understood and brought to the
/// catalogue's form: a country or a language by its name or as the drop-down shows it
/// (`Canada (CA)`, `français (fr)`), a postal code in lower case or without its space, a
/// region with `St` for `Saint` or without its accents. What is not understood is returned
/// as typed, so the catalogue's rules name it at its cell.
package enum FormValueNormaliser {
    // MARK: Drop-down entries

    /// `Canada (CA)`: the country's name in the form's language, then its code.
    static func display(country code: String, _ l: FormLanguage) -> String {
        let name = CountryNames.name(code, l.rawValue)
        return name == code ? code : "\(name) (\(code))"
    }

    /// `français (fr)`: the language's name in the form's language, then its code.
    static func display(language code: String, _ l: FormLanguage) -> String {
        let name = LanguageNames.name(code, l.rawValue)
        return name == code ? code : "\(name) (\(code))"
    }

    /// Every country of the catalogue as the drop-down shows it, sorted by name.
    static func countryList(_ l: FormLanguage) -> [String] {
        ISOCountry.codes.map { display(country: $0, l) }.sorted { key($0) < key($1) }
    }

    /// Every language of the catalogue as the drop-down shows it: named ones by name, then
    /// the others by code.
    static func languageList(_ l: FormLanguage) -> [String] {
        let entries = ISOLanguage.codes.map { (code: $0, entry: display(language: $0, l)) }
        let named = entries.filter { $0.entry != $0.code }.map(\.entry).sorted { key($0) < key($1) }
        return named + entries.filter { $0.entry == $0.code }.map(\.code).sorted()
    }

    // MARK: Reading back

    /// `Canada (CA)`, `CA`, `ca`, `Canada`, `canada`, `Allemagne`, `Germany` → the ISO code.
    static func country(_ text: String) -> String {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty { return value }
        if let code = parenthesisedCode(value), ISOCountry.codes.contains(code.uppercased()) { return code.uppercased() }
        if value.count == 2, ISOCountry.codes.contains(value.uppercased()) { return value.uppercased() }
        return countryNames[countryKey(value)] ?? value
    }

    /// A country name with case, accents, dashes, apostrophes and dots folded, so that
    /// `Nouvelle Zélande`, `nouvelle-zelande` and `Côte d’Ivoire` find their code.
    static func countryKey(_ text: String) -> String {
        key(text).split(whereSeparator: { " -–'’.".contains($0) }).joined(separator: " ")
    }

    /// What people write for a country besides its names in the packet languages.
    private static let countryAliases = [
        "UK": "GB", "U K": "GB", "Grande Bretagne": "GB", "Great Britain": "GB", "Angleterre": "GB", "England": "GB",
        "USA": "US", "U S A": "US", "US": "US", "Etats Unis d Amerique": "US", "United States of America": "US", "America": "US",
        "UAE": "AE", "EAU": "AE", "Emirats": "AE", "Emirates": "AE",
        "Chine continentale": "CN", "Mainland China": "CN", "China mainland": "CN", "RPC": "CN", "PRC": "CN",
        "Coree": "KR", "Korea": "KR", "Russie": "RU", "Russia": "RU", "Holland": "NL", "Hollande": "NL",
    ]

    /// `français (fr)`, `fr`, `FR`, `français`, `French`, `anglais` → the ISO 639-1 code; a
    /// longer BCP 47 tag (`pt-BR`) is kept as written.
    static func language(_ text: String) -> String {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if value.isEmpty { return value }
        if let code = parenthesisedCode(value), ISOLanguage.codes.contains(code.lowercased()) { return code.lowercased() }
        if ISOLanguage.codes.contains(value.lowercased()) { return value.lowercased() }
        // `fr-ca`, `PT-br`: a tag written in another case is the same tag.
        if value.contains("-"), FieldForms.languageTag(FieldForms.canonicalLanguageTag(value)) == nil {
            return FieldForms.canonicalLanguageTag(value)
        }
        return languageNames[key(value)] ?? value
    }

    /// `français, anglais` / `fr en` / `French; English` / `français et anglais` → `["fr", "en"]`.
    /// Commas, semicolons, slashes and line breaks separate entries; an entry that is not a
    /// language as a whole is read word by word (`fr en`), `et`/`and` dropped.
    package static func languages(_ text: String) -> [String] {
        var codes: [String] = []
        for chunk in text.split(whereSeparator: { ",;/\n".contains($0) }) {
            let whole = language(String(chunk))
            if whole.isEmpty { continue }
            if whole != chunk.trimmingCharacters(in: .whitespaces) || isLanguageCode(whole) {
                codes.append(whole)
                continue
            }
            for word in chunk.split(whereSeparator: \.isWhitespace) where !["et", "and", "&"].contains(word.lowercased()) {
                codes.append(language(String(word)))
            }
        }
        var seen = Set<String>()
        return codes.filter { seen.insert($0).inserted }
    }

    /// `g7h5b1`, `G7H-5B1`, `g7h 5b1` → `G7H 5B1`; anything else as typed.
    static func postalCode(_ text: String) -> String {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let compact = value.uppercased().filter { !$0.isWhitespace && $0 != "-" }
        let scalars = Array(compact.unicodeScalars)
        guard scalars.count == 6 else { return value }
        for (index, scalar) in scalars.enumerated() {
            let isLetter = ("A"..."Z").contains(scalar), isDigit = ("0"..."9").contains(scalar)
            guard index % 2 == 0 ? isLetter : isDigit else { return value }
        }
        return String(compact.prefix(3)) + " " + String(compact.suffix(3))
    }

    /// `Saguenay-Lac-St-Jean`, `saguenay lac saint jean`, `Montreal`, `Gaspesie–Iles-de-la-Madeleine`
    /// → the region's official name; anything else as typed.
    static func region(_ text: String) -> String {
        let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if QuebecRegion(rawValue: value) != nil { return value }
        return regionNames[regionKey(value)] ?? value
    }

    // MARK: Control characters

    /// The C1 control characters (U+0080–U+009F) in `text`, as `U+0092` each, in order of
    /// first appearance: what a Windows-1252 paste decoded as Latin-1 leaves (U+0092 for `’`).
    static func controlCharacters(_ text: String) -> [String] {
        // At most 32 distinct values: each is looked at once, named once.
        var seen: [UInt32] = []
        for scalar in text.unicodeScalars where (0x80...0x9F).contains(scalar.value) && !seen.contains(scalar.value) {
            seen.append(scalar.value)
        }
        return seen.map { "U+" + String(format: "%04X", $0) }
    }

    // MARK: Keys

    /// Case, accents and surrounding space ignored.
    static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
            .folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
    }

    /// A region name with dashes, apostrophes and spaces as one separator and `St`/`Ste`
    /// as `Saint`/`Sainte`.
    static func regionKey(_ text: String) -> String {
        key(text).split(whereSeparator: { $0 == " " || $0 == "-" || $0 == "–" || $0 == "—" || $0 == "'" || $0 == "’" || $0 == "." })
            .map { word in word == "st" ? "saint" : word == "ste" ? "sainte" : String(word) }
            .joined(separator: " ")
    }

    /// `Canada (CA)` → `CA`.
    private static func parenthesisedCode(_ text: String) -> String? {
        guard text.hasSuffix(")"), let open = text.lastIndex(of: "(") else { return nil }
        let inside = text[text.index(after: open)..<text.index(before: text.endIndex)].trimmingCharacters(in: .whitespaces)
        return inside.isEmpty ? nil : inside
    }

    private static func isLanguageCode(_ text: String) -> Bool {
        ISOLanguage.codes.contains(text) || (text.count > 3 && text.contains("-") && !text.contains { $0.isWhitespace })
    }

    /// Country names in French and English (and the drop-down's display) → code.
    private static let countryNames: [String: String] = {
        var names: [String: String] = [:]
        for code in ISOCountry.codes {
            for language in ["fr", "en", "es", "pt"] {
                names[countryKey(CountryNames.name(code, language))] = code
            }
        }
        for (alias, code) in countryAliases { names[countryKey(alias)] = code }
        return names
    }()

    /// Language names in French and English → code.
    private static let languageNames: [String: String] = {
        var names: [String: String] = [:]
        for code in ISOLanguage.codes {
            for language in FormLanguage.allCases {
                let name = LanguageNames.name(code, language.rawValue)
                if name != code { names[key(name)] = code }
            }
        }
        return names
    }()

    private static let regionNames: [String: String] = {
        Dictionary(QuebecRegion.allCases.map { (regionKey($0.rawValue), $0.rawValue) }, uniquingKeysWith: { first, _ in first })
    }()
}
