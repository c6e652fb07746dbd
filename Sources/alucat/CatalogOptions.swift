import AluCatalog
import ArgumentParser

/// Options every catalogue command shares.
struct CatalogOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The catalogue folder (holding schema/, taxonomy.xml, suppliers/, missions/).", valueName: "dir"))
    var catalog: String = "catalog"

    @Option(name: .long, help: ArgumentHelp("Treat this day as today for expiry checks (YYYY-MM-DD); default: the date in Québec (America/Toronto).", valueName: "date"))
    var today: String?

    func validate() throws {
        if let today, CalendarDay(today) == nil {
            throw ValidationError("--today must be a date like 2026-11-22, not '\(today)'")
        }
    }

    var todayDay: CalendarDay { today.flatMap(CalendarDay.init) ?? .today() }

    func loader() throws -> CatalogLoader {
        do throws(CatalogLoader.Failure) {
            return try CatalogLoader(root: catalog, today: todayDay)
        } catch {
            throw CLIFailure(message: error.description, exitCode: error.isUsage ? 2 : 3)
        }
    }
}

extension CatalogLoader.Failure {
    var isUsage: Bool {
        switch self {
        case .noCatalog, .noSuchPath: true
        case .schema: false
        }
    }
}

/// A failure already explained to the user: print the message, exit with the code.
struct CLIFailure: Error, CustomStringConvertible {
    var message: String
    var exitCode: Int32
    var description: String { message }
}
