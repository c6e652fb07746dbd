import ArgumentParser

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Write one export: a spreadsheet, the catalogue XML, or contact cards.",
        subcommands: [ExportODSCommand.self]
    )
}
