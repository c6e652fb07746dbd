import AluCatalog
import AluExport
import ArgumentParser
import OpenDocument

struct ExportBrochureCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "brochure",
        abstract: "Write a mission's brochure workbook (.ods) in one packet language.",
        discussion: """
            Sheets: cover, suppliers, capability matrix, matches, references, contacts;
            frozen headers, filters, right-to-left in Arabic. Languages:
            \(Translations.packetLanguages.joined(separator: ", ")).

            Printing: every sheet prints landscape on --paper (a4 by default; letter for
            North America) at 100 %, text wrapped in its column; a sheet wider than the
            page prints as bands of columns with the name column and the header row
            repeated on every page.

            Example:
              alucat export brochure --mission gulf-smelters-2027 --lang ar -o gulf-ar.ods
            """
    )

    @OptionGroup var options: CatalogOptions

    @Option(help: ArgumentHelp("The mission whose suppliers and matches to show.", valueName: "mission"))
    var mission: String

    @Option(help: ArgumentHelp("Language of the workbook.", valueName: "lang"))
    var lang = "en"

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the workbook.", valueName: "file.ods"))
    var output: String

    @Option(help: ArgumentHelp("Paper the sheets print on, landscape: a4 or letter.", valueName: "paper"))
    var paper = "a4"

    func validate() throws {
        if Translations(language: lang) == nil {
            throw ValidationError("--lang '\(lang)' is not a packet language (\(Translations.packetLanguages.joined(separator: ", ")))")
        }
        if PageLayout.Paper(rawValue: paper) == nil {
            throw ValidationError("--paper must be a4 or letter, not '\(paper)'")
        }
    }

    func run() throws {
        try Terminal.run { try Self.write(options: options, missionID: mission, language: lang, output: output, paper: PageLayout.Paper(rawValue: paper) ?? .a4) }
    }

    /// Loads the catalogue and writes `missionID`'s brochure in `language` to `output`.
    static func write(options: CatalogOptions, missionID: String, language lang: String, output: String, paper: PageLayout.Paper = .a4) throws {
        let loaded = try options.load()
        let mission = try loaded.mission(missionID)
        let selection = MissionSelection.select(mission, catalog: loaded.catalog, today: options.todayDay)
        var matches = Matcher.match(mission, suppliers: selection.selected.suppliers, taxonomy: loaded.catalog.taxonomy, period: selection.period)
        matches.keepTop(PacketBuilder.candidatesPerNeed)
        do throws(ExportError) {
            try BrochureWorkbook(
                mission: mission, suppliers: selection.selected, matches: matches, taxonomy: loaded.catalog.taxonomy,
                translations: Translations(language: lang)!, period: selection.period, generated: options.todayDay,
                paper: paper
            ).write(to: output)
            print("wrote \(output): \(selection.selected.count) suppliers")
        } catch {
            throw CLIFailure(message: error.description, exitCode: 3)
        }
    }
}
