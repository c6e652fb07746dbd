import AluCatalog
import AluIntake
import AluPortalState
import AluXML
import Foundation
import Synchronization

/// What ``SubmissionBenchmark`` works on: a private catalogue, a fresh portal data folder,
/// one supplier account per entry used and a reviewer (all made the real way), and the
/// live index the portal would hold, kept up to date after each approval.
final class SubmissionBed: Sendable {
    let root: String
    let loader: CatalogLoader
    let store: PortalStore
    /// The index the portal keeps in memory: a copy is handed to each call, an approval's
    /// file is upserted into it (under the lock, as the portal swaps its snapshot).
    let live: Locked<CatalogIndex>
    /// The valid entries submitted to, with the account that submits for each.
    let suppliers: [Supplier]
    let callers: [Caller]
    let reviewer: Caller
    let entryCount: Int
    /// Invitation + acceptance of each account, in seconds.
    let accountSeconds: [Double]
    /// Approvals tried again because another one for the same supplier was under way.
    let collisions = Locked(0)

    init(scratch: String, catalog: String, synthetic: Int?, accounts: Int, today: CalendarDay) throws {
        let fm = FileManager.default
        root = URL(fileURLWithPath: scratch).standardizedFileURL.path
        let catalogRoot = root + "/catalog", data = root + "/data"
        let source = try CatalogLoader(root: catalog, today: today)
        try fm.createDirectory(atPath: catalogRoot + "/suppliers", withIntermediateDirectories: true)
        try fm.createDirectory(atPath: data, withIntermediateDirectories: true)
        try fm.copyItem(atPath: source.schemas.directory, toPath: catalogRoot + "/schema")
        try fm.copyItem(atPath: source.taxonomyPath, toPath: catalogRoot + "/taxonomy.xml")
        if let synthetic {
            let generator = SyntheticSuppliers(taxonomy: source.loadTaxonomy(), today: today)
            for index in 0..<synthetic {
                let path = catalogRoot + "/suppliers/synthetic-\(index).xml"
                guard fm.createFile(atPath: path, contents: Data(generator.document(index).utf8)) else { throw BenchmarkFailure("cannot write \(path)") }
            }
        } else {
            for name in try fm.contentsOfDirectory(atPath: source.suppliersDirectory) where name.hasSuffix(".xml") && !name.hasPrefix(".") {
                try fm.copyItem(atPath: source.suppliersDirectory + "/" + name, toPath: catalogRoot + "/suppliers/" + name)
            }
            let missions = (source.root as NSString).appendingPathComponent("missions")
            if fm.fileExists(atPath: missions) { try fm.copyItem(atPath: missions, toPath: catalogRoot + "/missions") }
        }
        let loader = try CatalogLoader(root: catalogRoot, today: today)
        let store = try PortalStore(directory: data, intake: SupplierIntake(loader: loader), configuration: .testing)
        self.loader = loader
        self.store = store
        let index = loader.loadAll()
        live = Locked(index)
        let valid = index.entries.filter(\.isValid).compactMap(\.supplier).sorted { $0.id < $1.id }
        guard !valid.isEmpty else { throw BenchmarkFailure("no valid entry in the catalogue on \(today)") }
        entryCount = index.entries.count
        // As many suppliers as submissions when the catalogue has them, spread over it.
        let used = min(accounts, valid.count)
        let suppliers = (0..<used).map { valid[$0 * valid.count / used] }
        self.suppliers = suppliers

        var seconds: [Double] = []
        let visitor = Caller(account: nil, address: "192.0.2.1")
        func account(_ email: String, _ role: AccountRole, _ supplierID: String?) throws -> Caller {
            let watch = Stopwatch()
            let link = try store.invite(email: email, role: role, supplierID: supplierID, by: .system)
            let account = try store.acceptInvitation(token: link.token.value, password: "correct horse battery staple", caller: visitor)
            seconds.append(watch.seconds)
            return Caller(account: account, address: "192.0.2.10")
        }
        callers = try suppliers.enumerated().map { k, supplier in try account("supplier\(k)@bench.example", .supplier, supplier.id) }
        reviewer = try account("reviewer@bench.example", .reviewer, nil)
        accountSeconds = seconds
    }

    /// The entry of submitter `k` with one more membership: a real change, valid, its
    /// id and NEQ unchanged.
    func changed(_ k: Int, tag: String) -> [UInt8] {
        var entry = suppliers[k]
        entry.memberships.append("Banc d'essai \(tag)")
        return Array(SupplierXMLWriter.document(entry).utf8)
    }

    private func snapshot(_ withIndex: Bool) -> CatalogIndex? {
        withIndex ? live.withLock { $0 } : nil
    }

    // MARK: - The portal's path

    /// Times of one submission: saveDraft, submit.
    struct SubmitTimes: Sendable {
        var submission: Submission
        var saveDraft: Double
        var submit: Double
    }

    /// saveDraft + submit of a changed entry by its supplier's user, as the entry desk does.
    func submitOne(_ serial: Int, tag: String, withIndex: Bool) throws -> SubmitTimes {
        let k = serial % suppliers.count
        let bytes = changed(k, tag: tag), caller = callers[k]
        let index = snapshot(withIndex)
        let draftWatch = Stopwatch()
        let draft = try store.saveDraft(bytes, fileName: "\(suppliers[k].id).xml", by: caller, index: index)
        let saveDraft = draftWatch.seconds
        let submitWatch = Stopwatch()
        let pending = try store.submit(draft.id, by: caller, index: index)
        let submit = submitWatch.seconds
        guard pending.state == .pending else { throw BenchmarkFailure("submission \(draft.id) is \(pending.state), not pending") }
        return SubmitTimes(submission: pending, saveDraft: saveDraft, submit: submit)
    }

    /// Times of one approval: claim, approve, the live index's upsert of the written file.
    struct ApproveTimes: Sendable {
        var claim: Double
        var approve: Double
        var refresh: Double
    }

    /// claim + approve by the reviewer, then the written file upserted into the live index
    /// (what the portal's refresh does after an approval; done in both modes, so the index
    /// stays true, timed with the index only).
    func approveOne(_ submission: Submission, withIndex: Bool) throws -> ApproveTimes {
        let claimWatch = Stopwatch()
        let claimed = try store.claim(submission.id, by: reviewer)
        let claim = claimWatch.seconds
        let index = snapshot(withIndex)
        let approveWatch = Stopwatch()
        var approval: Approval?
        while approval == nil {
            approval = try approveUnlessDeciding(submission.id, revision: claimed.revision, index: index)
            if approval == nil {
                collisions.withLock { $0 += 1 }
                usleep(1000)
            }
        }
        let approve = approveWatch.seconds
        guard let approval, !approval.unchanged else { throw BenchmarkFailure("approval of \(submission.id) wrote nothing") }
        guard let bytes = FileManager.default.contents(atPath: approval.path) else { throw BenchmarkFailure("no file at \(approval.path)") }
        let refreshWatch = Stopwatch()
        try live.withLock { index throws in try index.upsert(bytes: Array(bytes), file: approval.path) }
        return ApproveTimes(claim: claim, approve: approve, refresh: refreshWatch.seconds)
    }

    /// The approval, or nil when another decision on the same supplier is under way.
    private func approveUnlessDeciding(_ id: Int64, revision: Int, index: CatalogIndex?) throws -> Approval? {
        let approve: () throws -> Approval = { try self.store.approve(id, revision: revision, by: self.reviewer, index: index) }
        do {
            return try approve()
        } catch let error as PortalStateError {
            if case .decisionInProgress = error { return nil }
            throw error
        }
    }

    // MARK: - Anchors

    /// The pieces alone, interleaved: `cheap` times each of the fast ones, `costly` times
    /// each of the ones that load the whole catalogue.
    func anchors(into table: inout LatencyTable, cheap: Int, costly: Int) throws {
        let bytes = changed(0, tag: "anchor"), file = "\(suppliers[0].id).xml"
        let schema = loader.schemas.supplier
        let index = live.withLock { $0 }
        let scratch = FolderEntryStore(suppliersDirectory: root + "/anchor", lockFile: root + "/anchor.lock", limit: 4 << 20)
        let intake = store.intake, neq = suppliers[0].neq
        guard SafeXMLParser.parse(bytes, file: file, schema: schema).diagnostics.isEmpty,
              try intake.check(bytes: bytes, fileName: file, index: index).isValid else {
            throw BenchmarkFailure("the anchor entry is not valid")
        }
        for _ in 0..<cheap {
            try table.time(LatencyTable.xsd) { _ = SafeXMLParser.parse(bytes, file: file, schema: schema) }
            try table.time(LatencyTable.pipeline) { _ = loader.validate(bytes: bytes, file: file, taxonomy: index.taxonomy) }
            try table.time(LatencyTable.checkIndexed) { _ = try intake.check(bytes: bytes, fileName: file, index: index) }
            try table.time(LatencyTable.atomicWrite) { _ = try scratch.write(bytes, id: "anchor", previous: nil) }
            try table.time(LatencyTable.historyWrite) { _ = try scratch.write(bytes, id: "anchor", previous: bytes) }
            try table.time(LatencyTable.taxonomy) { _ = loader.loadTaxonomy() }
            try table.time(LatencyTable.neqScan) { _ = intake.store.ids(withNEQ: neq) }
        }
        for _ in 0..<costly {
            try table.time(LatencyTable.checkUnindexed) { _ = try intake.check(bytes: bytes, fileName: file, index: nil) }
            try table.time(LatencyTable.loadAll) { _ = loader.loadAll() }
        }
    }
}

/// A value behind a lock, shareable between threads.
final class Locked<Value: Sendable>: Sendable {
    private let mutex: Mutex<Value>
    init(_ value: Value) { mutex = Mutex(value) }
    func withLock<T: Sendable, E: Error>(_ body: (inout sending Value) throws(E) -> sending T) throws(E) -> T {
        try mutex.withLock(body)
    }
}

/// Runs `body(t)` on `count` threads started together; the results in order of `t`,
/// and the wall time from the start to the last one's end. The threads are joined: when
/// this returns, none of them holds anything `body` captured any more.
func onThreads<T: Sendable>(_ count: Int, _ body: @escaping @Sendable (Int) throws -> T) throws -> (results: [T], seconds: Double) {
    let results = Locked<[Int: Result<T, any Error>]>([:])
    let start = DispatchSemaphore(value: 0)
    var threads: [pthread_t] = []
    for t in 0..<count {
        let work = ThreadWork {
            start.wait()
            let result = Result { try body(t) }
            results.withLock { $0[t] = result }
        }
        var thread = pthread_t()
        let context = Unmanaged.passRetained(work).toOpaque()
        guard pthread_create(&thread, nil, { context in
            Unmanaged<ThreadWork>.fromOpaque(context!).takeRetainedValue().run()
            return nil
        }, context) == 0 else {
            Unmanaged<ThreadWork>.fromOpaque(context).release()
            throw BenchmarkFailure("cannot start a thread")
        }
        threads.append(thread)
    }
    let watch = Stopwatch()
    for _ in 0..<count { start.signal() }
    for thread in threads { pthread_join(thread, nil) }
    let seconds = watch.seconds
    let all = results.withLock { $0 }
    return (try (0..<count).map { try all[$0]!.get() }, seconds)
}

/// What one thread of ``onThreads(_:_:)`` runs.
private final class ThreadWork: Sendable {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
}
