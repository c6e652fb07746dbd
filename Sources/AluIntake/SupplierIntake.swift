public import AluCatalog
public import AluDiagnostics
import AluXML
import Foundation

/// What checking a submission found: the entry, its canonical XML, every diagnostic.
public struct IntakeCheck: Sendable {
    /// The entry as the catalogue will store it; nil when it could not be read at all.
    public var supplier: Supplier?
    /// `SupplierXMLWriter`'s canonical document for ``supplier``.
    public var canonicalXML: String?
    /// Diagnostics located by cell (forms, in reading order: sheet, row, column) or by line (XML).
    public var report: DiagnosticReport
    /// The form's language, for forms.
    public var language: FormLanguage?
    public var isValid: Bool { supplier != nil && report.isValid }
}

/// The doors into the catalogue for one supplier's entry: the ODS form and an XML file,
/// both through ``CatalogLoader``'s one pipeline; and the submission that stores it.
public struct SupplierIntake: Sendable {
    public let loader: CatalogLoader
    public var reader: SupplierFormReader

    public init(loader: CatalogLoader, reader: SupplierFormReader = SupplierFormReader()) {
        self.loader = loader
        self.reader = reader
    }

    /// The catalogue's current entry for `id`, if any (read through the pipeline).
    public func existingEntry(_ id: String, taxonomy: Taxonomy? = nil) throws(IntakeError) -> (supplier: Supplier, bytes: [UInt8])? {
        guard SupplierIntake.isSafeID(id) else { return nil }
        let path = entryPath(id)
        guard let bytes = try AtomicFile.read(path, limit: loader.limits.maxBytes) else { return nil }
        guard let supplier = loader.validate(bytes: bytes, file: path, taxonomy: taxonomy).supplier else { return nil }
        return (supplier, bytes)
    }

    public func entryPath(_ id: String) -> String {
        (loader.suppliersDirectory as NSString).appendingPathComponent("\(id).xml")
    }

    /// Reads a filled-in form and checks the entry it describes. Staff-only fields
    /// (internal notes) come from the current entry; the last update is the loader's today.
    public func importForm(at path: String) throws(IntakeError) -> IntakeCheck {
        let taxonomy = loader.loadTaxonomy()
        let form = try reader.read(path: path)
        var supplier = form.supplier
        supplier.internalNotes = try existingEntry(supplier.id, taxonomy: taxonomy)?.supplier.internalNotes
        supplier.lastUpdated = loader.today
        return check(form: form, supplier: supplier, file: path, taxonomy: taxonomy)
    }

    /// Checks an entry built from `form`; exposed for tests and the portal.
    func check(form: FormImport, supplier: Supplier, file: String, taxonomy: Taxonomy) -> IntakeCheck {
        let xml = SupplierXMLWriter.document(supplier)
        let result = loader.validate(bytes: Array(xml.utf8), file: file, taxonomy: taxonomy)
        let mapper = FormDiagnosticMapper(form: form, file: file)
        // A cell the form already reported (a value outside its list…) is not reported twice.
        let formCells = Set(form.diagnostics.compactMap(\.location.cell))
        let mapped = mapper.map(result.diagnostics).filter {
            $0.location.cell.map { !formCells.contains($0) } ?? true
        }
        var report = DiagnosticReport(files: [file])
        report.add(contentsOf: FormDiagnosticMapper.readingOrder(form.diagnostics + mapped))
        return IntakeCheck(supplier: result.supplier, canonicalXML: result.supplier.map { SupplierXMLWriter.document($0) },
                           report: report, language: form.language)
    }

    /// Checks an XML entry file through the pipeline.
    public func checkEntry(at path: String) throws(IntakeError) -> IntakeCheck {
        guard let bytes = try AtomicFile.read(path, limit: loader.limits.maxBytes) else {
            throw .io(path: path, reason: "no such file")
        }
        let result = loader.validate(bytes: bytes, file: path)
        var report = DiagnosticReport(files: [path])
        report.add(contentsOf: result.diagnostics)
        return IntakeCheck(supplier: result.supplier, canonicalXML: result.supplier.map { SupplierXMLWriter.document($0) }, report: report)
    }

    /// Ids are file names: only the schema's `[a-z0-9]+(-[a-z0-9]+)*`.
    static func isSafeID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 100 && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
