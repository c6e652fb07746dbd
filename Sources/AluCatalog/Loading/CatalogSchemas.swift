public import AluXML
import Foundation

/// The compiled XSDs of `catalog/schema/`, shared by every validation.
public struct CatalogSchemas: Sendable {
    /// The one versioned target namespace of every catalogue document.
    public static let namespace = "urn:alucat:catalog:1.0"
    public static let fileNames = ["common.xsd", "supplier.xsd", "taxonomy.xsd", "mission.xsd", "xml.xsd"]

    public let directory: String
    public let supplier: XMLSchema
    public let taxonomy: XMLSchema
    public let mission: XMLSchema

    public init(directory: String) throws(XMLSchemaError) {
        self.directory = directory
        supplier = try XMLSchema(path: (directory as NSString).appendingPathComponent("supplier.xsd"))
        taxonomy = try XMLSchema(path: (directory as NSString).appendingPathComponent("taxonomy.xsd"))
        mission = try XMLSchema(path: (directory as NSString).appendingPathComponent("mission.xsd"))
    }

    /// The schema for a document whose root element is `name` in `namespace`.
    public func schema(forRoot name: String, namespace: String?) -> XMLSchema? {
        guard namespace == CatalogSchemas.namespace else { return nil }
        switch name {
        case "supplier": return supplier
        case "taxonomy": return taxonomy
        case "mission": return mission
        default: return nil
        }
    }
}
