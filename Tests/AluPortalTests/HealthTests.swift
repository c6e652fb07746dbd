import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import AluPortal

@Suite("The portal's health routes")
struct HealthTests {
    @Test("/healthz answers 200 while the process runs")
    func healthz() async throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("catalog")
        let app = try await buildApplication(PortalConfiguration(catalogRoot: root, refreshInterval: nil))
        try await app.test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }
}
