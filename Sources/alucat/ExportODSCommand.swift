import ArgumentParser
import Foundation
import AluExport
import OpenDocument

struct ExportODSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ods",
        abstract: "Write an OpenDocument spreadsheet (.ods): a CSV file, or a mission's brochure.",
        discussion: """
            With --mission: the mission's brochure workbook in --lang (the same as alucat
            export brochure).

            With --csv: a CSV file (RFC 4180, UTF-8, first line = column titles): one
            sheet with a bold, frozen, filterable header. Plain integers and decimals
            become numbers; everything else stays text — a value starting with =, +, - or
            @ is never a formula.

            Examples:
              alucat export ods --csv suppliers.csv -o suppliers.ods
              alucat export ods --csv data.csv --sheet "Fournisseurs" --title "Répertoire" -o out.ods
              alucat export ods --mission gulf-smelters-2027 --lang ar -o gulf-ar.ods
            """
    )

    @OptionGroup var options: CatalogOptions

    @Option(help: ArgumentHelp("The CSV file to convert.", valueName: "file.csv"))
    var csv: String?

    @Option(help: ArgumentHelp("Write this mission's brochure instead.", valueName: "mission"))
    var mission: String?

    @Option(help: "Language of the brochure (with --mission).")
    var lang = "en"

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the spreadsheet.", valueName: "file.ods"))
    var output: String

    @Option(help: "Name of the sheet (at most 31 characters; no [ ] * ? / \\ :).")
    var sheet = "Sheet1"

    @Option(help: "Document title (metadata).")
    var title: String?

    @Option(help: "Document language (BCP 47), e.g. fr or en.")
    var language: String?

    func validate() throws {
        guard (csv == nil) != (mission == nil) else {
            throw ValidationError("give either --csv FILE or --mission ID")
        }
        if let problem = SheetName.problem(with: sheet) {
            throw ValidationError("--sheet '\(sheet)': \(problem)")
        }
        if let csv, !FileManager.default.isReadableFile(atPath: csv) {
            throw ValidationError("cannot read the CSV file '\(csv)'")
        }
        if mission != nil, Translations(language: lang) == nil {
            throw ValidationError("--lang '\(lang)' is not a packet language (\(Translations.packetLanguages.joined(separator: ", ")))")
        }
    }

    func run() throws {
        try Terminal.run {
            if let mission {
                try ExportBrochureCommand.write(options: options, missionID: mission, language: lang, output: output)
                return
            }
            guard let csv else { return }
            do throws(SpreadsheetError) {
                let statistics = try convertCSVToODS(
                    csvPath: csv, odsPath: output, sheetName: sheet,
                    metadata: WorkbookMetadata(title: title, language: language, generator: "AluCat", creationDate: nil))
                var line = "wrote \(output): \(statistics.rows) rows"
                if statistics.replacedCharacters > 0 {
                    line += "; \(statistics.replacedCharacters) characters XML cannot carry were replaced by U+FFFD (first at \(statistics.firstReplacement ?? "?"))"
                }
                print(line)
            } catch {
                throw CLIFailure(message: "\(csv): \(error.localizedDescription)", exitCode: 1)
            }
        }
    }
}
