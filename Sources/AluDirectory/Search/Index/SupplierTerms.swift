import AluCatalog

/// What the search needs of one supplier's public copy: worked out once per entry
/// (folding text is the costly part), in parallel batches, numbered in its batch's
/// tables, then renumbered into the index's tables as ``SupplierFeatures``.
struct SupplierTerms: Sendable {
    /// Each distinct folded word (numbered in its batch's ``BatchTables/words``) with its
    /// best weight (``DirectoryRanking``): 3 in a name, 2 in a claimed node's label or
    /// keyword, 1 in a description.
    var words: [Int32]
    var weights: [UInt8]
    /// Per facet (``DirectoryFacet/slot``), the filter keys the supplier passes (numbered
    /// in the batch's ``BatchTables/terms``): the query's value, normalised as
    /// ``FacetKeys`` does, must be one of them.
    var keys: [[Int32]]
    /// Per facet, the values the supplier counts for (batch numbers).
    var values: [[Int32]]
    /// The fit of each capability key, in the order of `keys[capability]`.
    var fits: [CapabilityFit]
    /// The folded display name, the first sort key after the score.
    var sortName: String

    init(_ supplier: Supplier, taxonomy: SearchTaxonomy, day: CalendarDay, batch: inout BatchTables) {
        batch.add(batch.folder.words(supplier.legalName + " " + (supplier.operatingName ?? "")), weight: UInt8(DirectoryRanking.nameWeight))
        for claim in supplier.capabilities {
            for word in batch.nodeWords(claim.taxonomyID, taxonomy: taxonomy) { batch.add(word, weight: UInt8(DirectoryRanking.capabilityWeight)) }
        }
        batch.add(batch.folder.words(supplier.descriptions.entries.map(\.text).joined(separator: " ")), weight: UInt8(DirectoryRanking.descriptionWeight))
        (words, weights) = batch.takeWords()

        var keys = Array(repeating: [String](), count: DirectoryFacet.allCases.count)
        var values = keys
        let fitted = taxonomy.fits(of: supplier.capabilities)
        keys[DirectoryFacet.capability.slot] = fitted.map(\.id)
        fits = fitted.map(\.fit)
        values[DirectoryFacet.capability.slot] = fitted.map(\.id).filter { taxonomy.taxonomy.contains($0) }
        if let region = supplier.address.region { keys[DirectoryFacet.region.slot] = [FacetKeys.region(region)] }
        if let kind = supplier.kind { keys[DirectoryFacet.kind.slot] = [FacetKeys.kind(kind)] }
        keys[DirectoryFacet.country.slot] = Self.distinct((supplier.exportExperience + supplier.targetMarkets).map(FacetKeys.country))
        let certificates = supplier.certifications.filter { $0.isValid(on: day) }
        keys[DirectoryFacet.certification.slot] = Self.distinct(certificates.flatMap(\.schemeKeys))
        values[DirectoryFacet.certification.slot] = Self.distinct(certificates.map(\.schemeWithoutEdition))
        keys[DirectoryFacet.language.slot] = supplier.spokenLanguageKeys
        values[DirectoryFacet.language.slot] = supplier.publishedLanguages
        keys[DirectoryFacet.role.slot] = Self.distinct(supplier.capabilities.flatMap(\.roles)).sorted().map(FacetKeys.role)
        for facet in [DirectoryFacet.region, .kind, .country, .role] { values[facet.slot] = keys[facet.slot] }
        self.keys = keys.map { $0.map { batch.terms.number($0) } }
        self.values = values.map { $0.map { batch.terms.number($0) } }
        sortName = batch.folder.fold(supplier.displayName)
    }

    /// `items` without repeats, in first-seen order.
    static func distinct<T: Hashable>(_ items: [T]) -> [T] {
        var seen: Set<T> = []
        return items.filter { seen.insert($0).inserted }
    }
}

/// How a facet's value is written as a key, on both sides: what a supplier passes, and
/// what a query asks for. Each mirrors the comparison ``SupplierQuery`` makes.
enum FacetKeys {
    static func region(_ region: QuebecRegion) -> String { region.rawValue }
    static func kind(_ kind: SupplierKind) -> String { kind.rawValue }
    static func role(_ role: Role) -> String { role.rawValue }
    /// Countries compare upper-cased.
    static func country(_ code: String) -> String { code.uppercased() }
    /// Languages compare lower-cased (``Supplier/spokenLanguageKeys`` holds the primary subtags too).
    static func language(_ tag: String) -> String { tag.lowercased() }
    /// Schemes compare folded and trimmed (``Certification/schemeKeys`` holds the editionless parts too).
    static func certification(_ scheme: String) -> String { Certification.schemeKey(scheme) }

    /// The key `query` asks for in `facet`; nil when it does not filter on it.
    static func key(_ query: DirectoryQuery, _ facet: DirectoryFacet) -> String? {
        switch facet {
        case .capability: query.capability
        case .region: query.region.map(region)
        case .kind: query.kind.map(kind)
        case .country: query.country.map(country)
        case .certification: query.certification.map(certification)
        case .language: query.language.map(language)
        case .role: query.role.map(role)
        }
    }
}

extension DirectoryFacet {
    /// The facet's position in ``allCases``: its column in the index, its bit in a mask.
    var slot: Int {
        switch self {
        case .capability: 0
        case .region: 1
        case .kind: 2
        case .country: 3
        case .certification: 4
        case .language: 5
        case .role: 6
        }
    }
}
