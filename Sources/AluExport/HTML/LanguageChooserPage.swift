public import AluCatalog
import AluLocalization

/// `index.html` of a packet: the language chooser, the page a packet opens on.
///
/// Every packet language is offered in itself (`Español`, `العربية`): its name
/// linked to its landing page (``HTMLIndexPage/fileName(language:)``) with
/// `hreflang`, the packet's title, the mission's title and the page's introduction,
/// each block tagged with its language and direction. Languages come in the
/// mission's order. Why a chooser rather than the first language's landing page:
/// see ``HTMLIndexPage``. The document's own language is the mission's first.
public struct LanguageChooserPage: Sendable {
    /// The chooser's file name in every packet.
    public static let fileName = "index.html"

    public var mission: Mission

    public init(mission: Mission) {
        self.mission = mission
    }

    /// The whole page, UTF-8 text with LF line ends; nil when the mission has no
    /// packet language.
    public func render() -> String? {
        let translations = mission.languages.compactMap(Translations.init(language:))
        guard let first = translations.first else { return nil }
        let e = HTMLText.escape
        let title = translations.map { $0.label(.packetTitle) }.joined(separator: " · ")
        var html = HTMLIndexPage.head(language: first.language, rightToLeft: first.isRightToLeft, title: title, script: nil)
        html += LanguageSwitcher.render(languages: mission.languages, current: nil, label: Message("packet.switcher").text(first.language))
        html += "<main>\n<h1>"
        html += translations.map { t in
            "<span lang=\"\(e(t.language))\" xml:lang=\"\(e(t.language))\" dir=\"\(t.isRightToLeft ? "rtl" : "ltr")\">\(e(Message("packet.chooser.heading").text(t.language)))</span>"
        }.joined(separator: " · ")
        html += "</h1>\n<ul class=\"languages-choice\">\n"
        for t in translations {
            let file = e(HTMLIndexPage.fileName(language: t.language))
            html += "<li lang=\"\(e(t.language))\" xml:lang=\"\(e(t.language))\" dir=\"\(t.isRightToLeft ? "rtl" : "ltr")\">\n"
            html += "<h2><a href=\"\(file)\" hreflang=\"\(e(t.language))\">\(e(LanguageSwitcher.name(t.language)))</a></h2>\n"
            html += "<p class=\"kicker\">\(e(t.label(.packetTitle)))</p>\n"
            html += HTMLText.localizedBlock("p", mission.titles, t, class: "person") ?? ""
            html += "<p>\(e(t.label(.packetIntro)))</p>\n"
            html += "<p><a href=\"\(file)\" hreflang=\"\(e(t.language))\">\(e(Message("packet.chooser.open").text(t.language)))</a></p>\n"
            html += "</li>\n"
        }
        return html + "</ul>\n</main>\n</body>\n</html>\n"
    }

    /// The page as UTF-8 bytes (empty for a mission without languages).
    public func bytes() -> [UInt8] { Array((render() ?? "").utf8) }
}
