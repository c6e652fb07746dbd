import AluDiagnostics

/// What a supplier should write instead, for schema errors about fields whose
/// form the schema fixes. The schema says "does not have the required form";
/// the hint says which form.
enum SchemaHints {
    static let bySubject: [String: String] = [
        "<neq>": "the NEQ is the 10-digit Québec enterprise number, e.g. 1145678901",
        "<postalCode>": "a Canadian postal code like G7H 5B1",
        "<phone>": "international E.164 form, like +14185550123",
        "<email>": "an address like name@company.com",
        "<website>": "a full address like https://www.company.com",
        "<capability> attribute 'ref'": "a taxonomy id such as smelting.potroom.pot-tending-machines (see catalog/taxonomy.xml)",
        "<line> attribute 'capability'": "a taxonomy id such as smelting.potroom.pot-tending-machines (see catalog/taxonomy.xml)",
        "<line> attribute 'hs'": "an HS 2022 subheading like 8426.11",
        "<country>": "an ISO 3166-1 code of two capital letters, such as AE or IN",
        "<exportExperience>": "ISO 3166-1 codes separated by spaces, such as AE BH IN",
        "<targetMarkets>": "ISO 3166-1 codes separated by spaces, such as AE BH IN",
        "<languages>": "language codes separated by spaces, such as fr en es",
        "<year>": "a four-digit year",
        "<lastUpdated>": "a date like 2026-09-14",
    ]

    /// Adds a hint to schema diagnostics about a known field, when it has none.
    static func annotate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        diagnostics.map { d in
            guard d.code == "xml.schema", d.hint == nil,
                  d.message.contains("does not have the required form") || d.message.contains("is not a valid value")
            else { return d }
            var copy = d
            copy.hint = bySubject[String(d.message.prefix { $0 != ":" })]
            return copy
        }
    }
}
