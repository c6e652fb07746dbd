import AluCatalog
import AluDirectory
import AluExport
import AluLocalization
import Foundation
import HTTPTypes
import Hummingbird
import OpenDocument

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
        router.read(RouterPath(PortalStylesheet.path)) { request, _ in
            PortalResponses.cacheable(
                Array(PortalStylesheet.css.utf8), contentType: "text/css; charset=utf-8",
                etag: "\"css-\(portal.startNonce)\"", request: request)
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
            return export(request, file: context.parameters.get("file") ?? "", language: language)
        }
    }

    private func language(_ context: PortalRequestContext) -> PortalLanguage? {
        context.parameters.get("lang").flatMap(PortalLanguage.init(rawValue:))
    }

    private func html(_ page: String, _ request: Request, _ snapshot: LiveCatalog.Snapshot, _ language: PortalLanguage) -> Response {
        PortalResponses.cacheable(
            Array(page.utf8), contentType: PortalResponses.htmlType,
            etag: portal.etag(snapshot, request, variant: "html"), request: request)
    }

    func search(_ request: Request, language: PortalLanguage) -> Response {
        let snapshot = portal.catalog.snapshot
        let directory = snapshot.directory
        switch portal.directoryQuery(request, taxonomy: directory.taxonomy) {
        case .failure(let failure):
            return PortalPageResponses.error(failure, language: language, day: directory.day)
        case .success(let query):
            let result = directory.search(query)
            return html(DirectoryPages.search(result: result, directory: directory, language: language), request, snapshot, language)
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
            return html(DirectoryPages.supplier(supplier, directory: directory, language: language), request, snapshot, language)
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

    func export(_ request: Request, file: String, language: PortalLanguage) -> Response {
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
        let result = directory.search(query)
        let published = directory.published(result)
        let bytes: [UInt8]
        let type: String
        switch format {
        case .xml:
            bytes = CatalogXMLExporter.bytes(published, generated: directory.day)
            type = "application/xml; charset=utf-8"
        case .vcf:
            bytes = VCardExporter.bytes(published, generated: directory.day)
            type = "text/vcard; charset=utf-8"
        case .csv:
            bytes = Array(findTable(result, directory: directory).utf8)
            type = "text/csv; charset=utf-8"
        case .ods:
            guard let ods = spreadsheet(findTable(result, directory: directory), language: language) else {
                return PortalResponses.internalError(request: request, requestID: "ods")
            }
            bytes = ods
            type = "application/vnd.oasis.opendocument.spreadsheet"
        }
        return download(bytes, type: type, name: "alucat-suppliers-\(directory.day).\(format.rawValue)", request: request, snapshot: snapshot)
    }

    /// `alucat find --format csv` over the result set, in the directory's order, from
    /// the public copies (the same rows and formula defence as the command line).
    private func findTable(_ result: DirectoryResult, directory: Directory) -> String {
        let filter = result.query.supplierQuery(validOn: directory.day)
        let published = result.ids.compactMap(directory.supplier(id:))
        var hits: [String: SupplierQuery.Hit] = [:]
        for hit in filter.run(published, taxonomy: directory.taxonomy) { hits[hit.supplier.id] = hit }
        return FindOutput.csv(result.ids.compactMap { hits[$0] })
    }

    /// The CSV as an OpenDocument spreadsheet (every cell text: nothing becomes a formula).
    private func spreadsheet(_ csv: String, language: PortalLanguage) -> [UInt8]? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            let csvPath = folder.appendingPathComponent("suppliers.csv").path
            let odsPath = folder.appendingPathComponent("suppliers.ods").path
            try Data(csv.utf8).write(to: URL(fileURLWithPath: csvPath))
            _ = try convertCSVToODS(
                csvPath: csvPath, odsPath: odsPath, sheetName: "suppliers",
                metadata: WorkbookMetadata(title: Message("portal.site-name").text(language.rawValue), language: language.rawValue, generator: "AluCat", creationDate: nil))
            return FileManager.default.contents(atPath: odsPath).map { [UInt8]($0) }
        } catch {
            return nil
        }
    }

    private func download(_ bytes: [UInt8], type: String, name: String, request: Request, snapshot: LiveCatalog.Snapshot) -> Response {
        var extra = HTTPFields()
        extra[.contentDisposition] = "attachment; filename=\"\(name.filter { $0.isASCII && $0 != "\"" && $0 != "\\" })\""
        return PortalResponses.cacheable(bytes, contentType: type, etag: portal.etag(snapshot, request, variant: "dl"), request: request, extra: extra)
    }
}
