import AluXML

/// Builds a ``Taxonomy`` from the tree of `taxonomy.xml`.
enum TaxonomyDecoder {
    static func decode(_ root: XMLElement) -> Taxonomy {
        var nodes: [Taxonomy.Node] = []
        func visit(_ element: XMLElement, level: Taxonomy.Level, parent: String?) {
            guard let id = element[attribute: "id"] else { return }
            var labels = LocalizedText()
            var keywords: [String: [String]] = [:]
            for label in element.children("label") {
                labels.set(label.trimmedText, for: label.language ?? "")
            }
            for group in element.children("keywords") {
                keywords[group.language ?? "", default: []] += group.text
                    .split(separator: ";").map { $0.trimmingCharacters() }.filter { !$0.isEmpty }
            }
            let childName: String? = switch level {
            case .domain: "area"
            case .area: "capability"
            case .capability: nil
            }
            let children = childName.map { element.children($0) } ?? []
            nodes.append(Taxonomy.Node(
                id: id, level: level, parentID: parent, labels: labels, keywords: keywords,
                hsCodes: element.children("hs").map(\.trimmedText),
                childIDs: children.compactMap { $0[attribute: "id"] }, line: element.line))
            if let next = Taxonomy.Level(rawValue: level.rawValue + 1) {
                for child in children { visit(child, level: next, parent: id) }
            }
        }
        for domain in root.children("domain") { visit(domain, level: .domain, parent: nil) }
        return Taxonomy(version: root[attribute: "version"] ?? "", nodes: nodes)
    }
}

extension Substring {
    func trimmingCharacters() -> String { String(self).trimmingXMLWhitespace() }
}
