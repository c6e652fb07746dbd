import AluCatalog
import ArgumentParser
import Foundation

struct FindCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "find",
        abstract: "Search the catalogue's suppliers.",
        discussion: """
            Every filter is optional; a supplier must pass all that are given. Entries
            with errors are left out.

              --capability ID   a taxonomy id of any level: claims on it or below it match
                                (smelting.carbon finds smelting.carbon.rodding); for a
                                capability (a leaf), a claim on its area also matches,
                                ranked after the exact and deeper claims
              --region R        official name (accents, case and dashes do not matter,
                                a unique start is enough) or number 1-17
              --country CC      export experience or pursued market (ISO 3166-1 alpha-2);
                                with --experience-only, export experience only
              --certification   a scheme valid on --valid-on (default: today); "ISO 9001"
                                also matches the edition "ISO 9001:2015"
              --language L      spoken by a contact who consented to be published
              --role R          played on at least one capability claim: design,
                                manufacture, install, maintain or supply
              --text "words"    every word must start a word of the names, descriptions
                                (any language) or French/English labels and keywords of the
                                claimed capabilities; accents and case do not matter

            Results are sorted by id; with --capability, exact claims first, then deeper
            claims, then area-only claims.

            --format json prints, keys sorted:
              {"count": N, "suppliers": [{"id", "name", "legalName", "region",
               "regionNumber", "kind", "capabilities": [ids], "matchedCapabilities": [ids],
               "fit": "exact" | "descendant" | "parent-area" | null,
               "exportExperience": [CC], "targetMarkets": [CC], "languages": [consented
               contacts' languages], "certifications": [{"scheme", "validUntil"}],
               "website"}]}
            --format csv prints RFC 4180 (CRLF, every field quoted); a field starting with
            = + - @ TAB or CR gets a leading ' so no spreadsheet runs it as a formula.

            Exit status: 0 success (even with no match), 2 usage error (unknown capability
            id or region, bad date).

            Examples:
              alucat find --capability smelting.carbon
              alucat find --region saguenay --language es
              alucat find --country SA --experience-only --certification "ISO 9001"
              alucat find --text "électrolyse cuves" --format json
              alucat find --kind manufacturer --format csv > suppliers.csv
              alucat find --capability smelting.carbon --role maintain
            """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, csv }

    @OptionGroup var options: CatalogOptions

    @Option(help: ArgumentHelp("Taxonomy id of any level.", valueName: "id"))
    var capability: String?

    @Option(help: ArgumentHelp("Administrative region: name or number 1-17.", valueName: "region"))
    var region: String?

    @Option(help: ArgumentHelp("Kind of organisation: \(SupplierKind.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "kind"))
    var kind: String?

    @Option(help: ArgumentHelp("Country (ISO 3166-1 alpha-2) of export experience or pursued market.", valueName: "CC"))
    var country: String?

    @Flag(help: "With --country: export experience only, not pursued markets.")
    var experienceOnly = false

    @Option(help: ArgumentHelp("Certification scheme held with a valid certificate.", valueName: "scheme"))
    var certification: String?

    @Option(help: ArgumentHelp("Day the certificate must be valid on (YYYY-MM-DD); default: --today.", valueName: "date"))
    var validOn: String?

    @Option(help: ArgumentHelp("Language (BCP 47) spoken by a consented contact.", valueName: "tag"))
    var language: String?

    @Option(help: ArgumentHelp("Role played on a capability claim: \(Role.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "role"))
    var role: String?

    @Option(help: ArgumentHelp("Words to find, all of them, accent- and case-insensitive.", valueName: "words"))
    var text: String?

    @Option(help: "Output format: table, json or csv.")
    var format: Format = .table

    func validate() throws {
        if let validOn, CalendarDay(validOn) == nil {
            throw ValidationError("--valid-on must be a date like 2027-02-07, not '\(validOn)'")
        }
        if let kind, SupplierKind(rawValue: kind) == nil {
            throw ValidationError("unknown kind '\(kind)'; one of: \(SupplierKind.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let role, Role(rawValue: role) == nil {
            throw ValidationError("unknown role '\(role)'; one of: \(Role.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        if let region, QuebecRegion(lookup: region) == nil {
            throw ValidationError("unknown or ambiguous region '\(region)'; give a number 1-17 or one of: "
                + QuebecRegion.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if experienceOnly, country == nil { throw ValidationError("--experience-only needs --country") }
    }

    func run() throws {
        try Terminal.run {
            let loaded = try options.load()
            let taxonomy = loaded.catalog.taxonomy
            if let capability, !taxonomy.contains(capability) {
                let hints = taxonomy.suggestions(for: capability)
                throw CLIFailure(
                    message: "unknown capability '\(capability)'" + (hints.isEmpty ? "" : "; did you mean \(hints.joined(separator: ", "))?"),
                    exitCode: 2)
            }
            let query = SupplierQuery(
                capability: capability, region: region.flatMap(QuebecRegion.init(lookup:)), kind: kind.flatMap(SupplierKind.init(rawValue:)),
                country: country, experienceOnly: experienceOnly, certification: certification,
                validOn: validOn.flatMap(CalendarDay.init) ?? options.todayDay, language: language, text: text,
                role: role.flatMap(Role.init(rawValue:)))
            let hits = query.run(loaded.catalog)
            let output = switch format {
            case .table: FindOutput.table(hits)
            case .json: FindOutput.json(hits)
            case .csv: FindOutput.csv(hits)
            }
            FileHandle.standardOutput.write(Data(output.utf8))
        }
    }
}
