import AluCatalog
import AluLocalization
import AluTestSupport
import Foundation
import Testing
@testable import AluDirectory

/// The public directory in a real browser: `alucat serve` on the sample catalogue,
/// walked by Debian's chromium through chromedriver (`scripts/browser/portal_pages.py`)
/// in every language at 1280, 390 and 360 px, by keyboard and by clicks, as a buyer
/// would: search, facets, a supplier, the ODS download, every page kind. What each
/// step should show is computed here with ``Directory`` on the same catalogue, never
/// read from the page.
@Suite("The public directory in a browser", .serialized)
struct PortalBrowserTests {
    static let widths = [1280, 390, 360]

    /// The sample catalogue as the server loads it, on the server's day.
    static let directory: Directory = {
        let day = CalendarDay.today()
        let catalog = try! CatalogLoader(root: TestPackage.catalog, today: day).loadAll().catalog
        return Directory(catalog: catalog, day: day)
    }()

    /// Whether the browser, its driver and selenium are here; with CI=true a missing one is a failure.
    static func browserAvailable() throws -> Bool {
        var missing = ["/usr/bin/chromium", "/usr/bin/chromedriver"].filter { !FileManager.default.isExecutableFile(atPath: $0) }
        if let python = ODFTools.which("python3") {
            if try ODFTools.run(python, ["-c", "import selenium"]).status != 0 { missing.append("python3 selenium") }
        } else {
            missing.append("python3")
        }
        if missing.isEmpty { return true }
        if TestPackage.isCI { Issue.record("missing with CI=true (scripts/setup.sh --test installs them): \(missing.joined(separator: ", "))") }
        return false
    }

    // MARK: - What each step should show, from the catalogue

    static func site(_ language: PortalLanguage) -> String { Message("portal.site-name").text(language.rawValue) }

    static func searchTitle(_ text: String?, _ language: PortalLanguage) -> String {
        let heading = text.map { Message("portal.search.title-with-text", ["text": $0]) } ?? Message("portal.search.title")
        return heading.text(language.rawValue) + " — " + site(language)
    }

    /// The cards one result page shows, in order, and its heading: the count, worded
    /// in the language (Arabic's dual "موردان" names no number).
    static func results(_ query: DirectoryQuery, _ language: PortalLanguage, title: String? = nil) -> [String: Any] {
        let result = directory.search(query)
        let code = language.rawValue
        let heading = result.total == 0 ? Message("portal.results.none")
            : Message(PluralCategory.key("portal.results.count", count: result.total, language: code), ["count": String(result.total)])
        var step: [String: Any] = ["expected": result.hits.map(\.supplier.id), "heading": heading.text(code)]
        if let title { step["title"] = title }
        return step
    }

    /// The facet value leaving the most suppliers while still hiding some (ties: the first listed).
    static func narrowing<Value>(_ counts: [FacetCount<Value>], total: Int) -> Value? {
        counts.filter { $0.count < total }.max { $0.count < $1.count }?.value
    }

    /// Every `mailto:` and `tel:` link the contacts section should hold.
    static func contactLinks(_ supplier: Supplier) -> (mail: [String], tel: [String]) {
        let mails = ([supplier.email] + supplier.contacts.map(\.email)).filter { !$0.isEmpty }.compactMap(Links.mail)
        let phones = ([supplier.phone] + supplier.contacts.map { $0.phone ?? "" }).filter { !$0.isEmpty }.compactMap(Links.tel)
        return (mails, phones)
    }

    /// A word of the taxonomy's labels in `language` whose search fits one page
    /// (3–20 suppliers), whose first hit can be written to and phoned, and which a
    /// region narrows: the longest such result (ties: alphabetical).
    static func query(_ language: PortalLanguage) throws -> String {
        let words = Set(directory.taxonomy.nodes.flatMap { node in
            node.label(language.rawValue).lowercased().split(whereSeparator: { !$0.isLetter }).map(String.init)
        }).filter { $0.count >= 5 }.sorted()
        var best: (word: String, total: Int)?
        for word in words {
            let result = directory.search(DirectoryQuery(text: word))
            guard (3...DirectoryQuery.defaultPageSize).contains(result.total), let first = result.hits.first,
                  let supplier = directory.supplier(id: first.supplier.id),
                  !contactLinks(supplier).mail.isEmpty, !contactLinks(supplier).tel.isEmpty,
                  narrowing(result.facets.regions, total: result.total) != nil else { continue }
            if result.total > best?.total ?? 0 { best = (word, result.total) }
        }
        return try #require(best?.word, "no label word in \(language) narrows the directory to one page")
    }

    /// From the start page: the domain with the most suppliers short of all, its
    /// area with the most short of the domain's, then the region narrowing that.
    static func browse(_ language: PortalLanguage) throws -> [[String: Any]] {
        let taxonomy = directory.taxonomy
        let all = directory.search(DirectoryQuery())
        let domain = try #require(taxonomy.domains.map(\.id).filter { (1..<all.total).contains(all.facets.capabilities[$0, default: 0]) }
            .max { all.facets.capabilities[$0, default: 0] < all.facets.capabilities[$1, default: 0] })
        let inDomain = directory.search(DirectoryQuery(capability: domain))
        let area = try #require(taxonomy[domain]?.childIDs.filter { (1..<inDomain.total).contains(inDomain.facets.capabilities[$0, default: 0]) }
            .max { inDomain.facets.capabilities[$0, default: 0] < inDomain.facets.capabilities[$1, default: 0] })
        let inArea = directory.search(DirectoryQuery(capability: area))
        let region = try #require(narrowing(inArea.facets.regions, total: inArea.total))
        return [
            ["name": "capability", "value": domain].merging(results(DirectoryQuery(capability: domain), language)) { $1 },
            ["name": "capability", "value": area].merging(results(DirectoryQuery(capability: area), language)) { $1 },
            ["name": "region", "value": String(region.number)].merging(results(DirectoryQuery(capability: area, region: region), language)) { $1 },
        ]
    }

    /// The supplier whose page is longest (most to lay out on a phone).
    static var longestSupplier: Supplier {
        directory.suppliers.max { DirectoryPages.supplier($0, directory: directory, language: .fr).count < DirectoryPages.supplier($1, directory: directory, language: .fr).count }!
    }

    /// What `portal_pages.py` walks and expects, language by language (see its header).
    static func spec(base: String) throws -> [String: Any] {
        let longest = longestSupplier
        // Page 2 of the start page exists: more suppliers than one page holds.
        #expect(directory.search(DirectoryQuery()).pageCount > 1)
        var languages: [[String: Any]] = []
        for language in PortalLanguage.allCases {
            let code = language.rawValue
            let text = try query(language)
            let found = directory.search(DirectoryQuery(text: text))
            let region = try #require(narrowing(found.facets.regions, total: found.total))
            let supplier = try #require(directory.supplier(id: found.hits[0].supplier.id))
            let links = contactLinks(supplier)
            let empty = "zzqxwv"
            #expect(directory.search(DirectoryQuery(text: empty)).total == 0)
            languages.append([
                "language": code, "dir": language.dir,
                "home": results(DirectoryQuery(), language, title: searchTitle(nil, language)),
                "search": results(DirectoryQuery(text: text), language, title: searchTitle(text, language))
                    .merging(["query": text, "names": found.ids.compactMap { directory.supplier(id: $0)?.displayName }]) { $1 },
                "facet": ["name": "region", "value": String(region.number)].merging(results(DirectoryQuery(text: text, region: region), language)) { $1 },
                "browse": try browse(language),
                "empty": ["query": empty, "title": searchTitle(empty, language)],
                "supplier": ["id": supplier.id, "title": supplier.displayName + " — " + site(language), "mailto": links.mail, "tel": links.tel],
                "pages": [
                    ["kind": "page-2", "path": "/\(code)/?page=2", "title": searchTitle(nil, language)],
                    ["kind": "supplier-longest", "path": DirectoryURL.supplier(longest.id, language: language), "title": longest.displayName + " — " + site(language)],
                    ["kind": "not-found", "path": "/\(code)/suppliers/no-such-supplier", "title": Message("portal.error.404.title").text(code) + " — " + site(language)],
                    ["kind": "bad-request", "path": "/\(code)/?pageSize=0", "title": Message("portal.error.400.title").text(code) + " — " + site(language)],
                ],
            ])
        }
        return ["base": base, "widths": widths, "languages": languages]
    }

    // MARK: - Tests

    @Test("in every language at 1280, 390 and 360 px: Tab reaches the search field with a visible focus, the form finds the expected suppliers, a facet and the capability tree narrow them, a card opens its supplier with mailto: and tel: links, the ODS download is an OpenDocument spreadsheet of the result set; no page scrolls sideways and the console stays clean")
    func directoryWorksInChromium() throws {
        guard try Self.browserAvailable() else { return }
        let server = try ServedPortal(catalog: TestPackage.catalog)
        defer { _ = server.terminate() }
        let folder = temporaryDirectory("portal-browser")
        let specPath = folder + "/spec.json", reportPath = folder + "/report.json"
        let spec = try Self.spec(base: server.base)
        try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys]).write(to: URL(fileURLWithPath: specPath))
        var arguments = [TestPackage.root + "/scripts/browser/portal_pages.py", specPath, reportPath]
        // ALUCAT_SCREENSHOTS=DIR keeps a screenshot of every page kind, language and width, to look at.
        if let shots = ProcessInfo.processInfo.environment["ALUCAT_SCREENSHOTS"] { arguments += ["--screenshots", shots] }
        let run = try ODFTools.run(try #require(ODFTools.which("python3")), arguments)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reportPath))) as? [String: Any], "\(run.output)")
        let failures = report["failures"] as? [[String: Any]] ?? []
        #expect(run.status == 0, "portal_pages.py exited \(run.status): \(run.output.suffix(3000))")
        #expect(failures.isEmpty, "\(failures.prefix(40).map { "\($0["language"] ?? "") @\($0["width"] ?? "") \($0["page"] ?? ""): \($0["problem"] ?? "")" }.joined(separator: "\n"))")
        // Every walk ran to its end and did what it says.
        let walks = PortalBrowserTests.widths.count * PortalLanguage.allCases.count
        #expect(report["walks"] as? Int == walks)
        #expect(report["searches"] as? Int == 2 * walks)
        #expect(report["facets"] as? Int == 4 * walks)
        #expect(report["downloads"] as? Int == walks)
        #expect(report["suppliers"] as? Int == walks)
        #expect(report["loads"] as? Int == 12 * walks)
        #expect((report["tab_stops"] as? Int ?? 0) >= 20 * walks)
        #expect(server.terminate() == 0)
    }
}
