import AluCatalog
import AluLocalization
import Foundation
import Testing
@testable import AluDirectory

/// What each page must hold for a buyer: the frame, the facets as links, the tree,
/// counts worded by plural rules, pagination, downloads, the empty state's help.
@Suite("What the pages hold")
struct PageContentTests {
    let directory = SampleDirectory.directory

    @Test("every page has the frame: lang and dir, alternates for each language and x-default, the switcher, landmarks", arguments: PortalLanguage.allCases)
    func frame(language: PortalLanguage) {
        let query = DirectoryQuery(text: "anode", region: .saguenayLacSaintJean)
        let html = DirectoryPages.search(result: directory.search(query), directory: directory, language: language)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"\(language.rawValue)\" dir=\"\(language.dir)\">"))
        for other in PortalLanguage.allCases {
            let href = DirectoryURL.url(language: other, query: query).replacingOccurrences(of: "&", with: "&amp;")
            #expect(html.contains("<link rel=\"alternate\" hreflang=\"\(other.rawValue)\" href=\"\(href)\">"))
            #expect(html.contains("<a href=\"\(href)\" hreflang=\"\(other.rawValue)\" lang=\"\(other.rawValue)\" dir=\"\(other.dir)\"\(other == language ? " aria-current=\"page\"" : "")>"))
        }
        #expect(html.contains("hreflang=\"x-default\" href=\"\(DirectoryURL.url(language: .en, query: query).replacingOccurrences(of: "&", with: "&amp;"))\""))
        for landmark in ["<header", "<nav", "<main id=\"main\"", "<footer", "<a class=\"skip\" href=\"#main\""] { #expect(html.contains(landmark)) }
        #expect(!html.contains("style=") && !html.contains("<style") && !html.contains("<script"))
    }

    @Test("the result count follows each language's plural rules", arguments: [
        (1, PortalLanguage.ar, "مورد واحد"), (2, .ar, "موردان"), (3, .ar, "3 موردين"), (11, .ar, "11 موردًا"), (100, .ar, "100 مورد"),
        (1, .fr, "1 fournisseur"), (2, .fr, "2 fournisseurs"), (1, .en, "1 supplier"), (5, .pt, "5 fornecedores"),
    ])
    func pluralCount(count: Int, language: PortalLanguage, expected: String) {
        let key = PluralCategory.key("portal.results.count", count: count, language: language.rawValue)
        #expect(Message(key, ["count": String(count)]).text(language.rawValue) == expected)
    }

    @Test("facets are links to the same query with the value set, with counts")
    func facetLinks() throws {
        let result = directory.search(DirectoryQuery(text: "alumin"))
        let html = DirectoryPages.search(result: result, directory: directory, language: .en)
        let region = try #require(result.facets.regions.first)
        let href = DirectoryURL.url(language: .en, query: DirectoryQuery(text: "alumin", region: region.value)).replacingOccurrences(of: "&", with: "&amp;")
        #expect(html.contains("<a href=\"\(href)\"><span class=\"value\"><span lang=\"fr\" dir=\"auto\">\(region.value.rawValue)</span></span></a> <span class=\"count\">\(region.count)</span>"))
        for role in result.facets.roles {
            #expect(html.contains("href=\"\(DirectoryURL.url(language: .en, query: DirectoryQuery(text: "alumin", role: role.value)).replacingOccurrences(of: "&", with: "&amp;"))\""))
        }
    }

    @Test("the capability tree shows the domains, then the path to a chosen area and its capabilities")
    func capabilityTree() throws {
        let taxonomy = directory.taxonomy
        let start = DirectoryPages.search(result: directory.search(DirectoryQuery()), directory: directory, language: .fr)
        let counts = directory.search(DirectoryQuery()).facets.capabilities
        for domain in taxonomy.domains where counts[domain.id] != nil {
            #expect(start.contains("href=\"/fr/?capability=\(domain.id)\""))
        }
        let area = try #require(taxonomy.nodes.first { $0.level == .area && (counts[$0.id] ?? 0) > 1 })
        let result = directory.search(DirectoryQuery(capability: area.id))
        let html = DirectoryPages.search(result: result, directory: directory, language: .fr)
        #expect(html.contains("aria-current=\"true\"><span lang") || html.contains("aria-current=\"true\">\(area.label("fr"))"))
        let domain = try #require(taxonomy.domain(of: area.id))
        #expect(html.contains("href=\"/fr/?capability=\(domain)\""), "the path up is a link")
        for child in area.childIDs where result.facets.capabilities[child] != nil {
            #expect(html.contains("href=\"/fr/?capability=\(child)\""), "child \(child) listed")
        }
        let otherDomain = taxonomy.domains.first { $0.id != domain && counts[$0.id] != nil }
        if let otherDomain { #expect(!html.contains("href=\"/fr/?capability=\(otherDomain.id)\"")) }
        #expect(html.contains(">Tous les savoir-faire</a>"))
        #expect(result.total > 0 && result.total == result.facets.capabilities[area.id])
    }

    @Test("pagination links carry rel prev and next, and the current page is marked")
    func pagination() {
        let query = DirectoryQuery(page: 2, pageSize: 5)
        let result = directory.search(query)
        #expect(result.pageCount > 2)
        let html = DirectoryPages.search(result: result, directory: directory, language: .es)
        #expect(html.contains("<a href=\"/es/?pageSize=5\" rel=\"prev\">Página anterior</a>"))
        #expect(html.contains("<a href=\"/es/?page=3&amp;pageSize=5\" rel=\"next\">Página siguiente</a>"))
        #expect(html.contains("aria-current=\"page\">2</a>"))
        #expect(html.contains("<ol class=\"cards\" start=\"6\">"))
    }

    @Test("downloads of the result set carry the query but not the page")
    func downloads() {
        let query = DirectoryQuery(text: "anode", role: .design, page: 2, pageSize: 5)
        let html = DirectoryPages.search(result: directory.search(query), directory: directory, language: .pt)
        for format in ["ods", "csv", "xml", "vcf"] {
            #expect(html.contains("href=\"/pt/export/suppliers.\(format)?q=anode&amp;role=design\""))
        }
    }

    @Test("an empty result suggests removing each filter, with what that would find")
    func emptyState() {
        let query = DirectoryQuery(region: .nordDuQuebec, kind: .manufacturer)
        let result = directory.search(query)
        #expect(result.total == 0)
        let html = DirectoryPages.search(result: result, directory: directory, language: .en)
        #expect(html.contains("No supplier matches this search."))
        #expect(html.contains("href=\"/en/?kind=manufacturer\">Remove the filter: Québec region</a> <span class=\"count\">(\(directory.search(DirectoryQuery(kind: .manufacturer)).total))</span>"))
        #expect(html.contains("href=\"/en/?region=10\">Remove the filter: Kind of organisation</a>"))
        #expect(html.contains("href=\"/en/\">See every supplier</a>"))
    }

    @Test("a result card links the supplier page, marks its description's language, lists matched capabilities")
    func card() throws {
        let capability = try #require(directory.suppliers[0].capabilities.first?.taxonomyID)
        let result = directory.search(DirectoryQuery(capability: capability))
        let hit = try #require(result.hits.first)
        let html = DirectoryPages.search(result: result, directory: directory, language: .ar)
        #expect(html.contains("<a href=\"/ar/suppliers/\(hit.supplier.id)\"><bdi>"))
        #expect(html.contains("القدرات المطابقة:"))
        let (_, tag) = try #require(hit.supplier.descriptions.resolved("ar"))
        #expect(html.contains("<p class=\"summary\" lang=\"\(tag)\" dir=\"auto\">"))
    }

    @Test("the supplier page shows capabilities in the page's language, countries named, downloads")
    func supplierPage() throws {
        let supplier = try #require(directory.suppliers.first { !$0.exportExperience.isEmpty && !$0.contacts.isEmpty })
        let html = DirectoryPages.supplier(supplier, directory: directory, language: .es)
        for claim in supplier.capabilities {
            let node = try #require(directory.taxonomy[claim.taxonomyID])
            #expect(html.contains(node.label("es").replacingOccurrences(of: "&", with: "&amp;")))
        }
        for country in supplier.exportExperience { #expect(html.contains(CountryNames.name(country, "es"))) }
        #expect(html.contains("href=\"/es/suppliers/\(supplier.id).vcf\""))
        #expect(html.contains("href=\"/es/suppliers/\(supplier.id).xml\""))
        for contact in supplier.contacts { #expect(html.contains("href=\"mailto:\(contact.email)\"")) }
    }

    @Test("error pages name the parameter in the page's language", arguments: PortalLanguage.allCases)
    func errorPage(language: PortalLanguage) {
        let error = DirectoryError.badRequest(DirectoryURL.Invalid(parameter: "region", reason: .unknownValue))
        let html = DirectoryPages.error(error, day: directory.day, language: language)
        #expect(error.status == 400)
        #expect(html.contains(Message("portal.error.400.title").text(language.rawValue)))
        #expect(html.contains("region"))
        let missing = DirectoryPages.error(.notFound, day: directory.day, language: language)
        #expect(missing.contains(Message("portal.error.404.text").text(language.rawValue)))
        #expect(DirectoryError.notFound.status == 404)
    }
}
