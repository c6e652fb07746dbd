import HTTPTypes
import Hummingbird

/// The headers every answer carries: a Content-Security-Policy that allows nothing
/// but our own files (no inline script, no inline style, no frames), no MIME
/// sniffing, no referrer leaking a buyer's search to another site, no embedding.
struct SecurityHeadersMiddleware<Context: RequestContext>: RouterMiddleware {
    static var policy: String {
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    }

    /// Whether the portal is served over HTTPS (`--public-origin https://…`): browsers are
    /// then told to use nothing else for a year (HSTS); over plain HTTP the header would be
    /// ignored, and on localhost it would outlive the test.
    var strictTransport = false

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        Self.apply(to: &response.headers)
        if strictTransport { response.headers[HTTPField.Name("Strict-Transport-Security")!] = "max-age=31536000; includeSubDomains" }
        return response
    }

    static func apply(to headers: inout HTTPFields) {
        headers[.contentSecurityPolicy] = policy
        headers[HTTPField.Name("X-Content-Type-Options")!] = "nosniff"
        headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        // Not no-referrer: under it a browser sends `Origin: null` with every form post
        // (Fetch, "append a request Origin header"), which the signed-in routes refuse.
        // same-origin still tells other sites nothing, and no token leaves the portal.
        headers[HTTPField.Name("Referrer-Policy")!] = "same-origin"
        headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        headers[HTTPField.Name("Cross-Origin-Resource-Policy")!] = "same-origin"
        headers[HTTPField.Name("Permissions-Policy")!] = "camera=(), microphone=(), geolocation=(), interest-cohort=()"
    }
}
