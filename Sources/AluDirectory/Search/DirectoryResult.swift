public import AluCatalog

/// One page of the suppliers that answer a ``DirectoryQuery``, with the facet counts.
public struct DirectoryResult: Sendable {
    public var query: DirectoryQuery
    /// The hits of ``DirectoryQuery/page`` (empty when the page is past the end).
    public var hits: [DirectoryHit]
    public var facets: DirectoryFacets
    /// Every supplier that answers, as positions in `idTable`, in rank order. A search
    /// page reads only `total`: copying thousands of ids (a retain each) for it was a
    /// tenth of a search's time, so they are looked up when ``ids`` is read.
    private let ranked: [Int32]
    private let idTable: [String]

    /// Every supplier that answers, in rank order: relevance, then name, then id.
    public var ids: [String] { ranked.map { idTable[Int($0)] } }
    public var total: Int { ranked.count }
    public var pageCount: Int { max(1, (total + query.pageSize - 1) / query.pageSize) }

    public init(query: DirectoryQuery, ids: [String], hits: [DirectoryHit], facets: DirectoryFacets) {
        self.init(query: query, ranked: (0..<Int32(ids.count)).map { $0 }, idTable: ids, hits: hits, facets: facets)
    }

    /// The result whose `k`-th supplier is `idTable[ranked[k]]`.
    init(query: DirectoryQuery, ranked: [Int32], idTable: [String], hits: [DirectoryHit], facets: DirectoryFacets) {
        self.query = query
        self.ranked = ranked
        self.idTable = idTable
        self.hits = hits
        self.facets = facets
    }
}

/// One supplier on a result page: its public copy and why it ranks where it does.
public struct DirectoryHit: Sendable, Hashable {
    /// What may be published of the entry: ``Supplier/publicCopy(on:)``.
    public var supplier: Supplier
    /// How its claims answer the capability filter; nil without one.
    public var capabilityFit: CapabilityFit?
    /// Its claims that answered the capability filter, in document order.
    public var matchedCapabilities: [String]
    /// Higher ranks first; see ``DirectoryRanking``.
    public var score: Int
}

/// A facet value and how many suppliers the query would find with it chosen instead
/// (counts of a facet ignore that facet's own filter, so every value stays reachable).
public struct FacetCount<Value: Sendable & Hashable>: Sendable, Hashable {
    public var value: Value
    public var count: Int
    public init(value: Value, count: Int) {
        self.value = value
        self.count = count
    }
}

/// The counts of every facet for one query. Values with a count of zero are left out;
/// lists are sorted by count (highest first), then value.
public struct DirectoryFacets: Sendable, Hashable {
    /// Taxonomy node id → suppliers the query would find with `capability` set to it
    /// (every level of the tree; a parent's count is not the sum of its children's).
    public var capabilities: [String: Int] = [:]
    public var regions: [FacetCount<QuebecRegion>] = []
    public var kinds: [FacetCount<SupplierKind>] = []
    /// ISO 3166-1 alpha-2 codes, upper case.
    public var countries: [FacetCount<String>] = []
    /// Schemes without their edition (`ISO 9001` for `ISO 9001:2015`), as first written.
    public var certifications: [FacetCount<String>] = []
    /// Lower-case BCP 47 tags of consented contacts' languages.
    public var languages: [FacetCount<String>] = []
    public var roles: [FacetCount<Role>] = []
    public init() {}
}

/// How hits are ranked: the capability fit first, then how well the words matched.
///
/// `score = fit × 100 + Σ over the query's words of the best place the word starts a
/// word: 3 in a name, 2 in a claimed capability's label or keyword, 1 in a description`.
/// Equal scores sort by the folded display name, then by id.
public enum DirectoryRanking {
    public static let nameWeight = 3
    public static let capabilityWeight = 2
    public static let descriptionWeight = 1
    public static let fitWeight = 100
}
