import AluCatalog
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import AluPortal

@Suite("The JSON API")
struct APIRouteTests {
    struct Page: Decodable {
        struct Row: Decodable { var id: String; var regionNumber: Int?; var kind: String?; var fit: String? }
        var count: Int
        var page: Int
        var pageSize: Int
        var pageCount: Int
        var suppliers: [Row]
    }

    func decode<T: Decodable>(_ type: T.Type, _ response: TestResponse) throws -> T {
        try JSONDecoder().decode(T.self, from: Data(response.text.utf8))
    }

    @Test("a search answers find's shape with the page, and counts every match")
    func searchShape() async throws {
        try await withPortal { client, _ in
            try await client.execute(uri: "/api/v1/suppliers?pageSize=5", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                let page = try decode(Page.self, response)
                #expect(page.suppliers.count == 5)
                #expect(page.count > 5)
                #expect(page.pageCount == (page.count + 4) / 5)
            }
        }
    }

    @Test("each filter narrows the result to suppliers that pass it")
    func filters() async throws {
        try await withPortal { client, _ in
            try await client.execute(uri: "/api/v1/suppliers?region=2&pageSize=100", method: .get) { response in
                let page = try decode(Page.self, response)
                #expect(page.count > 0)
                #expect(page.suppliers.allSatisfy { $0.regionNumber == 2 })
            }
            try await client.execute(uri: "/api/v1/suppliers?kind=manufacturer&pageSize=100", method: .get) { response in
                let page = try decode(Page.self, response)
                #expect(page.count > 0)
                #expect(page.suppliers.allSatisfy { $0.kind == "manufacturer" })
            }
            try await client.execute(uri: "/api/v1/suppliers?capability=smelting&pageSize=100", method: .get) { response in
                let page = try decode(Page.self, response)
                #expect(page.count > 0)
                #expect(page.suppliers.allSatisfy { $0.fit != nil })
            }
        }
    }

    @Test("the supplier objects have exactly the keys of alucat find --format json")
    func sameKeysAsFind() async throws {
        let catalog = try CatalogLoader(root: PlantedCatalog.sampleRoot.path).loadAll().catalog
        let find = FindOutput.json(SupplierQuery(capability: "smelting").run(catalog))
        let findKeys = try keysOfFirstSupplier(Data(find.utf8))
        try await withPortal { client, _ in
            try await client.execute(uri: "/api/v1/suppliers?capability=smelting", method: .get) { response in
                let keys = try keysOfFirstSupplier(Data(response.text.utf8))
                #expect(keys == findKeys)
            }
        }
    }

    func keysOfFirstSupplier(_ data: Data) throws -> Set<String> {
        let object = try #require(JSONSerialization.jsonObject(with: data) as? [String: Any])
        let suppliers = try #require(object["suppliers"] as? [[String: Any]])
        var keys = Set<String>()
        // Optional keys (kind, regionNumber, fit) are present on some rows only.
        for supplier in suppliers { keys.formUnion(supplier.keys) }
        return keys
    }

    @Test("a supplier by id, and a JSON 404 for an unknown one")
    func supplierByID() async throws {
        try await withPortal { client, _ in
            try await client.execute(uri: "/api/v1/suppliers/carbone-alma-technologies", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.text.contains("\"legalName\""))
            }
            try await client.execute(uri: "/api/v1/suppliers/no-such-supplier", method: .get) { response in
                #expect(response.status == .notFound)
                let object = try #require(JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: [String: Any]])
                #expect(object["error"]?["code"] as? String == "no-supplier")
                #expect(object["error"]?["status"] as? Int == 404)
            }
        }
    }

    @Test("reads carry an ETag and Cache-Control, and If-None-Match answers 304")
    func etag() async throws {
        try await withPortal { client, _ in
            var tag = ""
            try await client.execute(uri: "/api/v1/taxonomy", method: .get) { response in
                #expect(response.status == .ok)
                tag = try #require(response.headers[.eTag])
                #expect(response.headers[.cacheControl] == "public, max-age=60")
                #expect(response.headers[.vary] == nil)
            }
            try await client.execute(uri: "/api/v1/taxonomy", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .notModified)
                #expect(response.text.isEmpty)
            }
            try await client.execute(uri: "/api/v1/suppliers?region=2", method: .get, headers: [.ifNoneMatch: tag]) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("bad parameters answer 400 with the stable error shape, never a trace")
    func badParameters() async throws {
        try await withPortal { client, _ in
            for uri in [
                "/api/v1/suppliers?region=99", "/api/v1/suppliers?capability=nope.nothing", "/api/v1/suppliers?kind=pirate",
                "/api/v1/suppliers?page=0", "/api/v1/suppliers?pageSize=1000", "/api/v1/suppliers?page=99999999999999999999",
                "/api/v1/suppliers?q=%FF", "/api/v1/suppliers?q=%", "/api/v1/suppliers?q=" + String(repeating: "x", count: 5000),
            ] {
                try await client.execute(uri: uri, method: .get) { response in
                    #expect(response.status == .badRequest, "\(uri.prefix(80))")
                    let object = try #require(JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: [String: Any]])
                    #expect(object["error"]?["status"] as? Int == 400)
                    #expect((object["error"]?["message"] as? String)?.isEmpty == false)
                }
            }
        }
    }

    @Test("the API takes exactly what its document lists; the pages forgive what a person types")
    func strictAPIForgivingPages() async throws {
        try await withPortal { client, _ in
            let forgiven = [
                "region=03", "region=saguenay%E2%80%93lac-saint-jean", "country=ca", "kind=%20manufacturer", "page=", "pageSize=%2010",
                "q=" + String(repeating: "e%CC%81", count: 150),
            ]
            for query in forgiven {
                try await client.execute(uri: "/api/v1/suppliers?\(query)", method: .get) { #expect($0.status == .badRequest, "API \(query)") }
                try await client.execute(uri: "/en/?\(query)", method: .get) { #expect($0.status == .ok, "page \(query)") }
            }
            for query in ["region=2", "region=Saguenay%E2%80%93Lac-Saint-Jean", "country=CA", "kind=manufacturer", "page=1", "pageSize=10", "q=%20carbone%20", "role="] {
                try await client.execute(uri: "/api/v1/suppliers?\(query)", method: .get) { #expect($0.status == .ok, "API \(query)") }
            }
        }
    }

    @Test("the OpenAPI document is served and is JSON naming every API path")
    func openAPI() async throws {
        try await withPortal { client, _ in
            try await client.execute(uri: "/api/v1/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                let object = try #require(JSONSerialization.jsonObject(with: Data(response.text.utf8)) as? [String: Any])
                let paths = try #require(object["paths"] as? [String: Any])
                #expect(Set(paths.keys) == ["/api/v1/suppliers", "/api/v1/suppliers/{id}", "/api/v1/taxonomy"])
                // The accepted values are the served catalogue's: every taxonomy id is listed.
                #expect(response.text.contains("\"smelting.carbon\""))
            }
        }
    }

    @Test("an unknown API path and a POST answer JSON errors")
    func routerErrors() async throws {
        try await withPortal { client, _ in
            try await client.execute(uri: "/api/v1/nothing", method: .get) { response in
                #expect(response.status == .notFound)
                #expect(response.headers[.contentType] == "application/json; charset=utf-8")
            }
            for method in [HTTPRequest.Method.post, .put, .delete, .patch, .options, HTTPRequest.Method("TRACE")!] {
                try await client.execute(uri: "/api/v1/suppliers", method: method) { response in
                    #expect(response.status == .methodNotAllowed, "\(method)")
                    #expect(response.headers[.allow] == "GET, HEAD")
                    #expect(response.headers[.contentType] == "application/json; charset=utf-8")
                }
            }
        }
    }
}
