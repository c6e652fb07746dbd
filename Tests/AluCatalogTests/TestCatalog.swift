import AluCatalog
import AluTestSupport
import Foundation

/// Paths shared by the catalogue tests.
enum TestCatalog {
    /// The package root, found from this file's path.
    static var packageRoot: String { TestPackage.root }

    static let catalog = packageRoot + "/catalog"
    static let today = CalendarDay(year: 2026, month: 11, day: 22)

    static func fixture(_ relative: String) -> String {
        Bundle.module.path(forResource: relative, ofType: nil, inDirectory: "Fixtures")!
    }

    static func loader() throws -> CatalogLoader {
        try CatalogLoader(root: catalog, today: today)
    }
}
