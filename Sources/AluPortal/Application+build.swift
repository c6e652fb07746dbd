import AluCatalog
import AluDirectory
public import Hummingbird
public import Logging

/// The portal as one Hummingbird application: what `alucat serve` runs and what the
/// tests drive, in the shape of Hummingbird's own template.
public func buildApplication(_ configuration: PortalConfiguration, logger: Logger? = nil) async throws -> some ApplicationProtocol {
    let logger = logger ?? Logger(label: "alucat.portal")
    let router = Router()
    router.get("/healthz") { _, _ in "ok\n" }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
        logger: logger)
}
