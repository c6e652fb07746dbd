/// Which plural form a count takes in a language (Unicode CLDR plural rules, for
/// whole numbers): a message with a count has one key per category
/// (`matchreason.references-country.one`, `.two`, `.few`, `.many`, `.other`), and
/// the code picks the key with ``key(_:count:language:)``.
///
/// French and Brazilian Portuguese treat 0 and 1 as singular; English and Spanish
/// only 1; Arabic has a singular, a dual (2), a plural for 3–10 and an accusative
/// singular for 11–99 (all taken modulo 100), and a genitive singular otherwise.
public enum PluralCategory: String, Sendable, Hashable, CaseIterable {
    case zero, one, two, few, many, other

    /// The category of `count` in `language` (a BCP 47 tag; its primary subtag decides).
    public static func of(_ count: Int, language: String) -> PluralCategory {
        let n = abs(count)
        switch String(language.prefix { $0 != "-" && $0 != "_" }).lowercased() {
        case "ar":
            if n == 0 { return .zero }
            if n == 1 { return .one }
            if n == 2 { return .two }
            if (3...10).contains(n % 100) { return .few }
            if (11...99).contains(n % 100) { return .many }
            return .other
        case "fr", "pt":
            return n <= 1 ? .one : .other
        default:
            return n == 1 ? .one : .other
        }
    }

    /// The categories a counted message is worded in: every category any packet
    /// language uses for a positive count (zero is not: nothing is counted when absent).
    public static let keyed: [PluralCategory] = [.one, .two, .few, .many, .other]

    /// `base.category` for `count` in `language`; a zero count uses `other`.
    public static func key(_ base: String, count: Int, language: String) -> String {
        let category = of(count, language: language)
        return base + "." + (category == .zero ? PluralCategory.other : category).rawValue
    }
}
