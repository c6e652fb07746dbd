#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import AluCatalog
import Foundation

/// What the catalogue folder held at one moment: every file a load reads (the
/// loader's own walk: taxonomy, suppliers, missions, in subfolders too) and the
/// schemas, each with a stamp, so the next look can tell which files changed.
struct CatalogFolderState: Equatable, Sendable {
    /// `stat` of the file (links followed, as the loader reads them), and of the link
    /// itself when the path is one: a link re-pointed at another file is a change.
    /// The change time catches what size and modification time miss: a `chmod` that
    /// makes an unreadable file readable, a `cp -p` of an older version.
    struct Stamp: Equatable, Sendable {
        var size: Int64
        var modified: Int64
        var changed: Int64
        var inode: UInt64
        var link: [Int64]?
    }

    var files: [String: Stamp]

    /// Reads the stamps of the files under `root` (no contents are read); nil when a
    /// folder of the catalogue cannot be listed right now (gone during a swap, no
    /// descriptors left, no permission): a look that saw nothing must not be taken
    /// for every entry removed.
    static func read(root: String) -> CatalogFolderState? {
        for folder in ["", "suppliers", "schema"] {
            let path = folder.isEmpty ? root : (root as NSString).appendingPathComponent(folder)
            guard let handle = opendir(path) else { return nil }
            closedir(handle)
        }
        let missions = (root as NSString).appendingPathComponent("missions")
        if access(missions, F_OK) == 0 {
            guard let handle = opendir(missions) else { return nil }
            closedir(handle)
        }
        var files: [String: Stamp] = [:]
        for path in CatalogLoader.xmlFiles(under: root) {
            if let stamp = stamp(path) { files[path] = stamp }
        }
        let schema = (root as NSString).appendingPathComponent("schema")
        for name in (try? FileManager.default.contentsOfDirectory(atPath: schema)) ?? [] where name.hasSuffix(".xsd") && !name.hasPrefix(".") {
            let path = (schema as NSString).appendingPathComponent(name)
            if let stamp = stamp(path) { files[path] = stamp }
        }
        // The taxonomy is read from its place even when the walk would not list it.
        let taxonomy = (root as NSString).appendingPathComponent("taxonomy.xml")
        if files[taxonomy] == nil, let stamp = stamp(taxonomy) { files[taxonomy] = stamp }
        return CatalogFolderState(files: files)
    }

    private static func stamp(_ path: String) -> Stamp? {
        var info = stat()
        guard stat(path, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return nil }
        var stamp = Stamp(
            size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec),
            changed: Int64(info.st_ctim.tv_sec) * 1_000_000_000 + Int64(info.st_ctim.tv_nsec), inode: UInt64(info.st_ino), link: nil)
        var own = stat()
        if lstat(path, &own) == 0, (own.st_mode & S_IFMT) == S_IFLNK {
            stamp.link = [Int64(own.st_ino), Int64(own.st_mtim.tv_sec), Int64(own.st_mtim.tv_nsec), Int64(own.st_ctim.tv_nsec)]
        }
        return stamp
    }

    /// The files added or changed since `earlier`, and those removed.
    func changes(since earlier: CatalogFolderState) -> (changed: [String], removed: [String]) {
        let changed = files.filter { earlier.files[$0.key] != $0.value }.map(\.key).sorted()
        let removed = earlier.files.keys.filter { files[$0] == nil }.sorted()
        return (changed, removed)
    }
}
