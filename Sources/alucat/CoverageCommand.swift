import AluCatalog
import ArgumentParser
import Foundation

struct CoverageCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "coverage",
        abstract: "Show which areas a mission's selected suppliers cover, and the gaps.",
        discussion: """
            For each area of the domain (smelting: potroom, carbon plant, gas treatment,
            electrical, casthouse, residues…), the selected suppliers with a claim on the
            area or one of its capabilities. An area nobody covers is a gap. By default
            the domains are those the mission's buyer needs touch.

            Exit status: 0 success, 1 the mission has errors, 2 unknown mission or domain.

            Examples:
              alucat coverage gulf-smelters-2027
              alucat coverage gulf-smelters-2027 --domain smelting --format json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var options: CatalogOptions

    @Argument(help: ArgumentHelp("The mission id.", valueName: "mission"))
    var missionID: String

    @Option(help: ArgumentHelp("A taxonomy domain (repeatable); default: the domains of the buyer needs.", valueName: "id"))
    var domain: [String] = []

    @Option(help: "Output format: table or json (keys sorted).")
    var format: Format = .table

    func run() throws {
        try Terminal.run {
            let loaded = try options.load()
            let mission = try loaded.mission(missionID)
            let taxonomy = loaded.catalog.taxonomy
            for id in domain where taxonomy[id]?.level != .domain {
                let domains = taxonomy.domains.map(\.id).joined(separator: ", ")
                throw CLIFailure(message: "'\(id)' is not a taxonomy domain; domains: \(domains)", exitCode: 2)
            }
            let selection = MissionSelection.select(
                mission, catalog: loaded.catalog, today: options.todayDay)
            let scope = domain.isEmpty ? Coverage.defaultScope(for: mission, taxonomy: taxonomy) : domain
            let coverage = Coverage.compute(selection, taxonomy: taxonomy, scope: scope)
            let output = switch format {
            case .table: CoverageOutput.text(coverage, missionID: mission.id, selectedCount: selection.selected.count)
            case .json: CoverageOutput.json(coverage, missionID: mission.id)
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}
