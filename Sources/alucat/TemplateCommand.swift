import AluCatalog
import AluIntake
import ArgumentParser

struct TemplateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "template",
        abstract: "Write the fillable supplier form (ODS), blank or prefilled from an entry.",
        discussion: """
            The form has an instructions sheet, one sheet per part of the entry, drop-down
            lists and a help tip on every input cell. Send it to the supplier; read it
            back with alucat import.

            Examples:
              alucat template --lang fr -o fiche.ods
              alucat template --lang en --supplier electro-saguenay -o update.ods
            """
    )

    @OptionGroup var options: CatalogOptions

    @Option(help: "Form language: fr or en.")
    var lang: String = "fr"

    @Option(help: ArgumentHelp("Prefill from this catalogue entry (yearly update).", valueName: "id"))
    var supplier: String?

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the form.", valueName: "form.ods"))
    var output: String

    func validate() throws {
        guard FormLanguage(rawValue: lang) != nil else { throw ValidationError("--lang must be fr or en, not '\(lang)'") }
    }

    func run() throws {
        try Terminal.run {
            let intake = SupplierIntake(loader: try options.loader())
            let taxonomy = intake.loader.loadTaxonomy()
            var entry: Supplier?
            if let supplier {
                guard let found = try? intake.existingEntry(supplier, taxonomy: taxonomy) else {
                    throw CLIFailure(message: "no readable supplier '\(supplier)' in \(intake.loader.suppliersDirectory)", exitCode: 2)
                }
                entry = found.supplier
            }
            do throws(IntakeError) {
                try SupplierFormTemplate(language: FormLanguage(rawValue: lang)!, taxonomy: taxonomy).write(to: output, supplier: entry)
            } catch {
                throw CLIFailure(message: error.errorDescription ?? "\(error)", exitCode: 3)
            }
        }
    }
}
