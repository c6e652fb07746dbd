import AluCatalog
import ServiceLifecycle

/// Keeps the served catalogue current until the server shuts down: looks at the
/// catalogue folder every `interval` and applies what changed; without an interval
/// (`--refresh 0`) it still looks at the clock once a minute, because a new day
/// changes which certificates are valid even when no file does.
struct CatalogRefreshService: Service {
    let catalog: LiveCatalog
    let interval: Duration?

    static let dayCheck = Duration.seconds(60)

    func run() async throws {
        let watchFiles = interval != nil
        let tick = interval ?? Self.dayCheck
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                // Woken by a graceful shutdown too: a minute's sleep must not hold up SIGTERM.
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: tick) }
            } catch {
                return
            }
            let catalog = self.catalog
            // Parsing and validating is blocking work: keep it off the event loops.
            _ = await Task.detached(priority: .utility) { catalog.refresh(watchFiles: watchFiles) }.value
        }
    }
}
