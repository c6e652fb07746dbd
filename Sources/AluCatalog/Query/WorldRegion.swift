/// Groups of countries a buyer would recognise as "nearby": a reference in Bahrain
/// tells a buyer in Qatar something. Deliberately coarse; a country is in one group.
public enum WorldRegion: String, Sendable, Hashable, CaseIterable, Codable {
    case gulf
    case middleEastNorthAfrica = "middle-east-north-africa"
    case subSaharanAfrica = "sub-saharan-africa"
    case northAmerica = "north-america"
    case centralAmericaCaribbean = "central-america-caribbean"
    case southAmerica = "south-america"
    case nordic
    case europe
    case russiaCentralAsia = "russia-central-asia"
    case southAsia = "south-asia"
    case eastAsia = "east-asia"
    case southeastAsia = "southeast-asia"
    case oceania

    /// Member countries, ISO 3166-1 alpha-2.
    public var countries: [String] {
        switch self {
        case .gulf: ["AE", "BH", "SA", "OM", "QA", "KW"]
        case .middleEastNorthAfrica: ["EG", "JO", "LB", "IQ", "IR", "IL", "SY", "YE", "TR", "MA", "DZ", "TN", "LY"]
        case .subSaharanAfrica: ["ZA", "MZ", "GH", "GN", "CM", "NG", "KE", "TZ", "AO", "SN", "CI", "ET", "SL"]
        case .northAmerica: ["CA", "US", "MX"]
        case .centralAmericaCaribbean: ["GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "JM", "TT", "SR", "GY"]
        case .southAmerica: ["BR", "AR", "CL", "PE", "CO", "VE", "UY", "PY", "BO", "EC"]
        case .nordic: ["IS", "NO", "SE", "FI", "DK"]
        case .europe: ["DE", "FR", "GB", "IE", "NL", "BE", "LU", "ES", "PT", "IT", "AT", "CH", "PL", "CZ", "SK",
                       "HU", "RO", "BG", "SI", "HR", "BA", "RS", "ME", "MK", "AL", "GR", "EE", "LV", "LT", "UA", "MT", "CY"]
        case .russiaCentralAsia: ["RU", "KZ", "TJ", "UZ", "KG", "AZ", "AM", "GE", "BY"]
        case .southAsia: ["IN", "PK", "BD", "LK", "NP"]
        case .eastAsia: ["CN", "JP", "KR", "TW", "HK", "MN"]
        case .southeastAsia: ["ID", "MY", "TH", "VN", "PH", "SG", "MM", "KH", "LA", "BN"]
        case .oceania: ["AU", "NZ", "PG", "NC"]
        }
    }

    /// The group `country` belongs to; nil for a country in no group.
    public init?(country: String) {
        let code = country.uppercased()
        guard let region = Self.allCases.first(where: { $0.countries.contains(code) }) else { return nil }
        self = region
    }

    /// The group's name in `language` (``VocabularyTerm/name(_:)``; kept for callers).
    public func name(language: String) -> String {
        name(String(language.prefix { $0 != "-" && $0 != "_" }).lowercased())
    }

    /// The language a buyer in `country` most likely works in (BCP 47 primary tag);
    /// nil for a country not in the table.
    public static func mainLanguage(of country: String) -> String? {
        mainLanguages[country.uppercased()]
    }

    private static let mainLanguages: [String: String] = {
        var table: [String: String] = [:]
        let groups: [(String, [String])] = [
            ("ar", ["AE", "BH", "SA", "OM", "QA", "KW", "EG", "JO", "LB", "IQ", "SY", "YE", "LY", "DZ", "MA", "TN"]),
            ("pt", ["BR", "PT", "MZ", "AO"]),
            ("es", ["AR", "CL", "PE", "CO", "VE", "UY", "PY", "BO", "EC", "MX", "ES", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO"]),
            ("en", ["IN", "US", "GB", "IE", "AU", "NZ", "CA", "ZA", "GH", "NG", "KE", "TZ", "JM", "TT", "SG", "GY", "SL", "PG"]),
            ("fr", ["FR", "BE", "LU", "GN", "CM", "SN", "CI", "NC"]),
            ("de", ["DE", "AT", "CH"]),
            ("is", ["IS"]), ("no", ["NO"]), ("sv", ["SE"]), ("fi", ["FI"]), ("da", ["DK"]),
            ("ur", ["PK"]), ("bn", ["BD"]), ("si", ["LK"]), ("ne", ["NP"]),
            ("zh", ["CN", "TW", "HK"]), ("ja", ["JP"]), ("ko", ["KR"]), ("mn", ["MN"]),
            ("ru", ["RU", "KZ", "KG", "BY"]), ("tg", ["TJ"]), ("uz", ["UZ"]), ("az", ["AZ"]),
            ("tr", ["TR"]), ("fa", ["IR"]), ("he", ["IL"]),
            ("id", ["ID"]), ("ms", ["MY", "BN"]), ("th", ["TH"]), ("vi", ["VN"]), ("fil", ["PH"]),
            ("it", ["IT"]), ("nl", ["NL", "SR"]), ("pl", ["PL"]), ("cs", ["CZ"]), ("sk", ["SK"]), ("hu", ["HU"]),
            ("ro", ["RO"]), ("bg", ["BG"]), ("sl", ["SI"]), ("hr", ["HR"]), ("el", ["GR", "CY"]), ("uk", ["UA"]),
        ]
        for (language, countries) in groups { for country in countries { table[country] = language } }
        return table
    }()
}
