public import Foundation

/// How `alucat serve` (and the tests) start the portal.
public struct PortalConfiguration: Sendable {
    /// Address to listen on; loopback by default, so nothing is exposed by accident.
    public var host: String
    public var port: Int
    /// The catalogue folder (taxonomy, schema, suppliers, missions).
    public var catalogRoot: URL
    /// Peers whose `Forwarded` / `X-Forwarded-For` headers are believed (exact
    /// addresses); from anyone else those headers are ignored.
    public var trustedProxies: Set<String>
    /// How often the catalogue folder is checked for changed files; nil: never.
    public var refreshInterval: Duration?

    public init(
        host: String = "127.0.0.1", port: Int = 8080, catalogRoot: URL,
        trustedProxies: Set<String> = [], refreshInterval: Duration? = .seconds(2)
    ) {
        self.host = host
        self.port = port
        self.catalogRoot = catalogRoot
        self.trustedProxies = trustedProxies
        self.refreshInterval = refreshInterval
    }
}
