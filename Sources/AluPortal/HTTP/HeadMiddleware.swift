import HTTPTypes
import Hummingbird

/// HEAD is GET without the body (RFC 9110 §9.3.2): every read route is registered for
/// both (``Router/read(_:use:)``), and this middleware drops the body of a HEAD
/// answer, keeping its status and headers — `Content-Length` included, which must be
/// the GET body's length (§8.6), not the 0 Hummingbird sets for an empty body.
struct HeadMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if request.method == .head {
            let length = response.headers[.contentLength]
            response.body = ResponseBody()
            response.headers[.contentLength] = length
        }
        return response
    }
}

extension Router {
    /// Registers `handler` for GET and HEAD on `path`.
    func read(
        _ path: RouterPath, use handler: @escaping @Sendable (Request, Context) async throws -> some ResponseGenerator
    ) {
        get(path, use: handler)
        head(path, use: handler)
    }
}

extension RouterGroup {
    /// Registers `handler` for GET and HEAD on `path`.
    func read(
        _ path: RouterPath, use handler: @escaping @Sendable (Request, Context) async throws -> some ResponseGenerator
    ) {
        get(path, use: handler)
        head(path, use: handler)
    }
}
