package import AluCatalog
import AluLocalization

/// The public directory's HTML pages, as pure functions from what the directory
/// found to a complete HTML5 document (no server here: AluPortal serves them).
///
/// Every page has the same frame (``PageFrame``): a skip link, a header with the
/// site's name and the language switcher (the same state in every language), `main`,
/// and a footer; `<link rel="alternate" hreflang>` for each language and `x-default`
/// (the ``PortalLanguage/fallback`` one) in the head. No inline style, no script: the
/// one stylesheet is ``PortalStylesheet/path``.
public enum DirectoryPages {}

/// The frame every page shares.
package struct PageFrame {
    package let language: PortalLanguage
    package let title: String
    /// The same page in another language (the switcher and the alternates).
    package let path: (PortalLanguage) -> String
    /// The directory's day, shown in the footer.
    package let day: CalendarDay
    /// What the header shows after the site's name for a signed-in person (their name,
    /// their pages, a sign-out button): the portal's account pages fill it, the public
    /// pages leave it empty.
    package var account: ((inout HTMLWriter) -> Void)?
    /// The languages the page exists in (the switcher and the alternates): all of them
    /// for the public pages; French and English for the signed-in ones.
    package var languages: [PortalLanguage]
    /// A class on `<body>`: the signed-in pages' rules are scoped by it, so they never
    /// reach a directory page (the two stylesheets are served as one file).
    package var bodyClass: String?

    package init(
        language: PortalLanguage, title: String, path: @escaping (PortalLanguage) -> String, day: CalendarDay,
        account: ((inout HTMLWriter) -> Void)? = nil, languages: [PortalLanguage] = PortalLanguage.allCases
    ) {
        self.languages = languages
        self.language = language
        self.title = title
        self.path = path
        self.day = day
        self.account = account
    }

    package func text(_ key: String, _ values: [String: String] = [:]) -> String {
        Message(key, values).text(language.rawValue)
    }

    package func render(_ main: (inout HTMLWriter) -> Void) -> String {
        String(decoding: renderBytes(main), as: UTF8.self)
    }

    /// ``render(_:)`` as the UTF-8 bytes a response sends (no round trip through `String`).
    package func renderBytes(_ main: (inout HTMLWriter) -> Void) -> [UInt8] {
        var html = HTMLWriter()
        html.doctype()
        html.open("html", [.init("lang", language.tag), .init("dir", language.dir)])
        html.newline()
        html.element("head") { head in
            head.newline()
            head.element("meta", [.init("charset", "utf-8")])
            head.element("meta", [.init("name", "viewport"), .init("content", "width=device-width, initial-scale=1")])
            head.element("title", text: title)
            head.element("link", [.init("rel", "stylesheet"), .init("href", PortalStylesheet.path)])
            for other in languages {
                head.element("link", [.init("rel", "alternate"), .init("hreflang", other.tag), .init("href", path(other))])
            }
            head.element("link", [.init("rel", "alternate"), .init("hreflang", "x-default"), .init("href", path(languages.contains(PortalLanguage.fallback) ? PortalLanguage.fallback : languages[0]))])
            head.newline()
        }
        html.newline()
        html.element("body", bodyClass.map { [.init("class", $0)] } ?? []) { body in
            body.newline()
            body.element("a", [.init("class", "skip"), .init("href", "#main")], text: text("portal.skip"))
            body.newline()
            header(&body)
            body.newline()
            body.element("main", [.init("id", "main"), .init("tabindex", "-1")]) { main(&$0) }
            body.newline()
            body.element("footer", [.init("class", "site-footer")]) { footer in
                footer.element("p") { p in
                    p.text(text("portal.footer", ["day": day.description]))
                }
            }
            body.newline()
        }
        html.newline()
        html.close("html")
        html.newline()
        return html.outputBytes
    }

    /// The site's name (a link home) and the language switcher: each language named in
    /// itself, with its own `lang`, `dir` and `hreflang`; the current one marked
    /// `aria-current`.
    private func header(_ html: inout HTMLWriter) {
        html.element("header", [.init("class", "site-header")]) { header in
            header.element("p", [.init("class", "site-name")]) { p in
                p.element("a", [.init("href", DirectoryURL.url(language: language, query: DirectoryQuery()))], text: text("portal.site-name"))
            }
            if let account { account(&header) }
            header.element("nav", [.init("class", "languages"), .init("aria-label", text("portal.languages"))]) { nav in
                nav.element("ul") { ul in
                    for other in languages {
                        ul.element("li") { li in
                            li.element("a", [
                                .init("href", path(other)), .init("hreflang", other.tag), .init("lang", other.tag), .init("dir", other.dir),
                                .init("aria-current", other == language ? "page" : nil),
                            ], text: other.endonym)
                        }
                    }
                }
            }
        }
    }
}

extension PortalLanguage {
    /// The language's name in itself, capitalised as a menu item (`Français`, `العربية`).
    package var endonym: String {
        let name = LanguageNames.name(rawValue, rawValue)
        return name.prefix(1).uppercased() + name.dropFirst()
    }
}
