/// A search of the catalogue's suppliers: every filter is optional, and a supplier
/// must pass all that are set.
///
/// - ``capability``: a taxonomy id of any level. A supplier passes when one of its
///   claims is that node or lies below it (`smelting.carbon` finds a
///   `smelting.carbon.rodding` claim), or — when the id is a capability, a leaf — when
///   it claims that capability's area. Hits are ranked by ``CapabilityFit``: exact
///   claims first, then claims below, then area-only claims; by id within each.
/// - ``region``: the supplier's administrative region.
/// - ``kind``: the kind of organisation.
/// - ``country``: an ISO 3166-1 alpha-2 code found in the export experience, or in
///   the pursued markets unless ``experienceOnly``.
/// - ``certification``: a scheme (see ``Certification/hasScheme(_:)``) held with a
///   certificate valid on ``validOn``.
/// - ``language``: spoken by a contact who consented to be published.
/// - ``role``: played on at least one of the supplier's capability claims.
/// - ``text``: words that must all start a word of the legal or operating name, a
///   description in any language, or a French or English label or keyword of a
///   claimed taxonomy node; accents, case and ligatures do not matter.
///
/// Without a capability filter, hits come sorted by supplier id.
public struct SupplierQuery: Sendable, Hashable {
    public var capability: String?
    public var region: QuebecRegion?
    public var kind: SupplierKind?
    public var country: String?
    public var experienceOnly: Bool
    public var certification: String?
    public var validOn: CalendarDay
    public var language: String?
    public var text: String?
    public var role: Role?

    public init(
        capability: String? = nil, region: QuebecRegion? = nil, kind: SupplierKind? = nil,
        country: String? = nil, experienceOnly: Bool = false, certification: String? = nil,
        validOn: CalendarDay = .today(), language: String? = nil, text: String? = nil, role: Role? = nil
    ) {
        self.capability = capability
        self.region = region
        self.kind = kind
        self.country = country
        self.experienceOnly = experienceOnly
        self.certification = certification
        self.validOn = validOn
        self.language = language
        self.text = text
        self.role = role
    }

    /// One supplier that passed, with how it answered the capability filter.
    public struct Hit: Sendable, Hashable {
        public var supplier: Supplier
        /// Nil when the query has no capability filter.
        public var capabilityFit: CapabilityFit?
        /// The supplier's claims that answered the capability filter, in document order.
        public var matchedCapabilities: [String]
    }

    /// The catalogue's suppliers that pass every filter, ranked as described above
    /// (valid entries only: a ``Catalog`` holds no other).
    public func run(_ catalog: Catalog) -> [Hit] {
        run(catalog.suppliers, taxonomy: catalog.taxonomy)
    }

    /// The suppliers of `suppliers` that pass every filter; for fixtures and for
    /// suppliers already taken from a ``Catalog``.
    package func run(_ suppliers: [Supplier], taxonomy: Taxonomy) -> [Hit] {
        let words = text.map(SearchText.words) ?? []
        let vocabulary = words.isEmpty ? [:] : Self.nodeWords(taxonomy)
        let hits = suppliers.compactMap { evaluate($0, taxonomy: taxonomy, words: words, nodeWords: vocabulary) }
        return hits.sorted {
            let a = $0.capabilityFit?.rawValue ?? 0, b = $1.capabilityFit?.rawValue ?? 0
            return a != b ? a > b : $0.supplier.id < $1.supplier.id
        }
    }

    /// `supplier` as a hit, or nil when a filter rejects it.
    public func evaluate(_ supplier: Supplier, taxonomy: Taxonomy) -> Hit? {
        let words = text.map(SearchText.words) ?? []
        return evaluate(supplier, taxonomy: taxonomy, words: words, nodeWords: words.isEmpty ? [:] : Self.nodeWords(taxonomy))
    }

    private func evaluate(_ supplier: Supplier, taxonomy: Taxonomy, words: [String], nodeWords: [String: Set<String>]) -> Hit? {
        var fit: CapabilityFit?
        var matched: [String] = []
        if let capability {
            for claim in supplier.capabilities {
                guard let claimFit = taxonomy.fit(claim: claim.taxonomyID, for: capability) else { continue }
                matched.append(claim.taxonomyID)
                fit = max(fit ?? claimFit, claimFit)
            }
            guard fit != nil else { return nil }
        }
        if let region, supplier.address.region != region { return nil }
        if let kind, supplier.kind != kind { return nil }
        if let country {
            let code = country.uppercased()
            let markets = experienceOnly ? supplier.exportExperience : supplier.exportExperience + supplier.targetMarkets
            guard markets.contains(where: { $0.uppercased() == code }) else { return nil }
        }
        if let certification {
            guard supplier.certifications.contains(where: { $0.hasScheme(certification) && $0.isValid(on: validOn) }) else { return nil }
        }
        if let language, !supplier.speaks(language) { return nil }
        if let role, !supplier.capabilities.contains(where: { $0.roles.contains(role) }) { return nil }
        if !words.isEmpty {
            var haystack = Set(Self.words(of: supplier))
            for claim in supplier.capabilities { haystack.formUnion(nodeWords[claim.taxonomyID] ?? []) }
            guard words.allSatisfy({ word in haystack.contains { $0.hasPrefix(word) } }) else { return nil }
        }
        return Hit(supplier: supplier, capabilityFit: fit, matchedCapabilities: matched)
    }

    /// The searchable words of the entry itself: names and every description.
    static func words(of supplier: Supplier) -> [String] {
        var text = supplier.legalName + " " + (supplier.operatingName ?? "")
        for entry in supplier.descriptions.entries { text += " " + entry.text }
        return SearchText.words(text)
    }

    /// The French and English labels and keywords of every node, as folded words.
    static func nodeWords(_ taxonomy: Taxonomy) -> [String: Set<String>] {
        var result: [String: Set<String>] = [:]
        for node in taxonomy.nodes {
            var text = ""
            for language in ["fr", "en"] {
                text += " " + (node.labels[language] ?? "")
                text += " " + (node.keywords[language] ?? []).joined(separator: " ")
            }
            result[node.id] = Set(SearchText.words(text))
        }
        return result
    }
}

extension Certification {
    /// `scheme` as ``hasScheme(_:)`` compares it: folded, trimmed. An index keys its
    /// certificates by ``schemeKeys`` and looks a wanted scheme up by this.
    package static func schemeKey(_ scheme: String) -> String {
        SearchText.fold(scheme).trimmingWhitespace
    }

    /// Every ``schemeKey(_:)`` this certificate answers through ``hasScheme(_:)``: its own
    /// scheme and each part of it before a colon (`iso 9001:2015` and `iso 9001`).
    package var schemeKeys: [String] {
        let own = Self.schemeKey(scheme)
        var keys = [own]
        let bytes = Array(own.utf8)
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: ":") {
            let prefix = String(decoding: bytes[..<offset], as: UTF8.self)
            if own.hasPrefix(prefix + ":"), !keys.contains(prefix) { keys.append(prefix) }
        }
        return keys
    }
}

extension Supplier {
    /// Every lower-cased wanted language that ``speaks(_:)`` answers: each published
    /// language and its primary subtag (`pt-br` and `pt`), for an index to key by.
    package var spokenLanguageKeys: [String] {
        var keys: [String] = []
        for spoken in publishedLanguages {
            for key in [spoken, spoken.split(separator: "-").first.map(String.init)].compactMap({ $0 })
            where Self.language(spoken, answers: key) && !keys.contains(key) {
                keys.append(key)
            }
        }
        return keys
    }
}
