import AluCatalog
import AluDirectory
import AluLocalization
import HTTPTypes
import Hummingbird

/// Answers for the buyer's pages (HTML), errors included.
enum PortalPageResponses {
    static func notFound(language: PortalLanguage, day: CalendarDay, extra: HTTPFields = [:]) -> Response {
        page(DirectoryPages.error(.notFound, day: day, language: language), status: .notFound, extra: extra)
    }

    static func error(_ failure: PortalState.QueryFailure, language: PortalLanguage, day: CalendarDay) -> Response {
        switch failure {
        case .invalid(let invalid):
            return page(DirectoryPages.error(.badRequest(invalid), day: day, language: language), status: .badRequest)
        case .undecodable(let reason):
            // Not a directory state at all: a plain sentence, no page frame to fill.
            let text = PortalResponses.text(for: reason, language: language.rawValue) + "\n"
            return PortalResponses.uncached(Array(text.utf8), contentType: "text/plain; charset=utf-8", status: .badRequest)
        }
    }

    /// A router error (no route, wrong method) as a page in the request's language.
    static func error(_ status: HTTPResponse.Status, message: Message, request: Request, extra: HTTPFields = [:]) -> Response {
        let language = PortalLanguage.negotiate(acceptLanguage: request.headers[.acceptLanguage])
        if status == .notFound { return notFound(language: language, day: .today(), extra: extra) }
        let text = message.text(language.rawValue) + "\n"
        return PortalResponses.uncached(Array(text.utf8), contentType: "text/plain; charset=utf-8", status: status, extra: extra)
    }

    private static func page(_ html: String, status: HTTPResponse.Status, extra: HTTPFields = [:]) -> Response {
        PortalResponses.uncached(Array(html.utf8), contentType: PortalResponses.htmlType, status: status, extra: extra)
    }
}
