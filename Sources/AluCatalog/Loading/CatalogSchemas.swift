public import AluXML
import Foundation

/// The compiled XSDs of `catalog/schema/`, shared by every validation.
public struct CatalogSchemas: Sendable {
    /// The one versioned target namespace of every catalogue document.
    public static let namespace = "urn:alucat:catalog:1.0"
    public static let fileNames = ["common.xsd", "supplier.xsd", "taxonomy.xsd", "mission.xsd", "xml.xsd"]

    public let directory: String
    /// `supplier.xsd` as published, every facet included.
    public let supplier: XMLSchema
    public let taxonomy: XMLSchema
    public let mission: XMLSchema
    /// `supplier.xsd` compiled without the pattern facets in ``patternsCheckedByLoader``
    /// and with the repeats in ``repeatsCountedByLoader`` unbounded, which the loader
    /// checks itself (``SupplierPatternCheck``): what the loader validates supplier
    /// entries with.
    let supplierForLoader: XMLSchema
    /// The patterns left out of ``supplierForLoader``, as flags indexed by
    /// ``SchemaPattern/rawValue``.
    let patternsCheckedByLoader: [Bool]
    /// The repeats unbounded in ``supplierForLoader``, as flags indexed by
    /// ``SchemaRepeat/rawValue``.
    let repeatsCountedByLoader: [Bool]
    /// True when ``supplierForLoader`` lacks the length facets of ``SchemaLength``
    /// (all four, or none).
    let lengthsCheckedByLoader: Bool

    public init(directory: String) throws(XMLSchemaError) {
        self.directory = directory
        supplier = try XMLSchema(path: (directory as NSString).appendingPathComponent("supplier.xsd"))
        taxonomy = try XMLSchema(path: (directory as NSString).appendingPathComponent("taxonomy.xsd"))
        mission = try XMLSchema(path: (directory as NSString).appendingPathComponent("mission.xsd"))
        let derived = Self.supplierWithoutPatterns(directory: directory)
        supplierForLoader = derived?.schema ?? supplier
        let removed = derived?.patterns ?? []
        patternsCheckedByLoader = SchemaPattern.allCases.map(removed.contains)
        let unbounded = derived?.repeats ?? []
        repeatsCountedByLoader = SchemaRepeat.allCases.map(unbounded.contains)
        lengthsCheckedByLoader = derived?.lengths ?? false
    }

    /// Compiles a copy of the schema folder in which `common.xsd` lacks the pattern
    /// facets ``SchemaPattern`` implements and the length facets of ``SchemaLength``,
    /// and `supplier.xsd` has the repeats of ``SchemaRepeat`` unbounded. Only for the schema they were checked against
    /// (``SchemaPattern/provenSchemaDigest``); nil otherwise, or when the copy cannot
    /// be made or does not compile: the published schema is then used whole.
    private static func supplierWithoutPatterns(directory: String) -> (schema: XMLSchema, patterns: Set<SchemaPattern>, repeats: Set<SchemaRepeat>, lengths: Bool)? {
        let common = (directory as NSString).appendingPathComponent("common.xsd")
        let supplierPath = (directory as NSString).appendingPathComponent("supplier.xsd")
        guard var text = FileManager.default.contents(atPath: common).map(Array.init),
              let supplierText = FileManager.default.contents(atPath: supplierPath).map(Array.init),
              SchemaPattern.schemaDigest(supplier: supplierText, common: text) == SchemaPattern.provenSchemaDigest
        else { return nil }
        var removed: Set<SchemaPattern> = []
        for pattern in SchemaPattern.allCases {
            // On bytes: Foundation's string search on the whole file cost more than
            // validating a thousand entries.
            let facet = Array("<xs:pattern value=\"\(pattern.pattern)\"/>".utf8)
            let found = occurrences(of: facet, in: text)
            guard found.count == 1, let at = found.first else { continue }
            text.replaceSubrange(at..<(at + facet.count), with: Array("<!-- pattern checked by AluCatalog -->".utf8))
            removed.insert(pattern)
        }
        // The length facets: all four or none (each must be found once, as written).
        let lengthFacets = SchemaLength.allCases.map { Array($0.facet.utf8) }
        let lengthPlaces = lengthFacets.map { occurrences(of: $0, in: text) }
        let lengths = lengthPlaces.allSatisfy { $0.count == 1 }
        if lengths {
            for facet in lengthFacets {
                guard let at = occurrences(of: facet, in: text).first else { return nil }
                text.replaceSubrange(at..<(at + facet.count), with: Array("<!-- length checked by AluCatalog -->".utf8))
            }
        }
        var supplierCopy = supplierText
        var unbounded: Set<SchemaRepeat> = []
        for repeated in SchemaRepeat.allCases {
            let declaration = Array(repeated.declaration.utf8)
            let found = occurrences(of: declaration, in: supplierCopy)
            guard found.count == 1, let at = found.first else { continue }
            supplierCopy.replaceSubrange(at..<(at + declaration.count), with: Array(repeated.unboundedDeclaration.utf8))
            unbounded.insert(repeated)
        }
        guard !removed.isEmpty || !unbounded.isEmpty || lengths else { return nil }
        var template = Array((NSTemporaryDirectory() as NSString).appendingPathComponent("alucat-schema-XXXXXX").utf8CString)
        guard let made = mkdtemp(&template) else { return nil }
        let copy = String(cString: made)
        defer { try? FileManager.default.removeItem(atPath: copy) }
        do {
            for name in try FileManager.default.contentsOfDirectory(atPath: directory) where name.hasSuffix(".xsd") {
                let target = (copy as NSString).appendingPathComponent(name)
                if name == "common.xsd" {
                    guard FileManager.default.createFile(atPath: target, contents: Data(text)) else { return nil }
                } else if name == "supplier.xsd" {
                    guard FileManager.default.createFile(atPath: target, contents: Data(supplierCopy)) else { return nil }
                } else {
                    try FileManager.default.copyItem(atPath: (directory as NSString).appendingPathComponent(name), toPath: target)
                }
            }
            return (try XMLSchema(path: (copy as NSString).appendingPathComponent("supplier.xsd")), removed, unbounded, lengths)
        } catch {
            return nil
        }
    }

    /// The published schema for a document whose root element is `name` in `namespace`.
    public func schema(forRoot name: String, namespace: String?) -> XMLSchema? {
        guard namespace == CatalogSchemas.namespace else { return nil }
        switch name {
        case "supplier": return supplier
        case "taxonomy": return taxonomy
        case "mission": return mission
        default: return nil
        }
    }

    /// Start offsets of `needle` in `haystack`.
    /// Over raw buffers with `memcmp` (a slice comparison at every byte cost about
    /// 130 K instructions per needle, at every start).
    private static func occurrences(of needle: [UInt8], in haystack: [UInt8]) -> [Int] {
        guard let first = needle.first, haystack.count >= needle.count else { return [] }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                var found: [Int] = []
                var index = 0
                while index <= hay.count - pin.count {
                    if hay[index] == first, memcmp(hay.baseAddress! + index, pin.baseAddress!, pin.count) == 0 { found.append(index) }
                    index += 1
                }
                return found
            }
        }
    }
}
