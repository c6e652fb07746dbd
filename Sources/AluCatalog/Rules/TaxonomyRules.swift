public import AluDiagnostics

/// Rules for the taxonomy file: ids unique and well nested, labels present.
public enum TaxonomyRules {
    public static let requiredLabelLanguages = ["fr", "en", "es", "ar"]

    public static func check(_ taxonomy: Taxonomy, file: String) -> [Diagnostic] {
        var sink = RuleSink(file: file)
        var seen: Set<String> = []
        for node in taxonomy.nodes {
            if !seen.insert(node.id).inserted {
                sink.error(node.line, "taxonomy id '\(node.id)' is used twice", "taxonomy.duplicate-id")
            }
            if let parent = node.parentID, !node.id.hasPrefix(parent + ".") {
                sink.error(node.line, "taxonomy id '\(node.id)' must begin with its parent's id '\(parent).'", "taxonomy.nesting")
            }
            for language in requiredLabelLanguages where (node.labels[language] ?? "").isEmpty {
                sink.error(node.line, "'\(node.id)' has no label in '\(language)'", "taxonomy.label")
            }
            for code in node.hsCodes {
                sink.check(FieldForms.hsCode(code), line: node.line, code: "taxonomy.hs")
            }
        }
        return sink.diagnostics
    }
}
