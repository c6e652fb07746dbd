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
        let folder = CatalogFolderState.read(root: root)
        let index = try CatalogLoader(root: root, today: day).load(paths: [root])
        let catalog = index.catalog
        snapshotBox = Mutex(Snapshot(
            directory: Directory(catalog: catalog, day: day), version: 1, loadedAt: Date(),
            withheld: catalog.withheldSupplierIDs.count))
        loaded = Mutex(Loaded(index: index, folder: folder))
    }

    var snapshot: Snapshot { snapshotBox.withLock { $0 } }

    /// Looks at the folder and applies what changed: a changed or new entry is
    /// upserted, a removed one removed; a changed taxonomy or schema reloads all.
    /// Also rebuilds the directory when the day changed (certificates expire at
    /// midnight), even when `watchFiles` is false or the reload fails: a buyer must
    /// never be shown yesterday's valid certificate.
    /// Returns the files that changed.
    @discardableResult
    func refresh(today: CalendarDay = .today(), watchFiles: Bool = true) -> [String] {
        loaded.withLock { loaded in
            let current = snapshotBox.withLock { $0 }
            let newDay = current.directory.day != today
            var folder = watchFiles ? CatalogFolderState.read(root: root) : loaded.folder
            let (changed, removed) = folder.changes(since: loaded.folder)
            guard !changed.isEmpty || !removed.isEmpty || newDay else { return [] }
            let before = loaded.index.catalog
            let needsReload = newDay || (changed + removed).contains { $0.hasSuffix(".xsd") || $0.hasSuffix("/taxonomy.xml") }
            if needsReload {
                do {
                    // The rules read the day too (a certificate's expiry), so a new day
                    // validates every entry again.
                    let index = try CatalogLoader(root: root, today: today).load(paths: [root])
                    // A taxonomy being rewritten (or removed by mistake) would withhold
                    // every entry: keep what is served until it reads again.
                    guard !index.taxonomy.nodes.isEmpty else { throw ReloadFailure.taxonomyUnusable }
                    loaded.index = index
                    if !watchFiles { folder = CatalogFolderState.read(root: root) }
                } catch {
                    logger.error("catalogue reload failed; still serving the previous one", metadata: ["error": "\(error)"])
                    if newDay { publish(current.directory.rebuilt(for: today), withheld: current.withheld) }
                    return []
                }
            } else {
                for file in removed { loaded.index.remove(file: file) }
                for file in changed {
                    guard let data = FileManager.default.contents(atPath: file) else {
                        // Gone or unreadable between the listing and the read: forget
                        // its stamp, so the next look tries it again.
                        loaded.index.remove(file: file)
                        folder.files[file] = nil
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
            let directory: Directory
            if needsReload {
                directory = Directory(catalog: catalog, day: today)
            } else {
                directory = current.directory.updated(with: catalog, changed: Self.changedIDs(before, catalog))
            }
            publish(directory, withheld: catalog.withheldSupplierIDs.count)
            logger.info("catalogue refreshed", metadata: [
                "changed": "\(changed.count)", "removed": "\(removed.count)", "suppliers": "\(catalog.suppliers.count)",
                "withheld": "\(catalog.withheldSupplierIDs.count)", "day": "\(today)",
            ])
            return changed + removed
        }
    }

    enum ReloadFailure: Error, CustomStringConvertible {
        case taxonomyUnusable
        var description: String { "the taxonomy cannot be read (missing or broken taxonomy.xml)" }
    }

    private func publish(_ directory: Directory, withheld: Int) {
        snapshotBox.withLock {
            $0 = Snapshot(directory: directory, version: $0.version + 1, loadedAt: Date(), withheld: withheld)
        }
    }

    /// The suppliers added, removed or changed between two catalogues: one file's
    /// change can change another entry's validity (a shared NEQ), so the ids come
    /// from comparing the published entries, not from the files.
    static func changedIDs(_ before: Catalog, _ after: Catalog) -> Set<String> {
        var old: [String: Supplier] = [:]
        for supplier in before.suppliers { old[supplier.id] = supplier }
        var changed: Set<String> = []
        for supplier in after.suppliers {
            if old.removeValue(forKey: supplier.id) != supplier { changed.insert(supplier.id) }
        }
        changed.formUnion(old.keys)
        return changed
    }
}
