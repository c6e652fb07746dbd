import AluCatalog
import AluExport
import ArgumentParser
import Foundation
import OpenDocument

struct ExportBookletCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "booklet",
        abstract: "Write a mission's delegation booklet (.odt, and with --pdf its PDF) in one of its languages.",
        discussion: """
            The booklet is an OpenDocument text document the delegation prints: a cover
            (mission, dates, destination, organiser), a contents page, then one page per
            selected supplier — name, kind and region, a short presentation, capabilities
            and roles, references (the buyers' country and region first), certifications
            valid over the mission, languages, export countries and the consented contact.
            Only publishable data is shown. Staff can edit it in LibreOffice Writer before
            printing; Arabic runs right to left. The language must be one of the mission's
            packet languages. The paper is A4 portrait, or Letter when every destination
            country prints on Letter (--paper overrides).

            --pdf also writes FILE.pdf beside the booklet with LibreOffice (soffice on
            PATH, headless, in a private profile, at most 120 s).

            Examples:
              alucat export booklet --mission gulf-smelters-2027 --lang ar -o gulf-ar.odt
              alucat export booklet --mission south-america-2027 --lang pt -o sa-pt.odt --pdf
            """
    )

    @OptionGroup var options: CatalogOptions

    @Option(help: ArgumentHelp("The mission whose selected suppliers the booklet presents.", valueName: "mission"))
    var mission: String

    @Option(help: ArgumentHelp("Language of the booklet: one of the mission's packet languages.", valueName: "lang"))
    var lang: String

    @Option(name: .shortAndLong, help: ArgumentHelp("Where to write the booklet.", valueName: "file.odt"))
    var output: String

    @Option(help: ArgumentHelp("Paper size: a4 or letter (default: from the mission's destination).", valueName: "paper"))
    var paper: String?

    @Flag(help: "Also write the PDF (FILE.pdf) with LibreOffice.")
    var pdf = false

    func validate() throws {
        if Translations(language: lang) == nil {
            throw ValidationError("--lang '\(lang)' is not a packet language (\(Translations.packetLanguages.joined(separator: ", ")))")
        }
        if let paper, PageLayout.Paper(rawValue: paper) == nil {
            throw ValidationError("--paper must be a4 or letter, not '\(paper)'")
        }
        if !output.lowercased().hasSuffix(".odt") {
            throw ValidationError("-o must name an .odt file, not '\(output)'")
        }
        let folder = (output as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw ValidationError("cannot write \(output): folder '\(directory)' does not exist")
        }
        guard FileManager.default.isWritableFile(atPath: directory) else {
            throw ValidationError("cannot write \(output): folder '\(directory)' is not writable")
        }
    }

    func run() throws {
        try Terminal.run {
            if pdf && LibreOfficePDF.executable == nil {
                throw CLIFailure(message: LibreOfficePDF.Failure.notInstalled.description, exitCode: 3)
            }
            let loaded = try options.load()
            let mission = try loaded.mission(self.mission)
            guard mission.languages.contains(lang) else {
                throw CLIFailure(message: "mission '\(mission.id)' is prepared in \(mission.languages.joined(separator: ", ")), not '\(lang)'; choose one of those", exitCode: 2)
            }
            let selection = MissionSelection.select(mission, catalog: loaded.catalog, today: options.todayDay)
            let booklet = DelegationBooklet(
                mission: mission, suppliers: selection.selected, taxonomy: loaded.catalog.taxonomy,
                translations: Translations(language: lang)!, period: selection.period, generated: options.todayDay,
                paper: paper.flatMap(PageLayout.Paper.init(rawValue:)) ?? .forDestination(mission.countries))
            do throws(ExportError) {
                try booklet.write(to: output)
            } catch {
                throw CLIFailure(message: error.description, exitCode: 3)
            }
            print("wrote \(output): \(selection.selected.count) suppliers")
            guard pdf else { return }
            let pdfPath = String(output.dropLast(4)) + ".pdf"
            do throws(LibreOfficePDF.Failure) {
                try LibreOfficePDF.convert(output, to: pdfPath)
            } catch {
                throw CLIFailure(message: error.description, exitCode: 3)
            }
            print("wrote \(pdfPath)")
        }
    }
}
