public import Foundation
public import AluPortalState

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

    /// The portal's own state (accounts, sessions, submissions, the mail outbox):
    /// `DIR/portal.sqlite`, created with its migrations at first start.
    public var dataDirectory: URL
    /// The scheme, host and port people reach the portal at (`https://catalogue.example`):
    /// the links in e-mails, and the only `Origin` a state-changing request may come from.
    /// Nil: `http://localhost:PORT`.
    public var publicOrigin: String?
    /// A `sendmail`-compatible command the e-mails are handed to; nil: `DIR/outbox/` files.
    public var sendmail: String?
    /// The sender of the portal's e-mails.
    public var mailFrom: String
    /// Invite this address as the first admin at start; the one-time link is given to ``announce``.
    public var createAdmin: String?
    /// Where start-up says what a person must read (the first admin's link): standard output.
    public var announce: @Sendable (String) -> Void = {
        print($0)
        fflush(nil)  // standard output may be a file or a pipe (a service's journal): fully buffered
    }
    /// Where the state reads the time (tests move a ``ManualClock``).
    public var clock: any PortalClock = SystemClock()
    /// Timeouts, throttling and bcrypt cost of the state (tests lower the cost).
    public var store: PortalStoreConfiguration

    /// The default bound of the response cache: about two thousand search pages
    /// (a page of 28 KB is charged its 32 KB buffer).
    public static let defaultResponseCacheBytes = 64 << 20

    public init(
        host: String = "127.0.0.1", port: Int = 8080, catalogRoot: URL,
        trustedProxies: Set<String> = [], forwardedHeader: ForwardedHeader = .xForwardedFor, refreshInterval: Duration? = .seconds(2), concurrentExports: Int = 2,
        responseCacheBytes: Int = PortalConfiguration.defaultResponseCacheBytes,
        dataDirectory: URL = URL(fileURLWithPath: "data"), publicOrigin: String? = nil, sendmail: String? = nil,
        mailFrom: String = "catalogue@localhost.localdomain", store: PortalStoreConfiguration = PortalStoreConfiguration()
    ) {
        self.dataDirectory = dataDirectory
        self.publicOrigin = publicOrigin
        self.sendmail = sendmail
        self.mailFrom = mailFrom
        self.store = store
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

extension PortalConfiguration {
    /// ``publicOrigin``, or the loopback one for `port`: where links point and posts come from.
    func origin(port: Int) -> String {
        if let publicOrigin { return publicOrigin.hasSuffix("/") ? String(publicOrigin.dropLast()) : publicOrigin }
        return "http://localhost:\(port)"
    }

    /// Whether `text` is an origin: `http` or `https`, a host, an optional port, no path.
    public static func isOrigin(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme, ["http", "https"].contains(scheme),
              url.host != nil, url.path.isEmpty || url.path == "/", url.query == nil, url.fragment == nil, url.user == nil
        else { return false }
        return true
    }
}
