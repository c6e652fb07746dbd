public import AluCatalog

extension Translations {
    /// A taxonomy node's label in this language, and whether it is the English
    /// fallback (then the caller shows ``Label/inEnglish``).
    ///
    /// `catalog/taxonomy.xml` labels every node in fr, en, es, ar and pt (Brazilian
    /// usage), so the fallback only shows for a taxonomy edited without them.
    public func taxonomyLabel(_ node: Taxonomy.Node) -> (text: String, isFallback: Bool) {
        if let text = node.labels[language], !text.isEmpty { return (text, false) }
        guard let resolved = node.labels.resolved("en") else { return (node.id, language != "en") }
        return (resolved.text, resolved.language != language)
    }

    /// The label, followed by the marker when it is a fallback.
    public func markedTaxonomyLabel(_ node: Taxonomy.Node) -> String {
        let (text, isFallback) = taxonomyLabel(node)
        return isFallback ? text + " " + label(.inEnglish) : text
    }
}
