import AluDirectory
import AluLocalization
import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// How the portal's answers are made: bodies with their type, validators and cache
/// rules, and errors with a stable shape.
enum PortalResponses {
    /// Stable JSON: sorted keys, slashes as they are, a final newline.
    static func jsonBytes(_ value: some Encodable) -> [UInt8] {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(value)) ?? Data("{}".utf8)
        return [UInt8](data) + [0x0A]
    }

    /// A read that may be cached for a minute and revalidated with its ETag: the
    /// tag is given by the caller (see ``PortalApplication/etag(_:_:)``), so it
    /// costs no hashing of the body. Answers 304 when `If-None-Match` holds it.
    static func cacheable(
        _ body: [UInt8], contentType: String, etag: String, request: Request,
        status: HTTPResponse.Status = .ok, extra: HTTPFields = [:]
    ) -> Response {
        cacheable(ByteBuffer(bytes: body), contentType: contentType, etag: etag, request: request, status: status, extra: extra)
    }

    /// ``cacheable(_:contentType:etag:request:status:extra:)`` for a body already in a
    /// buffer (a ``ResponseCache`` hit: sent without a copy).
    static func cacheable(
        _ body: ByteBuffer, contentType: String, etag: String, request: Request,
        status: HTTPResponse.Status = .ok, extra: HTTPFields = [:]
    ) -> Response {
        if let notModified = notModified(etag: etag, request: request, extra: extra) { return notModified }
        var headers = validators(etag: etag, extra: extra)
        headers[.contentType] = contentType
        headers[.contentLength] = String(body.readableBytes)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: body))
    }

    /// 304 when the request's `If-None-Match` holds `etag` (or `*`); nil otherwise.
    static func notModified(etag: String, request: Request, extra: HTTPFields = [:]) -> Response? {
        // Weak comparison (RFC 9110 §13.1.2): a proxy that compresses marks our tags
        // weak (`W/"…"`), and they still name the same body. Every field line counts.
        let listed = request.headers[values: .ifNoneMatch].joined(separator: ",").split(separator: ",").map {
            let tag = $0.trimmingCharacters(in: .whitespaces)
            return tag.hasPrefix("W/") ? String(tag.dropFirst(2)) : tag
        }
        guard listed.contains(where: { $0 == etag || $0 == "*" }) else { return nil }
        return Response(status: .notModified, headers: validators(etag: etag, extra: extra))
    }

    private static func validators(etag: String, extra: HTTPFields) -> HTTPFields {
        var headers = extra
        headers[.eTag] = etag
        headers[.cacheControl] = "public, max-age=60"
        // No Vary: a cacheable body depends on its URL alone (the language is in the
        // path); only `/`, which negotiates, and errors, never stored, read Accept-Language.
        return headers
    }

    /// An answer that is never stored (errors, health).
    static func uncached(_ body: [UInt8], contentType: String, status: HTTPResponse.Status, extra: HTTPFields = [:]) -> Response {
        var headers = extra
        headers[.contentType] = contentType
        headers[.cacheControl] = "no-store"
        headers[.contentLength] = String(body.count)
        return Response(status: status, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: body)))
    }

    static let jsonType = "application/json; charset=utf-8"
    static let htmlType = "text/html; charset=utf-8"

    /// `{"error": {...}}` in the language the client prefers.
    static func jsonError(
        _ status: HTTPResponse.Status, code: String, message: String,
        parameter: String? = nil, requestID: String? = nil, extra: HTTPFields = [:]
    ) -> Response {
        let body = APIModels.ErrorDocument(error: .init(
            status: status.code, code: code, message: message, parameter: parameter, requestId: requestID))
        return uncached(jsonBytes(body), contentType: jsonType, status: status, extra: extra)
    }

    /// The answer to a failure nobody planned for: no detail but the request id.
    static func internalError(request: Request, requestID: String) -> Response {
        let language = PortalLanguage.negotiate(acceptLanguage: request.headers[.acceptLanguage]).rawValue
        if request.uri.path.hasPrefix("/api/") {
            return jsonError(
                .internalServerError, code: "internal", message: Message("api.internal", ["request": requestID]).text(language),
                requestID: requestID)
        }
        let text = Message("api.internal", ["request": requestID]).text(language) + "\n"
        return uncached(Array(text.utf8), contentType: "text/plain; charset=utf-8", status: .internalServerError)
    }

    /// No route for the path (404), or not for this method (405).
    static func routerError(_ status: HTTPResponse.Status, request: Request) -> Response {
        let language = PortalLanguage.negotiate(acceptLanguage: request.headers[.acceptLanguage]).rawValue
        let message = status == .notFound
            ? Message("api.not-found", ["path": request.uri.path]) : Message("api.method-not-allowed", ["method": request.method.rawValue])
        var extra: HTTPFields = [:]
        if status == .methodNotAllowed { extra[.allow] = "GET, HEAD" }
        if request.uri.path.hasPrefix("/api/") {
            return jsonError(status, code: status == .notFound ? "not-found" : "method-not-allowed", message: message.text(language), extra: extra)
        }
        return PortalPageResponses.error(status, message: message, request: request, extra: extra)
    }

    /// What to say of a query string that could not be decoded.
    static func text(for failure: QueryString.Failure, language: String) -> String {
        let reason = switch failure {
        case .tooLong: Message("api.reason.too-long", ["limit": String(QueryString.maximumLength)])
        case .tooManyParameters: Message("api.reason.too-many", ["limit": String(QueryString.maximumParameters)])
        case .badPercentEncoding: Message("api.reason.percent")
        case .notUTF8: Message("api.reason.utf8")
        case .controlCharacter: Message("api.reason.control")
        }
        return Message("api.bad-query", ["reason": reason.text(language)]).text(language)
    }
}
