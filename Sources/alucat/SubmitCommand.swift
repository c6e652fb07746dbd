import AluDiagnostics
import AluIntake
import AluLocalization
import ArgumentParser
import Foundation

struct SubmitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submit",
        abstract: "Validate an entry (XML or ODS form) and store it in the catalogue.",
        discussion: """
            Writes catalog/suppliers/<id>.xml atomically in canonical form and keeps the
            previous version in catalog/suppliers/history/<id>/<UTC time>.xml (names sort
            in time order). Changes nothing when the entry is invalid or unchanged, when
            an entry with this id exists for another enterprise (its NEQ differs), or when
            a new entry has the NEQ of another entry. Temporary files left by a killed
            submit are removed.

            A form's problems are printed as `alucat import` prints them: at their cells,
            in the form's language.

            Examples:
              alucat submit fiche-remplie.ods
              alucat submit --catalog catalog catalog-staging/acme.xml

            Exit status: 0 stored or unchanged, 1 invalid, refused, or not readable as an
            entry or form, 2 usage error (no such file), 3 the catalogue could not be
            written.
            """
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: ArgumentHelp("The entry: an XML file or a filled-in ODS form.", valueName: "file"))
    var file: String

    func validate() throws {
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw ValidationError("cannot read '\(file)'")
        }
    }

    func run() throws {
        try Terminal.run {
            let intake = SupplierIntake(loader: try options.loader())
            let outcome: SupplierIntake.SubmitOutcome
            do throws(IntakeError) {
                outcome = try intake.submit(path: file)
            } catch {
                // The input could not be read as an entry or form: 1; the catalogue could not be written: 3.
                if case .io = error { throw CLIFailure(message: error.errorDescription ?? "\(error)", exitCode: 3) }
                throw CLIFailure(message: error.errorDescription ?? "\(error)", exitCode: 1)
            }
            switch outcome {
            case .written(let path, let previous?):
                print(Message("submission.stored-with-history", ["path": path, "previous": previous]).text("en"))
            case .written(let path, nil):
                print(Message("submission.stored", ["path": path]).text("en"))
            case .unchanged(let path):
                print(Message("submission.unchanged", ["path": path]).text("en"))
            case .invalid(let report, let language):
                // As `import` prints it: a form's lines in its language and in its reading
                // order (sheets, rows, cells), an XML entry's by line.
                var out = ""
                let ordered = report.diagnostics.contains { $0.location.cell != nil } ? report.diagnostics : report.sorted
                for diagnostic in ordered { out += diagnostic.line(language) + "\n" }
                out += report.summary(language) + "; " + Message("submission.nothing-changed").text(language) + "\n"
                FileHandle.standardOutput.write(Data(out.utf8))
                throw ExitCode(1)
            case .refused(let refusal, let language):
                throw CLIFailure(message: refusal.message.text(language) + "; " + Message("submission.nothing-changed").text(language), exitCode: 1)
            }
        }
    }
}
