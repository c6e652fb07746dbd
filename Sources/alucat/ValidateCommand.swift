import AluCatalog
import AluDiagnostics
import AluLocalization
import ArgumentParser
import Foundation

struct ValidateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check catalogue files against the XML Schemas and the catalogue rules.",
        discussion: """
            Reports every problem in every file, compiler-style:
              catalog/suppliers/acme.xml:14: error: <neq>: '12345' must be exactly 10 digits (…)

            Rules beyond the schema: id = file name and unique; taxonomy ids exist (areas
            or capabilities for suppliers, never a whole domain); NEQ, postal code,
            e-mail, web address, E.164 phone, ISO 3166-1 country and BCP 47 language
            forms; French and English descriptions; a consent flag on every contact;
            expired certificates (warning); plausible years; missions' suppliers and
            taxonomy ids resolve.

            Exit status: 0 all valid (warnings allowed), 1 errors found, 2 usage error.

            Examples:
              alucat validate                              # the whole catalog/
              alucat validate catalog/suppliers/acme.xml   # one entry (taxonomy from catalog/)
              alucat validate --format json > report.json
              alucat validate --lang fr catalog/suppliers/acme.xml   # lines and summary in French
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var options: CatalogOptions

    @Option(help: "Output format: text (compiler-style lines and a summary) or json (see README).")
    var format: Format = .text

    @Flag(name: .shortAndLong, help: "Print only errors and the summary, not warnings.")
    var quiet = false

    @Option(help: "Language of the text output: en or fr (JSON is always English).")
    var lang: String = "en"

    @Argument(help: ArgumentHelp("Files or folders to check (default: the whole catalogue).", valueName: "path"))
    var paths: [String] = []

    func validate() throws {
        guard MessageTables.supplierLanguages.contains(lang) else {
            throw ValidationError("--lang must be one of \(MessageTables.supplierLanguages.joined(separator: ", "))")
        }
    }

    func run() throws {
        try Terminal.run {
            let loader = try options.loader()
            let result: CatalogIndex
            do throws(CatalogLoader.Failure) {
                result = try loader.load(
                    paths: paths.isEmpty ? [loader.root] : paths, keepSuppliers: false, progress: Terminal.progress("validating"))
            } catch {
                throw CLIFailure(message: error.description, exitCode: error.isUsage ? 2 : 3)
            }
            let report = result.report
            switch format {
            case .json:
                FileHandle.standardOutput.write(report.jsonData())
                print()
            case .text:
                var out = ""
                // Only what is printed is sorted (with --quiet, the errors).
                let shown = quiet ? DiagnosticReport(files: report.files, diagnostics: report.diagnostics.filter { $0.severity == .error }) : report
                for diagnostic in shown.sorted {
                    out += diagnostic.line(lang) + "\n"
                }
                out += report.summary(lang) + "\n"
                FileHandle.standardOutput.write(Data(out.utf8))
            }
            if !report.isValid { throw ExitCode(1) }
        }
    }
}
