import Foundation

/// The bounded repeats (`maxOccurs` of 2 or more) of `supplier.xsd` that the loader
/// counts itself on supplier entries, instead of leaving them to libxml2.
///
/// Why: libxml2 2.9 compiles a bounded repeat into an automaton with a counter, and
/// a content model with a counter cannot use its compact, table-driven form: every
/// child of the container is then pushed through the general interpreter, which
/// saves and restores its state. The nine bounds of the schema cost libxml2 about
/// 2 % of `alucat validate`'s instructions on synthetic entries, for lists that are
/// far below their bounds in practice.
///
/// The published schema keeps its bounds; the loader's copy (``CatalogSchemas``)
/// has `maxOccurs="unbounded"` at these nine places, for the schema they were
/// checked against (``SchemaPattern/provenSchemaDigest``) only. An entry valid
/// against that copy has these elements only where the schema puts them, so
/// counting the children of that name in each container says whether the bounded
/// schema accepts it. An entry over a bound is validated again against the
/// published schema, whose messages are reported.
enum SchemaRepeat: Int, CaseIterable, Sendable {
    case contact, description, capability, line, lineName, reference, referenceScope, certification, membership

    /// The element's declaration in `supplier.xsd`, up to and including its bound.
    var declaration: String {
        switch self {
        case .contact: #"<xs:element name="contact" maxOccurs="50">"#
        case .description: #"<xs:element name="description" type="ac:LangText" maxOccurs="20">"#
        case .capability: #"<xs:element name="capability" maxOccurs="300">"#
        case .line: #"<xs:element name="line" maxOccurs="200">"#
        case .lineName: #"<xs:element name="name" type="ac:LangTitle" maxOccurs="3">"#
        case .reference: #"<xs:element name="reference" maxOccurs="50">"#
        case .referenceScope: #"<xs:element name="scope" type="ac:LangScope" maxOccurs="3">"#
        case .certification: #"<xs:element name="certification" maxOccurs="50">"#
        case .membership: #"<xs:element name="membership" type="ac:Name" maxOccurs="50">"#
        }
    }

    /// The bound, as written in ``declaration``.
    var maxOccurs: Int {
        switch self {
        case .contact, .reference, .certification, .membership: 50
        case .description: 20
        case .capability: 300
        case .line: 200
        case .lineName, .referenceScope: 3
        }
    }

    /// ``declaration`` with the bound lifted: what the loader's copy says.
    var unboundedDeclaration: String {
        declaration.replacingOccurrences(of: #"maxOccurs="\#(maxOccurs)""#, with: #"maxOccurs="unbounded""#)
    }
}
