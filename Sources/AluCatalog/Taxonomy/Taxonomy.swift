/// The capability tree: domain → area → capability, from `catalog/taxonomy.xml`.
public struct Taxonomy: Sendable {
    public enum Level: Int, Sendable, Hashable, Comparable, Codable {
        case domain = 1, area = 2, capability = 3
        public static func < (a: Level, b: Level) -> Bool { a.rawValue < b.rawValue }
    }

    public struct Node: Sendable, Hashable, Identifiable {
        public var id: String
        public var level: Level
        public var parentID: String?
        public var labels: LocalizedText
        /// Search terms by language.
        public var keywords: [String: [String]]
        /// Indicative HS 2022 subheadings.
        public var hsCodes: [String]
        public var childIDs: [String]
        public var line: Int

        /// The label in `language`, falling back to English then French.
        public func label(_ language: String) -> String {
            labels.resolved(language)?.text ?? id
        }
    }

    public var version: String
    /// Every node, in document order (depth first).
    public private(set) var nodes: [Node]
    private var index: [String: Int]
    /// Parent of each node, kept apart so walking up never copies a ``Node``.
    private var parentOf: [String: String]

    public init(version: String = "", nodes given: [Node]) {
        self.version = version
        var nodes = given
        var index: [String: Int] = [:]
        for (i, node) in nodes.enumerated() where index[node.id] == nil { index[node.id] = i }
        self.index = index
        // A broken taxonomy (a load reports its errors but still uses its tree) may repeat
        // an id below itself, `<domain id="a"><area id="a">`: a parent map from every node
        // then made `a` its own parent and `a` its own child, and walking up (a rule's
        // `isWithin`) or down (`subtree`) never ended. Parents come from each id's first
        // node, as the index does, and an id's children are the ids whose parent it is
        // (under any of its nodes, each once): a first node's parent is met before it in
        // document order, so every walk up or down ends, and both agree. A well-formed
        // taxonomy is unchanged.
        var parentOf: [String: String] = [:]
        for (i, node) in nodes.enumerated() where index[node.id] == i {
            if let parent = node.parentID, parent != node.id { parentOf[node.id] = parent }
        }
        var children: [String: [String]] = [:]
        for node in nodes {
            for child in node.childIDs where parentOf[child] == node.id && !(children[node.id]?.contains(child) ?? false) {
                children[node.id, default: []].append(child)
            }
        }
        for i in nodes.indices { nodes[i].childIDs = children[nodes[i].id] ?? [] }
        self.nodes = nodes
        self.parentOf = parentOf
    }

    public subscript(id: String) -> Node? { index[id].map { nodes[$0] } }

    public func contains(_ id: String) -> Bool { index[id] != nil }

    /// The level of `id`, nil when it is not in the taxonomy; reads the level in
    /// place rather than copying the node (rules ask this for every claim).
    public func level(of id: String) -> Level? { index[id].map { nodes[$0].level } }

    public var domains: [Node] { nodes.filter { $0.level == .domain } }
    /// The domains' ids, in document order, without copying their nodes.
    public var domainIDs: [String] { nodes.indices.compactMap { nodes[$0].level == .domain ? nodes[$0].id : nil } }

    /// `id` and every node below it.
    public func subtree(_ id: String) -> [String] {
        guard let node = self[id] else { return [] }
        return [id] + node.childIDs.flatMap { subtree($0) }
    }

    /// Ancestors of `id`, nearest first.
    public func ancestors(_ id: String) -> [String] {
        var result: [String] = []
        var current = parentOf[id]
        while let parent = current {
            result.append(parent)
            current = parentOf[parent]
        }
        return result
    }

    /// True when `id` is `ancestor` or lies below it.
    public func isWithin(_ id: String, _ ancestor: String) -> Bool {
        if id == ancestor { return true }
        var current = parentOf[id]
        while let parent = current {
            if parent == ancestor { return true }
            current = parentOf[parent]
        }
        return false
    }

    /// The domain a node belongs to.
    public func domain(of id: String) -> String? {
        guard let node = self[id] else { return nil }
        return node.level == .domain ? id : ancestors(id).last
    }

    /// The area (level 2) a node belongs to, or nil for a domain.
    public func area(of id: String) -> String? {
        guard let i = index[id] else { return nil }
        switch nodes[i].level {
        case .domain: return nil
        case .area: return id
        case .capability: return parentOf[id]
        }
    }
}
