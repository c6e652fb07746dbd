import AluCatalog
import AluDiagnostics
import AluExport
import AluXML
import Foundation
import Testing

@Suite("HTML index page")
struct HTMLIndexPageTests {
    static let generated = CalendarDay(year: 2027, month: 3, day: 1)
    static let scriptName = "<script>alert(1)</script>"
    static let breakoutName = "\"><img src=x onerror=alert(1)>"

    static func page(_ mission: Mission, suppliers: [Supplier]? = nil, matches: [IndexMatchRow] = [], files: [PacketFile] = []) -> HTMLIndexPage {
        let catalog = TestCatalog.catalog
        let chosen = suppliers ?? Array(catalog.suppliers.prefix(12))
        return HTMLIndexPage(mission: mission, suppliers: .vouched(chosen), taxonomy: catalog.taxonomy, matches: matches, files: files, generated: generated)
    }

    static let files = [
        PacketFile(name: "catalogue.xml", description: "Catalogue (XML)"),
        PacketFile(name: "schema/catalog.xsd", description: "Schéma"),
        PacketFile(name: "contacts.vcf", description: "vCard"),
    ]

    /// Parses the page as XML after removing the doctype line.
    static func parse(_ html: String) -> XMLParseResult {
        #expect(html.hasPrefix("<!DOCTYPE html>\n"))
        return SafeXMLParser.parse(Array(html.dropFirst("<!DOCTYPE html>\n".count).utf8), file: "index.html")
    }

    static func hostileSupplier() throws -> Supplier {
        var s = try #require(TestCatalog.catalog.suppliers.first { $0.contacts.contains { $0.consent == true } })
        s.operatingName = scriptName
        s.website = "javascript:alert(1)"
        s.descriptions = LocalizedText([("fr", breakoutName), ("en", breakoutName)])
        var c = Contact()
        c.consent = true
        c.name = breakoutName
        c.title = "'onmouseover='x"
        c.email = "x@y.example\" onclick=\"alert(1)"
        s.contacts.append(c)
        var secret = Contact()
        secret.consent = false
        secret.name = "Zacharie Nonconsenti"
        secret.email = "zacharie@example.com"
        s.contacts.append(secret)
        return s
    }

    @Test("every mission in each of its languages: parses as XML, right lang and dir, no script, nothing loaded")
    func wellFormedEveryLanguage() throws {
        for mission in TestCatalog.catalog.missions {
            for language in mission.languages {
                let t = try #require(Translations(language: language), "\(language)")
                let html = Self.page(mission, files: Self.files).render(t)
                let result = Self.parse(html)
                #expect(!result.hasErrors, "\(mission.id) \(language): \(result.diagnostics.map(\.description))")
                let root = try #require(result.root)
                #expect(root.name == "html")
                #expect(root[attribute: "lang"] == language)
                #expect(root[attribute: "dir"] == (language == "ar" ? "rtl" : "ltr"))
                // One script, inline: the search over the cards (its hash is checked in LandingPageTests).
                #expect(html.components(separatedBy: "<script").count - 1 == 1)
                #expect(html.contains("<script>(function () {") || html.contains("<script>\n(function () {"))
                #expect(!html.lowercased().contains("<link"))
                #expect(html.range(of: #"src\s*=\s*["']?\s*https?:"#, options: [.regularExpression, .caseInsensitive]) == nil)
                #expect(html.contains("<meta charset=\"utf-8\"/>"))
                #expect(html.components(separatedBy: "<figure class=\"chart\"").count - 1 == 2)
                #expect(html.contains("<figcaption id=\"chart-areas-title\">"))
            }
        }
    }

    @Test("hostile names, URLs and e-mails appear only escaped and never become links")
    func hostileInputEscaped() throws {
        let mission = try #require(TestCatalog.catalog.mission("gulf-smelters-2027"))
        let matches = [IndexMatchRow(buyerName: Self.scriptName, needLabel: Self.breakoutName, priority: .high, candidates: [
            .init(supplierName: Self.scriptName, score: 0.876, reasons: Self.breakoutName),
        ])]
        let files = [PacketFile(name: "javascript:alert(1)", description: Self.scriptName), PacketFile(name: "../etc/passwd", description: "x")]
        for language in Translations.packetLanguages {
            let t = try #require(Translations(language: language))
            let html = Self.page(mission, suppliers: [try Self.hostileSupplier()], matches: matches, files: files).render(t)
            #expect(!html.contains(Self.scriptName))
            #expect(!html.contains(Self.breakoutName))
            #expect(!html.contains("<img"))
            #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
            #expect(html.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
            #expect(html.contains("&#x27;onmouseover=&#x27;x"))
            #expect(!html.contains("href=\"javascript"))
            #expect(!html.contains("href=\"../"))
            #expect(!html.contains("mailto:x@y.example"))
            #expect(!html.contains("Zacharie"))
            #expect(!Self.parse(html).hasErrors)
            let root = try #require(Self.parse(html).root)
            func all(_ e: XMLElement) -> [XMLElement] { [e] + e.children.flatMap(all) }
            for element in all(root) {
                #expect(!["img", "iframe", "object", "embed", "link"].contains(element.name))
                // The page's own script only: no attribute (no src), the search's code.
                if element.name == "script" { #expect(element.attributes.isEmpty && element.text.contains("getElementById(\"finder\")")) }
                for attribute in element.attributes { #expect(!attribute.name.lowercased().hasPrefix("on"), "\(attribute.name)") }
                if let href = element[attribute: "href"] {
                    #expect(href.hasPrefix("https://") || href.hasPrefix("http://") || href.hasPrefix("mailto:") || href.hasPrefix("tel:+") || !href.contains(":"), "\(href)")
                }
            }
        }
    }

    @Test("URL schemes: only absolute http(s) is a link", arguments: [
        ("https://alu.example", true), ("http://alu.example/x?y=1", true), ("HTTPS://ALU.EXAMPLE", true),
        ("javascript:alert(1)", false), ("JaVaScRiPt:alert(1)", false), (" https://alu.example", false),
        ("java\tscript:alert(1)", false), ("data:text/html,x", false), ("vbscript:x", false), ("https://", false),
        ("//alu.example", false), ("https:alu.example", false),
    ])
    func urlSchemes(url: String, linked: Bool) {
        #expect(HTMLText.isWebURL(url) == linked)
        #expect(HTMLText.webLink(url).hasPrefix("<a ") == linked)
    }

    @Test("a valid website is a plain anchor with rel=noopener; consented contact and valid certifications shown")
    func supplierCard() throws {
        let mission = try #require(TestCatalog.catalog.mission("nordic-low-carbon-2027"))
        let s = try #require(TestCatalog.catalog.suppliers.first { $0.contacts.contains { $0.consent == true } && HTMLText.isWebURL($0.website) })
        let html = Self.page(mission, suppliers: [s]).render(try #require(Translations(language: "en")))
        #expect(html.contains("<a href=\"\(HTMLText.escape(s.website))\" rel=\"noopener noreferrer\" dir=\"ltr\">"))
        for c in s.contacts where c.consent == true { #expect(html.contains(HTMLText.escape(c.name))) }
        for c in s.contacts where c.consent != true { #expect(!html.contains(HTMLText.escape(c.name))) }
        for cert in s.certifications where !cert.isValid(on: Self.generated) {
            if !s.certifications.contains(where: { $0.scheme == cert.scheme && $0.isValid(on: Self.generated) }) {
                #expect(!html.contains(HTMLText.escape(cert.scheme)), "expired \(cert.scheme)")
            }
        }
    }

    @Test("matches: ranked rows, localized scores, priority label")
    func matchesSection() throws {
        let mission = try #require(TestCatalog.catalog.mission("south-america-2027"))
        let row = IndexMatchRow(buyerName: "Aluar", needLabel: "Rodding", priority: .high, candidates: [
            .init(supplierName: "A", score: 0.876, reasons: "r1"), .init(supplierName: "B", score: 0.5, reasons: "r2"),
        ])
        let pt = Self.page(mission, matches: [row]).render(try #require(Translations(language: "pt")))
        #expect(pt.contains(#"<tr><td class="rank">1</td><td><bdi>A</bdi></td><td class="score" data-label="Pontuação">0,88</td><td class="reasons" data-label="Motivos">r1</td></tr>"#))
        #expect(pt.contains(#"<tr><td class="rank">2</td><td><bdi>B</bdi></td><td class="score" data-label="Pontuação">0,50</td><td class="reasons" data-label="Motivos">r2</td></tr>"#))
        #expect(pt.contains("(Prioridade: Alta)"))
    }

    @Test("same inputs give the same bytes")
    func deterministic() throws {
        let mission = try #require(TestCatalog.catalog.mission("gulf-smelters-2027"))
        let t = try #require(Translations(language: "ar"))
        let a = Self.page(mission, files: Self.files).bytes(t)
        let b = Self.page(mission, suppliers: Array(TestCatalog.catalog.suppliers.prefix(12)).reversed(), files: Self.files).bytes(t)
        #expect(a == b)
    }
}
