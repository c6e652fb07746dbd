import AluCatalog
import AluDirectory
import AluLocalization
import AluPortalPages
import AluPortalState
import HTTPTypes
import Hummingbird
import Logging

/// Answers of the signed-in routes: pages, redirects after a post (303, so a reload
/// never posts twice), and refusals as short pages in the route's language.
struct AccountResponder {
    let language: PortalLanguage
    let day: CalendarDay
    let session: ActiveSession?

    func context(csrf: String) -> AccountPages.Context {
        AccountPages.Context(language: language, day: day, account: session?.session.mfaPending == false ? session?.account : nil, csrf: csrf)
    }

    func text(_ message: Message) -> String { message.text(language.rawValue) }

    static func page(_ bytes: [UInt8], status: HTTPResponse.Status = .ok, cookies: [String] = [], extra: HTTPFields = [:]) -> Response {
        var headers = extra
        for cookie in cookies { headers.append(HTTPField(name: .setCookie, value: cookie)) }
        return PortalResponses.uncached(bytes, contentType: PortalResponses.htmlType, status: status, extra: headers)
    }

    func redirect(_ location: String, cookies: [String] = [], extra: HTTPFields = [:]) -> Response {
        var response = Response(status: .seeOther)
        response.headers[.location] = location
        response.headers[.contentLength] = "0"
        for cookie in cookies { response.headers.append(HTTPField(name: .setCookie, value: cookie)) }
        response.headers.append(contentsOf: extra)
        return response
    }

    /// After signing out: the browser is asked to drop what it may hold of the signed-in
    /// pages (`Clear-Site-Data`, ASVS 5.0 14.3.1; the pages are sent `no-store` already,
    /// this also covers storage). Cookies are left to the cookie clearing the caller sends:
    /// the anonymous forms' cookie stays usable.
    static let clearSiteData: HTTPFields = [HTTPField.Name("Clear-Site-Data")!: "\"cache\", \"storage\""]

    /// A refusal as a page: its title says the status, the message what to do.
    func refusal(_ status: HTTPResponse.Status, _ message: Message, cookies: [String] = [], extra: HTTPFields = [:]) -> Response {
        refusal(status, text: text(message), cookies: cookies, extra: extra)
    }

    /// What the store refused, as a page with the status that says why: 403 for another
    /// supplier's submission or a role's limit, 404 for what does not exist, 409 for a
    /// stale or colliding decision, 400/413/422 for what the person can fix.
    func failure(_ error: PortalStateError) -> Response {
        let status = Self.status(of: error)
        guard status != .internalServerError else {
            // The database's or the disk's own words (paths, SQLite's reasons) are for the
            // log, never for the page.
            Self.logger.error("signed-in request failed", metadata: ["error": "\(error)"])
            return refusal(status, Message("web.internal"))
        }
        return refusal(status, text: error.text(language.rawValue))
    }

    static let logger = Logger(label: "alucat.portal")

    static func status(of error: PortalStateError) -> HTTPResponse.Status {
        switch error {
        case .forbidden: .forbidden
        case .submissionNotFound, .accountNotFound: .notFound
        case .wrongState, .stale, .claimedByAnother, .decisionInProgress, .publicationRefused, .emailTaken: .conflict
        case .entryInvalid, .entryIDMismatch, .intake: .unprocessableContent
        case .entryTooLarge: .contentTooLarge
        case .commentRequired, .commentTooLong, .emailInvalid, .supplierIDRequired, .staffWithSupplierID, .passwordTooShort,
             .passwordTooLong, .passwordHasControlCharacter, .passwordTooCommon, .invitationInvalid, .resetTokenInvalid, .mailAddressInvalid, .headerInjection,
             .legalNameRequired, .supplierIDInvalid:
            .badRequest
        default: .internalServerError
        }
    }

    func refusal(_ status: HTTPResponse.Status, text message: String, cookies: [String] = [], extra: HTTPFields = [:]) -> Response {
        let context = context(csrf: session?.csrfToken ?? "")
        let link = session == nil
            ? (PortalPaths.signIn(language), text(Message("web.sign-in.title"))) : (PortalPaths.home(language), text(Message("web.home.title")))
        let bytes = AccountPages.notice(context, title: text(Message("web.refused.title")), message: message, link: link)
        return Self.page(bytes, status: status, cookies: cookies, extra: extra)
    }
}
