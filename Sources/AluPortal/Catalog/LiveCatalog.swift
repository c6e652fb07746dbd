import AluCatalog
import AluDirectory
import Foundation
import Logging
import Synchronization

/// The catalogue the portal serves: loaded at start, then kept in step with the
/// folder. A refresh prepares a whole new ``Directory`` off to the side and swaps it
/// in at once, so a request sees the catalogue before a change or after it, never
/// half of it. Entries with errors are never in a ``Directory``.
final class LiveCatalog: Sendable {
    /// What requests read: one value, replaced whole.
    struct Snapshot: Sendable {
        var directory: Directory
        /// Bumped by every change: part of every ETag.
        var version: Int
        /// When the catalogue last changed (for `Last-Modified`-like logging).
        var loadedAt: Date
        /// Entries left out of the directory because they have errors.
        var withheld: Int
    }

    private struct Loaded: Sendable {
        var index: CatalogIndex
        var folder: CatalogFolderState
    }

    let root: String
    private let snapshotBox: Mutex<Snapshot>
    /// Only the refresh task touches this (one at a time, under `refreshLock`).
    private let loaded: Mutex<Loaded>
    private let logger: Logger

    /// Loads, validates and indexes the catalogue at `root`.
    init(root: String, logger: Logger) throws(CatalogLoader.Failure) {
        self.root = root
        self.logger = logger
        let day = CalendarDay.today()
        var clock = ContinuousClock.now
        func lap() -> String {
            let now = ContinuousClock.now
            defer { clock = now }
            return String(format: "%.3f", Double((now - clock).components.attoseconds) / 1e18 + Double((now - clock).components.seconds))
        }
        let folder = CatalogFolderState.read(root: root)
        let folderSeconds = lap()
        let index = try CatalogLoader(root: root, today: day).load(paths: [root])
        let loadSeconds = lap()
        let catalog = index.catalog
        let publishedSeconds = lap()
        let directory = Directory(catalog: catalog, day: day)
        let directorySeconds = lap()
        // Where start-up goes (the benchmark reads this line).
        logger.info("catalogue phases", metadata: [
            "folder": "\(folderSeconds)", "load": "\(loadSeconds)", "published": "\(publishedSeconds)", "directory": "\(directorySeconds)",
        ])
        snapshotBox = Mutex(Snapshot(
            directory: directory, version: 1, loadedAt: Date(),
            withheld: catalog.withheldSupplierIDs.count))
        loaded = Mutex(Loaded(index: index, folder: folder))
    }

    var snapshot: Snapshot { snapshotBox.withLock { $0 } }

    /// Looks at the folder and applies what changed: a changed or new entry is
    /// upserted, a removed one removed; a changed taxonomy or schema reloads all.
    /// Also rebuilds the directory when the day changed (certificates expire at midnight).
    /// Returns the files that changed.
    @discardableResult
    func refresh(today: CalendarDay = .today()) -> [String] {
        loaded.withLock { loaded in
            let folder = CatalogFolderState.read(root: root)
            let (changed, removed) = folder.changes(since: loaded.folder)
            let current = snapshotBox.withLock { $0 }
            guard !changed.isEmpty || !removed.isEmpty || current.directory.day != today else { return [] }
            let needsReload = (changed + removed).contains { $0.hasSuffix(".xsd") || $0.hasSuffix("/taxonomy.xml") }
                || current.directory.day != today
            if needsReload {
                do {
                    loaded.index = try CatalogLoader(root: root, today: today).load(paths: [root])
                } catch {
                    logger.error("catalogue reload failed; still serving the previous one", metadata: ["error": "\(error)"])
                    return []
                }
            } else {
                for file in removed { loaded.index.remove(file: file) }
                for file in changed {
                    guard let data = FileManager.default.contents(atPath: file) else {
                        loaded.index.remove(file: file)
                        continue
                    }
                    do {
                        try loaded.index.upsert(bytes: [UInt8](data), file: file)
                    } catch {
                        logger.warning("catalogue file not taken", metadata: ["file": "\(file)", "error": "\(error)"])
                    }
                }
            }
            loaded.folder = folder
            let catalog = loaded.index.catalog
            let directory = Directory(catalog: catalog, day: today)
            snapshotBox.withLock {
                $0 = Snapshot(directory: directory, version: $0.version + 1, loadedAt: Date(), withheld: catalog.withheldSupplierIDs.count)
            }
            logger.info("catalogue refreshed", metadata: [
                "changed": "\(changed.count)", "removed": "\(removed.count)", "suppliers": "\(catalog.suppliers.count)",
                "withheld": "\(catalog.withheldSupplierIDs.count)",
            ])
            return changed + removed
        }
    }
}
