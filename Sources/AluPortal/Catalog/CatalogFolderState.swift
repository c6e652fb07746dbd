import Foundation

/// What the catalogue folder held at one moment: every `.xml` file the loader reads
/// (taxonomy, suppliers, missions) and the schemas, each with its size and
/// modification time, so the next look can tell which files changed.
struct CatalogFolderState: Equatable, Sendable {
    struct Stamp: Equatable, Sendable {
        var size: Int
        var modified: Double
        var inode: Int
    }

    var files: [String: Stamp]

    /// Reads the stamps of the files under `root` (no contents are read).
    static func read(root: String) -> CatalogFolderState {
        var files: [String: Stamp] = [:]
        let manager = FileManager.default
        let taxonomy = (root as NSString).appendingPathComponent("taxonomy.xml")
        if let stamp = stamp(taxonomy) { files[taxonomy] = stamp }
        for folder in ["suppliers", "missions", "schema"] {
            let directory = (root as NSString).appendingPathComponent(folder)
            guard let names = try? manager.contentsOfDirectory(atPath: directory) else { continue }
            for name in names where name.hasSuffix(folder == "schema" ? ".xsd" : ".xml") && !name.hasPrefix(".") {
                let path = (directory as NSString).appendingPathComponent(name)
                if let stamp = stamp(path) { files[path] = stamp }
            }
        }
        return CatalogFolderState(files: files)
    }

    private static func stamp(_ path: String) -> Stamp? {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: path),
              (attributes[.type] as? FileAttributeType) == .typeRegular
        else { return nil }
        return Stamp(
            size: (attributes[.size] as? NSNumber)?.intValue ?? 0,
            modified: (attributes[.modificationDate] as? Date)?.timeIntervalSince1970 ?? 0,
            inode: (attributes[.systemFileNumber] as? NSNumber)?.intValue ?? 0)
    }

    /// The files added or changed since `earlier`, and those removed.
    func changes(since earlier: CatalogFolderState) -> (changed: [String], removed: [String]) {
        let changed = files.filter { earlier.files[$0.key] != $0.value }.map(\.key).sorted()
        let removed = earlier.files.keys.filter { files[$0] == nil }.sorted()
        return (changed, removed)
    }
}
