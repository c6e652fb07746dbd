import AluDiagnostics
public import AluXML
import AluLocalization
public import Foundation

/// The one pipeline every catalogue document goes through: safe parse → XSD →
/// model → rules. `alucat validate` reports what it finds; exporters use the
/// catalogue it builds.
public struct CatalogLoader: Sendable {
    /// Could not even start: no catalogue, or our own schemas are broken.
    public enum Failure: Error, Sendable, LocalizedError, CustomStringConvertible {
        case noCatalog(String)
        case schema(XMLSchemaError)
        case noSuchPath(String)

        public var description: String {
            switch self {
            case .noCatalog(let path): "no catalogue at '\(path)' (expected \(path)/schema/ and \(path)/taxonomy.xml)"
            case .schema(let error): error.description
            case .noSuchPath(let path): "no such file or directory: \(path)"
            }
        }

        public var errorDescription: String? { description }
    }

    public let root: String
    public let schemas: CatalogSchemas
    public var today: CalendarDay
    public var limits: XMLParseLimits

    /// Compiles the schemas of the catalogue at `root` (usually `catalog`).
    public init(root: String, today: CalendarDay = .today(), limits: XMLParseLimits = .default) throws(Failure) {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: root, isDirectory: &isDirectory), isDirectory.boolValue,
              FileManager.default.fileExists(atPath: (root as NSString).appendingPathComponent("schema"))
        else { throw .noCatalog(root) }
        self.root = root
        self.today = today
        self.limits = limits
        do {
            schemas = try CatalogSchemas(directory: (root as NSString).appendingPathComponent("schema"))
        } catch {
            throw .schema(error)
        }
    }

    public var taxonomyPath: String { (root as NSString).appendingPathComponent("taxonomy.xml") }
    public var suppliersDirectory: String { (root as NSString).appendingPathComponent("suppliers") }
    public var missionsDirectory: String { (root as NSString).appendingPathComponent("missions") }

    /// Loads and checks the whole catalogue.
    public func loadAll(progress: (@Sendable (Int, Int) -> Void)? = nil) -> CatalogIndex {
        (try? load(paths: [root], progress: progress)) ?? CatalogIndex(
            loader: self, context: RuleContext(taxonomy: Taxonomy(nodes: []), today: today), keepSuppliers: true,
            taxonomyKey: Self.normalized(taxonomyPath, in: FileManager.default.currentDirectoryPath),
            files: [], parsed: [], taxonomyRecord: nil, extraDiagnostics: [], outsideIDs: [])
    }

    /// Checks the given files and directories (directories are searched for
    /// `*.xml`, schemas excluded). The taxonomy is always read from the catalogue.
    ///
    /// Files are taken in the order given (a folder's in path order): the report lists
    /// them in that order, and of files sharing an id or NEQ the first owns it.
    ///
    /// With `keepSuppliers` false the index holds no supplier models, only the report
    /// and the entries' statuses (what `alucat validate` needs): each entry's model is
    /// then dropped on the worker thread that built it, instead of all of them on one
    /// thread at the end.
    public func load(
        paths: [String], keepSuppliers: Bool = true, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) throws(Failure) -> CatalogIndex {
        var files: [String] = []
        for path in paths {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { throw .noSuchPath(path) }
            files += isDirectory.boolValue ? Self.xmlFiles(under: path) : [path]
        }
        let directory = FileManager.default.currentDirectoryPath
        // One folder's walk never yields a file twice (folder links are not
        // followed); only overlapping arguments can, so only then are paths compared.
        if paths.count > 1 {
            var seen: Set<String> = []
            files = files.filter { seen.insert(Self.normalized($0, in: directory)).inserted }
        }
        var extraDiagnostics: [Diagnostic] = []

        // The taxonomy first: every other rule needs it.
        let taxonomyKey = Self.normalized(taxonomyPath, in: directory)
        let isTaxonomy = { (file: String) in file.hasSuffix("taxonomy.xml") && Self.normalized(file, in: directory) == taxonomyKey }
        let taxonomyFile = files.first(where: isTaxonomy)
        let taxonomyDocument = parseDocument(taxonomyFile ?? taxonomyPath)
        var taxonomy = Taxonomy(nodes: [])
        if let root = taxonomyDocument.root, root.name == "taxonomy" {
            taxonomy = TaxonomyDecoder.decode(root)
        }
        if taxonomyFile == nil, taxonomyDocument.hasErrors {
            extraDiagnostics.append(Self.fileProblem(taxonomyPath, nil, Message("schema.taxonomy-unusable", ["path": taxonomyPath]), "taxonomy.unusable"))
        }
        let context = RuleContext(taxonomy: taxonomy, today: today)

        // Parse and check every other file on every core.
        let others = files.filter { !isTaxonomy($0) }
        var stepReport: (@Sendable (Int, Int, String) -> Void)?
        if let progress { stepReport = { done, total, _ in progress(done, total) } }
        let counter = ProgressCounter(total: others.count, every: others.count / 100, report: stepReport)
        let parsed: [ParsedFile] = parallelMap(others.count) { index in
            defer { counter.tick() }
            var result = self.parseAndCheck(others[index], context: context)
            if !keepSuppliers, case .supplier(let key, _) = result.document { result.document = .supplier(key, nil) }
            return result
        }

        // Cross-file rules (unique ids, shared NEQs, mission references) live in the index.
        var taxonomyRecord: (file: String, diagnostics: [Diagnostic])?
        if let taxonomyFile {
            var diagnostics = taxonomyDocument.diagnostics
            if taxonomyDocument.root != nil { diagnostics += TaxonomyRules.check(taxonomy, file: taxonomyFile) }
            taxonomyRecord = (taxonomyFile, Self.preferSchemaErrors(diagnostics))
        }
        // Missions may name suppliers stored in the catalogue but not loaded now.
        var outsideIDs: Set<String> = []
        if paths != [root], parsed.contains(where: { if case .mission? = $0.document { true } else { false } }) {
            let loaded = Set(files.filter { ($0 as NSString).deletingLastPathComponent == suppliersDirectory }.compactMap(Self.fileID))
            outsideIDs = Self.supplierIDsOnDisk(suppliersDirectory).subtracting(loaded)
        }
        return CatalogIndex(
            loader: self, context: context, keepSuppliers: keepSuppliers, taxonomyKey: taxonomyKey, files: files,
            parsed: parsed, taxonomyRecord: taxonomyRecord, extraDiagnostics: extraDiagnostics, outsideIDs: outsideIDs)
    }

    // MARK: - One file

    /// What the cross-file rules need of an entry, kept even when its model is not.
    struct SupplierKey: Sendable {
        var id: String
        var neq: String
        var idLine: Int?
        var neqLine: Int?

        init(_ supplier: Supplier) {
            id = supplier.id
            neq = supplier.neq
            idLine = supplier.line("id")
            neqLine = supplier.line("neq")
        }
    }

    /// Boxed (`indirect`): a `Supplier` is hundreds of bytes inline, and the index keeps
    /// one document per file in a dictionary that copies and moves them; with the
    /// payload inline, `alucat validate` of 20,000 entries held 13 MB more and spent its
    /// copies in `memmove`, even with the models dropped.
    indirect enum Document: Sendable {
        case supplier(SupplierKey, Supplier?)
        case mission(Mission)
        case taxonomy
    }

    struct ParsedFile: Sendable {
        var file: String
        var document: Document?
        var diagnostics: [Diagnostic]
    }

    /// Reads `file` with the size cap, parses it safely and validates it against
    /// the schema its root element calls for.
    func parseDocument(_ file: String) -> XMLParseResult {
        switch FileReader.read(file, limit: limits.maxBytes) {
        case .unreadable(let reason):
            return XMLParseResult(root: nil, diagnostics: [Self.fileProblem(file, nil, Message("schema.file.unreadable", ["reason": reason]), "file.unreadable")])
        case .tooLarge(let size):
            return XMLParseResult(root: nil, diagnostics: [Self.fileProblem(file, nil, Message("schema.file.too-large", ["size": String(size), "limit": String(limits.maxBytes)]), "xml.too-large")])
        case .bytes(let bytes):
            var result = SafeXMLParser.parse(bytes, file: file, limits: limits) { name, namespace in
                schemas.schema(forRoot: name, namespace: namespace)
            }
            result.diagnostics = SchemaHints.annotate(result.diagnostics)
            return result
        }
    }

    /// The whole single-file pipeline for an entry or mission.
    func parseAndCheck(_ file: String, context: RuleContext) -> ParsedFile {
        switch FileReader.read(file, limit: limits.maxBytes) {
        case .unreadable(let reason):
            return ParsedFile(file: file, diagnostics: [Self.fileProblem(file, nil, Message("schema.file.unreadable", ["reason": reason]), "file.unreadable")])
        case .tooLarge(let size):
            return ParsedFile(file: file, diagnostics: [Self.fileProblem(file, nil, Message("schema.file.too-large", ["size": String(size), "limit": String(limits.maxBytes)]), "xml.too-large")])
        case .bytes(let bytes):
            return check(bytes: bytes, file: file, fileID: Self.fileID(file), context: context).parsed
        }
    }

    /// What a document's root gave while its tree was alive.
    enum RootContent {
        case supplier(Supplier, line: Int)
        case mission(Mission, line: Int)
        case taxonomy(line: Int)
        case foreign(name: String, line: Int)
        case unknown(name: String, line: Int)

        var line: Int {
            switch self {
            case .supplier(_, let line), .mission(_, let line), .taxonomy(let line),
                 .foreign(_, let line), .unknown(_, let line): line
            }
        }
    }

    /// Parses `bytes` safely, validates them against the schema their root calls
    /// for, decodes the model straight from the tree, then applies the rules.
    /// Also returns the root's line (nil when there is no readable root).
    ///
    /// Supplier entries are validated against ``CatalogSchemas/supplierForLoader``
    /// and the patterns it leaves out are checked on the same tree. That settles the
    /// (usual) valid case. An entry with any schema problem is validated again
    /// against the published schema, whose messages are reported: libxml2 stops
    /// looking inside an element after its first misplaced child, skips foreign
    /// elements, and so on, and only libxml2 itself says exactly what it says.
    func check(bytes: [UInt8], file: String, fileID: String?, context: RuleContext) -> (parsed: ParsedFile, rootLine: Int?) {
        var checkPatterns = false
        let (read, diagnostics) = SafeXMLParser.parse(bytes, file: file, limits: limits, selectSchema: { name, namespace in
            let schema = schemas.schema(forRoot: name, namespace: namespace)
            if schema === schemas.supplier {
                checkPatterns = true
                return schemas.supplierForLoader
            }
            return schema
        }, read: { root in
            let content = Self.readRoot(root, fallbackID: fileID ?? "")
            return (content, !checkPatterns || SupplierPatternCheck.allMatch(root, patterns: schemas.patternsCheckedByLoader, repeats: schemas.repeatsCountedByLoader, lengths: schemas.lengthsCheckedByLoader))
        })
        var all = diagnostics
        if checkPatterns, let (_, patternsMatch) = read, !patternsMatch || diagnostics.contains(where: { $0.code == "xml.schema" }) {
            all = SafeXMLParser.parse(bytes, file: file, limits: limits, selectSchema: { _, _ in schemas.supplier }, read: { _ in () }).diagnostics
        }
        let parsed = check(read?.0, diagnostics: SchemaHints.annotate(all), file: file, fileID: fileID, context: context)
        return (parsed, read?.0.line)
    }

    private static func readRoot(_ root: XMLNodeView, fallbackID: String) -> RootContent {
        let line = root.line
        guard root.namespace == CatalogSchemas.namespace else { return .foreign(name: root.name, line: line) }
        if root.hasName("supplier") { return .supplier(SupplierDecoder.decode(root, fallbackID: fallbackID), line: line) }
        if root.hasName("mission") { return .mission(MissionDecoder.decode(root.copy(), fallbackID: fallbackID), line: line) }
        if root.hasName("taxonomy") { return .taxonomy(line: line) }
        return .unknown(name: root.name, line: line)
    }

    /// Rules for a document already decoded and validated against its schema.
    private func check(_ content: RootContent?, diagnostics: [Diagnostic], file: String, fileID: String?, context: RuleContext) -> ParsedFile {
        switch content {
        case nil:
            return ParsedFile(file: file, diagnostics: diagnostics)
        case .foreign(let name, let line):
            return ParsedFile(file: file, diagnostics: diagnostics + [
                Self.fileProblem(file, line, Message("schema.namespace", ["name": name, "namespace": CatalogSchemas.namespace]), "xml.namespace")
            ])
        case .supplier(let supplier, _):
            let rules = SupplierRules.check(supplier, file: file, fileID: fileID, context: context)
            return ParsedFile(file: file, document: .supplier(SupplierKey(supplier), supplier), diagnostics: Self.preferSchemaErrors(diagnostics + rules))
        case .mission(let mission, _):
            return ParsedFile(file: file, document: .mission(mission), diagnostics: diagnostics)
        case .taxonomy(let line):
            return ParsedFile(file: file, document: .taxonomy, diagnostics: diagnostics + [
                Self.fileProblem(file, line, Message("schema.taxonomy-extra", ["path": taxonomyPath]), "taxonomy.extra", .warning)
            ])
        case .unknown(let name, let line):
            return ParsedFile(file: file, diagnostics: diagnostics + [
                Self.fileProblem(file, line, Message("schema.root", ["name": name]), "xml.root")
            ])
        }
    }

    /// A problem with a whole file (unreadable, too large, not a catalogue document): no field.
    static func fileProblem(_ file: String, _ line: Int?, _ problem: Message, _ code: String,
                            _ severity: Diagnostic.Severity = .error) -> Diagnostic {
        Diagnostic(severity, .init(file: file, line: line), field: nil, subject: nil, problem: problem, code: code)
    }

    /// One problem, one message: where the schema and a rule report the same field
    /// (a bad e-mail breaks the pattern and the rule; a language name breaks the type
    /// and the rule), the supplier reads the rule's sentence, which says what is wrong
    /// and is worded for people in French and English; the schema's is dropped, and
    /// lends its line to a rule that has none. Except for a value outside a list
    /// (a region): the schema's message, which lists the allowed values, is kept. A schema error at `languages` covers a
    /// rule's `languages[1]`. Fields are compared, not lines: two problems on one line
    /// stay two messages, and one problem never becomes two.
    static func preferSchemaErrors(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        guard diagnostics.contains(where: { $0.code == "xml.schema" && $0.field != nil }) else { return diagnostics }
        // Rule errors by field, and by field without its last index: a schema error about
        // `languages` covers the rule's `languages[1]`. Looked up, not scanned, so a file
        // with thousands of errors stays linear.
        var ruleFields: [String: [(field: String, index: Int)]] = [:]
        for (index, d) in diagnostics.enumerated() where !d.code.hasPrefix("xml.") && d.severity == .error {
            guard let field = d.field else { continue }
            ruleFields[field, default: []].append((field, index))
            if field.hasSuffix("]"), let open = field.lastIndex(of: "[") {
                ruleFields[String(field[..<open]), default: []].append((field, index))
            }
        }
        guard !ruleFields.isEmpty else { return diagnostics }
        var result = diagnostics
        var dropped = Set<Int>()
        for (index, d) in diagnostics.enumerated() where d.code == "xml.schema" {
            guard let field = d.field else { continue }
            let covering = ruleFields[field] ?? []
            guard !covering.isEmpty else { continue }
            // A value outside a list: the schema's message lists the allowed values.
            if d.problem?.key == "schema.enumeration" {
                dropped.formUnion(covering.map(\.index))
                continue
            }
            dropped.insert(index)
            // The schema points at the field's own element: its line is the more precise.
            for rule in covering where d.location.line != nil {
                result[rule.index].location.line = d.location.line
            }
        }
        return result.enumerated().filter { !dropped.contains($0.offset) }.map(\.element)
    }

    // MARK: - Files

    package static func fileID(_ file: String) -> String? {
        var path = file
        return path.withUTF8 { bytes -> String? in
            let start = (bytes.lastIndex(of: UInt8(ascii: "/")) ?? -1) + 1
            guard bytes.count - start >= 4, bytes[(bytes.count - 4)...].elementsEqual(".xml".utf8) else { return nil }
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(bytes.count - 4)]), as: UTF8.self)
        }
    }

    /// A path's standard absolute form, cheaply: the common case (an absolute or
    /// plain relative path with no empty, `.` or `..` segment) avoids Foundation's
    /// URL and string-search machinery, which costs more than parsing a small entry.
    package static func normalized(_ path: String, in directory: String) -> String {
        if isPlain(path) {
            return path.utf8.first == UInt8(ascii: "/") ? path : directory + "/" + path
        }
        return URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// True for a non-empty path with no empty (`//`, trailing `/`), `.` or `..`
    /// segment, in one pass over its bytes.
    package static func isPlain(_ path: String) -> Bool {
        var segmentLength = 0, dots = 0, index = 0
        for byte in path.utf8 {
            if byte == UInt8(ascii: "/") {
                if index > 0, segmentLength == 0 || segmentLength == dots && dots <= 2 { return false }
                segmentLength = 0; dots = 0
            } else {
                segmentLength += 1
                if byte == UInt8(ascii: ".") { dots += 1 }
            }
            index += 1
        }
        return index > 0 && segmentLength > 0 && !(segmentLength == dots && dots <= 2)
    }

    /// Every `*.xml` below `directory`, sorted, skipping `schema/`, `history/`,
    /// hidden folders and symbolic links to folders. Uses `readdir`'s file types, so
    /// a folder of 20,000 entries costs no `stat` per file.
    public static func xmlFiles(under directory: String) -> [String] {
        var files: [String] = []
        func walk(_ folder: String) {
            guard let handle = opendir(folder) else { return }
            defer { closedir(handle) }
            while let entry = readdir(handle) {
                let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                    String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
                }
                if name.hasPrefix(".") { continue }
                let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
                var type = Int32(entry.pointee.d_type)
                if type == Int32(DT_UNKNOWN) {
                    var info = stat()
                    type = lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR ? Int32(DT_DIR) : Int32(DT_REG)
                }
                // Symbolic links to folders are not followed (a link to `..` would
                // loop); links to files are read like files.
                if type == Int32(DT_LNK) {
                    var info = stat()
                    if stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR { continue }
                }
                if type == Int32(DT_DIR) {
                    if name != "schema" && name != "history" { walk(path) }
                } else if name.hasSuffix(".xml") {
                    files.append(path)
                }
            }
        }
        walk(directory)
        return files.sorted()
    }

    static func supplierIDsOnDisk(_ directory: String) -> Set<String> {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return Set(names.filter { $0.hasSuffix(".xml") }.map { String($0.dropLast(4)) })
    }
}
