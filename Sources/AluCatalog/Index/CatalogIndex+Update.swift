import AluDiagnostics
import AluLocalization
import AluXML
import Foundation

extension CatalogIndex {
    /// Builds the index from files already through their single-file pipeline
    /// (the loader's cross-file step).
    init(
        loader: CatalogLoader, context: RuleContext, keepSuppliers: Bool, taxonomyKey: String,
        files: [String], parsed: [CatalogLoader.ParsedFile], taxonomyRecord: (file: String, diagnostics: [Diagnostic])?,
        extraDiagnostics: [Diagnostic], outsideIDs: Set<String>
    ) {
        self.loader = loader
        self.context = context
        self.keepSuppliers = keepSuppliers
        self.taxonomyKey = taxonomyKey
        self.extraDiagnostics = extraDiagnostics
        self.outsideIDs = outsideIDs
        suppliersPrefix = loader.suppliersDirectory.hasSuffix("/") ? loader.suppliersDirectory : loader.suppliersDirectory + "/"
        order = files
        orderIsSorted = zip(files, files.dropFirst()).allSatisfy { $0 < $1 }
        records = [:]
        idClaims = [:]
        neqClaims = [:]
        missionClaims = [:]
        missionRules = [:]
        folderIDs = nil
        records.reserveCapacity(files.count)
        idClaims.reserveCapacity(parsed.count)
        neqClaims.reserveCapacity(parsed.count)
        if let taxonomyRecord {
            records[taxonomyRecord.file] = Record(document: .taxonomy, diagnostics: taxonomyRecord.diagnostics)
        }
        // `parsed` is in path order: appending keeps every claim list in path order.
        for result in parsed {
            let record = Record(document: result.document, diagnostics: result.diagnostics)
            records[result.file] = record
            register(record, file: result.file, inOrder: true)
        }
        if !missionRules.isEmpty { countFolderIDs() }
        for file in missionRules.keys { recheckMission(file) }
    }

    /// Counts the supplier ids known by file name, once the index has a mission.
    private mutating func countFolderIDs() {
        var counts: [String: Int] = [:]
        for file in order { if let id = folderID(file) { counts[id, default: 0] += 1 } }
        folderIDs = counts
    }

    // MARK: - Updates

    /// Runs `bytes` through the single-file pipeline as `file` and puts the result in
    /// place of that file's previous one (or adds it), then re-runs the cross-file
    /// checks it touches: the id and NEQ it had and has, and the missions naming them.
    public mutating func upsert(bytes: [UInt8], file given: String) throws(UpdateError) {
        guard CatalogLoader.normalized(given, in: FileManager.default.currentDirectoryPath) != taxonomyKey else {
            throw .taxonomyNeedsReload(given)
        }
        let file = try knownSpelling(of: given)
        var parsed: CatalogLoader.ParsedFile
        if bytes.count > loader.limits.maxBytes {
            parsed = CatalogLoader.ParsedFile(file: file, diagnostics: [
                CatalogLoader.fileProblem(file, nil, Message("schema.file.too-large", ["size": String(bytes.count), "limit": String(loader.limits.maxBytes)]), "xml.too-large")
            ])
        } else {
            parsed = loader.check(bytes: bytes, file: file, fileID: CatalogLoader.fileID(file), context: context).parsed
        }
        if !keepSuppliers, case .supplier(let key, _)? = parsed.document { parsed.document = .supplier(key, nil) }
        replace(file, with: Record(document: parsed.document, diagnostics: parsed.diagnostics))
    }

    /// Takes `file` out of the index (its entry or mission), then re-runs the cross-file
    /// checks it touched: the next file claiming its id or NEQ becomes the owner, and a
    /// mission naming a supplier no longer known gets its error. Call it once the file
    /// is gone (or as good as gone): a later full load would no longer see it.
    public mutating func remove(file: String) {
        guard records[file] != nil,
              CatalogLoader.normalized(file, in: FileManager.default.currentDirectoryPath) != taxonomyKey else { return }
        replace(file, with: nil)
    }

    /// The spelling the index knows `file` by, so one file is never indexed twice; a new
    /// file must be one a load would read, or the index would differ from a fresh load.
    /// Only a file not yet indexed costs a look at the others (O(n), like its insertion).
    func knownSpelling(of file: String) throws(UpdateError) -> String {
        if records[file] != nil { return file }
        let directory = FileManager.default.currentDirectoryPath
        let key = CatalogLoader.normalized(file, in: directory)
        if let known = order.first(where: { CatalogLoader.normalized($0, in: directory) == key }) { return known }
        // Folders above the catalogue may have any name (and the root any spelling, `../cat`);
        // below it, a load skips hidden, history and schema folders.
        let rootKey = CatalogLoader.normalized(loader.root, in: directory)
        let below = key.hasPrefix(rootKey + "/") ? String(key.dropFirst(rootKey.count + 1)) : (key as NSString).lastPathComponent
        let components = below.split(separator: "/", omittingEmptySubsequences: false)
        guard file.hasSuffix(".xml"), !components.contains(where: { $0.isEmpty || $0.hasPrefix(".") }),
              !components.dropLast().contains(where: { $0 == "history" || $0 == "schema" })
        else { throw .notACatalogueFile(file) }
        return file
    }

    /// Removes the entry owning `id` (see ``remove(file:)``); returns its file.
    @discardableResult
    public mutating func remove(id: String) -> String? {
        guard let file = idClaims[id]?.first else { return nil }
        remove(file: file)
        return file
    }

    private mutating func replace(_ file: String, with record: Record?) {
        if folderIDs == nil, case .mission? = record?.document { countFolderIDs() }
        var touched: Set<String> = []
        let old = records[file]
        if let old {
            touched.formUnion(unregister(old, file: file))
        } else if record != nil {
            if orderIsSorted { order.insert(file, at: Self.insertionPoint(of: file, in: order)) } else { order.append(file) }
        }
        if let record {
            records[file] = record
            touched.formUnion(register(record, file: file, inOrder: false))
        } else {
            records[file] = nil
            if let position = rank(of: file) { order.remove(at: position) }
        }
        // Missions naming a supplier whose existence may have changed, and this file
        // itself when it is a mission.
        for mission in missionRules.keys {
            guard case .mission(let m)? = records[mission]?.document else { continue }
            if mission == file || !touched.isDisjoint(with: m.selection.include) || !touched.isDisjoint(with: m.selection.exclude) {
                recheckMission(mission)
            }
        }
    }

    /// Adds `record`'s claims; returns the supplier ids it makes known, except for a
    /// load (`inOrder`), which has no mission to recheck yet and ignores them (a set
    /// per entry cost a tenth of building the index).
    @discardableResult
    private mutating func register(_ record: Record, file: String, inOrder: Bool) -> Set<String> {
        var ids: Set<String> = []
        if folderIDs != nil, let folderID = folderID(file) {
            folderIDs![folderID, default: 0] += 1
            ids.insert(folderID)
        }
        switch record.document {
        case .supplier(let key, _)?:
            let idPosition = inOrder ? nil : claimPosition(of: file, among: idClaims[key.id])
            Self.claim(&idClaims, key.id, file, at: idPosition)
            if !key.neq.isEmpty {
                let neqPosition = inOrder ? nil : claimPosition(of: file, among: neqClaims[key.neq])
                Self.claim(&neqClaims, key.neq, file, at: neqPosition)
            }
            if !inOrder { ids.insert(key.id) }
        case .mission(let mission)?:
            let position = inOrder ? nil : claimPosition(of: file, among: missionClaims[mission.id])
            Self.claim(&missionClaims, mission.id, file, at: position)
            missionRules[file] = []
        case .taxonomy?, nil:
            break
        }
        return ids
    }

    /// Removes `record`'s claims; returns the supplier ids it made known.
    private mutating func unregister(_ record: Record, file: String) -> Set<String> {
        var ids: Set<String> = []
        if folderIDs != nil, let folderID = folderID(file) {
            let count = (folderIDs![folderID] ?? 1) - 1
            folderIDs![folderID] = count > 0 ? count : nil
            ids.insert(folderID)
        }
        switch record.document {
        case .supplier(let key, _)?:
            Self.unclaim(&idClaims, key.id, file)
            if !key.neq.isEmpty { Self.unclaim(&neqClaims, key.neq, file) }
            ids.insert(key.id)
        case .mission(let mission)?:
            Self.unclaim(&missionClaims, mission.id, file)
            missionRules[file] = nil
        case .taxonomy?, nil:
            break
        }
        return ids
    }

    /// Re-runs the mission rules of `file` against the suppliers known now. Only the ids
    /// the mission names are looked up, never the whole set.
    private mutating func recheckMission(_ file: String) {
        guard case .mission(let mission)? = records[file]?.document else { return }
        let named = Set(mission.selection.include + mission.selection.exclude).filter(isKnownSupplier)
        missionRules[file] = MissionRules.check(mission, file: file, fileID: CatalogLoader.fileID(file), supplierIDs: named, context: context)
    }

    /// The supplier id a file in the suppliers folder is known by (its name without `.xml`).
    private func folderID(_ file: String) -> String? {
        guard file.hasPrefix(suppliersPrefix), !file.utf8.dropFirst(suppliersPrefix.utf8.count).contains(UInt8(ascii: "/")) else { return nil }
        return CatalogLoader.fileID(file)
    }

    // MARK: - Ordered lists

    /// Adds `file` to the claims on `key` at `position` (nil: last, as a load adds
    /// files in the index's order). Static, so the dictionary is updated in place:
    /// a method of the index reading `self` during the update would copy it.
    private static func claim(_ claims: inout [String: Claims], _ key: String, _ file: String, at position: Int?) {
        guard claims[key] != nil else {
            claims[key] = Claims(file)
            return
        }
        claims[key]!.insert(file, at: position ?? claims[key]!.count)
    }

    /// Where `file` goes among `claims`, by the index's order.
    private func claimPosition(of file: String, among claims: Claims?) -> Int {
        guard let all = claims?.all else { return 0 }
        let rank = rank(of: file) ?? order.count
        return all.firstIndex { (self.rank(of: $0) ?? order.count) > rank } ?? all.count
    }

    /// The position of `file` in the index's order.
    private func rank(of file: String) -> Int? {
        orderIsSorted ? Self.position(of: file, in: order) : order.firstIndex(of: file)
    }

    private static func unclaim(_ claims: inout [String: Claims], _ key: String, _ file: String) {
        guard var list = claims[key] else { return }
        claims[key] = list.remove(file) ? list : nil
    }

    /// Where `file` goes in the sorted `list` (binary search).
    static func insertionPoint(of file: String, in list: [String]) -> Int {
        var low = 0, high = list.count
        while low < high {
            let middle = (low + high) / 2
            if list[middle] < file { low = middle + 1 } else { high = middle }
        }
        return low
    }

    static func position(of file: String, in list: [String]) -> Int? {
        let index = insertionPoint(of: file, in: list)
        return index < list.count && list[index] == file ? index : nil
    }
}
