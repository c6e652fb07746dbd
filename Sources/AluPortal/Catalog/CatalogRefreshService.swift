import AluCatalog
import ServiceLifecycle

/// Looks at the catalogue folder every `interval` and applies what changed, until
/// the server shuts down.
struct CatalogRefreshService: Service {
    let catalog: LiveCatalog
    let interval: Duration

    func run() async throws {
        while !Task.isCancelled && !Task.isShuttingDownGracefully {
            do {
                try await Task.sleep(for: interval)
            } catch {
                return
            }
            let catalog = self.catalog
            // Parsing and validating is blocking work: keep it off the event loops.
            await Task.detached(priority: .utility) { catalog.refresh() }.value
        }
    }
}
