public import AluCatalog
public import AluIntake
import Foundation

/// The sample catalogue every target checks against, loaded once per process.
///
/// `ALUCAT_CATALOG` names it (what `scripts/fuzz.sh` sets), else the repository's own
/// `catalog/`. The day is fixed, so a reproducer gives the same result any day.
public enum FuzzCatalog {
    public static let root: String = ProcessInfo.processInfo.environment["ALUCAT_CATALOG"]
        ?? URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("catalog").path

    public static let today = CalendarDay(year: 2026, month: 6, day: 1)

    public static let loader: CatalogLoader = {
        do {
            return try CatalogLoader(root: root, today: today)
        } catch {
            fatalError("fuzz: cannot load the catalogue at \(root): \(error) (set ALUCAT_CATALOG)")
        }
    }()

    /// The loaded index (36 sample entries, their missions, the taxonomy).
    public static let index: CatalogIndex = {
        let index = loader.loadAll()
        guard !index.taxonomy.nodes.isEmpty else { fatalError("fuzz: the catalogue at \(root) has no usable taxonomy") }
        return index
    }()

    /// The stored entries' bytes by id, for a store that never touches the disk.
    public static let storedEntries: [String: [UInt8]] = {
        var entries: [String: [UInt8]] = [:]
        let folder = loader.suppliersDirectory
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where name.hasSuffix(".xml") {
            if let data = FileManager.default.contents(atPath: (folder as NSString).appendingPathComponent(name)) {
                entries[String(name.dropLast(4))] = [UInt8](data)
            }
        }
        return entries
    }()

    /// Intake over the loaded catalogue with a read-only, in-memory store: a check must
    /// never write, and the fuzzer must not spend its time in `open(2)`.
    public static let intake = SupplierIntake(loader: loader, store: ReadOnlyStore(entries: storedEntries, folder: loader.suppliersDirectory))

    /// Makes every lazy global above before the first input (their cost is not an input's).
    public static func warmUp() {
        _ = index
        _ = intake
    }
}

/// The sample entries as an ``EntryStore`` that refuses every write (a check that wrote
/// would be a bug the fuzzer reports as a crash).
struct ReadOnlyStore: EntryStore {
    let entries: [String: [UInt8]]
    let folder: String

    func current(_ id: String) throws(IntakeError) -> [UInt8]? { entries[id] }

    func write(_ bytes: [UInt8], id: String, previous: [UInt8]?) throws(IntakeError) -> EntryStoreWrite {
        fatalError("fuzz oracle: a check wrote entry '\(id)'")
    }

    func history(_ id: String) throws(IntakeError) -> [String] { [] }

    func withLock<T>(_ body: () throws(IntakeError) -> T) throws(IntakeError) -> T { try body() }

    func location(_ id: String) -> String { (folder as NSString).appendingPathComponent(id + ".xml") }

    func ids(withNEQ neq: String) -> [String] {
        entries.compactMap { id, bytes in
            FuzzCatalog.loader.validate(bytes: bytes, file: location(id), taxonomy: FuzzCatalog.index.taxonomy).supplier?.neq == neq ? id : nil
        }
    }
}
