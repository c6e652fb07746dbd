internal import CLibXML2
public import AluDiagnostics
public import Foundation

/// A compiled XML Schema, shared read-only by any number of concurrent validations.
///
/// libxml2 keeps per-document state in a validation context, one per call, so one
/// compiled schema can serve every thread. The schema and everything it includes
/// must live in one directory, which is the only place the process-wide loader
/// lets libxml2 read from.
public final class XMLSchema: @unchecked Sendable {
    let pointer: xmlSchemaPtr
    /// The schema file, as given.
    public let path: String

    /// Compiles the schema at `path`, or throws with every problem libxml2 found.
    public init(path: String) throws(XMLSchemaError) {
        _ = LibXML2Runtime.ready
        let absolute = URL(fileURLWithPath: path).standardizedFileURL.path
        guard FileManager.default.isReadableFile(atPath: absolute) else {
            throw .unreadable(path: path)
        }
        LibXML2Runtime.allowSchemaDirectory((absolute as NSString).deletingLastPathComponent)
        let collector = ErrorCollector(file: path, source: .schema)
        guard let parser = xmlSchemaNewParserCtxt(absolute) else { throw .unreadable(path: path) }
        defer { xmlSchemaFreeParserCtxt(parser) }
        let schema: xmlSchemaPtr? = withExtendedLifetime(collector) {
            xmlSchemaSetParserStructuredErrors(parser, collectStructuredError, Unmanaged.passUnretained(collector).toOpaque())
            return xmlSchemaParse(parser)
        }
        guard let schema else {
            throw .invalid(path: path, diagnostics: collector.diagnostics)
        }
        self.pointer = schema
        self.path = path
    }

    deinit { xmlSchemaFree(pointer) }

    /// Validates a parsed tree; validity errors carry a line but no column.
    func validate(_ document: xmlDocPtr, file: String) -> [Diagnostic] {
        let collector = ErrorCollector(file: file, source: .validation)
        guard let context = xmlSchemaNewValidCtxt(pointer) else {
            return [.error(.init(file: file), "internal error: cannot create a validation context", code: "xml.internal")]
        }
        defer { xmlSchemaFreeValidCtxt(context) }
        withExtendedLifetime(collector) {
            xmlSchemaSetValidStructuredErrors(context, collectStructuredError, Unmanaged.passUnretained(collector).toOpaque())
            _ = xmlSchemaValidateDoc(context, document)
        }
        return XMLMessageWording.deduplicate(collector.diagnostics)
    }
}

/// Why a schema could not be compiled: our own schemas are trusted, so this is a
/// bug in the installation, not a supplier's problem.
public enum XMLSchemaError: Error, Sendable, LocalizedError, CustomStringConvertible {
    case unreadable(path: String)
    case invalid(path: String, diagnostics: [Diagnostic])

    public var description: String {
        switch self {
        case .unreadable(let path):
            "cannot read the schema \(path)"
        case .invalid(let path, let diagnostics):
            "the schema \(path) does not compile:\n" + diagnostics.map(\.description).joined(separator: "\n")
        }
    }

    public var errorDescription: String? { description }
}
