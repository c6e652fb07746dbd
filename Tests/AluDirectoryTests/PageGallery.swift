import AluCatalog
import AluLocalization
import Foundation
@testable import AluDirectory

/// Every kind of page, for the sample catalogue, in one language: what the validity,
/// language-leak and escaping tests walk and what is written out to look at.
enum PageGallery {
    /// The states of the search page worth a look: the start, text with two facets, an
    /// area of the capability tree, a capability, page 2, nothing found (with filters,
    /// and past the end).
    static func searchQueries(_ directory: Directory) -> [(name: String, query: DirectoryQuery)] {
        let taxonomy = directory.taxonomy
        let area = taxonomy.nodes.first { $0.level == .area && directory.search(DirectoryQuery(capability: $0.id)).total > 1 }!
        let capability = taxonomy.nodes.first { $0.level == .capability && taxonomy.isWithin($0.id, area.id) && directory.search(DirectoryQuery(capability: $0.id)).total > 0 }!
        let region = directory.search(DirectoryQuery()).facets.regions.first!.value
        return [
            ("search", DirectoryQuery()),
            ("search-text-facets", DirectoryQuery(text: "alumin", region: region, role: .design)),
            ("search-area", DirectoryQuery(capability: area.id)),
            ("search-capability", DirectoryQuery(capability: capability.id, role: .supply)),
            ("search-page-2", DirectoryQuery(page: 2, pageSize: 5)),
            ("search-empty", DirectoryQuery(text: "zzzyx", region: .nordDuQuebec, certification: "ISO 9001")),
            ("search-past-end", DirectoryQuery(page: 40)),
        ]
    }

    /// File name → page, for `language`.
    static func pages(_ directory: Directory, _ language: PortalLanguage, suppliers: [Supplier]? = nil) -> [(path: String, html: String)] {
        var pages: [(String, String)] = []
        for (name, query) in searchQueries(directory) {
            pages.append(("\(language.rawValue)/\(name).html", DirectoryPages.search(result: directory.search(query), directory: directory, language: language)))
        }
        for supplier in suppliers ?? directory.suppliers {
            pages.append(("\(language.rawValue)/suppliers/\(supplier.id).html", DirectoryPages.supplier(supplier, directory: directory, language: language)))
        }
        pages.append(("\(language.rawValue)/error-400.html", DirectoryPages.error(
            .badRequest(DirectoryURL.Invalid(parameter: "pageSize", reason: .badNumber)), day: directory.day, language: language)))
        pages.append(("\(language.rawValue)/error-404.html", DirectoryPages.error(.notFound, day: directory.day, language: language)))
        return pages
    }

    /// Writes `pages` under `root`, with the stylesheet at `assets/portal.css` (serve
    /// `root` over HTTP to see them styled: the pages link `/assets/portal.css`).
    static func write(_ pages: [(path: String, html: String)], to root: URL) throws {
        let manager = FileManager.default
        for (path, html) in pages {
            let url = root.appendingPathComponent(path)
            try manager.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(html.utf8).write(to: url)
        }
        let css = root.appendingPathComponent("assets/portal.css")
        try manager.createDirectory(at: css.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(PortalStylesheet.css.utf8).write(to: css)
    }
}
