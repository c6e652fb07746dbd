public import AluDiagnostics
import AluLocalization
import AluXML

extension CatalogLoader {
    /// What checking one supplier entry held in memory found.
    public struct EntryCheck: Sendable {
        /// The decoded entry, nil when the bytes are not a readable supplier document.
        public var supplier: Supplier?
        /// Schema and rule diagnostics, located by line in the checked bytes.
        public var diagnostics: [Diagnostic]
        public var isValid: Bool { supplier != nil && !diagnostics.contains { $0.severity == .error } }
    }

    /// The catalogue's taxonomy, read through the pipeline (empty when it is unusable).
    public func loadTaxonomy() -> Taxonomy {
        let document = parseDocument(taxonomyPath)
        guard let root = document.root, root.name == "taxonomy" else { return Taxonomy(nodes: []) }
        return TaxonomyDecoder.decode(root)
    }

    /// What checking a taxonomy held in memory found.
    public struct TaxonomyCheck: Sendable {
        /// The decoded tree, nil when the bytes have no `<taxonomy>` root to decode.
        public var taxonomy: Taxonomy?
        /// Schema and taxonomy-rule diagnostics, located by line in the checked bytes.
        public var diagnostics: [Diagnostic]
    }

    /// Runs a taxonomy held in memory through the pipeline `loadAll` runs `taxonomy.xml`
    /// through: size cap, safe parse, XSD, tree, the taxonomy's rules. A tree is decoded
    /// whenever the root is `<taxonomy>`, as a load uses it even with schema errors.
    public func checkTaxonomy(bytes: [UInt8], file: String) -> TaxonomyCheck {
        guard bytes.count <= limits.maxBytes else {
            return TaxonomyCheck(taxonomy: nil, diagnostics: [
                Self.fileProblem(file, nil, Message("schema.file.too-large", ["size": String(bytes.count), "limit": String(limits.maxBytes)]), "xml.too-large")
            ])
        }
        var result = SafeXMLParser.parse(bytes, file: file, limits: limits) { name, namespace in
            schemas.schema(forRoot: name, namespace: namespace)
        }
        result.diagnostics = SchemaHints.annotate(result.diagnostics)
        guard let root = result.root, root.name == "taxonomy" else { return TaxonomyCheck(taxonomy: nil, diagnostics: result.diagnostics) }
        let taxonomy = TaxonomyDecoder.decode(root)
        return TaxonomyCheck(taxonomy: taxonomy, diagnostics: Self.preferSchemaErrors(result.diagnostics + TaxonomyRules.check(taxonomy, file: file)))
    }

    /// Runs one supplier entry held in memory through the same pipeline as the files of
    /// the catalogue: size cap, safe parse, XSD, model, rules.
    ///
    /// `file` names the input in diagnostics. `fileID` is the file name the entry will be
    /// stored under, without `.xml` (the id must match it); nil skips that rule. Pass
    /// `taxonomy` when checking many entries, to read the taxonomy once.
    public func validate(bytes: [UInt8], file: String, fileID: String? = nil, taxonomy: Taxonomy? = nil) -> EntryCheck {
        guard bytes.count <= limits.maxBytes else {
            return EntryCheck(supplier: nil, diagnostics: [
                Self.fileProblem(file, nil, Message("schema.file.too-large", ["size": String(bytes.count), "limit": String(limits.maxBytes)]), "xml.too-large")
            ])
        }
        let context = RuleContext(taxonomy: taxonomy ?? loadTaxonomy(), today: today)
        let (result, rootLine) = check(bytes: bytes, file: file, fileID: fileID, context: context)
        switch result.document {
        case .supplier(_, let supplier?):
            return EntryCheck(supplier: supplier, diagnostics: result.diagnostics)
        case .supplier(_, nil), .mission, .taxonomy:
            return EntryCheck(supplier: nil, diagnostics: result.diagnostics + [
                Self.fileProblem(file, rootLine, Message("schema.not-supplier"), "xml.root")
            ])
        case nil:
            return EntryCheck(supplier: nil, diagnostics: result.diagnostics)
        }
    }
}
