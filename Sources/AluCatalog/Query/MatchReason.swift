import AluLocalization

/// One reason a supplier ranks where it does for a buyer need, as a value, so that
/// exporters can word it in the packet's languages (``text(language:)``).
public enum MatchReason: Sendable, Hashable {
    /// The supplier's claim that answers the need: the node, its labels, how it fits.
    case capability(fit: CapabilityFit, node: String, label: LocalizedText)
    /// Citable references in the buyer's country.
    case referencesInCountry(count: Int, country: String)
    /// Citable references elsewhere in the buyer's ``WorldRegion``.
    case referencesInRegion(count: Int, region: WorldRegion)
    case exportExperience(country: String)
    case pursuedMarket(country: String)
    /// A consented contact speaks the buyer country's main language.
    case speaksBuyerLanguage(String)
    /// Consented contacts speak these packet languages (the buyer's own excluded).
    case speaksPacketLanguages([String])
    /// Both at once, worded as one sentence with the buyer's language first.
    case speaksBuyerLanguageAnd(String, [String])
    /// A certificate valid over the whole mission.
    case certification(scheme: String, validUntil: CalendarDay?)
    /// Roles on the answering claim that mean on-site work abroad (install, maintain).
    case roles([Role])

    /// The reason as a whole sentence in `language` (any packet language; another
    /// falls back to English), worded by the `matchreason.*` messages of
    /// `AluLocalization`: countries and languages by their tables, the capability by
    /// the taxonomy's label in that language, counts in the language's plural forms.
    public func text(language: String) -> String {
        let lang = String(language.prefix { $0 != "-" && $0 != "_" }).lowercased()
        func say(_ key: String, _ values: [String: String] = [:]) -> String { Message(key, values).text(lang) }
        switch self {
        case .capability(let fit, let node, let label):
            let name = label.resolved(lang)?.text ?? node
            let variant = switch fit {
            case .exact: "exact"
            case .descendant: "descendant"
            case .parentArea: "parent-area"
            }
            return say("matchreason.capability." + variant, ["capability": name])
        case .referencesInCountry(let count, let country):
            return say(PluralCategory.key("matchreason.references-country", count: count, language: lang),
                       ["count": String(count), "country": CountryNames.name(country.uppercased(), lang)])
        case .referencesInRegion(let count, let region):
            return say(PluralCategory.key("matchreason.references-region", count: count, language: lang),
                       ["count": String(count), "region": say("matchreason.region." + region.rawValue)])
        case .exportExperience(let country):
            return say("matchreason.export-experience", ["country": CountryNames.name(country.uppercased(), lang)])
        case .pursuedMarket(let country):
            return say("matchreason.pursued-market", ["country": CountryNames.name(country.uppercased(), lang)])
        case .speaksBuyerLanguage(let code):
            return say("matchreason.speaks", ["languages": LanguageNames.name(code.lowercased(), lang)])
        case .speaksPacketLanguages(let codes):
            let names = codes.map { LanguageNames.name($0.lowercased(), lang) }
            return say("matchreason.speaks", ["languages": ListFormat.list(names, lang)])
        case .speaksBuyerLanguageAnd(let main, let codes):
            let names = ([main] + codes).map { LanguageNames.name($0.lowercased(), lang) }
            return say("matchreason.speaks", ["languages": ListFormat.list(names, lang)])
        case .certification(let scheme, let until):
            guard let until else { return say("matchreason.certification", ["scheme": scheme]) }
            let year = until.description.prefix(4), month = until.description.dropFirst(5).prefix(2)
            return say("matchreason.certification-until", ["scheme": scheme, "month": lang == "en" ? "\(year)-\(month)" : "\(month)/\(year)"])
        case .roles(let roles):
            switch Set(roles) {
            case [.install]: return say("matchreason.on-site.install")
            case [.maintain]: return say("matchreason.on-site.maintain")
            case [.install, .maintain]: return say("matchreason.on-site.install-maintain")
            default:
                let names = roles.sorted().map { VocabularyNames.name(family: "role", $0.rawValue, lang).lowercased() }
                return say("matchreason.on-site.roles", ["roles": ListFormat.list(names, lang)])
            }
        }
    }

    /// English text; what `alucat match` prints.
    public var text: String { text(language: "en") }

    /// Reasons as one line in `language`, joined as the language joins clauses (`؛` in Arabic).
    public static func line(_ reasons: [MatchReason], language: String) -> String {
        ListFormat.clauses(reasons.map { $0.text(language: language) }, language)
    }
}
