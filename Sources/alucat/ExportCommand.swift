import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one export: a spreadsheet from CSV, a brochure, the catalogue XML, or contact cards.",
        subcommands: [ExportODSCommand.self, ExportBrochureCommand.self, ExportBookletCommand.self, ExportXMLCommand.self, ExportVCardCommand.self]
    )
}
