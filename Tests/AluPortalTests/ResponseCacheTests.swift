import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import NIOCore
import Testing
@testable import AluPortal

@Suite("Rendered answers are kept for the catalogue's version, and only for it")
struct ResponseCacheTests {
    @Test("a kept body is served again without rendering; a new catalogue version renders afresh")
    func keepsPerVersion() {
        let cache = ResponseCache(capacity: 1 << 20)
        var renders = 0
        func body(_ key: String, _ version: Int, _ text: String) -> String {
            String(buffer: cache.body(key, version: version) { renders += 1; return Array(text.utf8) })
        }
        #expect(body("/fr/?q=a", 1, "first") == "first")
        #expect(body("/fr/?q=a", 1, "second") == "first")
        #expect(renders == 1)
        #expect(body("/en/?q=a", 1, "english") == "english")
        #expect(renders == 2)
        // The catalogue changed: nothing from version 1 is served any more.
        #expect(body("/fr/?q=a", 2, "changed") == "changed")
        #expect(body("/en/?q=a", 2, "changed too") == "changed too")
        #expect(renders == 4)
        // A request still holding the old snapshot gets its own body, and keeps nothing.
        #expect(body("/fr/?q=a", 1, "old") == "old")
        #expect(body("/fr/?q=a", 2, "again") == "changed")
        let statistics = cache.statistics
        #expect(statistics.entries == 2 && statistics.hits == 2 && statistics.misses == 5)
    }

    @Test("what is kept stays under the bound counting keys and whole buffers; the oldest go first; long keys and oversized bodies are never kept")
    func staysBounded() {
        let cache = ResponseCache(capacity: 8_000)
        for k in 0..<100 { _ = cache.body("k\(k)", version: 1) { Array(repeating: UInt8(k), count: 500) } }
        let statistics = cache.statistics
        #expect(statistics.bytes <= 8_000)
        // Each entry is charged its key, its buffer's capacity (at least the 500 bytes) and the overhead.
        #expect(statistics.entries > 0 && statistics.entries <= 8_000 / (500 + ResponseCache.entryOverhead))
        var rendered: [Int] = []
        // Asked newest first (a miss inserts and evicts the oldest, already asked for):
        // the kept ones were exactly the newest, every older key is rendered again.
        for k in (0..<100).reversed() { _ = cache.body("k\(k)", version: 1) { rendered.append(k); return Array(repeating: UInt8(k), count: 500) } }
        #expect(rendered.sorted() == Array(0..<(100 - statistics.entries)))

        let long = String(repeating: "q", count: ResponseCache.longestKey + 1)
        var again = 0
        for _ in 0..<2 { _ = cache.body(long, version: 1) { again += 1; return [1] } }
        #expect(again == 2)
        for _ in 0..<2 { _ = cache.body("big", version: 1) { again += 1; return Array(repeating: 0, count: 1_001) } }
        #expect(again == 4)

        let none = ResponseCache(capacity: 0)
        var count = 0
        for _ in 0..<3 { _ = none.body("x", version: 1) { count += 1; return [1] } }
        #expect(count == 3 && none.statistics.entries == 0)
    }

    @Test("through the server: equal searches share one body; a changed entry shows at once, never a stale page")
    func servedPagesFollowTheCatalogue() async throws {
        let catalog = try PlantedCatalog()
        defer { catalog.remove() }
        let app = try await buildApplication(catalog.configuration(refreshInterval: .milliseconds(100)))
        try await app.test(.router) { client in
            let search = "/fr/?q=zygomorphiques"
            let link = "/fr/suppliers/forges-du-fjord"
            let before = try await client.execute(uri: search, method: .get)
            #expect(before.status == .ok)
            #expect(!before.text.contains(link))
            // The same query written two ways: one canonical key, the same bytes.
            let a = try await client.execute(uri: "/fr/?q=acier&kind=manufacturer", method: .get)
            let b = try await client.execute(uri: "/fr/?kind=manufacturer&utm_source=x&q=acier", method: .get)
            #expect(a.status == .ok && a.text == b.text)

            let file = catalog.root.appendingPathComponent("suppliers/forges-du-fjord.xml")
            let text = try String(contentsOf: file, encoding: .utf8)
            let legal = try #require(text.range(of: "<legalName>")?.upperBound)
            try (String(text[..<legal]) + "Zygomorphiques " + String(text[legal...])).write(to: file, atomically: true, encoding: .utf8)
            var shown = false
            for _ in 0..<100 where !shown {
                try await Task.sleep(for: .milliseconds(100))
                shown = try await client.execute(uri: search, method: .get).text.contains(link)
            }
            #expect(shown, "the kept page of the old catalogue was served after the change")
            let api = try await client.execute(uri: "/api/v1/suppliers?q=zygomorphiques", method: .get)
            #expect(api.text.contains("forges-du-fjord"))
        }
    }
}
