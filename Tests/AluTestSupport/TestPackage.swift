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
}
