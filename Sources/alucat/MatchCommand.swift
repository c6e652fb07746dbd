import AluCatalog
import ArgumentParser
import Foundation

struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Rank a mission's suppliers for each buyer need, with reasons.",
        discussion: """
            Selects the mission's suppliers by its selection rules (capabilities, required
            certifications valid over the mission dates, include and exclude lists;
            entries with errors never), then ranks them for every need of every buyer.
            Suppliers with no claim fitting a need are not listed for it.

            Score = fit + references + market + languages + certifications + roles:
              fit             exact 50, claim below the need 40, claim on the need's area 25
              references      10 per citable reference in the buyer's country (max 3),
                              4 per citable reference elsewhere in its world region (max 3)
              market          8 exported to the buyer's country, else 3 pursued market
              languages       8 consented contact speaks the country's main language,
                              2 per other packet language spoken (max 4)
              certifications  2 per certificate valid over the mission (3 counted at most)
              roles           2 each for install and maintain on the fitting claim
            Ties: supplier id. The need's priority is shown but does not weigh.

            Exit status: 0 success, 1 the mission has errors, 2 unknown mission.

            Examples:
              alucat match gulf-smelters-2027 --top 3
              alucat match india-aluminium-2027 --format json > india-matches.json
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var options: CatalogOptions

    @Argument(help: ArgumentHelp("The mission id (its file name in catalog/missions/, without .xml).", valueName: "mission"))
    var missionID: String

    @Option(help: "Output format: table or json (keys sorted; see MatchOutput.json).")
    var format: Format = .table

    @Option(help: ArgumentHelp("Show at most this many suppliers per need.", valueName: "n"))
    var top: Int?

    func validate() throws {
        if let top, top < 1 { throw ValidationError("--top must be at least 1") }
    }

    func run() throws {
        try Terminal.run {
            let loaded = try options.load()
            let mission = try loaded.mission(missionID)
            let selection = MissionSelection.select(
                mission, catalog: loaded.catalog, today: options.todayDay)
            let matches = Matcher.match(mission, suppliers: selection.selected.suppliers, taxonomy: loaded.catalog.taxonomy, period: selection.period)
            let output = switch format {
            case .table: MatchOutput.text(matches, mission: mission, selectedCount: selection.selected.count, top: top)
            case .json: MatchOutput.json(matches, top: top)
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}
