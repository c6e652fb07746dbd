import Synchronization

/// Each supplier's description excerpt (``SearchPage/excerpt(_:limit:)``), worked out
/// once per description language and kept for the life of its ``Directory``.
///
/// A result card's excerpt walks up to 280 characters of a description grapheme by
/// grapheme: a sixth of a result page's work, for a text that changes only with the
/// catalogue. At most one entry per supplier and description language, so it is
/// bounded by the catalogue; a new catalogue or day gives a new directory and an
/// empty memo.
final class ExcerptMemo: Sendable {
    private struct Key: Hashable {
        var supplierID: String
        var language: String
    }

    private let excerpts = Mutex<[Key: String]>([:])

    /// The excerpt of `text`, `supplierID`'s description in `language`.
    func excerpt(of text: String, supplierID: String, language: String) -> String {
        let key = Key(supplierID: supplierID, language: language)
        if let kept = excerpts.withLock({ $0[key] }) { return kept }
        let excerpt = SearchPage.excerpt(text)
        excerpts.withLock { $0[key] = excerpt }
        return excerpt
    }
}
