import AluCatalog
import AluDirectory
import AluExport
import AluLocalization
import Foundation

/// A search's whole result set as one of the directory's downloads, made by the
/// exporters a packet uses and under their rules: the brochure workbook (ODS), the
/// catalogue XML, vCards, and `alucat find`'s CSV.
struct ResultSetExport {
    let directory: Directory
    let result: DirectoryResult
    let language: PortalLanguage

    enum Failure: Error, CustomStringConvertible {
        case brochure(ExportError)
        case unreadable(String)

        var description: String {
            switch self {
            case .brochure(let error): "brochure: \(error)"
            case .unreadable(let path): "brochure written but not readable at \(path)"
            }
        }
    }

    /// The bytes of the download in `format`; blocking work (the brochure is written
    /// to a temporary folder, read back and removed).
    func bytes(_ format: DirectoryURL.ExportFormat) throws(Failure) -> [UInt8] {
        switch format {
        case .xml: CatalogXMLExporter.bytes(directory.published(result), generated: directory.day)
        case .vcf: VCardExporter.bytes(directory.published(result), generated: directory.day)
        case .csv: Array(findTable.utf8)
        case .ods: try brochure()
        }
    }

    static func mediaType(_ format: DirectoryURL.ExportFormat) -> String {
        switch format {
        case .ods: "application/vnd.oasis.opendocument.spreadsheet"
        case .csv: "text/csv; charset=utf-8"
        case .xml: "application/xml; charset=utf-8"
        case .vcf: "text/vcard; charset=utf-8"
        }
    }

    /// `alucat find --format csv` over the result set, in the directory's order, from
    /// the public copies (the same rows and formula defence as the command line).
    private var findTable: String {
        let filter = result.query.supplierQuery(validOn: directory.day)
        let published = result.ids.compactMap(directory.supplier(id:))
        var hits: [String: SupplierQuery.Hit] = [:]
        for hit in filter.run(published, taxonomy: directory.taxonomy) { hits[hit.supplier.id] = hit }
        return FindOutput.csv(result.ids.compactMap { hits[$0] })
    }

    /// The brochure of the selection in the page's language: its cover names the
    /// search; certificates count when valid today.
    private func brochure() throws(Failure) -> [UInt8] {
        let code = language.rawValue
        let translations = Translations(language: code) ?? Translations(language: "en")!
        var workbook = BrochureWorkbook(
            selection: .init(
                title: Message("portal.site-name").text(code),
                criteria: result.query.criteria(taxonomy: directory.taxonomy, language: language)),
            suppliers: directory.published(result), taxonomy: directory.taxonomy, translations: translations,
            period: directory.day...directory.day, generated: directory.day)
        // One deflate thread per download: `ExportGate` admits two at once, each taking a
        // core, and requests keep the rest of the machine (the bytes are the same).
        workbook.compressionThreads = 1
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-export-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("brochure.ods").path
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw .unreadable(folder.path)
        }
        do {
            try workbook.write(to: path)
        } catch {
            throw .brochure(error)
        }
        guard let data = FileManager.default.contents(atPath: path) else { throw .unreadable(path) }
        return [UInt8](data)
    }
}
