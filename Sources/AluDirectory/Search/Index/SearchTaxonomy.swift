import AluCatalog

/// What the index needs of the taxonomy, worked out once per taxonomy: the words of
/// each node, and for each claim, every node id it answers with its ``CapabilityFit``.
struct SearchTaxonomy: Sendable {
    let taxonomy: Taxonomy
    /// The folded words of each node's French and English labels and keywords, as
    /// ``SupplierQuery`` searches them.
    let nodeWords: [String: [String]]
    /// Area id → the capabilities directly below it: the wanted ids a claim on the area
    /// answers with ``CapabilityFit/parentArea``.
    private let capabilitiesOfArea: [String: [String]]

    init(_ taxonomy: Taxonomy) {
        self.taxonomy = taxonomy
        var nodeWords: [String: [String]] = [:]
        for node in taxonomy.nodes {
            var text = ""
            for language in ["fr", "en"] {
                text += " " + (node.labels[language] ?? "")
                text += " " + (node.keywords[language] ?? []).joined(separator: " ")
            }
            var seen: Set<String> = []
            nodeWords[node.id] = SearchText.words(text).filter { seen.insert($0).inserted }
        }
        self.nodeWords = nodeWords
        var capabilitiesOfArea: [String: [String]] = [:]
        var seen: Set<String> = []
        for listed in taxonomy.nodes where seen.insert(listed.id).inserted {
            // `Taxonomy.fit` reads the node an id resolves to (the first of that id).
            guard let node = taxonomy[listed.id], node.level == .capability, let parent = node.parentID,
                  taxonomy.level(of: parent) == .area
            else { continue }
            capabilitiesOfArea[parent, default: []].append(node.id)
        }
        self.capabilitiesOfArea = capabilitiesOfArea
    }

    /// Every wanted id that one of `claims` answers (``Taxonomy/fit(claim:for:)`` is not
    /// nil), with the best fit among the claims, sorted by id.
    func fits(of claims: [CapabilityClaim]) -> [(id: String, fit: CapabilityFit)] {
        var best: [String: CapabilityFit] = [:]
        func raise(_ id: String, _ fit: CapabilityFit) {
            if let current = best[id], current >= fit { return }
            best[id] = fit
        }
        for claim in claims {
            let id = claim.taxonomyID
            raise(id, .exact)
            guard let level = taxonomy.level(of: id) else { continue }
            for ancestor in taxonomy.ancestors(id) where taxonomy.contains(ancestor) { raise(ancestor, .descendant) }
            if level == .area { for capability in capabilitiesOfArea[id] ?? [] { raise(capability, .parentArea) } }
        }
        return best.map { (id: $0.key, fit: $0.value) }.sorted { $0.id < $1.id }
    }
}
