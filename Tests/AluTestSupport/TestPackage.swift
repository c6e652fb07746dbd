import Foundation

/// Where the package and its sample catalogue are, found from this file's path.
public enum TestPackage {
    public static let root: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    /// The sample catalogue.
    public static var catalog: String { root + "/catalog" }

    /// True when the CI runner set `CI=true`: missing tools then fail tests instead of skipping them.
    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// The built `alucat` executable: next to the test bundle, else in `.build/debug`.
    public static var alucat: String? {
        var candidates: [String] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("alucat").path)
        }
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(argument0.appendingPathComponent("alucat").path)
        candidates.append(argument0.deletingLastPathComponent().appendingPathComponent("alucat").path)
        candidates.append("\(root)/.build/debug/alucat")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
