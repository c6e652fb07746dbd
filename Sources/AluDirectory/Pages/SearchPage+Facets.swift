import AluCatalog
import AluLocalization

/// The facets column: each facet a list of links with counts. The capability facet is
/// the taxonomy as a tree: without a capability filter, the domains; with one, the
/// path from its domain down to it and its children (asking for an area finds its
/// capabilities), with a link back to every capability.
extension SearchPage {
    /// Values shown before the rest folds into a `details` element.
    static let shownValues = 8

    /// Whether any facet has a value to offer (none when nothing is found).
    var hasFacets: Bool {
        let f = result.facets
        return !f.capabilities.isEmpty || !f.regions.isEmpty || !f.kinds.isEmpty || !f.roles.isEmpty
            || !f.countries.isEmpty || !f.certifications.isEmpty || !f.languages.isEmpty
    }

    func facets(_ html: inout HTMLWriter) {
        guard hasFacets else { return }
        html.element("nav", [.init("class", "facets"), .init("id", "facets"), .init("aria-labelledby", "facets-heading")]) { nav in
            nav.element("h2", [.init("id", "facets-heading")], text: text("portal.facets"))
            capabilityTree(&nav)
            list(.region, result.facets.regions.map { (FacetValue.region($0.value), $0.count) }, &nav)
            list(.kind, result.facets.kinds.map { (FacetValue.kind($0.value), $0.count) }, &nav)
            list(.role, result.facets.roles.map { (FacetValue.role($0.value), $0.count) }, &nav)
            list(.country, result.facets.countries.map { (FacetValue.country($0.value), $0.count) }, &nav)
            list(.certification, result.facets.certifications.map { (FacetValue.certification($0.value), $0.count) }, &nav)
            list(.language, result.facets.languages.map { (FacetValue.language($0.value), $0.count) }, &nav)
        }
    }

    /// One facet's values, most frequent first; the chosen one is marked, not linked
    /// (its removal is among the active filters).
    func list(_ facet: DirectoryFacet, _ values: [(value: FacetValue, count: Int)], _ html: inout HTMLWriter) {
        guard !values.isEmpty else { return }
        let headingID = "facet-" + facet.rawValue
        html.element("section", [.init("class", "facet"), .init("aria-labelledby", headingID)]) { section in
            section.element("h3", [.init("id", headingID)], text: facetName(facet))
            let shown = values.prefix(Self.shownValues)
            let rest = values.dropFirst(Self.shownValues)
            section.element("ul") { ul in
                for entry in shown { item(entry.value, entry.count, &ul) }
            }
            if !rest.isEmpty {
                section.element("details") { details in
                    details.element("summary", text: text("portal.facet.more", ["count": String(rest.count)]))
                    details.element("ul") { ul in
                        for entry in rest { item(entry.value, entry.count, &ul) }
                    }
                }
            }
        }
    }

    /// A value with its count: a link setting it, or the chosen value marked current.
    func item(_ value: FacetValue, _ count: Int, _ html: inout HTMLWriter, children: ((inout HTMLWriter) -> Void)? = nil) {
        let chosen = query.facetValues.contains(value)
        html.element("li", [.init("class", chosen ? "chosen" : nil)]) { li in
            if chosen {
                li.element("span", [.init("class", "value"), .init("aria-current", "true")]) { self.value(value, &$0) }
            } else {
                li.element("a", [.init("href", href(query.setting(value)))]) { a in
                    a.element("span", [.init("class", "value")]) { self.value(value, &$0) }
                }
            }
            li.text(" ")
            li.element("span", [.init("class", "count")], text: String(count))
            children?(&li)
        }
    }

    /// Domains → areas → capabilities, opened along the chosen node's path only.
    func capabilityTree(_ html: inout HTMLWriter) {
        let taxonomy = directory.taxonomy
        let counts = result.facets.capabilities
        let path = query.capability.map { taxonomy.ancestors($0) + [$0] } ?? []
        let domains = taxonomy.domainIDs.filter { counts[$0, default: 0] > 0 || path.contains($0) }
        guard !domains.isEmpty else { return }
        html.element("section", [.init("class", "facet tree"), .init("aria-labelledby", "facet-capability")]) { section in
            section.element("h3", [.init("id", "facet-capability")], text: facetName(.capability))
            if query.capability != nil {
                section.element("p", [.init("class", "tree-root")]) { p in
                    p.element("a", [.init("href", href(query.clearing(.capability)))], text: text("portal.facet.all-capabilities"))
                }
            }
            // With a choice, only its domain is listed; without, every domain.
            let listed = path.isEmpty ? domains : domains.filter { path.contains($0) }
            nodes(listed, path: path, &section)
        }
    }

    private func nodes(_ ids: [String], path: [String], _ html: inout HTMLWriter) {
        let taxonomy = directory.taxonomy
        let counts = result.facets.capabilities
        html.element("ul") { ul in
            for id in ids {
                guard let node = taxonomy[id] else { continue }
                let onPath = path.contains(id)
                let chosen = path.last == id
                // Along the path, the next level down: the chosen node's children, or
                // the path's next node only.
                let children: [String]
                if chosen {
                    children = node.childIDs.filter { counts[$0, default: 0] > 0 }
                } else if onPath {
                    children = node.childIDs.filter { path.contains($0) }
                } else {
                    children = []
                }
                item(.capability(id), counts[id, default: 0], &ul, children: children.isEmpty ? nil : { li in
                    nodes(children, path: path, &li)
                })
            }
        }
    }
}
