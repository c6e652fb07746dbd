import Foundation
import HTTPTypes
import AluPortalState
import Hummingbird
import HummingbirdTesting

import Testing
@testable import AluPortal

/// A copy of the sample catalogue in a temporary folder, with private details planted
/// under markers no published text contains, so a test can prove none leaks.
struct PlantedCatalog {
    static let sampleRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("catalog")

    /// Every marker planted; none may appear in any answer.
    static let markers = [
        "Planted Unconsented Person", "planted.unconsented@", "PlantedSecretSite", "PlantedInternalNote", "PLANTED-EXPIRED-CERT",
    ]

    let root: URL
    /// The portal's data folder (its database, the outbox), beside the catalogue copy.
    let data: URL

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-portal-\(UUID().uuidString)")
        data = root.appendingPathExtension("data")
        try FileManager.default.copyItem(at: Self.sampleRoot, to: root)
        let suppliers = root.appendingPathComponent("suppliers")
        try plant(suppliers.appendingPathComponent("carbone-alma-technologies.xml"), [
            ("<name>Lucie Harvey</name>", "<name>Planted Unconsented Person</name>"),
            ("<email>lharvey@catcarbone.example</email>", "<email>planted.unconsented@catcarbone.example</email>"),
            ("number=\"CE-TF-CAT-2021\"", "number=\"PLANTED-EXPIRED-CERT\""),
        ])
        try plant(suppliers.appendingPathComponent("analytique-emissions-montreal.xml"), [
            ("<site>Jebel Ali</site>", "<site>PlantedSecretSite</site>"),
        ])
        try plant(suppliers.appendingPathComponent("decarbonation-conseil-boreal.xml"), [
            ("<internalNotes>Très petite firme", "<internalNotes>PlantedInternalNote Très petite firme"),
        ])
    }

    /// Replaces each pair in `file`; fails when a planting spot is missing, so a
    /// change to the sample catalogue cannot silently make the leak tests vacuous.
    private func plant(_ file: URL, _ replacements: [(String, String)]) throws {
        var text = try String(contentsOf: file, encoding: .utf8)
        for (from, to) in replacements {
            try #require(text.contains(from), "planting spot \(from) missing in \(file.lastPathComponent)")
            text = text.replacingOccurrences(of: from, with: to)
        }
        try text.write(to: file, atomically: true, encoding: .utf8)
    }

    /// The portal's configuration for tests: this catalogue, this data folder, the
    /// store's cheap password hashing, no refresh unless asked.
    func configuration(refreshInterval: Duration? = nil, concurrentExports: Int = 2) -> PortalConfiguration {
        var configuration = PortalConfiguration(
            catalogRoot: root, refreshInterval: refreshInterval, concurrentExports: concurrentExports, dataDirectory: data, store: .testing)
        configuration.announce = { _ in }
        return configuration
    }

    func remove() {
        try? FileManager.default.removeItem(at: root)
        try? FileManager.default.removeItem(at: data)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// Builds the portal on a planted catalogue and runs `body` against its router.
func withPortal(
    _ body: @Sendable (any TestClientProtocol, PlantedCatalog) async throws -> Void
) async throws {
    let catalog = try PlantedCatalog()
    defer { catalog.remove() }
    let app = try await buildApplication(catalog.configuration())
    try await app.test(.router) { client in try await body(client, catalog) }
}
