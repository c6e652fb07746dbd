import AluCatalog
import AluDiagnostics
import ArgumentParser
import Foundation

/// A loaded catalogue for the query commands: the index, and its published view
/// (valid entries only).
struct LoadedCatalog {
    var catalog: Catalog
    var index: CatalogIndex
    var loader: CatalogLoader

    /// The mission `id`, or a usage error listing the known ones (exit 2), or an
    /// input error with its diagnostics when the mission file has errors (exit 1).
    func mission(_ id: String) throws -> Mission {
        if let mission = catalog.mission(id) { return mission }
        let file = (loader.missionsDirectory as NSString).appendingPathComponent(id + ".xml")
        if FileManager.default.fileExists(atPath: file) {
            let lines = index.report.sorted.filter { CatalogLoaderPath.same($0.location.file, file) && $0.severity == .error }
                .map(\.description)
            throw CLIFailure(message: "mission '\(id)' has errors:\n" + lines.joined(separator: "\n"), exitCode: 1)
        }
        let known = catalog.missions.map(\.id).joined(separator: ", ")
        throw CLIFailure(message: "no mission '\(id)'; known missions: \(known.isEmpty ? "none" : known)", exitCode: 2)
    }
}

enum CatalogLoaderPath {
    static func same(_ a: String, _ b: String) -> Bool {
        URL(fileURLWithPath: a).standardizedFileURL.path == URL(fileURLWithPath: b).standardizedFileURL.path
    }
}

extension CatalogOptions {
    /// Loads the whole catalogue through the validation pipeline; entries with errors
    /// are kept out (a note on stderr says how many).
    func load() throws -> LoadedCatalog {
        let loader = try loader()
        let index = loader.loadAll(progress: Terminal.progress("loading"))
        let catalog = index.catalog
        if !catalog.withheldSupplierIDs.isEmpty {
            let count = catalog.withheldSupplierIDs.count
            FileHandle.standardError.write(Data("alucat: note: \(count) supplier entr\(count == 1 ? "y has" : "ies have") errors and \(count == 1 ? "is" : "are") left out (see alucat validate)\n".utf8))
        }
        return LoadedCatalog(catalog: catalog, index: index, loader: loader)
    }
}
