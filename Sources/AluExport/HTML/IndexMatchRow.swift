public import AluCatalog

/// One buyer need and the suppliers proposed for it, as the index page shows it.
///
/// Plain data, filled by the caller from whatever matching produced: the page
/// depends on no matching code. Texts are already in the page's language.
public struct IndexMatchRow: Sendable, Hashable {
    /// One proposed supplier, best first.
    public struct Candidate: Sendable, Hashable {
        public var supplierName: String
        /// The supplier's catalogue id: its name links to its card (`#supplier-<id>`)
        /// when the page shows that supplier.
        public var supplierID: String?
        /// Shown with two decimals; the scale is the matcher's.
        public var score: Double
        /// Why it matched, one sentence or a list, already translated.
        public var reasons: String

        public init(supplierName: String, supplierID: String? = nil, score: Double, reasons: String) {
            self.supplierName = supplierName
            self.supplierID = supplierID
            self.score = score
            self.reasons = reasons
        }
    }

    public var buyerName: String
    public var needLabel: String
    public var priority: Priority
    /// Ranked, best first; shown in this order.
    public var candidates: [Candidate]

    public init(buyerName: String, needLabel: String, priority: Priority, candidates: [Candidate]) {
        self.buyerName = buyerName
        self.needLabel = needLabel
        self.priority = priority
        self.candidates = candidates
    }
}
