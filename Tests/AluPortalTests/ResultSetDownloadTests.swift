import AluCatalog
import AluDirectory
import AluExport
import AluTestSupport
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Logging
import NIOCore
import OpenDocument
import Testing
@testable import AluPortal

@Suite("The result set's downloads")
struct ResultSetDownloadTests {
    @Test("the ODS download is the brochure of the result set: its sheets, its criteria on the cover, its suppliers, nothing private", arguments: [PortalLanguage.fr, .en, .ar])
    func odsIsTheBrochure(language: PortalLanguage) async throws {
        try await withPortal { client, planted in
            let live = try LiveCatalog(root: planted.root.path, logger: Logger(label: "test"))
            let directory = live.snapshot.directory
            let query = DirectoryQuery(text: "carbone", region: .saguenayLacSaintJean)
            let expected = directory.search(query).ids.compactMap { directory.supplier(id: $0)?.displayName }
            try #require(!expected.isEmpty)
            let uri = DirectoryURL.export(.ods, language: language, query: query)
            try await client.execute(uri: uri, method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/vnd.oasis.opendocument.spreadsheet")
                let workbook = try SpreadsheetReader().read(data: Data(response.body.readableBytesView))
                let t = try #require(Translations(language: language.rawValue))
                #expect(workbook.sheets.map(\.name) == [
                    t.label(.sheetCover), t.label(.sheetSuppliers), t.label(.sheetCapabilityMatrix),
                    t.label(.sheetReferences), t.label(.sheetContacts),
                ])
                let cover = workbook.sheets[0].rows.flatMap(\.cells).map(\.text)
                #expect(cover.contains("carbone"))
                #expect(cover.contains(String(expected.count)))
                let names = workbook.sheets[1].rows.dropFirst().compactMap { $0.cells.first?.text }
                #expect(names == expected)
                let every = workbook.sheets.flatMap(\.rows).flatMap(\.cells).map(\.text).joined(separator: "\n")
                for marker in PlantedCatalog.markers { #expect(!every.contains(marker), "\(marker)") }

                // Tools we did not write: the OASIS schema (jing) and LibreOffice reading it back.
                guard ODFTools.available(["jing", "soffice"]) else { return }
                let file = temporaryFile("portal-brochure-\(language.rawValue).ods")
                try Data(response.body.readableBytesView).write(to: URL(fileURLWithPath: file))
                let check = try ODFTools.validate(file)
                #expect(check.status == 0, "\(check.output)")
                let sheets = try ODFTools.roundTrip(file, raw: false)
                #expect(sheets[t.label(.sheetSuppliers)]?.dropFirst().map { $0[0] } == expected)
            }
        }
    }

    @Test("equal queries written differently share one ETag, and a revalidation is a 304")
    func canonicalTag() async throws {
        try await withPortal { client, _ in
            let a = try await client.execute(uri: "/en/export/suppliers.csv?region=2&q=carbone", method: .get) { $0.headers[.eTag] }
            let b = try await client.execute(uri: "/en/export/suppliers.csv?q=carbone&region=02&page=3", method: .get) { $0.headers[.eTag] }
            let other = try await client.execute(uri: "/en/export/suppliers.csv?q=carbone", method: .get) { $0.headers[.eTag] }
            let tag = try #require(a)
            #expect(b == tag)
            #expect(other != tag)
            try await client.execute(uri: "/en/export/suppliers.csv?q=carbone&region=2", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
                #expect(response.text.isEmpty)
            }
        }
    }

    @Test("when every download place is taken, the next is a 503 with Retry-After, and searching still answers")
    func busyDownloadsAreRefused() async throws {
        let planted = try PlantedCatalog()
        defer { planted.remove() }
        let configuration = planted.configuration(concurrentExports: 1)
        let state = PortalState(
            catalog: try LiveCatalog(root: planted.root.path, logger: Logger(label: "test")), configuration: configuration,
            startNonce: "test", exports: ExportGate(limit: 1), responses: ResponseCache(capacity: 0))
        #expect(state.exports.enter())
        let accounts = try PortalAccounts(configuration: configuration, port: 8080, logger: Logger(label: "test"))
        let app = Application(router: buildRouter(state, accounts: accounts).0)
        try await app.test(.router) { client in
            try await client.execute(uri: "/fr/export/suppliers.ods", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.retryAfter] == "5")
                #expect(String(buffer: response.body).contains("réessayez"))
            }
            try await client.execute(uri: "/fr/?q=carbone", method: .get) { #expect($0.status == .ok) }
            state.exports.leave()
            try await client.execute(uri: "/fr/export/suppliers.ods", method: .get) { #expect($0.status == .ok) }
            #expect(state.exports.inUse == 0)
        }
    }
}
