import AluDiagnostics
import AluLocalization

/// Gives schema diagnostics their model field and, for fields whose form the schema
/// fixes, what a supplier should write instead: the schema says "does not have the
/// required form"; the hint says which form.
enum SchemaHints {
    /// Hints by the model field's last name.
    static let byField: [String: String] = [
        "neq": "schema.hint.neq",
        "postalCode": "schema.hint.postal-code",
        "phone": "schema.hint.phone",
        "email": "schema.hint.email",
        "website": "schema.hint.website",
        "taxonomyID": "schema.hint.taxonomy-id",
        "capability": "schema.hint.taxonomy-id",
        "hsCode": "schema.hint.hs",
        "country": "schema.hint.country",
        "exportExperience": "schema.hint.countries",
        "targetMarkets": "schema.hint.countries",
        "languages": "schema.hint.languages",
        "year": "schema.hint.year",
        "lastUpdated": "schema.hint.date",
        "validFrom": "schema.hint.date",
        "validUntil": "schema.hint.date",
    ]

    /// Turns the XML element paths of schema diagnostics into model paths
    /// (``FieldPath/model(fromXML:)``) and adds a hint to those about a known field.
    /// Runs only over diagnostics, so a valid entry costs nothing.
    static func annotate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.contains(where: { $0.code == "xml.schema" }) else { return diagnostics }
        return diagnostics.map { d in
            guard d.code == "xml.schema", let xmlPath = d.field else { return d }
            var copy = d
            let field = FieldPath.model(fromXML: xmlPath)
            copy.field = field
            if d.hint == nil, let key = d.problem?.key, key == "schema.pattern" || key == "schema.invalid-value" {
                let last = field.split(separator: ".").last.map { String($0.prefix { $0 != "[" }) } ?? ""
                copy.hint = byField[last].map { Message($0) }
            }
            return copy
        }
    }
}
