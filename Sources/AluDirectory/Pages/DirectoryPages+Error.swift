public import AluCatalog
public import AluLocalization

/// What an error page reports.
public enum DirectoryError: Sendable, Hashable {
    /// 400: a query string that is no directory state; the page names the parameter.
    case badRequest(DirectoryURL.Invalid)
    /// 404: no such page, or no published supplier with that id.
    case notFound

    /// The HTTP status the server answers with.
    public var status: Int {
        switch self {
        case .badRequest: 400
        case .notFound: 404
        }
    }

    /// The sentence that explains it, worded at the door.
    public var message: Message {
        switch self {
        case .badRequest(let invalid): invalid.message
        case .notFound: Message("portal.error.404.text")
        }
    }
}

extension DirectoryPages {
    /// The page for a 400 or 404 in `language`, with the frame of every page and a way
    /// back to a search. Its language switcher and alternates lead to each language's
    /// search page (the failed address is not repeated anywhere in the page).
    public static func error(_ error: DirectoryError, day: CalendarDay, language: PortalLanguage) -> String {
        let titleKey = error.status == 400 ? "portal.error.400.title" : "portal.error.404.title"
        let title = Message(titleKey).text(language.rawValue)
        let frame = PageFrame(
            language: language,
            title: title + " — " + Message("portal.site-name").text(language.rawValue),
            path: { DirectoryURL.url(language: $0, query: DirectoryQuery()) },
            day: day)
        return frame.render { html in
            html.element("h1", text: title)
            html.element("p", [.init("class", "error-text")], text: error.message.text(language.rawValue))
            html.element("p") { p in
                p.element("a", [.init("href", DirectoryURL.url(language: language, query: DirectoryQuery()))], text: frame.text("portal.error.home"))
            }
        }
    }
}
