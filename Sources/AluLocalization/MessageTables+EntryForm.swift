extension MessageTables {
    /// The supplier's entry form in the portal: labels, hints, buttons and what each field's problem says. French and English.
    static let entryFormTable = TranslationTable("""
    """, languages: supplierLanguages)
}
