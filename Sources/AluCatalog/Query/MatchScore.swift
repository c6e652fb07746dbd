/// How well one supplier answers one buyer need: a sum of points, higher is better.
///
/// ```
/// score = fit + references + market + languages + certifications + roles
///
/// fit             exact claim 50 | claim below the need 40 | claim on the need's area 25
///                 (no fit: the supplier is not listed for the need at all)
/// references      10 per citable reference in the buyer's country (at most 3 counted)
///                 + 4 per citable reference elsewhere in the buyer's world region (at most 3)
/// market          8 when the supplier has exported to the buyer's country,
///                 else 3 when that country is a market it pursues
/// languages       8 when a consented contact speaks the buyer country's main language,
///                 + 2 per other packet language consented contacts speak (at most 4)
/// certifications  2 per certificate valid over the whole mission (at most 6)
/// roles           2 for `install`, 2 for `maintain` on the claim that fits
///                 (on-site work abroad is what a distant buyer lacks)
/// ```
///
/// The maximum is 50 + 30 + 12 + 8 + 12 + 6 + 4 = 122. The fit dominates: a worse
/// fit can overtake a better one only with references, market and languages
/// together. The need's priority weighs nothing; it is carried through for display.
/// Equal scores are ordered by supplier id, so rankings are reproducible.
public struct MatchScore: Sendable, Hashable, Codable {
    public var fit: Int
    public var references: Int
    public var market: Int
    public var languages: Int
    public var certifications: Int
    public var roles: Int

    public var total: Int { fit + references + market + languages + certifications + roles }

    public init(fit: Int = 0, references: Int = 0, market: Int = 0, languages: Int = 0, certifications: Int = 0, roles: Int = 0) {
        self.fit = fit
        self.references = references
        self.market = market
        self.languages = languages
        self.certifications = certifications
        self.roles = roles
    }

    /// The weights of the formula above.
    public enum Weight {
        public static func fit(_ fit: CapabilityFit) -> Int {
            switch fit {
            case .exact: 50
            case .descendant: 40
            case .parentArea: 25
            }
        }
        public static let referenceInCountry = 10
        public static let referenceInRegion = 4
        public static let referencesCounted = 3
        public static let exportExperience = 8
        public static let pursuedMarket = 3
        public static let buyerLanguage = 8
        public static let packetLanguage = 2
        public static let packetLanguagesCap = 4
        public static let certification = 2
        public static let certificationsCounted = 3
        public static let onSiteRole = 2
    }
}
