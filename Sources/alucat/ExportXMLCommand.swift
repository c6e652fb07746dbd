import AluCatalog
import AluExport
import ArgumentParser

struct ExportXMLCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xml",
        abstract: "Write the catalogue (or a mission's suppliers) as one XML document.",
        discussion: """
            The document's root is <catalog> in namespace urn:alucat:catalog:1.0 and is
            valid against catalog/schema/catalog.xsd. Only publishable data is written:
            consented contacts, citable references, no internal notes.

            Examples:
              alucat export xml -o catalogue.xml
              alucat export xml --mission india-aluminium-2027 -o india.xml
            """
    )

    @OptionGroup var selection: ExportSelection

    func run() throws {
        try Terminal.run {
            let selected = try selection.select()
            try selection.emit(CatalogXMLExporter.bytes(selected.suppliers, generated: selection.options.todayDay, missionID: selected.mission?.id))
        }
    }
}

struct ExportVCardCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "vcard",
        abstract: "Write consented contacts as vCard 4.0 (RFC 6350).",
        discussion: """
            One card per contact who agreed to be published, with the company, title,
            e-mail, phone, languages and address; lines folded at 75 octets, CRLF line
            ends.

            Examples:
              alucat export vcard -o contacts.vcf
              alucat export vcard --mission gulf-smelters-2027 -o gulf.vcf
            """
    )

    @OptionGroup var selection: ExportSelection

    func run() throws {
        try Terminal.run {
            let selected = try selection.select()
            try selection.emit(VCardExporter.bytes(selected.suppliers, generated: selection.options.todayDay))
        }
    }
}
