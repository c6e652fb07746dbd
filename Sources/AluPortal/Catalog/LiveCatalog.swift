import AluCatalog
import AluDirectory
import Foundation
import NIOPosix
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
        /// Bumped by every change of what is served: part of every ETag.
        var version: Int
        /// When the catalogue last changed (for `Last-Modified`-like logging).
        var loadedAt: Date
        /// Entries left out of the directory because they have errors.
        var withheld: Int
    }

    /// Why the catalogue cannot be served.
    enum Failure: Error, CustomStringConvertible {
        case load(CatalogLoader.Failure)
        case taxonomyUnusable(String)
        case folderUnreadable(String)

        var description: String {
            switch self {
            case .load(let failure): failure.description
            case .taxonomyUnusable(let path):
                "the taxonomy cannot be read (\(path) missing or broken): every entry would be withheld"
            case .folderUnreadable(let root): "the catalogue folder \(root) (or its suppliers/ or schema/) cannot be listed"
            }
        }
    }

    private struct Loaded: Sendable {
        var index: CatalogIndex
        var folder: CatalogFolderState
        /// The day the index's rules were last run for (a failed reload leaves it behind).
        var validatedOn: CalendarDay
    }

    let root: String
    private let snapshotBox: Mutex<Snapshot>
    /// Only the refresh task touches this (one refresh at a time, under its lock).
    private let loaded: Mutex<Loaded>
    private let logger: Logger

    /// Loads, validates and indexes the catalogue at `root`; refuses a catalogue whose
    /// taxonomy cannot be read (it would serve an empty directory as if ready).
    init(root: String, logger: Logger) throws(Failure) {
        self.root = root
        self.logger = logger
        let day = CalendarDay.today()
        var clock = ContinuousClock.now
        func lap() -> String {
            let now = ContinuousClock.now
            defer { clock = now }
            return String(format: "%.3f", Double((now - clock).components.attoseconds) / 1e18 + Double((now - clock).components.seconds))
        }
        guard let folder = CatalogFolderState.read(root: root) else { throw .folderUnreadable(root) }
        let folderSeconds = lap()
        let index = try Self.load(root: root, day: day)
        let loadSeconds = lap()
        let catalog = index.catalog
        let publishedSeconds = lap()
        let directory = Directory(catalog: catalog, day: day)
        let directorySeconds = lap()
        // Where start-up goes (the benchmark reads this line).
        logger.info("catalogue phases", metadata: [
            "folder": "\(folderSeconds)", "load": "\(loadSeconds)", "published": "\(publishedSeconds)", "directory": "\(directorySeconds)",
        ])
        snapshotBox = Mutex(Snapshot(directory: directory, version: 1, loadedAt: Date(), withheld: catalog.withheldSupplierIDs.count))
        loaded = Mutex(Loaded(index: index, folder: folder, validatedOn: day))
    }

    var snapshot: Snapshot { snapshotBox.withLock { $0 } }

    /// The whole index as last loaded, invalid entries included: what the portal's
    /// submissions are checked against (an NEQ already taken, an id's owner) without
    /// reading the folder again.
    var index: CatalogIndex { loaded.withLock { $0.index } }

    /// Takes what changed in the folder now, off the event loop: after an approval, so
    /// the directory shows the published entry without waiting for the next look.
    func refreshNow() async {
        _ = try? await NIOThreadPool.singleton.runIfActive { self.refresh() }
    }

    /// A whole load, refused when the taxonomy is unusable.
    private static func load(root: String, day: CalendarDay) throws(Failure) -> CatalogIndex {
        let loader: CatalogLoader
        let index: CatalogIndex
        do {
            loader = try CatalogLoader(root: root, today: day)
            index = try loader.load(paths: [root])
        } catch {
            throw .load(error)
        }
        guard !index.taxonomy.nodes.isEmpty else { throw .taxonomyUnusable(loader.taxonomyPath) }
        return index
    }

    /// Looks at the folder (when `watchFiles`) and applies what changed: a changed or
    /// new entry is upserted, a removed one removed; a changed taxonomy or schema
    /// reloads all. A new day (certificates expire at midnight) is always taken, even
    /// when the reload its rules need fails: a buyer must never be shown yesterday's
    /// valid certificate. A look that cannot list the folder changes nothing; a file
    /// that cannot be read is tried again at the next look. A new version is published
    /// only when what is served changed (every ETag depends on it).
    /// Returns the files that changed.
    @discardableResult
    func refresh(today: CalendarDay = .today(), watchFiles: Bool = true) -> [String] {
        loaded.withLock { loaded in
            let current = snapshotBox.withLock { $0 }
            let newDay = current.directory.day != today
            var folder = loaded.folder
            if watchFiles || loaded.validatedOn != today {
                guard let look = CatalogFolderState.read(root: root) else {
                    logger.warning("catalogue folder not listable; keeping what is served", metadata: ["root": "\(root)"])
                    if newDay { publish(current.directory.rebuilt(for: today), withheld: current.withheld) }
                    return []
                }
                folder = look
            }
            let (changed, removed) = folder.changes(since: loaded.folder)
            let needsReload = loaded.validatedOn != today
                || (changed + removed).contains { $0.hasSuffix(".xsd") || $0.hasSuffix("/taxonomy.xml") }
            guard !changed.isEmpty || !removed.isEmpty || needsReload || newDay else { return [] }
            let before = loaded.index.catalog
            if needsReload {
                do {
                    // The rules read the day too (a reference's year, a founding date),
                    // so a new day validates every entry again.
                    loaded.index = try Self.load(root: root, day: today)
                    loaded.validatedOn = today
                } catch {
                    // Tried again at the next look (the folder's stamps are not taken).
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
            let ids = Self.changedIDs(before, catalog)
            guard needsReload || newDay || !ids.isEmpty || before.withheldSupplierIDs != catalog.withheldSupplierIDs else {
                return changed + removed
            }
            let directory = needsReload ? Directory(catalog: catalog, day: today) : current.directory.updated(with: catalog, changed: ids)
            publish(directory, withheld: catalog.withheldSupplierIDs.count)
            logger.info("catalogue refreshed", metadata: [
                "changed": "\(changed.count)", "removed": "\(removed.count)", "suppliers": "\(catalog.suppliers.count)",
                "withheld": "\(catalog.withheldSupplierIDs.count)", "day": "\(today)",
            ])
            return changed + removed
        }
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
