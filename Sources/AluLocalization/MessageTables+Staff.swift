extension MessageTables {
    /// The staff's pages: the review queue, a submission's diff and decision, follow-up, the audit log and accounts. French and English.
    static let staffTable = TranslationTable("""
    """, languages: supplierLanguages)
}
