import AluCatalog
import AluLocalization
import Foundation
import Testing
@testable import AluDirectory

/// The query string ↔ ``DirectoryQuery`` mapping: what every link and form of the
/// pages relies on.
@Suite("Directory URLs")
struct PageURLTests {
    static let taxonomy = SampleDirectory.catalog.taxonomy

    /// Decodes the query string of `url` as a server would (`%XX` UTF-8, no `+`).
    static func items(_ url: String) -> [(name: String, value: String)] {
        guard let mark = url.firstIndex(of: "?") else { return [] }
        return url[url.index(after: mark)...].split(separator: "&").map { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            return (String(parts[0]).removingPercentEncoding!, String(parts.count > 1 ? parts[1] : "").removingPercentEncoding!)
        }
    }

    /// Many queries: every facet alone and together, each region, kind and role, texts
    /// with accents, Arabic, quotes, `&`, `=`, `+`, `%`, `#` and spaces, pages and sizes.
    static let queries: [DirectoryQuery] = {
        var queries: [DirectoryQuery] = [DirectoryQuery()]
        let texts = ["anode", "Électrolyse cuves", "مصهر الألومنيوم", "a&b=c+d%20#e?f", "\"quoted\" 'single' <tag>", "  spaced  words "]
        for text in texts { queries.append(DirectoryQuery(text: text.trimmingCharacters(in: .whitespaces))) }
        for region in QuebecRegion.allCases { queries.append(DirectoryQuery(region: region, page: region.number)) }
        for kind in SupplierKind.allCases { queries.append(DirectoryQuery(kind: kind, pageSize: 50)) }
        for role in Role.allCases { queries.append(DirectoryQuery(role: role)) }
        for node in taxonomy.nodes.prefix(30) { queries.append(DirectoryQuery(capability: node.id)) }
        queries.append(DirectoryQuery(
            text: "pot tending", capability: taxonomy.domains[0].id, region: .coteNord, kind: .manufacturer, country: "AE",
            certification: "ISO 9001", language: "pt-br", role: .install, page: 3, pageSize: 100))
        queries.append(DirectoryQuery(certification: "CSA W47.2 & ISO 3834-2", language: "ar", pageSize: 1))
        return queries
    }()

    @Test("parsing a query's URL gives the query back", arguments: queries)
    func roundTrip(query: DirectoryQuery) throws {
        for language in PortalLanguage.allCases {
            let url = DirectoryURL.url(language: language, query: query)
            #expect(url.hasPrefix("/\(language.rawValue)/"))
            #expect(try DirectoryURL.parse(Self.items(url), taxonomy: Self.taxonomy) == query, "\(url)")
        }
    }

    @Test("URLs list parameters in a fixed order, percent-encoded, without defaults")
    func stableForm() {
        let query = DirectoryQuery(text: "cuve & anode", region: .saguenayLacSaintJean, country: "AE", role: .supply, page: 2)
        #expect(DirectoryURL.url(language: .fr, query: query) == "/fr/?q=cuve%20%26%20anode&region=2&country=AE&role=supply&page=2")
        #expect(DirectoryURL.url(language: .ar, query: DirectoryQuery()) == "/ar/")
        #expect(DirectoryURL.url(language: .en, query: DirectoryQuery(text: "é")) == "/en/?q=%C3%A9")
        #expect(DirectoryURL.export(.ods, language: .es, query: query) == "/es/export/suppliers.ods?q=cuve%20%26%20anode&region=2&country=AE&role=supply")
        #expect(DirectoryURL.supplierDownload("acme", format: .vcf, language: .pt) == "/pt/suppliers/acme.vcf")
    }

    @Test("facet links set or clear one filter and go back to page 1")
    func facetLinks() {
        let query = DirectoryQuery(text: "x", region: .estrie, page: 4)
        #expect(query.setting(.kind(.manufacturer)) == DirectoryQuery(text: "x", region: .estrie, kind: .manufacturer))
        #expect(query.clearing(.region) == DirectoryQuery(text: "x"))
        #expect(query.clearingText() == DirectoryQuery(region: .estrie))
        #expect(query.onPage(2).page == 2)
        #expect(DirectoryQuery(text: "x", role: .design, pageSize: 7).clearingAll() == DirectoryQuery(pageSize: 7))
    }

    @Test("a region is read from its number or its official name")
    func regionForms() throws {
        #expect(try DirectoryURL.parse([("region", "02")], taxonomy: Self.taxonomy).region == .saguenayLacSaintJean)
        #expect(try DirectoryURL.parse([("region", "Côte-Nord")], taxonomy: Self.taxonomy).region == .coteNord)
        #expect(try DirectoryURL.parse([("region", "montréal")], taxonomy: Self.taxonomy).region == .montreal)
        #expect(try DirectoryURL.parse([("country", "ae")], taxonomy: Self.taxonomy).country == "AE")
    }

    @Test("empty values are absent and unknown parameters are ignored")
    func emptyAndUnknown() throws {
        let query = try DirectoryURL.parse([("q", ""), ("region", " "), ("utm_source", "mail"), ("fbclid", "x"), ("kind", "manufacturer")], taxonomy: Self.taxonomy)
        #expect(query == DirectoryQuery(kind: .manufacturer))
    }

    static let invalid: [(items: [(String, String)], parameter: String, reason: DirectoryURL.Invalid.Reason)] = [
        ([("q", String(repeating: "a", count: 201))], "q", .tooLong),
        ([("q", String(repeating: "é", count: 10_000))], "q", .tooLong),
        ([("certification", String(repeating: "x", count: 101))], "certification", .tooLong),
        ([("capability", "smelting.no-such-thing")], "capability", .unknownValue),
        ([("capability", "<script>")], "capability", .unknownValue),
        ([("region", "18")], "region", .unknownValue),
        ([("region", "0")], "region", .unknownValue),
        ([("region", "Ontario")], "region", .unknownValue),
        ([("kind", "smelter")], "kind", .unknownValue),
        ([("country", "XX")], "country", .unknownValue),
        ([("country", "FRA")], "country", .unknownValue),
        ([("language", "fr_CA")], "language", .unknownValue),
        ([("language", "1234")], "language", .unknownValue),
        ([("role", "sell")], "role", .unknownValue),
        ([("page", "0")], "page", .badNumber),
        ([("page", "-1")], "page", .badNumber),
        ([("page", "+2")], "page", .badNumber),
        ([("page", "two")], "page", .badNumber),
        ([("page", "99999999999999999999")], "page", .badNumber),
        ([("pageSize", "101")], "pageSize", .badNumber),
        ([("pageSize", "1.5")], "pageSize", .badNumber),
        ([("q", "a"), ("q", "b")], "q", .repeated),
        ([("region", "2"), ("region", "2")], "region", .repeated),
        ([("page", "1"), ("page", "")], "page", .repeated),
    ]

    @Test("each invalid parameter gives its typed error", arguments: invalid.indices)
    func invalidParameter(index: Int) {
        let case_ = Self.invalid[index]
        #expect(throws: DirectoryURL.Invalid(parameter: case_.parameter, reason: case_.reason)) {
            try DirectoryURL.parse(case_.items.map { (name: $0.0, value: $0.1) }, taxonomy: Self.taxonomy)
        }
    }

    @Test("the error's message names the parameter and the limit in the page's language")
    func errorMessage() {
        let error = DirectoryURL.Invalid(parameter: "pageSize", reason: .badNumber)
        #expect(error.message.text("fr") == "Le paramètre «\u{00A0}pageSize\u{00A0}» doit être un nombre entier de 1 à 100.")
        #expect(error.message.text("ar").contains("pageSize"))
        #expect(DirectoryURL.Invalid(parameter: "q", reason: .tooLong).message.text("en") == "The parameter “q” is longer than 200 characters.")
    }
}

@Suite("Accept-Language negotiation")
struct PageLanguageTests {
    @Test("the best language we have by q-value, English otherwise", arguments: [
        (nil, PortalLanguage.en), ("", .en), ("de-DE,de;q=0.9", .en), ("fr-CA,fr;q=0.9,en;q=0.8", .fr),
        ("de;q=1, ar;q=0.5, en;q=0.4", .ar), ("es-MX", .es), ("pt-BR,pt;q=0.9", .pt), ("en;q=0.1, pt;q=0.2", .pt),
        ("fr;q=0, *", .en), ("en;q=0, *;q=0.5", .fr), ("*", .en), ("ar;q=0.5, *;q=0.9", .en),
        ("fr;q=2, es", .es), ("fr;q=0.9999, es;q=0.5", .es), ("FR", .fr), ("zh, ar-EG;q=0.8", .ar), ("es;q=0.5, fr;q=0.5", .es),
    ] as [(String?, PortalLanguage)])
    func negotiation(header: String?, expected: PortalLanguage) {
        #expect(PortalLanguage.negotiate(acceptLanguage: header) == expected)
    }

    @Test("Arabic pages are right to left, the others left to right")
    func direction() {
        #expect(PortalLanguage.allCases.filter { $0.dir == "rtl" } == [.ar])
    }
}
