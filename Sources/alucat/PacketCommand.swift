import AluCatalog
import AluExport
import ArgumentParser
import Foundation

struct PacketCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packet",
        abstract: "Build a trade mission's packet for its foreign buyers.",
        discussion: """
            Writes exports/<mission>/ and exports/<mission>.zip:
              index.html                      language chooser
              index-<lang>.html               landing page per language (offline search)
              brochure-<lang>.ods             brochure per language (Arabic RTL)
              catalogue.xml, schema/*.xsd     the selected suppliers and schemas
              contacts.vcf                    consented contacts, vCard 4.0
              SHA256SUMS                      checksums (sha256sum -c SHA256SUMS)

            Suppliers are chosen by the mission's selection rules and ranked for each
            buyer need (see alucat match). Only publishable data leaves: no contact
            without consent, no reference whose client did not agree to be cited, no
            internal notes.

            Same catalogue and same --today give byte-identical files and zip.

            Examples:
              alucat packet gulf-smelters-2027
              alucat packet india-aluminium-2027 --out /tmp/packets --today 2027-01-15
            """
    )

    @OptionGroup var options: CatalogOptions

    @Option(help: ArgumentHelp("Folder that receives the packet folder and zip.", valueName: "dir"))
    var out = "exports"

    @Argument(help: ArgumentHelp("The mission id (the file name in catalog/missions/ without .xml).", valueName: "mission"))
    var mission: String

    func run() throws {
        try Terminal.run {
            let loaded = try options.load()
            _ = try loaded.mission(mission)
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            let builder = PacketBuilder(
                catalog: loaded.catalog,
                schemaDirectory: loaded.loader.schemas.directory, outputRoot: out, generated: options.todayDay)
            do throws(ExportError) {
                let result = try builder.build(missionID: mission, progress: Terminal.stepProgress())
                print("\(result.directory)/ (\(result.manifest.entries.count + 1) files, \(result.selectedSupplierCount) suppliers, languages \(result.languages.joined(separator: " ")))")
                print(result.zipPath)
            } catch {
                throw CLIFailure(message: error.description, exitCode: 3)
            }
        }
    }
}
