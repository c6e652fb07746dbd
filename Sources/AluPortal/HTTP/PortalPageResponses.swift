import AluLocalization
import HTTPTypes
import Hummingbird

/// Answers for the buyer's pages (HTML), errors included.
enum PortalPageResponses {
    /// An error as a page in the request's language.
    static func error(_ status: HTTPResponse.Status, message: Message, request: Request, extra: HTTPFields = [:]) -> Response {
        let language = PortalNegotiation.language(request)
        let text = message.text(language) + "\n"
        return PortalResponses.uncached(Array(text.utf8), contentType: "text/plain; charset=utf-8", status: status, extra: extra)
    }
}
