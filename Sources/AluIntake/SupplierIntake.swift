public import AluCatalog
public import AluDiagnostics
import AluLocalization
import AluXML
import Foundation
import OpenDocument

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

    public init(supplier: Supplier?, canonicalXML: String?, report: DiagnosticReport, language: FormLanguage? = nil) {
        self.supplier = supplier
        self.canonicalXML = canonicalXML
        self.report = report
        self.language = language
    }
}

/// The doors into the catalogue for one supplier's entry: the ODS form and an XML file,
/// both through ``CatalogLoader``'s one pipeline; and the submission that stores it
/// (``SubmissionPolicy`` decides, an ``EntryStore`` keeps).
public struct SupplierIntake: Sendable {
    public let loader: CatalogLoader
    public var reader: SupplierFormReader
    public var store: any EntryStore

    /// `store` defaults to the catalogue folder of `loader`.
    public init(loader: CatalogLoader, reader: SupplierFormReader = SupplierFormReader(), store: (any EntryStore)? = nil) {
        self.loader = loader
        self.reader = reader
        self.store = store ?? FolderEntryStore(
            suppliersDirectory: loader.suppliersDirectory,
            lockFile: (loader.root as NSString).appendingPathComponent(".submit.lock"),
            limit: loader.limits.maxBytes)
    }

    /// What a submission's bytes are: a form or an XML entry.
    enum Source {
        /// A file whose kind is told by its name (`.ods`, `.xml`), else by its first bytes.
        case path(String)
        /// A file `alucat import` was given: always read as a form, so an `.xlsx` or a
        /// PDF is named as what it is, with what to do, instead of failing as XML.
        case formPath(String)
        case bytes([UInt8], fileName: String)

        var name: String {
            switch self {
            case .path(let path), .formPath(let path): path
            case .bytes(_, let fileName): fileName
            }
        }

        /// True for a form, and for anything that is not XML: the form reader knows how
        /// to name a spreadsheet or document of another kind.
        var isForm: Bool {
            let lowered = name.lowercased()
            if lowered.hasSuffix(".ods") { return true }
            if lowered.hasSuffix(".xml") { return false }
            switch self {
            case .formPath: return true
            case .bytes(let bytes, _): return !Self.looksLikeXML(bytes.prefix(64))
            case .path(let path):
                guard let handle = FileHandle(forReadingAtPath: path) else { return false }
                defer { try? handle.close() }
                return !Self.looksLikeXML([UInt8]((try? handle.read(upToCount: 64)) ?? Data())[...])
            }
        }

        /// The first byte after an optional UTF-8 byte-order mark and blanks is `<`.
        static func looksLikeXML(_ head: ArraySlice<UInt8>) -> Bool {
            var rest = head
            if rest.starts(with: [0xEF, 0xBB, 0xBF]) { rest = rest.dropFirst(3) }
            return rest.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) } == UInt8(ascii: "<")
        }
    }

    /// The catalogue's current entry for `id`, if a file is stored under it; its
    /// `supplier` is nil when the stored bytes do not decode.
    public func existingEntry(_ id: String, taxonomy: Taxonomy? = nil) throws(IntakeError) -> StoredEntry? {
        guard SupplierIntake.isSafeID(id), let bytes = try store.current(id), !bytes.isEmpty else { return nil }
        return StoredEntry(bytes: bytes, supplier: loader.validate(bytes: bytes, file: store.location(id), taxonomy: taxonomy).supplier)
    }

    public func entryPath(_ id: String) -> String { store.location(id) }

    // MARK: - Checking (what import reports)

    /// Reads a filled-in form and checks the entry it describes, including what
    /// ``SubmissionPolicy`` would refuse (an NEQ of another entry…), reported at the
    /// field it is about. Staff-only fields (internal notes) come from the current entry;
    /// the last update is the loader's today. Pass `index` to reuse a loaded one.
    public func importForm(at path: String, index: CatalogIndex? = nil) throws(IntakeError) -> IntakeCheck {
        try check(.formPath(path), index: index ?? loader.loadAll())
    }

    /// Checks an XML entry file through the pipeline, ownership included (see ``importForm(at:index:)``).
    public func checkEntry(at path: String, index: CatalogIndex? = nil) throws(IntakeError) -> IntakeCheck {
        try check(.path(path), index: index ?? loader.loadAll())
    }

    /// Checks a form (`fileName` ending `.ods`) or an XML entry held in memory; what
    /// the portal calls with an upload. `fileName` names the input in diagnostics.
    public func check(bytes: [UInt8], fileName: String, index: CatalogIndex? = nil) throws(IntakeError) -> IntakeCheck {
        try check(.bytes(bytes, fileName: fileName), index: index ?? loader.loadAll())
    }

    func check(_ source: Source, index: CatalogIndex) throws(IntakeError) -> IntakeCheck {
        try validate(source, taxonomy: index.taxonomy) { supplier throws(IntakeError) in
            guard SupplierIntake.isSafeID(supplier.id) || supplier.id.isEmpty else { return .unsafeID(supplier.id) }
            let existing = supplier.id.isEmpty ? nil : try existingEntry(supplier.id, taxonomy: index.taxonomy)
            return SubmissionPolicy.ownership(of: supplier, existing: existing, index: index)
        }
    }

    /// Reads and checks `source`; `ownership` (when given) says what the submission
    /// policy would refuse of the decoded entry, and is reported as an error at the
    /// entry's `<neq>` (or id) line, which a form maps to its cell.
    func validate(
        _ source: Source, taxonomy: Taxonomy,
        ownership: ((Supplier) throws(IntakeError) -> SubmissionRefusal?)? = nil
    ) throws(IntakeError) -> IntakeCheck {
        if source.isForm {
            let form = try readForm(source)
            // Staff-only fields never come from a submission, and are never shown back to
            // its author either (a portal preview, `import -o`): the policy restores the
            // stored entry's when it accepts.
            var supplier = form.supplier
            if form.idWasMadeFromName { supplier.id = try freeID(for: supplier) }
            supplier.internalNotes = nil
            supplier.lastUpdated = loader.today
            return try check(form: form, supplier: supplier, file: source.name, taxonomy: taxonomy, ownership: ownership)
        }
        let bytes: [UInt8]
        switch source {
        case .bytes(let given, _): bytes = given
        case .path(let path), .formPath(let path):
            guard let read = try AtomicFile.read(path, limit: loader.limits.maxBytes) else { throw .io(path: path, reason: "no such file") }
            bytes = read
        }
        let result = loader.validate(bytes: bytes, file: source.name, taxonomy: taxonomy)
        var report = DiagnosticReport(files: [source.name])
        report.add(contentsOf: result.diagnostics)
        if let supplier = result.supplier, let refusal = try ownership?(supplier) {
            report.add(Self.diagnostic(refusal, supplier: supplier, file: source.name))
        }
        var checked = result.supplier
        checked?.internalNotes = nil  // the staff's, never the submitter's (see above)
        return IntakeCheck(supplier: checked, canonicalXML: checked.map { SupplierXMLWriter.document($0) }, report: report)
    }

    private func readForm(_ source: Source) throws(IntakeError) -> FormImport {
        switch source {
        case .path(let path), .formPath(let path):
            return try reader.read(path: path)
        case .bytes(let bytes, let fileName):
            let workbook: ReadWorkbook
            do {
                workbook = try SpreadsheetReader(limits: reader.limits).read(data: Data(bytes))
            } catch {
                throw .unreadableForm(path: fileName, error)
            }
            return try reader.read(workbook, file: fileName)
        }
    }

    /// Checks an entry built from `form`; exposed for tests and the portal.
    func check(
        form: FormImport, supplier: Supplier, file: String, taxonomy: Taxonomy,
        ownership: ((Supplier) throws(IntakeError) -> SubmissionRefusal?)? = nil
    ) throws(IntakeError) -> IntakeCheck {
        let xml = SupplierXMLWriter.document(supplier)
        let result = loader.validate(bytes: Array(xml.utf8), file: file, taxonomy: taxonomy)
        var diagnostics = result.diagnostics
        if let decoded = result.supplier, let refusal = try ownership?(decoded) {
            diagnostics.append(Self.diagnostic(refusal, supplier: decoded, file: file))
        }
        let mapper = FormDiagnosticMapper(form: form, file: file)
        // A cell the form already reported as wrong (a value outside its list…) is not
        // reported twice. Only the form's errors count: a warning (control characters)
        // must never hide an error in the same cell, or an invalid entry would pass.
        let formCells = Set(form.diagnostics.filter { $0.severity == .error }.compactMap(\.location.cell))
        let mapped = mapper.map(diagnostics).filter {
            $0.location.cell.map { !formCells.contains($0) } ?? true
        }
        var report = DiagnosticReport(files: [file])
        report.add(contentsOf: FormDiagnosticMapper.readingOrder(form.diagnostics + mapped))
        return IntakeCheck(supplier: result.supplier, canonicalXML: result.supplier.map { SupplierXMLWriter.document($0) },
                           report: report, language: form.language)
    }

    /// A first entry's id, made from its name: that id when it is free or already this
    /// enterprise's (same NEQ), else the first free `<id>-2`, `<id>-3`… — a new supplier
    /// named like an existing one is not refused as if it claimed that entry.
    func freeID(for supplier: Supplier) throws(IntakeError) -> String {
        let base = supplier.id
        guard SupplierIntake.isSafeID(base) else { return base }
        var candidate = base, n = 2
        while let stored = try existingEntry(candidate), stored.supplier?.neq != supplier.neq {
            candidate = "\(base)-\(n)"
            n += 1
        }
        return candidate
    }

    /// What `submit` would refuse, as a diagnostic about its field (the NEQ, the id), so
    /// every door places it as it places a rule's: a line of the XML, a form cell.
    static func diagnostic(_ refusal: SubmissionRefusal, supplier: Supplier, file: String) -> Diagnostic {
        let line = refusal.field.flatMap { supplier.line($0) }
        return Diagnostic(
            .error, .init(file: file, line: line), field: refusal.field,
            subject: refusal.field.flatMap { FieldPath.xmlSubject($0, root: "supplier") },
            problem: refusal.message, code: refusal.code)
    }

    /// Ids are file names: only the schema's `[a-z0-9]+(-[a-z0-9]+)*`.
    public static func isSafeID(_ id: String) -> Bool {
        !id.isEmpty && id.count <= 100 && !id.hasPrefix("-") && !id.hasSuffix("-") && !id.contains("--")
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
