public import AluCatalog

/// One value of one facet: what a facet link sets.
public enum FacetValue: Sendable, Hashable {
    case capability(String)
    case region(QuebecRegion)
    case kind(SupplierKind)
    case country(String)
    case certification(String)
    case language(String)
    case role(Role)

    public var facet: DirectoryFacet {
        switch self {
        case .capability: .capability
        case .region: .region
        case .kind: .kind
        case .country: .country
        case .certification: .certification
        case .language: .language
        case .role: .role
        }
    }
}

/// The queries the search page links to. Each changes the result set, so each goes
/// back to page 1 (page N of another result set means nothing).
extension DirectoryQuery {
    /// This query with `value`'s facet set to it.
    public func setting(_ value: FacetValue) -> DirectoryQuery {
        var copy = self
        switch value {
        case .capability(let id): copy.capability = id
        case .region(let region): copy.region = region
        case .kind(let kind): copy.kind = kind
        case .country(let code): copy.country = code
        case .certification(let scheme): copy.certification = scheme
        case .language(let tag): copy.language = tag
        case .role(let role): copy.role = role
        }
        copy.page = 1
        return copy
    }

    /// This query without `facet`'s filter, on page 1.
    public func clearing(_ facet: DirectoryFacet) -> DirectoryQuery {
        var copy = removing(facet)
        copy.page = 1
        return copy
    }

    /// This query without the text, on page 1.
    public func clearingText() -> DirectoryQuery {
        var copy = self
        copy.text = nil
        copy.page = 1
        return copy
    }

    /// No text and no filter; the page size kept.
    public func clearingAll() -> DirectoryQuery {
        DirectoryQuery(pageSize: pageSize)
    }

    /// This query on page `number`.
    public func onPage(_ number: Int) -> DirectoryQuery {
        var copy = self
        copy.page = number
        return copy
    }

    /// The value of each facet this query filters on, in ``DirectoryFacet`` order.
    public var facetValues: [FacetValue] {
        var values: [FacetValue] = []
        if let capability { values.append(.capability(capability)) }
        if let region { values.append(.region(region)) }
        if let kind { values.append(.kind(kind)) }
        if let country { values.append(.country(country)) }
        if let certification { values.append(.certification(certification)) }
        if let language { values.append(.language(language)) }
        if let role { values.append(.role(role)) }
        return values
    }
}
