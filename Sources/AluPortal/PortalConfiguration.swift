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
    /// The one header those proxies write the client's address in.
    public var forwardedHeader: ForwardedHeader
    /// How often the catalogue folder is checked for changed files; nil: never.
    public var refreshInterval: Duration?
    /// Result-set downloads prepared at once (a brochure of the whole directory is
    /// seconds of work); more are answered 503 with `Retry-After`.
    public var concurrentExports: Int
    /// Bytes of rendered search pages, supplier pages and API answers kept for the
    /// catalogue's current version (see `ResponseCache`); 0 renders every request.
    public var responseCacheBytes: Int

    /// The default bound of the response cache: about two thousand search pages
    /// (a page of 28 KB is charged its 32 KB buffer).
    public static let defaultResponseCacheBytes = 64 << 20

    public init(
        host: String = "127.0.0.1", port: Int = 8080, catalogRoot: URL,
        trustedProxies: Set<String> = [], forwardedHeader: ForwardedHeader = .xForwardedFor, refreshInterval: Duration? = .seconds(2), concurrentExports: Int = 2,
        responseCacheBytes: Int = PortalConfiguration.defaultResponseCacheBytes
    ) {
        self.concurrentExports = concurrentExports
        self.responseCacheBytes = responseCacheBytes
        self.host = host
        self.port = port
        self.catalogRoot = catalogRoot
        self.trustedProxies = trustedProxies
        self.forwardedHeader = forwardedHeader
        self.refreshInterval = refreshInterval
    }

    /// Whether `text` is an IPv4 or IPv6 address (what `--trusted-proxy` takes).
    public static func isIPAddress(_ text: String) -> Bool { ClientAddress.canonical(text) != nil }
}
