public import AluDiagnostics
import AluLocalization
import Foundation

/// Every file of a catalogue with its status, indexed: entries by id and by NEQ,
/// missions, the taxonomy, and the whole report.
///
/// Built by ``CatalogLoader/load(paths:keepSuppliers:progress:)`` and kept up to date
/// one file at a time by ``upsert(bytes:file:)`` and ``remove(file:)``, which re-run
/// that file's checks and only the cross-file ones it touches (id, NEQ, missions
/// naming it). After any sequence of updates, ``report`` equals what a fresh load of
/// the same files gives.
///
/// Who owns an id or an NEQ shared by several files is decided as a load decides it:
/// the file that comes first in the load's order (path order for a folder, which is
/// what ``CatalogLoader/loadAll(progress:)`` gives). A new file takes its place in path
/// order when the files are in path order, and comes last otherwise.
///
/// Thread-safety: a value type (`Sendable`, copy-on-write storage). A server holds one
/// index, updates a copy and swaps it in; readers keep the copy they started with.
/// Updating a copy that is still shared copies its dictionaries once (O(n)).
public struct CatalogIndex: Sendable {
    /// One file's own result: what it is, and what its single-file pipeline said.
    struct Record: Sendable {
        var document: CatalogLoader.Document?
        var diagnostics: [Diagnostic]
    }

    let loader: CatalogLoader
    let context: RuleContext
    /// Models are dropped when false (what `alucat validate` needs).
    let keepSuppliers: Bool
    /// The normalized path of the catalogue's taxonomy file (never updated in place).
    let taxonomyKey: String
    var records: [String: Record]
    /// Every file: the report's file order and the ownership order.
    var order: [String]
    /// True when ``order`` is sorted by path (a folder's load): positions are then
    /// found by binary search.
    var orderIsSorted: Bool
    /// Supplier files claiming each id, in path order: the first owns it.
    var idClaims: [String: Claims]
    /// Supplier files with each NEQ, in path order; the first that owns its id owns it.
    var neqClaims: [String: Claims]
    /// Mission files claiming each mission id, in path order.
    var missionClaims: [String: Claims]
    /// Mission files, and their rules' diagnostics (which depend on the suppliers).
    var missionRules: [String: [Diagnostic]]
    /// Supplier ids known by file name in the suppliers folder (a mission may name an
    /// entry whose file cannot be read), counted per file. Only missions need them: nil
    /// until the index has one (`alucat validate` of a suppliers folder never pays).
    var folderIDs: [String: Int]?
    /// `suppliers/` with its trailing slash: a file directly in it is known by its name.
    let suppliersPrefix: String
    /// Supplier file names on disk that were not loaded (a partial load).
    let outsideIDs: Set<String>
    /// Diagnostics about no file of the set (an unusable taxonomy).
    let extraDiagnostics: [Diagnostic]

    /// The catalogue's taxonomy, as every rule saw it.
    public var taxonomy: Taxonomy { context.taxonomy }

    /// Every file of the index, in the load's order.
    public var files: [String] { order }

    // MARK: - Lookups

    /// The entry owning `id` (the first file in path order that claims it), valid or not.
    public func entry(id: String) -> Entry? {
        guard let file = idClaims[id]?.first else { return nil }
        return entry(file: file)
    }

    /// The supplier entry stored in `file`, if that file is one.
    public func entry(file: String) -> Entry? {
        guard let record = records[file], case .supplier(let key, let supplier)? = record.document else { return nil }
        let cross = crossFileDiagnostics(file: file, key: key)
        let diagnostics = record.diagnostics + cross
        let owns = idClaims[key.id]?.first == file
        return Entry(id: key.id, neq: key.neq, file: file, diagnostics: diagnostics,
                     isValid: owns && !diagnostics.contains { $0.severity == .error }, supplier: supplier)
    }

    /// The entries (owners of their id) whose NEQ is `neq`, in path order.
    public func entries(neq: String) -> [Entry] {
        guard !neq.isEmpty else { return [] }
        return (neqClaims[neq]?.all ?? []).compactMap { file in
            guard let entry = entry(file: file), idClaims[entry.id]?.first == file else { return nil }
            return entry
        }
    }

    /// Every supplier entry owning its id, sorted by id.
    public var entries: [Entry] {
        idClaims.keys.sorted().compactMap { entry(id: $0) }
    }

    /// The valid supplier `id`, if any.
    public func supplier(id: String) -> Supplier? {
        guard let entry = entry(id: id), entry.isValid else { return nil }
        return entry.supplier
    }

    /// The valid mission `id`, if any.
    public func mission(id: String) -> Mission? {
        guard let file = missionClaims[id]?.first, isValidMission(file),
              case .mission(let mission)? = records[file]?.document else { return nil }
        return mission
    }

    /// True when `id` names a supplier for a mission's include or exclude list: an entry
    /// claims it, or a file in the suppliers folder is named after it.
    func isKnownSupplier(_ id: String) -> Bool {
        idClaims[id] != nil || folderIDs?[id] != nil || outsideIDs.contains(id)
    }

    // MARK: - Published view and report

    /// The published catalogue: valid suppliers (with their model) and valid missions.
    /// Built on each call (O(n)); hold on to it.
    public var catalog: Catalog {
        var suppliers: [Supplier] = []
        var withheld: Set<String> = []
        suppliers.reserveCapacity(idClaims.count)
        for id in idClaims.keys {
            guard let entry = entry(id: id) else { continue }
            if entry.isValid {
                if let supplier = entry.supplier { suppliers.append(supplier) }
            } else {
                withheld.insert(id)
            }
        }
        var missions: [Mission] = []
        for (id, claims) in missionClaims {
            let file = claims.first
            guard isValidMission(file), case .mission(let mission)? = records[file]?.document,
                  mission.id == id else { continue }
            missions.append(mission)
        }
        return Catalog(taxonomy: taxonomy, suppliers: suppliers, missions: missions, withheldSupplierIDs: withheld)
    }

    /// Every diagnostic of every file, as a fresh load of the same files reports them.
    public var report: DiagnosticReport {
        var report = DiagnosticReport(files: order)
        for file in order {
            guard let record = records[file] else { continue }
            switch record.document {
            case .supplier(let key, _)?:
                report.add(contentsOf: record.diagnostics)
                report.add(contentsOf: crossFileDiagnostics(file: file, key: key))
            case .mission(let mission)?:
                // One problem, one message, as for entries: a rule's sentence about a
                // field replaces the schema's about the same field.
                report.add(contentsOf: CatalogLoader.preferSchemaErrors(record.diagnostics + (missionRules[file] ?? [])))
                if let first = missionClaims[mission.id]?.first, first != file {
                    report.add(Self.missionDuplicate(mission, file: file, first: first))
                }
            case .taxonomy?, nil:
                report.add(contentsOf: record.diagnostics)
            }
        }
        report.add(contentsOf: extraDiagnostics)
        return report
    }

    /// Ids of supplier entries with errors (their own, or a duplicate id), sorted.
    public var invalidEntryIDs: [String] {
        var ids: Set<String> = []
        for (id, claims) in idClaims {
            for file in claims.all where !(entry(file: file)?.isValid ?? false) { ids.insert(id) }
        }
        return ids.sorted()
    }

    // MARK: - Cross-file rules

    /// The id and NEQ rules for the supplier in `file`: a later file with a taken id is
    /// an error; the owner of an id whose NEQ an earlier owner has gets a warning.
    func crossFileDiagnostics(file: String, key: CatalogLoader.SupplierKey) -> [Diagnostic] {
        if let owner = idClaims[key.id]?.first, owner != file {
            return [Self.crossFile(.error, file, key.idLine, "id", "supplier", Message("rule.id-duplicate", ["id": key.id, "owner": owner]), "supplier.id-duplicate")]
        }
        // The usual case: this file, which owns its id, is the NEQ's first claimant.
        guard !key.neq.isEmpty, let claims = neqClaims[key.neq], claims.first != file,
              let first = neqOwner(key.neq), first != file else { return [] }
        return [Self.crossFile(.warning, file, key.neqLine, "neq", "supplier", Message("rule.neq-duplicate", ["neq": key.neq, "owner": first]), "supplier.neq-duplicate")]
    }

    /// The first file in path order with this NEQ that owns its id.
    func neqOwner(_ neq: String) -> String? {
        neqClaims[neq]?.first { (file: String) -> Bool in
            guard case .supplier(let key, _)? = records[file]?.document else { return false }
            return idClaims[key.id]?.first == file
        }
    }

    func isValidMission(_ file: String) -> Bool {
        guard let record = records[file], case .mission(let mission)? = record.document,
              missionClaims[mission.id]?.first == file else { return false }
        return !(record.diagnostics + (missionRules[file] ?? [])).contains { $0.severity == .error }
    }

    static func missionDuplicate(_ mission: Mission, file: String, first: String) -> Diagnostic {
        crossFile(.error, file, mission.lines["id"], "id", "mission", Message("rule.mission.id-duplicate", ["id": mission.id, "owner": first]), "mission.id-duplicate")
    }

    /// A rule across files, about one field of this file's document, like any rule's.
    static func crossFile(
        _ severity: Diagnostic.Severity, _ file: String, _ line: Int?, _ field: String, _ root: String,
        _ problem: Message, _ code: String
    ) -> Diagnostic {
        Diagnostic(severity, .init(file: file, line: line.flatMap { $0 > 0 ? $0 : nil }), field: field,
                   subject: FieldPath.xmlSubject(field, root: root), problem: problem, code: code)
    }
}
