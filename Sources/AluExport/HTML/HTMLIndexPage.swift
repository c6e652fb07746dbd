public import AluCatalog
import AluLocalization

/// `index-<lang>.html` of a packet: the foreign buyer's landing page in one language.
///
/// Naming, the same in every packet: each packet language has its landing page
/// `index-<lang>.html` (``fileName(language:)``), and `index.html` is the language
/// chooser (``LanguageChooserPage``), which names every language in itself. A packet
/// is read by a delegation of several languages; an `index.html` in one of them
/// chose for the reader, and was English in one packet and Spanish in another.
///
/// Polyglot HTML5: every element closed and every attribute quoted, so the page
/// also parses as XML (the tests parse it so). Self-contained and offline: one
/// inline stylesheet (``PageStyle``), one inline script (``FinderScript``: search
/// and filters over the cards, which all show without it), bar charts as HTML with
/// inline SVG bars, no external resource; the Content-Security-Policy allows that
/// style and that script by their SHA-256 hashes and nothing else. The only absolute
/// links are the suppliers' own websites, `mailto:` addresses and `tel:` numbers,
/// each checked and otherwise shown as text. Every text is escaped, and supplier
/// or foreign-language text carries its own `lang` and direction.
public struct HTMLIndexPage: Sendable {
    public var mission: Mission
    /// The suppliers presented, shown sorted by display name.
    public var suppliers: PublishedSuppliers
    public var taxonomy: Taxonomy
    public var matches: [IndexMatchRow]
    public var files: [PacketFile]
    /// The export day: certifications valid on it are shown; never read from the clock.
    public var generated: CalendarDay

    public init(
        mission: Mission, suppliers: PublishedSuppliers, taxonomy: Taxonomy, matches: [IndexMatchRow] = [],
        files: [PacketFile] = [], generated: CalendarDay
    ) {
        self.mission = mission
        self.suppliers = suppliers
        self.taxonomy = taxonomy
        self.matches = matches
        self.files = files
        self.generated = generated
    }

    /// The landing page's file name in the packet for `language`: `index-es.html`,
    /// whatever the language's place in the mission (see the type's comment).
    public static func fileName(language: String) -> String {
        "index-\(language).html"
    }

    /// The whole page, UTF-8 text with LF line ends.
    public func render(_ t: Translations) -> String {
        let e = HTMLText.escape
        let title = t.text(mission.titles) ?? mission.id
        let hasScript = !suppliers.isEmpty
        var html = Self.head(language: t.language, rightToLeft: t.isRightToLeft, title: t.label(.packetTitle) + " — " + title,
                             script: hasScript ? FinderScript.source : nil)
        html += LanguageSwitcher.render(languages: mission.languages, current: t.language, label: Message("packet.switcher").text(t.language))
        html += "<header>\n<p class=\"kicker\">\(e(t.label(.packetTitle)))</p>\n"
        html += HTMLText.localizedBlock("h1", mission.titles, t) ?? "<h1>\(e(mission.id))</h1>\n"
        html += "<p>\(e(t.label(.packetIntro)))</p>\n"
        html += "<p class=\"generated\">\(e(t.label(.generated))) \(e(t.date(generated)))</p>\n</header>\n<main>\n"
        html += missionSection(t)
        html += chartsSection(t)
        html += suppliersSection(t)
        html += matchesSection(t)
        html += filesSection(t)
        html += "</main>\n"
        if hasScript { html += "<script>\(FinderScript.source)</script>\n" }
        html += "</body>\n</html>\n"
        return html
    }

    /// The page as UTF-8 bytes.
    public func bytes(_ t: Translations) -> [UInt8] { Array(render(t).utf8) }

    /// Everything up to and including `<body>`: doctype, language and direction, the
    /// policy allowing exactly `script` (nil: no script at all) and the stylesheet.
    static func head(language: String, rightToLeft: Bool, title: String, script: String?) -> String {
        let e = HTMLText.escape
        var html = "<!DOCTYPE html>\n"
        html += "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(e(language))\" xml:lang=\"\(e(language))\""
        html += " dir=\"\(rightToLeft ? "rtl" : "ltr")\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(e(InlineSource.contentSecurityPolicy(script: script)))\"/>\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        html += "<meta name=\"generator\" content=\"AluCat\"/>\n"
        html += "<title>\(e(title))</title>\n"
        html += "<style>\(PageStyle.css)</style>\n</head>\n<body>\n"
        return html
    }
}
