public import AluCatalog

/// `index.html` of a packet, in one language: the foreign buyer's landing page.
///
/// Polyglot HTML5: every element closed and every attribute quoted, so the
/// page also parses as XML (the tests parse it so). Self-contained: inline CSS,
/// inline SVG charts, no script, no external resource; a Content-Security-Policy
/// meta refuses any that slipped in. The only absolute links are the
/// suppliers' own websites and `mailto:` addresses, each checked (http(s) or a
/// plain address) and otherwise shown as text. Every text is escaped.
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

    /// The page's file name in the packet for `language` (`index.html` for the
    /// first packet language, `index-es.html` for the others).
    public static func fileName(language: String, isFirst: Bool) -> String {
        isFirst ? "index.html" : "index-\(language).html"
    }

    /// The whole page, UTF-8 text with LF line ends.
    public func render(_ t: Translations) -> String {
        let e = HTMLText.escape
        let title = t.text(mission.titles) ?? mission.id
        var html = "<!DOCTYPE html>\n"
        html += "<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"\(e(t.language))\" xml:lang=\"\(e(t.language))\""
        html += " dir=\"\(t.isRightToLeft ? "rtl" : "ltr")\">\n<head>\n<meta charset=\"utf-8\"/>\n"
        html += "<meta http-equiv=\"Content-Security-Policy\" content=\"\(e(Self.contentSecurityPolicy))\"/>\n"
        html += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n"
        html += "<meta name=\"generator\" content=\"AluCat\"/>\n"
        html += "<title>\(e(t.label(.packetTitle))) — \(e(title))</title>\n"
        html += "<style>\n\(Self.css)</style>\n</head>\n<body>\n"
        html += "<header>\n<p class=\"kicker\">\(e(t.label(.packetTitle)))</p>\n<h1>\(HTMLText.localized(mission.titles, t) ?? e(mission.id))</h1>\n"
        html += "<p>\(e(t.label(.packetIntro)))</p>\n"
        html += "<p class=\"generated\">\(e(t.label(.generated))) \(e(t.date(generated)))</p>\n</header>\n<main>\n"
        html += missionSection(t)
        html += chartsSection(t)
        html += suppliersSection(t)
        html += matchesSection(t)
        html += filesSection(t)
        html += "</main>\n</body>\n</html>\n"
        return html
    }

    /// The page as UTF-8 bytes.
    public func bytes(_ t: Translations) -> [UInt8] { Array(render(t).utf8) }

    /// Nothing may load: styles are inline, images are inline SVG.
    static let contentSecurityPolicy =
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; object-src 'none'"

    static let css = """
    body { font-family: system-ui, "Segoe UI", Arial, sans-serif; margin: 0 auto; max-width: 62rem; padding: 1rem; color: #1c2330; line-height: 1.45; }
    header { border-bottom: 3px solid #2f6f9f; margin-bottom: 1rem; }
    .kicker { text-transform: uppercase; letter-spacing: .08em; color: #2f6f9f; margin: 0; }
    h1 { margin: .2rem 0 .5rem; }
    .generated, .muted { color: #5a6475; font-size: .9rem; }
    section { margin: 1.5rem 0; }
    dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
    dt { font-weight: 600; }
    dd { margin: 0; }
    .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(18rem, 1fr)); gap: 1rem; }
    article { border: 1px solid #cfd6e0; border-radius: .4rem; padding: .8rem; }
    article h3 { margin: 0 0 .3rem; }
    table { border-collapse: collapse; width: 100%; }
    th, td { border-bottom: 1px solid #cfd6e0; padding: .3rem .5rem; text-align: start; vertical-align: top; }
    svg { max-width: 100%; height: auto; }
    svg text { font: 12px system-ui, Arial, sans-serif; fill: #1c2330; }

    """
}
