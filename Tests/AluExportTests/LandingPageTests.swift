import AluCatalog
import AluExport
import AluLocalization
import AluTestSupport
import Foundation
import Testing

/// What every landing page and the language chooser promise, read from the bytes
/// (the browser test checks how they lay out).
@Suite("Landing pages: switcher, naming, links, languages, policy", .serialized)
struct LandingPageTests {
    static let generated = TestCatalog.today

    static func page(_ mission: Mission, suppliers: [Supplier]? = nil, matches: [IndexMatchRow] = []) -> HTMLIndexPage {
        let catalog = TestCatalog.catalog
        let chosen = suppliers ?? MissionSelection.select(mission, catalog: catalog, today: generated).selected.suppliers
        return HTMLIndexPage(mission: mission, suppliers: .vouched(chosen), taxonomy: catalog.taxonomy, matches: matches, generated: generated)
    }

    static func between(_ html: String, _ open: String, _ close: String) -> String? {
        guard let start = html.range(of: open), let end = html.range(of: close, range: start.upperBound..<html.endIndex) else { return nil }
        return String(html[start.upperBound..<end.lowerBound])
    }

    /// `'sha256-…'` of `text`, computed by coreutils' sha256sum (not by the code under test).
    static func cspHash(_ text: String) throws -> String {
        let file = temporaryFile("csp-\(UUID().uuidString).txt")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let hex = try ODFTools.run("/usr/bin/sha256sum", [file]).output.prefix(64)
        var bytes: [UInt8] = []
        var index = hex.startIndex
        while index < hex.endIndex {
            let next = hex.index(index, offsetBy: 2)
            bytes.append(UInt8(hex[index..<next], radix: 16)!)
            index = next
        }
        return "'sha256-" + Data(bytes).base64EncodedString() + "'"
    }

    @Test("every landing page: the switcher is the first thing in the body, links every packet language with hreflang, marks its own", arguments: TestCatalog.catalog.missions.map(\.id))
    func switcherOnTop(missionID: String) throws {
        let mission = try #require(TestCatalog.catalog.mission(missionID))
        for language in mission.languages {
            let html = Self.page(mission).render(try #require(Translations(language: language)))
            let body = try #require(html.range(of: "<body>\n")).upperBound
            #expect(html[body...].hasPrefix("<nav class=\"languages\" aria-label=\"\(Message("packet.switcher").text(language))\">"))
            let nav = try #require(Self.between(html, "<nav class=\"languages\"", "</nav>"))
            for other in mission.languages {
                let dir = other == "ar" ? "rtl" : "ltr"
                let current = other == language ? " aria-current=\"page\"" : ""
                #expect(nav.contains("<a href=\"index-\(other).html\" hreflang=\"\(other)\" lang=\"\(other)\" xml:lang=\"\(other)\" dir=\"\(dir)\"\(current)>"), "\(language): \(other)")
            }
            #expect(nav.components(separatedBy: "hreflang=").count - 1 == mission.languages.count)
            #expect(nav.components(separatedBy: "aria-current").count - 1 == 1)
        }
    }

    @Test("one naming rule in every packet: index.html is the language chooser, each language has index-<lang>.html", arguments: TestCatalog.catalog.missions.map(\.id))
    func namingRule(missionID: String) throws {
        let mission = try #require(TestCatalog.catalog.mission(missionID))
        let result = try PacketTests.build(missionID, into: temporaryDirectory("naming-\(missionID)"))
        let files = Set(result.manifest.entries.map(\.path))
        #expect(files.filter { $0.hasSuffix(".html") } == Set(["index.html"] + mission.languages.map { "index-\($0).html" }))
        let chooser = try String(contentsOfFile: result.directory + "/index.html", encoding: .utf8)
        let first = mission.languages[0]
        #expect(chooser.contains("<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(first)\" xml:lang=\"\(first)\""))
        #expect(!chooser.contains("<script"))
        for language in mission.languages {
            let t = try #require(Translations(language: language))
            // Offered in its own language: a block tagged with it, its name, the packet's title and a link.
            #expect(chooser.contains("<li lang=\"\(language)\" xml:lang=\"\(language)\" dir=\"\(t.isRightToLeft ? "rtl" : "ltr")\">"))
            #expect(chooser.contains("<a href=\"index-\(language).html\" hreflang=\"\(language)\">\(HTMLText.escape(Message("packet.chooser.open").text(language)))</a>"))
            #expect(chooser.contains(HTMLText.escape(t.label(.packetTitle))))
            // Every landing page lists the chooser among the packet's files.
            let page = try String(contentsOfFile: result.directory + "/index-\(language).html", encoding: .utf8)
            #expect(page.contains("<a href=\"index.html\">index.html</a>"))
        }
    }

    @Test("E.164 numbers become tel: links (separators removed), others stay text", arguments: [
        ("+14185550191", "tel:+14185550191"), ("+1 418 555-0191", "tel:+14185550191"), ("+1 (418) 555.0191", "tel:+14185550191"),
        ("+971 4 555 0100", "tel:+97145550100"),
    ] as [(String, String?)] + [("418-555-0191", nil), ("+1 418 555-0191 poste 22", nil), ("+0 418 555 0191", nil), ("tel:+14185550191", nil),
                                 ("+1\"><script>", nil), ("+1234", nil)])
    func telLinks(phone: String, uri: String?) {
        #expect(HTMLText.telURI(phone) == uri)
        let link = HTMLText.telLink(phone)
        if let uri {
            #expect(link == "<a href=\"\(uri)\" dir=\"ltr\">\(HTMLText.escape(phone))</a>")
        } else {
            #expect(!link.contains("href") && link.hasPrefix("<bdi dir=\"ltr\">"))
        }
    }

    @Test("the sample pages: every consented phone is a tel: link, every match row links to a card of the page")
    func telAndCardLinksInPackets() throws {
        let result = try PacketTests.build("gulf-smelters-2027", into: temporaryDirectory("links"))
        let html = try String(contentsOfFile: result.directory + "/index-ar.html", encoding: .utf8)
        let selected = MissionSelection.select(try #require(TestCatalog.catalog.mission("gulf-smelters-2027")), catalog: TestCatalog.catalog, today: Self.generated).selected
        var phones = 0
        for s in selected { for c in s.contacts where c.consent == true { if let phone = c.phone, !phone.isEmpty {
            phones += 1
            #expect(html.contains("href=\"tel:\(phone.filter { $0 != " " && $0 != "-" })\" dir=\"ltr\">"), "\(phone)")
        } } }
        #expect(phones > 5)
        let anchors = html.matches(of: /href="#([^"]+)"/).map { String($0.1) }
        #expect(anchors.count > 5)
        for anchor in anchors { #expect(html.contains("<article id=\"\(anchor)\""), "\(anchor) has no card") }
        #expect(Set(anchors) == Set(anchors.filter { $0.hasPrefix("supplier-") }))
    }

    @Test("supplier text carries its own language and direction: descriptions, titles, regions, schemes, names")
    func languageAndDirection() throws {
        let mission = try #require(TestCatalog.catalog.mission("gulf-smelters-2027"))
        var s = try #require(TestCatalog.catalog.suppliers.first { $0.address.region != nil && $0.contacts.contains { $0.consent == true && !$0.title.isEmpty } })
        s.descriptions = LocalizedText([("en", "We build rodding shops."), ("fr", "Nous construisons des ateliers.")])
        s.certifications = [Certification(scheme: "ISO 9001:2015", validFrom: nil, validUntil: nil)]
        let ar = Self.page(mission, suppliers: [s]).render(try #require(Translations(language: "ar")))
        #expect(ar.contains("<p class=\"description\" lang=\"en\" xml:lang=\"en\" dir=\"auto\">We build rodding shops. <span class=\"marker\" lang=\"ar\" xml:lang=\"ar\" dir=\"rtl\">"))
        let title = try #require(s.contacts.first { $0.consent == true && !$0.title.isEmpty }).title
        #expect(ar.contains("<p><bdi lang=\"\" xml:lang=\"\">\(HTMLText.escape(title))</bdi></p>"))
        #expect(ar.contains("<bdi lang=\"fr\" xml:lang=\"fr\">\(HTMLText.escape(try #require(s.address.region).rawValue))</bdi>"))
        #expect(ar.contains("<bdi lang=\"\" xml:lang=\"\">ISO 9001:2015</bdi>"))
        #expect(ar.contains("<h3><bdi>\(HTMLText.escape(s.displayName))</bdi></h3>"))
        // The region filter's options are French names, tagged so.
        #expect(ar.contains("lang=\"fr\" xml:lang=\"fr\">\(HTMLText.escape(try #require(s.address.region).rawValue))</option>"))
        // In its own language a description is plain.
        let en = Self.page(mission, suppliers: [s]).render(try #require(Translations(language: "en")))
        #expect(en.contains("<p class=\"description\">We build rodding shops.</p>"))
    }

    @Test("the policy allows exactly the page's script and stylesheet by their SHA-256 (computed by sha256sum), nothing else", arguments: ["gulf-smelters-2027", "south-america-2027"])
    func contentSecurityPolicy(missionID: String) throws {
        let mission = try #require(TestCatalog.catalog.mission(missionID))
        for language in mission.languages {
            let html = Self.page(mission).render(try #require(Translations(language: language)))
            let policy = try #require(Self.between(html, "<meta http-equiv=\"Content-Security-Policy\" content=\"", "\"/>")).replacingOccurrences(of: "&#x27;", with: "'")
            let script = try #require(Self.between(html, "<script>", "</script>"))
            let style = try #require(Self.between(html, "<style>", "</style>"))
            #expect(policy == "default-src 'none'; script-src \(try Self.cspHash(script)); style-src \(try Self.cspHash(style)); img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'")
            #expect(!policy.contains("unsafe"))
            // No inline handler or style attribute that the policy would block.
            #expect(html.range(of: #"\son[a-z]+="|\sstyle=""#, options: .regularExpression) == nil)
            // The script parses as XML text: no markup character in it.
            #expect(!script.contains("<") && !script.contains("&"))
        }
        // A page's policy follows its script: a changed byte changes the hash.
        #expect(try Self.cspHash(FinderScript.source) != (try Self.cspHash(FinderScript.source + " ")))
    }

    @Test("without JavaScript every supplier is listed: no card hidden, the search panel hidden until the script shows it; the cards carry their facets")
    func worksWithoutScript() throws {
        let mission = try #require(TestCatalog.catalog.mission("south-america-2027"))
        let selected = MissionSelection.select(mission, catalog: TestCatalog.catalog, today: Self.generated).selected
        let html = Self.page(mission).render(try #require(Translations(language: "pt")))
        let cards = html.matches(of: /<article id="supplier-[^"]+"[^>]*>/).map { String($0.0) }
        #expect(cards.count == selected.count)
        #expect(!cards.contains { $0.contains("hidden") })
        #expect(html.contains("<div class=\"finder\" id=\"finder\" role=\"search\" aria-labelledby=\"finder-heading\" hidden=\"hidden\">"))
        for s in selected {
            let card = try #require(cards.first { $0.hasPrefix("<article id=\"supplier-\(s.id)\"") })
            #expect(card.contains(" data-country=\"\(s.exportExperience.isEmpty ? "" : "|" + s.exportExperience.joined(separator: "|") + "|")\""))
            let languages = s.contacts.filter { $0.consent == true }.flatMap(\.languages)
            for language in languages { #expect(card.contains("|\(language)|")) }
        }
        for key in ["search.heading", "search.label", "filter.area", "filter.region", "filter.country", "filter.certification", "filter.language", "search.reset", "search.none"] {
            #expect(html.contains(HTMLText.escape(Message("packet." + key).text("pt"))), "\(key)")
        }
    }

    @Test("same inputs give the same bytes: two packets' pages and chooser are identical")
    func deterministicPages() throws {
        let a = try PacketTests.build("south-america-2027", into: temporaryDirectory("same-a"))
        let b = try PacketTests.build("south-america-2027", into: temporaryDirectory("same-b"))
        let pages = a.manifest.entries.map(\.path).filter { $0.hasSuffix(".html") }
        #expect(pages.count == 5)
        for page in pages {
            #expect(FileManager.default.contents(atPath: a.directory + "/" + page) == FileManager.default.contents(atPath: b.directory + "/" + page), "\(page)")
        }
    }
}
