public import AluCatalog

/// The entry currently stored under an id, as an ``EntryStore`` read it.
public struct StoredEntry: Sendable {
    /// The stored bytes, as they are (kept in history when replaced).
    public var bytes: [UInt8]
    /// The entry they decode to through the pipeline; nil when they do not (a damaged
    /// file: only staff may replace it).
    public var supplier: Supplier?

    public init(bytes: [UInt8], supplier: Supplier?) {
        self.bytes = bytes
        self.supplier = supplier
    }
}
