public import AluDiagnostics
import AluLocalization

/// Rules for the taxonomy file: ids unique and well nested, labels present.
/// Fields are `nodes[i]` in the order of ``Taxonomy/nodes``.
public enum TaxonomyRules {
    public static let requiredLabelLanguages = ["fr", "en", "es", "ar", "pt"]

    public static func check(_ taxonomy: Taxonomy, file: String) -> [Diagnostic] {
        var sink = RuleSink(file: file, root: "taxonomy")
        var seen: Set<String> = []
        for (i, node) in taxonomy.nodes.enumerated() {
            if !seen.insert(node.id).inserted {
                sink.error("nodes[\(i)].id", line: node.line, Message("rule.taxonomy.duplicate-id", ["id": node.id]), "taxonomy.duplicate-id")
            }
            if let parent = node.parentID, !node.id.hasPrefix(parent + ".") {
                sink.error("nodes[\(i)].id", line: node.line, Message("rule.taxonomy.nesting", ["id": node.id, "parent": parent]), "taxonomy.nesting")
            }
            for language in requiredLabelLanguages where (node.labels[language] ?? "").isEmpty {
                sink.error("nodes[\(i)].labels.\(language)", line: node.line, Message("rule.taxonomy.label", ["id": node.id, "language": language]), "taxonomy.label")
            }
            for (j, code) in node.hsCodes.enumerated() {
                sink.check(FieldForms.hsCode(code), "nodes[\(i)].hsCodes[\(j)]", line: node.line, code: "taxonomy.hs")
            }
        }
        return sink.diagnostics
    }
}
