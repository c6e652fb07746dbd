import AluCatalog
import AluDirectory
import AluLocalization
import HTTPTypes
import Hummingbird

/// `/api/v1/…`: the supplier search with the directory's filters, a supplier by id,
/// the taxonomy, and the OpenAPI document that describes them.
struct APIRoutes {
    let portal: PortalState

    func register(on router: Router<PortalRequestContext>) {
        let api = router.group("api/v1")
        api.read("suppliers") { request, _ in search(request) }
        api.read("suppliers/{id}") { request, context in supplier(request, id: context.parameters.get("id") ?? "") }
        api.read("taxonomy") { request, _ in taxonomy(request) }
        api.read("openapi.json") { request, _ in
            let snapshot = portal.catalog.snapshot
            return PortalResponses.cacheable(
                Array(OpenAPIDocument.json(taxonomy: snapshot.directory.taxonomy).utf8), contentType: PortalResponses.jsonType,
                etag: portal.etag(snapshot, request, variant: "openapi"), request: request)
        }
    }

    func search(_ request: Request) -> Response {
        let language = PortalLanguage.negotiate(acceptLanguage: request.headers[.acceptLanguage]).rawValue
        let snapshot = portal.catalog.snapshot
        let query: DirectoryQuery
        switch portal.directoryQuery(request, taxonomy: snapshot.directory.taxonomy, strict: true) {
        case .success(let parsed): query = parsed
        case .failure(let failure): return failure.jsonResponse(language: language)
        }
        let body = portal.responses.body(DirectoryURL.apiSearch(query), version: snapshot.version) {
            let result = snapshot.directory.search(query)
            return PortalResponses.jsonBytes(APIModels.SearchPage(
                count: result.total, page: query.page, pageSize: query.pageSize, pageCount: result.pageCount,
                suppliers: result.hits.map(APIModels.SupplierRow.init), facets: APIModels.Facets(result.facets)))
        }
        return PortalResponses.cacheable(
            body, contentType: PortalResponses.jsonType,
            etag: portal.etag(snapshot, request, variant: "api"), request: request)
    }

    func supplier(_ request: Request, id: String) -> Response {
        let language = PortalLanguage.negotiate(acceptLanguage: request.headers[.acceptLanguage]).rawValue
        let snapshot = portal.catalog.snapshot
        guard let supplier = snapshot.directory.supplier(id: id) else {
            return PortalResponses.jsonError(.notFound, code: "no-supplier", message: Message("api.no-supplier", ["id": id]).text(language))
        }
        return PortalResponses.cacheable(
            PortalResponses.jsonBytes(APIModels.SupplierDetail(supplier)), contentType: PortalResponses.jsonType,
            etag: portal.etag(snapshot, request, variant: "api"), request: request)
    }

    func taxonomy(_ request: Request) -> Response {
        let snapshot = portal.catalog.snapshot
        return PortalResponses.cacheable(
            PortalResponses.jsonBytes(APIModels.TaxonomyDocument(snapshot.directory.taxonomy)), contentType: PortalResponses.jsonType,
            etag: portal.etag(snapshot, request, variant: "api"), request: request)
    }
}
