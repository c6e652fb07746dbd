import AluCatalog
import AluDirectory
import AluPortalPages
import AluExport
import AluLocalization
import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOPosix

/// The buyer's pages: `/` (follows Accept-Language), `/{lang}/` (search with
/// facets), `/{lang}/suppliers/{id}` and its `.vcf`/`.xml`, the result set's
/// downloads `/{lang}/export/suppliers.{ods,csv,xml,vcf}`, and the stylesheet.
struct DirectoryRoutes {
    let portal: PortalState

    func register(on router: Router<PortalRequestContext>) {
        router.read("/") { request, _ in
            var response = Response(status: .seeOther)
            response.headers[.location] = "/\(PortalLanguage.negotiate(acceptLanguage: request.headers[.acceptLanguage]).rawValue)/"
            response.headers[.vary] = "Accept-Language"
            response.headers[.cacheControl] = "no-store"
            return response
        }
        let stylesheet = Array((PortalStylesheet.css + "\n" + PortalPagesStylesheet.css).utf8)
        router.read(RouterPath(PortalStylesheet.path)) { request, _ in
            PortalResponses.cacheable(
                stylesheet, contentType: "text/css; charset=utf-8",
                etag: "\"css-\(portal.startNonce)\"", request: request)
        }
        let script = Array(EntryFormScript.source.utf8)
        router.read(RouterPath(EntryFormScript.path)) { request, _ in
            PortalResponses.cacheable(
                script, contentType: "text/javascript; charset=utf-8", etag: "\"js-\(portal.startNonce)\"", request: request)
        }
        for path in PortalIcon.paths {
            router.read(RouterPath(path)) { request, _ in
                PortalResponses.cacheable(
                    Array(PortalIcon.svg.utf8), contentType: PortalIcon.mediaType, etag: "\"icon-\(portal.startNonce)\"", request: request)
            }
        }
        router.read("{lang}") { request, context in
            guard let language = language(context) else { throw HTTPError(.notFound) }
            return search(request, language: language)
        }
        router.read("{lang}/suppliers/{file}") { request, context in
            guard let language = language(context) else { throw HTTPError(.notFound) }
            return supplier(request, file: context.parameters.get("file") ?? "", language: language)
        }
        router.read("{lang}/export/{file}") { request, context in
            guard let language = language(context) else { throw HTTPError(.notFound) }
            return await export(request, context: context, file: context.parameters.get("file") ?? "", language: language)
        }
    }

    private func language(_ context: PortalRequestContext) -> PortalLanguage? {
        context.parameters.get("lang").flatMap(PortalLanguage.init(rawValue:))
    }

    private func html(_ page: ByteBuffer, _ request: Request, _ snapshot: LiveCatalog.Snapshot, _ language: PortalLanguage) -> Response {
        PortalResponses.cacheable(
            page, contentType: PortalResponses.htmlType,
            etag: portal.etag(snapshot, request, variant: "html"), request: request)
    }

    func search(_ request: Request, language: PortalLanguage) -> Response {
        let snapshot = portal.catalog.snapshot
        let directory = snapshot.directory
        switch portal.directoryQuery(request, taxonomy: directory.taxonomy) {
        case .failure(let failure):
            return PortalPageResponses.error(failure, language: language, day: directory.day)
        case .success(let query):
            let page = portal.responses.body(DirectoryURL.url(language: language, query: query), version: snapshot.version) {
                DirectoryPages.searchBytes(result: directory.search(query), directory: directory, language: language)
            }
            return html(page, request, snapshot, language)
        }
    }

    func supplier(_ request: Request, file: String, language: PortalLanguage) -> Response {
        let snapshot = portal.catalog.snapshot
        let directory = snapshot.directory
        var id = file
        var format: DirectoryURL.SupplierDownload?
        for candidate in DirectoryURL.SupplierDownload.allCases where file.hasSuffix("." + candidate.rawValue) {
            id = String(file.dropLast(candidate.rawValue.count + 1))
            format = candidate
        }
        guard let supplier = directory.supplier(id: id) else {
            return PortalPageResponses.notFound(language: language, day: directory.day)
        }
        guard let format else {
            let page = portal.responses.body(DirectoryURL.supplier(id, language: language), version: snapshot.version) {
                DirectoryPages.supplierBytes(supplier, directory: directory, language: language)
            }
            return html(page, request, snapshot, language)
        }
        let published = directory.catalog.published(ids: [id])
        let bytes: [UInt8]
        let type: String
        switch format {
        case .vcf:
            bytes = VCardExporter.bytes(published, generated: directory.day)
            type = "text/vcard; charset=utf-8"
        case .xml:
            bytes = CatalogXMLExporter.bytes(published, generated: directory.day)
            type = "application/xml; charset=utf-8"
        }
        return download(bytes, type: type, name: file, request: request, snapshot: snapshot)
    }

    /// The whole result set of the query as a download. The tag comes from the
    /// canonical download URL (equal queries, however written, share it), so a client
    /// revalidating gets a 304 before any work; the work itself runs on the blocking
    /// thread pool, at most ``PortalState/exports`` at once.
    func export(_ request: Request, context: PortalRequestContext, file: String, language: PortalLanguage) async -> Response {
        let snapshot = portal.catalog.snapshot
        let directory = snapshot.directory
        guard file.hasPrefix("suppliers."), let format = DirectoryURL.ExportFormat(rawValue: String(file.dropFirst("suppliers.".count))) else {
            return PortalPageResponses.notFound(language: language, day: directory.day)
        }
        var query: DirectoryQuery
        switch portal.directoryQuery(request, taxonomy: directory.taxonomy) {
        case .failure(let failure): return PortalPageResponses.error(failure, language: language, day: directory.day)
        case .success(let parsed): query = parsed
        }
        query.page = 1
        query.pageSize = DirectoryQuery.defaultPageSize
        let etag = portal.etag(snapshot, key: DirectoryURL.export(format, language: language, query: query), variant: "dl")
        var extra = HTTPFields()
        extra[.contentDisposition] = "attachment; filename=\"alucat-suppliers-\(directory.day).\(format.rawValue)\""
        if let notModified = PortalResponses.notModified(etag: etag, request: request, extra: extra) { return notModified }
        guard portal.exports.enter() else {
            var retry = HTTPFields()
            retry[.retryAfter] = "5"
            let text = Message("api.busy").text(language.rawValue) + "\n"
            return PortalResponses.uncached(Array(text.utf8), contentType: "text/plain; charset=utf-8", status: .serviceUnavailable, extra: retry)
        }
        defer { portal.exports.leave() }
        let export = ResultSetExport(directory: directory, result: directory.search(query), language: language)
        let bytes: [UInt8]
        do {
            bytes = try await NIOThreadPool.singleton.runIfActive { try export.bytes(format) }
        } catch {
            context.logger.error("download failed", metadata: ["format": "\(format.rawValue)", "error": "\(error)"])
            return PortalResponses.internalError(request: request, requestID: context.id)
        }
        return PortalResponses.cacheable(bytes, contentType: ResultSetExport.mediaType(format), etag: etag, request: request, extra: extra)
    }

    private func download(_ bytes: [UInt8], type: String, name: String, request: Request, snapshot: LiveCatalog.Snapshot) -> Response {
        var extra = HTTPFields()
        extra[.contentDisposition] = "attachment; filename=\"\(name.filter { $0.isASCII && $0 != "\"" && $0 != "\\" })\""
        return PortalResponses.cacheable(bytes, contentType: type, etag: portal.etag(snapshot, request, variant: "dl"), request: request, extra: extra)
    }
}
