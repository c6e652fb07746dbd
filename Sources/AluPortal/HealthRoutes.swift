import AluCatalog
import AluDirectory
import Foundation
import Hummingbird

/// `/healthz`: the process answers. `/readyz`: the catalogue is loaded and being
/// served (with how many suppliers, for a load balancer or a person, and how the
/// response cache fares: entries, bytes charged, hits and misses since the start).
struct HealthRoutes {
    let portal: PortalState

    func register(on router: Router<PortalRequestContext>) {
        router.read("healthz") { _, _ in
            PortalResponses.uncached(Array("ok\n".utf8), contentType: "text/plain; charset=utf-8", status: .ok)
        }
        router.read("readyz") { _, _ in
            let snapshot = portal.catalog.snapshot
            struct Cache: Encodable { var entries: Int; var bytes: Int; var hits: Int; var misses: Int }
            struct Ready: Encodable {
                var status: String; var suppliers: Int; var withheld: Int; var version: Int; var day: String; var responseCache: Cache
            }
            let cache = portal.responses.statistics
            let body = Ready(
                status: "ready", suppliers: snapshot.directory.suppliers.count, withheld: snapshot.withheld,
                version: snapshot.version, day: snapshot.directory.day.description,
                responseCache: Cache(entries: cache.entries, bytes: cache.bytes, hits: cache.hits, misses: cache.misses))
            return PortalResponses.uncached(PortalResponses.jsonBytes(body), contentType: PortalResponses.jsonType, status: .ok)
        }
    }
}
