public import AluDiagnostics

extension CatalogIndex {
    /// One supplier file as the index sees it.
    public struct Entry: Sendable {
        /// The id the entry declares (or its file name when it declares none).
        public var id: String
        public var neq: String
        public var file: String
        /// Its own diagnostics (schema, rules) and the cross-file ones (duplicate id, shared NEQ).
        public var diagnostics: [Diagnostic]
        /// No error, and the entry owns its id: what may be published.
        public var isValid: Bool
        /// The decoded model, when the bytes decoded (and the index keeps models).
        /// An invalid entry's model is for showing and editing only, never for publishing.
        public var supplier: Supplier?
    }

    /// Why an update could not be applied.
    public enum UpdateError: Error, Sendable, Equatable, CustomStringConvertible {
        /// The taxonomy changes every entry's rules: reload the whole catalogue instead.
        case taxonomyNeedsReload(String)
        /// A file a load would never read (history, schemas, hidden, not `.xml`, or a
        /// path spelled with `.`, `..` or `//`): indexing it would make the index
        /// differ from a fresh load.
        case notACatalogueFile(String)

        public var description: String {
            switch self {
            case .taxonomyNeedsReload(let file): "\(file) is the taxonomy; a new taxonomy needs a full reload"
            case .notACatalogueFile(let file): "\(file) is not a file a catalogue load reads (history, schema, hidden, not .xml, or an unusual spelling of a path)"
            }
        }
    }
}
