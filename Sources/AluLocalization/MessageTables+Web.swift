extension MessageTables {
    /// The portal's signed-in frame and account pages (sign-in, second factor, invitation, reset, sign-out): French and English.
    static let webTable = TranslationTable("""
    """, languages: supplierLanguages)
}
