/// The `xs:maxLength` facets of `common.xsd`'s free-text types that the loader checks
/// itself on supplier entries, instead of leaving them to libxml2.
///
/// Why: libxml2 2.9 counts a value's characters (whitespace collapsed) once per
/// length facet of its type and of the types it derives from: a `Name` is counted
/// for its `minLength` and again for its `maxLength`, which cost about 1.7 % of
/// `alucat validate`'s instructions on synthetic entries.
///
/// The published schema keeps its bounds; the loader's copy (``CatalogSchemas``)
/// lacks these four facets, for the schema they were checked against
/// (``SchemaPattern/provenSchemaDigest``) only, and all four or none. The loader
/// then checks every place `supplier.xsd` gives these types (``SupplierPatternCheck``)
/// with a conservative test: a value of at most `maxLength` UTF-8 bytes has at most
/// `maxLength` characters. A value over that is not necessarily too long (é is two
/// bytes), so such an entry is validated again against the published schema, whose
/// verdict and messages are reported, as for any entry with a schema problem.
enum SchemaLength: Int, CaseIterable, Sendable {
    case text, name, title, scope

    /// The `xs:simpleType` of `common.xsd` that carries the facet.
    var typeName: String {
        switch self {
        case .text: "NonEmptyString"
        case .name: "Name"
        case .title: "Title"
        case .scope: "Scope"
        }
    }

    var maxLength: Int {
        switch self {
        case .text: 4000
        case .name: 200
        case .title: 150
        case .scope: 1000
        }
    }

    /// The facet exactly as written in `common.xsd`.
    var facet: String { #"<xs:maxLength value="\#(maxLength)"/>"# }
}
