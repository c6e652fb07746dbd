public import Hummingbird
public import NIOCore

/// The request context of every portal route: Hummingbird's core storage plus the
/// peer's address (what the forwarded headers are weighed against).
public struct PortalRequestContext: RequestContext, RemoteAddressRequestContext {
    public var coreContext: CoreRequestContextStorage
    public let remoteAddress: SocketAddress?
    /// The client's address, trusted proxies applied (set by the request log middleware).
    public var client = "unknown"

    public init(source: ApplicationRequestContextSource) {
        coreContext = .init(source: source)
        remoteAddress = source.channel.remoteAddress
    }
}
