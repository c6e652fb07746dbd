import AluCatalog
import AluTestSupport
import Foundation

/// The sample catalogue, loaded once for every export test.
enum TestCatalog {
    static var packageRoot: String { TestPackage.root }

    static let catalogPath = packageRoot + "/catalog"
    static let today = CalendarDay(year: 2026, month: 11, day: 22)

    static let catalog: Catalog = {
        guard let loader = try? CatalogLoader(root: catalogPath, today: today) else { fatalError("no catalogue at \(catalogPath)") }
        return loader.loadAll().catalog
    }()

    /// Every ISO 3166-1 code the sample catalogue and its missions use.
    static var countriesUsed: Set<String> {
        var codes: Set<String> = []
        for s in catalog.suppliers {
            codes.formUnion(s.exportExperience)
            codes.formUnion(s.targetMarkets)
            codes.formUnion(s.references.map(\.country))
        }
        for m in catalog.missions {
            codes.formUnion(m.countries)
            codes.formUnion(m.buyers.map(\.country))
        }
        return codes
    }

    /// Runs a tool and returns its exit status and output.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        try ODFTools.run(tool, arguments)
    }
}
