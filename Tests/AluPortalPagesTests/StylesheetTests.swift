import AluCatalog
import AluDirectory
import AluPortalPages
import AluTestSupport
import Foundation
import Testing

@Suite("The signed-in pages' stylesheet")
struct StylesheetTests {
    @Test("adds no rule that would break the CSP: no @import, no url() to another origin, no expression()")
    func selfContained() {
        let css = PortalPagesStylesheet.css
        #expect(!css.contains("@import"))
        #expect(!css.contains("expression("))
        #expect(!css.contains("url(http"))
    }

    /// The signed-in rules are served after the directory's in one file: a class they
    /// style that a directory page also uses would change the public pages (it did:
    /// `.summary` and `.facts` made result cards and supplier pages overflow a phone).
    @Test("styles no class the public directory's pages use")
    func leavesTheDirectoryAlone() throws {
        let catalog = try CatalogLoader(root: TestPackage.catalog, today: CalendarDay(year: 2026, month: 11, day: 22)).loadAll().catalog
        let directory = Directory(catalog: catalog, day: CalendarDay(year: 2026, month: 11, day: 22))
        var pages: [String] = []
        for language in PortalLanguage.allCases {
            let result = directory.search(DirectoryQuery())
            pages.append(String(decoding: DirectoryPages.searchBytes(result: result, directory: directory, language: language), as: UTF8.self))
            for supplier in directory.suppliers.prefix(5) {
                pages.append(String(decoding: DirectoryPages.supplierBytes(supplier, directory: directory, language: language), as: UTF8.self))
            }
        }
        var used: Set<String> = []
        let classAttribute = /class="([^"]*)"/
        for page in pages {
            for match in page.matches(of: classAttribute) { used.formUnion(match.1.split(separator: " ").map(String.init)) }
        }
        #expect(used.count > 10, "the directory's pages were read")
        // A selector can match on a directory page only if every class it names is used
        // there; a selector naming no class at all (`table`, `p`) matches everywhere.
        var reaching: [String] = []
        let selectorClass = /\.([A-Za-z][A-Za-z0-9_-]*)/
        for block in PortalPagesStylesheet.css.split(separator: "}") {
            guard let head = block.split(separator: "{", omittingEmptySubsequences: false).dropLast().last else { continue }
            for selector in head.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespacesAndNewlines) }) where !selector.hasPrefix("@") {
                let classes = selector.matches(of: selectorClass).map { String($0.1) }
                if classes.allSatisfy(used.contains) { reaching.append(selector) }
            }
        }
        #expect(reaching == [])
    }
}
