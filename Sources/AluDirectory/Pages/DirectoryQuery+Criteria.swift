public import AluCatalog
import AluLocalization

extension DirectoryQuery {
    /// The query's text and filters as plain words in `language` — each a facet's
    /// name and its value, the same names the search page shows — for what is not a
    /// page: a downloaded brochure's cover says which search it holds.
    public func criteria(taxonomy: Taxonomy, language: PortalLanguage) -> [(label: String, value: String)] {
        let code = language.rawValue
        func name(_ facet: String) -> String { Message("portal.facet." + facet).text(code) }
        var criteria: [(label: String, value: String)] = []
        if let text, !text.isEmpty { criteria.append((name("text"), text)) }
        for value in facetValues {
            let shown: String = switch value {
            case .capability(let id): taxonomy[id]?.labels.resolved(code)?.text ?? id
            case .region(let region): region.rawValue
            case .kind(let kind): VocabularyNames.name(family: "kind", kind.rawValue, code)
            case .country(let country): CountryNames.name(country, code)
            case .certification(let scheme): scheme
            case .language(let tag): LanguageNames.name(tag, code)
            case .role(let role): VocabularyNames.name(family: "role", role.rawValue, code)
            }
            criteria.append((name(value.facet.rawValue), shown))
        }
        return criteria
    }
}
