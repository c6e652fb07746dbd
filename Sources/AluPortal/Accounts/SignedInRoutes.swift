import AluCatalog
import AluDirectory
import AluLocalization
import AluPortalPages
import AluPortalState
import Foundation
import HTTPTypes
import Hummingbird

/// Who may reach a signed-in route. Every such route is registered with one, through
/// ``SignedInRoutes/add(_:_:_:body:handler:)`` only: there is no way to add a route
/// without saying who may use it, and the authorization matrix test walks ``SignedInRoutes/table``.
enum RouteAccess: String, Sendable, CaseIterable {
    /// Anyone, signed in or not (sign-in, reset, invitation).
    case anyone
    /// A session that gave its password and owes its TOTP code.
    case secondFactor
    /// Any complete session.
    case signedIn
    /// A supplier user's complete session (its own entry only: the store checks the rest).
    case supplier
    /// A reviewer's or an admin's complete session (always with a second factor).
    case staff
    case admin
}

/// One row of the route table.
struct RouteEntry: Sendable, Hashable, CustomStringConvertible {
    let method: HTTPRequest.Method
    /// The registered pattern, e.g. `/fr/staff/submissions/{id}`.
    let path: String
    let access: RouteAccess
    var description: String { "\(method.rawValue) \(path)" }
}

/// What a signed-in route's handler is given, once access and (for a POST) the CSRF
/// defences have passed.
struct SignedInRequest: Sendable {
    let request: Request
    let context: PortalRequestContext
    let language: PortalLanguage
    /// The session (complete, or waiting for its code on ``RouteAccess/secondFactor`` routes).
    let session: ActiveSession?
    /// A POST's fields, decoded (empty for a GET, whose query is ``query``).
    let form: [(name: String, value: String)]
    /// A multipart POST's files.
    var files: [MultipartForm.File] = []
    /// The token this request's pages put in their forms.
    let csrf: String

    var caller: Caller { Caller(account: session?.account, address: context.client) }
    var account: Account? { session?.account }

    /// The first value of form field `name`.
    func field(_ name: String) -> String? { form.first { $0.name == name }?.value }

    /// The query's parameters (decoded strictly; nil when undecodable).
    var query: [(name: String, value: String)]? { try? QueryString.decode(request.uri.query) }
    func queryValue(_ name: String) -> String? { query?.first { $0.name == name }?.value }

    /// A path parameter, e.g. `{id}`.
    func parameter(_ name: String) -> String? { context.parameters.get(name) }
}

/// How a POST's body is read.
enum BodyKind: Sendable {
    /// `application/x-www-form-urlencoded`, up to ``QueryString/Limits/formBody``.
    case form
    /// `multipart/form-data` (a file upload) of at most this many bytes in all.
    case multipart(maxBytes: Int)
}

/// Registers the signed-in routes and holds their table.
final class SignedInRoutes: @unchecked Sendable {
    typealias Handler = @Sendable (SignedInRequest) async throws -> Response

    let router: Router<PortalRequestContext>
    let accounts: PortalAccounts
    let day: @Sendable () -> CalendarDay
    /// Every route added, in order: what the authorization matrix test walks.
    private(set) var table: [RouteEntry] = []

    init(router: Router<PortalRequestContext>, accounts: PortalAccounts, day: @escaping @Sendable () -> CalendarDay) {
        self.router = router
        self.accounts = accounts
        self.day = day
    }

    /// Registers `handler` for `method` on the path `path` makes for French and English.
    /// GET also answers HEAD. The router sees one pattern whose first segment is the
    /// directory's `{lang}` parameter (a constant `fr` segment would hide the directory's
    /// `/fr/…` pages from the router's tree); a language without signed-in pages is a 404.
    func add(
        _ method: HTTPRequest.Method, _ path: (PortalLanguage) -> String, _ access: RouteAccess,
        body: BodyKind = .form, handler: @escaping Handler
    ) {
        for language in PortalPaths.languages {
            table.append(RouteEntry(method: method, path: path(language), access: access))
        }
        let french = path(.fr)
        precondition(french.hasPrefix("/fr/"), "a signed-in path starts with its language: \(french)")
        let pattern = "{lang}/" + french.dropFirst(4)
        let wrapped: @Sendable (Request, PortalRequestContext) async throws -> Response = { [accounts, day] request, context in
            guard let language = context.parameters.get("lang").flatMap(PortalLanguage.init(rawValue:)),
                  PortalPaths.languages.contains(language) else { throw HTTPError(.notFound) }
            return try await Self.serve(
                request, context, language: language, access: access, body: body, accounts: accounts, day: day, handler: handler)
        }
        if method == .get {
            router.get(RouterPath(pattern), use: wrapped)
            router.head(RouterPath(pattern), use: wrapped)
        } else {
            router.on(RouterPath(pattern), method: method, use: wrapped)
        }
    }

    /// The gate every signed-in request goes through, in this order: the session from
    /// its cookie; access for the route (anonymous → the sign-in page for a GET, 403 for
    /// a POST; wrong role → 403); for a POST, the Origin and the CSRF token before the
    /// body means anything; then the handler. Answers are never stored by caches and
    /// vary with the cookie.
    private static func serve(
        _ request: Request, _ context: PortalRequestContext, language: PortalLanguage, access: RouteAccess, body: BodyKind,
        accounts: PortalAccounts, day: @escaping @Sendable () -> CalendarDay, handler: Handler
    ) async throws -> Response {
        let token = SessionCookies.value(SessionCookies.session, in: request.headers)
        let session: ActiveSession?
        if let token {
            session = try await accounts.blocking { try accounts.store.touch(token: token) ? accounts.store.session(token: token) : nil }
        } else {
            session = nil
        }
        let pages = AccountResponder(language: language, day: day(), session: session)
        var setCookies: [String] = []
        if token != nil, session == nil { setCookies.append(SessionCookies.clear(SessionCookies.session)) }

        switch Self.verdict(access, session) {
        case .pass: break
        case .signIn:
            if request.method == .post { return pages.refusal(.forbidden, Message("web.signed-out"), cookies: setCookies) }
            return pages.redirect(PortalPaths.signIn(language), cookies: setCookies)
        case .home:
            return pages.redirect(PortalPaths.home(language), cookies: setCookies)
        case .forbidden:
            return pages.refusal(.forbidden, Message("web.forbidden"), cookies: setCookies)
        }

        // The anonymous forms' token rides on a pre-session cookie; a session has its own.
        var formCookie = SessionCookies.value(SessionCookies.form, in: request.headers)
        let csrf: String
        if let session {
            csrf = session.csrfToken
        } else {
            if formCookie == nil {
                let fresh = SecretToken.generate().value
                formCookie = fresh
                setCookies.append(SessionCookies.set(SessionCookies.form, fresh))
            }
            csrf = SessionCookies.formToken(formCookie!, key: accounts.formKey)
        }

        var form: [(name: String, value: String)] = []
        var files: [MultipartForm.File] = []
        if request.method == .post {
            guard accounts.isOwn(origin: request.headers[.origin]) else {
                return pages.refusal(.forbidden, Message("web.foreign-origin"), cookies: setCookies)
            }
            let contentType = request.headers[.contentType] ?? ""
            switch body {
            case .form:
                guard contentType.lowercased().hasPrefix("application/x-www-form-urlencoded") else {
                    return pages.refusal(.unsupportedMediaType, Message("web.not-a-form"), cookies: setCookies)
                }
                let limits = QueryString.Limits.formBody
                let buffer: ByteBuffer
                do {
                    buffer = try await request.body.collect(upTo: limits.length)
                } catch {
                    return pages.refusal(.contentTooLarge, Message("web.form-too-large", ["kilobytes": String(limits.length / 1024)]), cookies: setCookies)
                }
                do {
                    form = try QueryString.decode(String(buffer: buffer), limits: limits)
                } catch {
                    return pages.refusal(.badRequest, Message("web.form-unreadable"), cookies: setCookies)
                }
            case .multipart(let maxBytes):
                guard let boundary = MultipartForm.boundary(contentType: contentType) else {
                    return pages.refusal(.unsupportedMediaType, Message("web.not-a-form"), cookies: setCookies)
                }
                let buffer: ByteBuffer
                do {
                    buffer = try await request.body.collect(upTo: maxBytes)
                } catch {
                    return pages.refusal(.contentTooLarge, Message("web.form-too-large", ["kilobytes": String(maxBytes / 1024)]), cookies: setCookies)
                }
                do {
                    let parsed = try MultipartForm(body: buffer, boundary: boundary)
                    form = parsed.fields
                    files = parsed.files
                } catch .tooLarge {
                    return pages.refusal(.contentTooLarge, Message("web.form-too-large", ["kilobytes": String(maxBytes / 1024)]), cookies: setCookies)
                } catch {
                    return pages.refusal(.badRequest, Message("web.form-unreadable"), cookies: setCookies)
                }
            }
            let presented = form.first { $0.name == PortalPaths.csrfField }?.value ?? ""
            guard SessionCookies.equal(presented, csrf) else {
                return pages.refusal(.forbidden, Message("web.form-expired"), cookies: setCookies)
            }
        }

        var response = try await handler(SignedInRequest(
            request: request, context: context, language: language, session: session, form: form, files: files, csrf: csrf))
        for cookie in setCookies where !response.headers[values: .setCookie].contains(where: { $0.hasPrefix(cookie.prefix { $0 != "=" }) }) {
            response.headers.append(HTTPField(name: .setCookie, value: cookie))
        }
        response.headers[.cacheControl] = "no-store"
        response.headers[.vary] = "Cookie"
        return response
    }

    enum Verdict: Equatable { case pass, signIn, home, forbidden }

    /// Whether a session may use a route of `access`.
    static func verdict(_ access: RouteAccess, _ session: ActiveSession?) -> Verdict {
        switch access {
        case .anyone: return .pass
        case .secondFactor:
            guard let session else { return .signIn }
            return session.session.mfaPending ? .pass : .home
        case .signedIn, .supplier, .staff, .admin:
            guard let session, !session.session.mfaPending else { return .signIn }
            let role = session.account.role
            switch access {
            case .supplier: return role == .supplier ? .pass : .forbidden
            case .staff: return role.isStaff ? .pass : .forbidden
            case .admin: return role == .admin ? .pass : .forbidden
            default: return .pass
            }
        }
    }
}
