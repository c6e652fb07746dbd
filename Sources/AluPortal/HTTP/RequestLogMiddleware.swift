import Foundation
import HTTPTypes
import Hummingbird
import Logging

/// One log line per request — method, path, status, duration, client — under the
/// request id Hummingbird gives the request's logger, which the answer also carries
/// as `X-Request-Id` so a user's report can be found in the log.
struct RequestLogMiddleware: RouterMiddleware {
    typealias Context = PortalRequestContext
    let trustedProxies: Set<String>
    let forwardedHeader: ForwardedHeader

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let start = ContinuousClock.now
        let client = ClientAddress.resolve(
            peer: context.remoteAddress?.ipAddress, headers: request.headers, trustedProxies: trustedProxies,
            header: forwardedHeader)
        var response: Response
        var context = context
        context.client = client
        do {
            response = try await next(request, context)
        } catch let error as HTTPError where error.status == .notFound || error.status == .methodNotAllowed {
            // The router's own answers. Every route reads, so any other method is 405
            // (with Allow), whatever the path; GET or HEAD of an unknown path is 404.
            let reads = request.method == .get || request.method == .head
            response = PortalResponses.routerError(reads ? error.status : .methodNotAllowed, request: request)
        } catch {
            // Routes answer their own errors; anything else is ours, and the client
            // learns nothing of it but the request id.
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))", "path": "\(request.uri.path)"])
            response = PortalResponses.internalError(request: request, requestID: context.id)
        }
        response.headers[HTTPField.Name("X-Request-Id")!] = context.id
        let elapsed = ContinuousClock.now - start
        let milliseconds = Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1000
        context.logger.info("\(request.method) \(request.uri.path) \(response.status.code)", metadata: [
            "client": "\(client)", "ms": "\(String(format: "%.2f", milliseconds))",
        ])
        return response
    }
}
