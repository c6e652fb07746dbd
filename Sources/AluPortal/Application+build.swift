public import Hummingbird
public import Logging
import AluCatalog
import AluDirectory
import Foundation
import HTTPTypes
import NIOCore
import ServiceLifecycle

/// The portal as one Hummingbird application: what `alucat serve` runs and what the
/// tests drive, in the shape of Hummingbird's own template.
///
/// The catalogue is loaded, validated and indexed before the server listens (a
/// catalogue that cannot be read at all is an error here, not a page), then kept in
/// step with the folder by a refresh service that stops with the server.
public func buildApplication(
    _ configuration: PortalConfiguration, logger: Logger? = nil,
    onServerRunning: @escaping @Sendable (Int) async -> Void = { _ in }
) async throws -> some ApplicationProtocol {
    let logger = logger ?? Logger(label: "alucat.portal")
    let started = ContinuousClock.now
    let catalog = try LiveCatalog(root: configuration.catalogRoot.path, logger: logger)
    let snapshot = catalog.snapshot
    logger.info("catalogue loaded", metadata: [
        "suppliers": "\(snapshot.directory.suppliers.count)", "withheld": "\(snapshot.withheld)",
        "seconds": "\(String(format: "%.3f", (ContinuousClock.now - started).seconds))",
    ])
    let state = PortalState(catalog: catalog, configuration: configuration, startNonce: String(UInt32.random(in: .min ... .max), radix: 36),
        exports: ExportGate(limit: configuration.concurrentExports), responses: ResponseCache(capacity: configuration.responseCacheBytes))
    let router = buildRouter(state)
    let services: [any Service] = [CatalogRefreshService(catalog: catalog, interval: configuration.refreshInterval)]
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
        services: services,
        onServerRunning: { channel in await onServerRunning(channel.localAddress?.port ?? configuration.port) },
        logger: logger)
}

/// Every route of the portal, behind the middleware every answer goes through.
func buildRouter(_ state: PortalState) -> Router<PortalRequestContext> {
    let router = Router(context: PortalRequestContext.self)
    // Outermost first: a HEAD answer loses its body whatever made it (a route, the
    // router's 404 or 405, a failure turned into a 500 by the request log).
    router.add(middleware: HeadMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: RequestLogMiddleware(
        trustedProxies: state.configuration.trustedProxies, forwardedHeader: state.configuration.forwardedHeader))
    HealthRoutes(portal: state).register(on: router)
    APIRoutes(portal: state).register(on: router)
    DirectoryRoutes(portal: state).register(on: router)
    return router
}

extension Duration {
    var seconds: Double { Double(components.seconds) + Double(components.attoseconds) / 1e18 }
}

/// Builds the portal and runs it until SIGTERM or SIGINT, then shuts down cleanly
/// (requests in flight finish, the refresh service stops): what `alucat serve` calls.
public func runPortal(
    _ configuration: PortalConfiguration, logger: Logger, onServerRunning: @escaping @Sendable (Int) async -> Void
) async throws {
    let app = try await buildApplication(configuration, logger: logger, onServerRunning: onServerRunning)
    try await app.runService()
}
