import Foundation

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
    /// A certificate valid over the whole mission.
    case certification(scheme: String, validUntil: CalendarDay?)
    /// Roles on the answering claim that mean on-site work abroad (install, maintain).
    case roles([Role])

    /// The reason as a short phrase in `language`: English and French are worded;
    /// any other language gets English with that language's country and language names.
    public func text(language: String) -> String {
        let french = language.lowercased().hasPrefix("fr")
        switch self {
        case .capability(let fit, let node, let label):
            let name = label.resolved(french ? "fr" : "en")?.text ?? node
            switch fit {
            case .exact: return french ? "\(name), correspondance exacte" : "\(name), exact"
            case .descendant: return french ? "\(name), dans le domaine demandé" : "\(name), within the need"
            case .parentArea: return french ? "\(name), le secteur du besoin" : "\(name), the need's area"
            }
        case .referencesInCountry(let count, let country):
            let place = Self.countryName(country, language: language)
            return french
                ? "\(count) référence\(count > 1 ? "s" : "") citable\(count > 1 ? "s" : "") (\(place))"
                : "\(count) reference\(count > 1 ? "s" : "") in \(place)"
        case .referencesInRegion(let count, let region):
            return french
                ? "\(count) référence\(count > 1 ? "s" : "") ailleurs dans \(region.name(language: "fr"))"
                : "\(count) reference\(count > 1 ? "s" : "") elsewhere in \(region.name(language: "en"))"
        case .exportExperience(let country):
            let place = Self.countryName(country, language: language)
            return french ? "a déjà exporté (\(place))" : "has exported to \(place)"
        case .pursuedMarket(let country):
            let place = Self.countryName(country, language: language)
            return french ? "marché visé (\(place))" : "pursues \(place)"
        case .speaksBuyerLanguage(let code):
            return (french ? "parle " : "speaks ") + Self.languageName(code, language: language)
        case .speaksPacketLanguages(let codes):
            let names = codes.map { Self.languageName($0, language: language) }
            return (french ? "parle " : "speaks ") + names.joined(separator: french ? ", " : ", ")
        case .certification(let scheme, let until):
            guard let until else { return french ? "\(scheme) valide" : "\(scheme) valid" }
            let month = String(until.description.prefix(7))
            return french ? "\(scheme) valide jusqu'en \(month)" : "\(scheme) valid to \(month)"
        case .roles(let roles):
            let words = roles.map { Self.roleWord($0, french: french) }
            return french
                ? words.joined(separator: " et ") + " sur place"
                : words.joined(separator: " and ") + " on site"
        }
    }

    /// English text; what `alucat match` prints.
    public var text: String { text(language: "en") }

    static func countryName(_ code: String, language: String) -> String {
        Locale(identifier: language).localizedString(forRegionCode: code.uppercased()) ?? code.uppercased()
    }

    static func languageName(_ code: String, language: String) -> String {
        Locale(identifier: language).localizedString(forLanguageCode: code) ?? code
    }

    static func roleWord(_ role: Role, french: Bool) -> String {
        switch role {
        case .install: french ? "installe" : "installs"
        case .maintain: french ? "entretient" : "maintains"
        case .design: french ? "conçoit" : "designs"
        case .manufacture: french ? "fabrique" : "manufactures"
        case .supply: french ? "fournit" : "supplies"
        }
    }
}
