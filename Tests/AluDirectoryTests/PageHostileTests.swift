import AluCatalog
import Foundation
import Testing
@testable import AluDirectory

/// Supplier text and query strings shaped like markup or script come out as text in
/// every page: the writer escapes by construction, so the only tags and attributes a
/// page holds are the ones this module writes.
@Suite("Hostile text stays text")
struct PageHostileTests {
    static let script = "<script>alert(1)</script>"
    static let quotes = "\" onmouseover=\"alert(1)\" x='"

    /// The sample catalogue plus one supplier whose every text field is hostile.
    static let directory: Directory = {
        let sample = SampleDirectory.catalog
        var supplier = sample.suppliers[0]
        supplier.id = "zz-hostile"
        supplier.legalName = script + " Inc."
        supplier.operatingName = "Acier \(quotes) <b>gras</b>"
        supplier.address.city = "'><img src=x onerror=alert(1)>"
        supplier.address.regionName = "</dd></dl><script>x()</script>"
        supplier.website = "javascript:alert(1)"
        supplier.email = "\"><script>@example.com"
        supplier.phone = "+1 418 555 0190<script>"
        supplier.descriptions = LocalizedText([("fr", "Texte </p><script>alert('fr')</script> & suite\u{0}\u{7}"), ("ar", "نص <script>x</script>")])
        supplier.memberships = ["<iframe src=//evil>"]
        var certificate = sample.suppliers.flatMap(\.certifications).first!
        certificate.scheme = "<i>ISO</i> 9001"
        certificate.number = "\"&'<>"
        certificate.issuer = "<u>x</u>"
        certificate.validFrom = nil
        certificate.validUntil = nil
        supplier.certifications = [certificate]
        var contact = Contact()
        contact.consent = true
        contact.name = "<svg onload=alert(1)>"
        contact.title = "\"/><script>"
        contact.email = "a@b.example?subject=<script>"
        contact.phone = "javascript:alert(1)"
        contact.languages = ["<x>"]
        supplier.contacts = [contact]
        var reference = ReferenceProject(citable: true)
        reference.client = "<style>*{}</style>"
        reference.site = "<!-- -->"
        reference.country = "<X>"
        reference.scope.set("]]><script>", for: "en")
        supplier.references = [reference]
        supplier.capabilities = sample.suppliers[0].capabilities
        let catalog = Catalog(taxonomy: sample.taxonomy, suppliers: sample.suppliers + [supplier], missions: [])
        return Directory(catalog: catalog, day: SampleDirectory.day)
    }()

    /// The hostile supplier's page and a search with hostile text and certification, in
    /// every language, plus a 400 page naming a hostile parameter.
    static func hostilePages() -> [(name: String, html: String)] {
        let supplier = directory.supplier(id: "zz-hostile")!
        let query = DirectoryQuery(text: script + quotes, certification: quotes + "<x>")
        var pages: [(String, String)] = []
        for language in PortalLanguage.allCases {
            pages.append(("supplier-\(language.rawValue)", DirectoryPages.supplier(supplier, directory: directory, language: language)))
            pages.append(("search-\(language.rawValue)", DirectoryPages.search(result: directory.search(query), directory: directory, language: language)))
            pages.append(("found-\(language.rawValue)", DirectoryPages.search(result: directory.search(DirectoryQuery(text: "gras")), directory: directory, language: language)))
            pages.append(("error-\(language.rawValue)", DirectoryPages.error(
                .badRequest(DirectoryURL.Invalid(parameter: script, reason: .tooLong)), day: directory.day, language: language)))
        }
        return pages
    }

    static let allowedTags: Set<String> = [
        "html", "head", "meta", "title", "link", "body", "a", "header", "nav", "ul", "ol", "li", "main", "footer", "p",
        "h1", "h2", "h3", "section", "article", "dl", "dt", "dd", "div", "span", "bdi", "strong", "br", "time", "form",
        "label", "input", "button", "details", "summary",
    ]
    static let allowedAttributes: Set<String> = [
        "lang", "dir", "charset", "name", "content", "rel", "href", "hreflang", "class", "id", "tabindex", "aria-label",
        "aria-current", "aria-labelledby", "aria-hidden", "role", "method", "action", "for", "type", "value", "maxlength",
        "autocomplete", "start", "download", "datetime",
    ]

    @Test("the hostile pages hold only the module's own tags and attributes", arguments: hostilePages().map(\.name))
    func onlyOwnMarkup(name: String) throws {
        let html = try #require(Self.hostilePages().first { $0.name == name }?.html)
        let tags = html.matches(of: /<\/?([A-Za-z][A-Za-z0-9]*)([^>]*)>/)
        for tag in tags {
            let tagName = String(tag.output.1).lowercased()
            #expect(Self.allowedTags.contains(tagName), "unexpected <\(tagName)> in \(name)")
            for attribute in String(tag.output.2).matches(of: /\s([A-Za-z-]+)(?:="[^"]*")?/) {
                #expect(Self.allowedAttributes.contains(String(attribute.output.1)), "unexpected attribute \(attribute.output.1) on <\(tagName)> in \(name)")
            }
        }
        #expect(!html.contains("<script"))
        #expect(!html.contains("href=\"javascript"))
        #expect(!html.contains("\u{0}"))
    }

    @Test("the hostile text is there, escaped, rather than dropped")
    func hostileTextIsShownEscaped() throws {
        let supplier = try #require(Self.directory.supplier(id: "zz-hostile"))
        let html = DirectoryPages.supplier(supplier, directory: Self.directory, language: .fr)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; Inc."))
        #expect(html.contains("Acier &quot; onmouseover=&quot;alert(1)&quot; x=&#39; &lt;b&gt;gras&lt;/b&gt;") || html.contains("Acier \" onmouseover=\"alert(1)\" x=' &lt;b&gt;gras&lt;/b&gt;"))
        #expect(html.contains("&#39;&gt;&lt;img src=x onerror=alert(1)&gt;") || html.contains("'&gt;&lt;img src=x onerror=alert(1)&gt;"))
        #expect(html.contains("\u{FFFD}"), "forbidden control characters become U+FFFD")
        let search = DirectoryPages.search(result: Self.directory.search(DirectoryQuery(text: Self.quotes)), directory: Self.directory, language: .ar)
        // In the text box's value attribute, the quote cannot close the attribute.
        #expect(search.contains("value=\"&quot; onmouseover=&quot;alert(1)&quot; x=&#39;\""))
    }

    @Test("supplier addresses become links only when they are web, mail or E.164 addresses")
    func onlySafeLinks() {
        #expect(Links.web("javascript:alert(1)") == nil)
        #expect(Links.web("data:text/html,x") == nil)
        #expect(Links.web("www.example.com") == "https://www.example.com")
        #expect(Links.web("https://example.com/a") == "https://example.com/a")
        #expect(Links.mail("a@b.example?subject=x") == nil)
        #expect(Links.mail("ventes@example.com") == "mailto:ventes@example.com")
        #expect(Links.tel("javascript:alert(1)") == nil)
        #expect(Links.tel("+1 418 555-0190") == "tel:+14185550190")
        #expect(Links.shownPhone("+14185550190") == "+1 418 555 0190")
    }

    @Test("the writer escapes text and attribute values, and only those", arguments: [
        ("<", "&lt;", "&lt;"), (">", "&gt;", "&gt;"), ("&", "&amp;", "&amp;"), ("\"", "\"", "&quot;"), ("'", "'", "&#39;"),
        ("\u{1}", "\u{FFFD}", "\u{FFFD}"), ("\u{FFFF}", "\u{FFFD}", "\u{FFFD}"), ("é ع", "é ع", "é ع"),
    ])
    func writerEscapes(raw: String, asText: String, asAttribute: String) {
        var text = ""
        HTMLWriter.escape(raw, attribute: false, into: &text)
        var attribute = ""
        HTMLWriter.escape(raw, attribute: true, into: &attribute)
        #expect(text == asText)
        #expect(attribute == asAttribute)
    }
}
