import Hummingbird

/// The buyer's pages: `/` (follows Accept-Language), `/{lang}/`, a supplier's page
/// and its downloads, the result set's downloads, and the stylesheet.
struct DirectoryRoutes {
    let portal: PortalState

    func register(on router: Router<PortalRequestContext>) {
        router.get("/") { request, _ in
            var response = Response(status: .seeOther)
            response.headers[.location] = "/\(PortalNegotiation.language(request))/"
            response.headers[.vary] = "Accept-Language"
            response.headers[.cacheControl] = "no-store"
            return response
        }
    }
}
