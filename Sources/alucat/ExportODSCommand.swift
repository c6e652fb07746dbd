import ArgumentParser
import Foundation
import OpenDocument

struct ExportODSCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ods",
        abstract: "Write an OpenDocument spreadsheet (.ods).",
        discussion: """
            From a CSV file (RFC 4180, UTF-8, first line = column titles): one sheet with a
            bold, frozen, filterable header. Plain integers and decimals become numbers;
            everything else stays text — a value starting with =, +, - or @ is never a formula.

            Examples:
              alucat export ods --csv suppliers.csv -o suppliers.ods
              alucat export ods --csv data.csv --sheet "Fournisseurs" --title "Répertoire" -o out.ods
            """
    )

    @Option(help: ArgumentHelp("The CSV file to convert.", valueName: "file.csv"))
    var csv: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the spreadsheet.", valueName: "file.ods"))
    var output: String

    @Option(help: "Name of the sheet (at most 31 characters; no [ ] * ? / \\ :).")
    var sheet = "Sheet1"

    @Option(help: "Document title (metadata).")
    var title: String?

    @Option(help: "Document language (BCP 47), e.g. fr or en.")
    var language: String?

    func validate() throws {
        if let problem = SheetName.problem(with: sheet) {
            throw ValidationError("--sheet '\(sheet)': \(problem)")
        }
        guard FileManager.default.isReadableFile(atPath: csv) else {
            throw ValidationError("cannot read the CSV file '\(csv)'")
        }
    }

    func run() throws {
        try Terminal.run {
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
