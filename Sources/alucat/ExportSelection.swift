import AluCatalog
import ArgumentParser
import Foundation

/// Which suppliers a single export covers: a mission's selection, or every valid entry.
struct ExportSelection: ParsableArguments {
    @OptionGroup var options: CatalogOptions

    @Option(help: ArgumentHelp("Export the suppliers this mission selects (default: every valid entry).", valueName: "mission"))
    var mission: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write (default: standard output for text formats).", valueName: "file"))
    var output: String?

    struct Selected {
        var loaded: LoadedCatalog
        var mission: Mission?
        var suppliers: PublishedSuppliers
    }

    func select() throws -> Selected {
        let loaded = try options.load()
        guard let id = mission else {
            return Selected(loaded: loaded, mission: nil, suppliers: loaded.catalog.published)
        }
        let mission = try loaded.mission(id)
        let selection = MissionSelection.select(mission, catalog: loaded.catalog, today: options.todayDay)
        return Selected(loaded: loaded, mission: mission, suppliers: selection.selected)
    }

    /// Writes `bytes` to `--output` atomically, or to standard output.
    func emit(_ bytes: [UInt8]) throws {
        guard let output else {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: output), options: .atomic)
        } catch {
            throw CLIFailure(message: "cannot write \(output): \(error.localizedDescription)", exitCode: 3)
        }
    }
}
