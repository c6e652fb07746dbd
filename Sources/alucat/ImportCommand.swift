import AluDiagnostics
import AluIntake
import ArgumentParser
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Read a filled-in supplier form and check it like any catalogue entry.",
        discussion: """
            Every problem is reported at its cell, in the form's language:
              fiche.ods:Contacts!E3: error: Courriel : « julie at example » n'est pas une adresse de courriel valide …

            A file that cannot be read as the form (an Excel workbook, a PDF…) is named
            with what to do, in --lang (default: French when the environment's LANG is
            French, else English); a readable form is always answered in its own language.

            Examples:
              alucat import fiche-remplie.ods
              alucat import --today 2027-01-15 fiche-remplie.ods -o acme.xml

            Exit status: 0 valid (the entry is written with -o), 1 invalid or unreadable
            form, 2 usage error.
            """
    )

    @OptionGroup var options: CatalogOptions

    @Argument(help: ArgumentHelp("The filled-in form.", valueName: "form.ods"))
    var form: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Write the entry's canonical XML here when it is valid.", valueName: "entry.xml"))
    var output: String?

    @Option(help: ArgumentHelp("Language of the answer when the file is not a readable form: fr or en.", valueName: "fr|en"))
    var lang: String?

    /// `--lang`, else the environment's (LC_ALL, LC_MESSAGES, LANG), else English.
    var readerLanguage: String {
        if let lang { return lang }
        let environment = ProcessInfo.processInfo.environment
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].lazy.compactMap { environment[$0] }.first { !$0.isEmpty } ?? ""
        return locale.lowercased().hasPrefix("fr") ? "fr" : "en"
    }

    func validate() throws {
        if let lang, !["fr", "en"].contains(lang) { throw ValidationError("--lang must be fr or en") }
        guard FileManager.default.isReadableFile(atPath: form) else {
            throw ValidationError("cannot read '\(form)'")
        }
    }

    func run() throws {
        try Terminal.run {
            let intake = SupplierIntake(loader: try options.loader())
            let check: IntakeCheck
            do throws(IntakeError) {
                check = try intake.importForm(at: form)
            } catch {
                throw CLIFailure(message: error.text(readerLanguage), exitCode: 1)
            }
            // Worded in the form's language: each line, its hint, the summary.
            let language = check.language?.rawValue ?? "en"
            var out = ""
            for diagnostic in check.report.diagnostics { out += diagnostic.line(language) + "\n" }
            out += check.report.summary(language) + "\n"
            FileHandle.standardOutput.write(Data(out.utf8))
            guard check.isValid, let xml = check.canonicalXML else { throw ExitCode(1) }
            if let output {
                guard FileManager.default.createFile(atPath: output, contents: Data(xml.utf8)) else {
                    throw CLIFailure(message: "cannot write \(output)", exitCode: 3)
                }
            }
        }
    }
}
