// Public initialisers for values the decoders normally build, so that tools and
// tests can make small catalogues in code.

extension Taxonomy {
    /// A taxonomy from dotted ids alone (`smelting`, `smelting.carbon`,
    /// `smelting.carbon.rodding`): the level is the number of segments, the parent
    /// the id without its last segment; labels in English (and French when given as
    /// `"english|français"`). Parents must come before their children.
    public init(ids: [String], labels: [String: String] = [:]) {
        var nodes: [Node] = []
        var position: [String: Int] = [:]
        for id in ids {
            let segments = id.split(separator: ".")
            let parent = segments.count > 1 ? segments.dropLast().joined(separator: ".") : nil
            var text = LocalizedText()
            if let label = labels[id] {
                let parts = label.split(separator: "|", maxSplits: 1).map(String.init)
                text.set(parts[0], for: "en")
                if parts.count > 1 { text.set(parts[1], for: "fr") }
            }
            let level = Level(rawValue: min(segments.count, 3)) ?? .capability
            position[id] = nodes.count
            nodes.append(Node(id: id, level: level, parentID: parent, labels: text, keywords: [:], hsCodes: [], childIDs: [], line: 0))
            if let parent, let index = position[parent] { nodes[index].childIDs.append(id) }
        }
        self.init(nodes: nodes)
    }
}

extension Certification {
    /// A certificate of `scheme` valid from `validFrom` to `validUntil` (either open).
    public init(scheme: String, validFrom: CalendarDay?, validUntil: CalendarDay?) {
        self.init(scheme: scheme, number: nil, issuer: nil, validFrom: validFrom, validUntil: validUntil, line: 0)
    }
}
