import AluCatalog
import NIOPosix
import ServiceLifecycle

/// Keeps the served catalogue current until the server shuts down: looks at the
/// catalogue folder every `interval` and applies what changed, and looks at the
/// clock at least every minute whatever the interval (or without one, `--refresh 0`):
/// a new day changes which certificates are valid even when no file does.
struct CatalogRefreshService: Service {
    let catalog: LiveCatalog
    let interval: Duration?

    static let dayCheck = Duration.seconds(60)

    func run() async throws {
        let tick = min(interval ?? Self.dayCheck, Self.dayCheck)
        var sinceFiles = Duration.zero
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                // Woken by a graceful shutdown too: a minute's sleep must not hold up SIGTERM.
                try await cancelWhenGracefulShutdown { try await Task.sleep(for: tick) }
            } catch {
                return
            }
            sinceFiles += tick
            var watchFiles = false
            if let interval, sinceFiles >= interval {
                watchFiles = true
                sinceFiles = .zero
            }
            let catalog = self.catalog, files = watchFiles
            // Parsing and validating is blocking work: on the blocking pool, not on the
            // threads that answer requests.
            _ = try? await NIOThreadPool.singleton.runIfActive { catalog.refresh(watchFiles: files) }
        }
    }
}
