public import Hummingbird
public import Logging
import AluCatalog
import AluDirectory
import AluLocalization
import AluPortalPages
import AluPortalState
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
    let portal = try assemblePortal(configuration, logger: logger)
    let accounts = portal.accounts, firstAdmin = portal.firstAdmin
    return Application(
        router: portal.router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
        services: portal.services,
        onServerRunning: { channel in
            let port = channel.localAddress?.port ?? configuration.port
            accounts.listening(on: port)
            if let admin = firstAdmin {
                let link = accounts.link(PortalPaths.invitationPath(language: admin.issued.language), token: admin.issued.token)
                configuration.announce(Message("web.create-admin", ["email": admin.email, "link": link]).text("en"))
            }
            await onServerRunning(port)
        },
        logger: logger)
}

/// The portal's parts before a server runs them: what ``buildApplication`` serves and
/// what the tests inspect (the signed-in route table).
struct AssembledPortal {
    let state: PortalState
    let accounts: PortalAccounts
    let router: Router<PortalRequestContext>
    /// Every signed-in route with who may use it.
    let routeTable: [RouteEntry]
    let services: [any Service]
    /// `--create-admin`: the address and its invitation, announced once the server listens.
    var firstAdmin: (email: String, issued: IssuedLink)?
}

func assemblePortal(_ configuration: PortalConfiguration, logger: Logger) throws -> AssembledPortal {
    let started = ContinuousClock.now
    let catalog = try LiveCatalog(root: configuration.catalogRoot.path, logger: logger)
    let snapshot = catalog.snapshot
    logger.info("catalogue loaded", metadata: [
        "suppliers": "\(snapshot.directory.suppliers.count)", "withheld": "\(snapshot.withheld)",
        "seconds": "\(String(format: "%.3f", (ContinuousClock.now - started).seconds))",
    ])
    let accounts = try PortalAccounts(configuration: configuration, port: configuration.port, logger: logger)
    let recovered = try accounts.store.recover()
    if !recovered.completed.isEmpty || !recovered.reverted.isEmpty {
        logger.notice("approvals interrupted by a stop were finished or undone", metadata: [
            "completed": "\(recovered.completed)", "reverted": "\(recovered.reverted)"])
    }
    // The first admin's invitation is made now; its link is announced once the server
    // listens, when the port (`--port 0`) and so the link's origin are known.
    let firstAdmin = try configuration.createAdmin.map { email in (email: email, issued: try accounts.inviteFirstAdmin(email: email)) }
    let state = PortalState(catalog: catalog, configuration: configuration, startNonce: String(UInt32.random(in: .min ... .max), radix: 36),
        exports: ExportGate(limit: configuration.concurrentExports), responses: ResponseCache(capacity: configuration.responseCacheBytes))
    let (router, table) = buildRouter(state, accounts: accounts)
    let services: [any Service] = [CatalogRefreshService(catalog: catalog, interval: configuration.refreshInterval)]
    return AssembledPortal(state: state, accounts: accounts, router: router, routeTable: table, services: services, firstAdmin: firstAdmin)
}

/// Every route of the portal, behind the middleware every answer goes through.
func buildRouter(_ state: PortalState, accounts: PortalAccounts) -> (Router<PortalRequestContext>, [RouteEntry]) {
    let router = Router(context: PortalRequestContext.self)
    // Outermost first: a HEAD answer loses its body whatever made it (a route, the
    // router's 404 or 405, a failure turned into a 500 by the request log).
    router.add(middleware: HeadMiddleware())
    router.add(middleware: SecurityHeadersMiddleware(strictTransport: state.configuration.publicOrigin?.lowercased().hasPrefix("https://") == true))
    router.add(middleware: RequestLogMiddleware(
        trustedProxies: state.configuration.trustedProxies, forwardedHeader: state.configuration.forwardedHeader))
    HealthRoutes(portal: state).register(on: router)
    APIRoutes(portal: state).register(on: router)
    DirectoryRoutes(portal: state).register(on: router)
    let signedIn = SignedInRoutes(router: router, accounts: accounts, day: { state.catalog.snapshot.directory.day })
    AccountRoutes(accounts: accounts).register(on: signedIn)
    let desk = EntryDesk(accounts: accounts, catalog: state.catalog)
    SupplierRoutes(desk: desk).register(on: signedIn)
    StaffRoutes(desk: desk).register(on: signedIn)
    return (router, signedIn.table)
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
