public import AluCatalog

/// What a buyer asks the public directory: the filters of `alucat find` (see
/// ``SupplierQuery``), one value per facet, and a page.
///
/// Every field maps to one URL query parameter (see ``DirectoryQuery/parameters``),
/// so each state of the directory is a plain, shareable URL.
public struct DirectoryQuery: Sendable, Hashable {
    /// Words that must all start a word of the names, descriptions, or the labels and
    /// keywords of the claimed capabilities; accents and case do not matter.
    public var text: String?
    /// A taxonomy id of any level (asking for an area finds its capabilities).
    public var capability: String?
    public var region: QuebecRegion?
    public var kind: SupplierKind?
    /// ISO 3166-1 alpha-2, upper case: export experience or pursued market.
    public var country: String?
    /// A certification scheme held with a certificate valid on the directory's day.
    public var certification: String?
    /// A language spoken by a consented contact (BCP 47, lower case).
    public var language: String?
    /// A role the supplier plays on at least one of its capability claims.
    public var role: Role?
    /// 1-based.
    public var page: Int
    public var pageSize: Int

    public static let defaultPageSize = 20
    public static let maximumPageSize = 100

    public init(
        text: String? = nil, capability: String? = nil, region: QuebecRegion? = nil, kind: SupplierKind? = nil,
        country: String? = nil, certification: String? = nil, language: String? = nil, role: Role? = nil,
        page: Int = 1, pageSize: Int = DirectoryQuery.defaultPageSize
    ) {
        self.text = text
        self.capability = capability
        self.region = region
        self.kind = kind
        self.country = country
        self.certification = certification
        self.language = language
        self.role = role
        self.page = page
        self.pageSize = pageSize
    }

    /// The facets this query filters on.
    public var facets: Set<DirectoryFacet> {
        var result: Set<DirectoryFacet> = []
        if capability != nil { result.insert(.capability) }
        if region != nil { result.insert(.region) }
        if kind != nil { result.insert(.kind) }
        if country != nil { result.insert(.country) }
        if certification != nil { result.insert(.certification) }
        if language != nil { result.insert(.language) }
        if role != nil { result.insert(.role) }
        return result
    }

    /// The query without `facet`'s filter: what that facet's counts are computed on.
    public func removing(_ facet: DirectoryFacet) -> DirectoryQuery {
        var copy = self
        switch facet {
        case .capability: copy.capability = nil
        case .region: copy.region = nil
        case .kind: copy.kind = nil
        case .country: copy.country = nil
        case .certification: copy.certification = nil
        case .language: copy.language = nil
        case .role: copy.role = nil
        }
        return copy
    }

    /// The positions of ``page`` among `total` ranked hits: ``pageSize`` of them (at
    /// least one), empty past the end, however large the page number.
    public func pageRange(total: Int) -> Range<Int> {
        let size = max(1, pageSize)
        let (start, overflow) = (max(1, page) - 1).multipliedReportingOverflow(by: size)
        guard !overflow, start < total else { return total..<total }
        return start..<(total - start <= size ? total : start + size)
    }

    /// The same filters as ``SupplierQuery`` understands them: the directory's filters are
    /// exactly `alucat find`'s (without `--experience-only`).
    public func supplierQuery(validOn day: CalendarDay) -> SupplierQuery {
        SupplierQuery(
            capability: capability, region: region, kind: kind, country: country, experienceOnly: false,
            certification: certification, validOn: day, language: language, text: text, role: role)
    }
}

/// A dimension of the directory a buyer can narrow by, with counts.
public enum DirectoryFacet: String, Sendable, Hashable, CaseIterable {
    case capability, region, kind, country, certification, language, role
}
