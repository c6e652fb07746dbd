import AluCatalog
import Foundation

/// The sample catalogue, loaded once for every export test.
enum TestCatalog {
    static let packageRoot: String = {
        var url = URL(fileURLWithPath: #filePath)
        while url.path != "/" {
            url.deleteLastPathComponent()
            if FileManager.default.fileExists(atPath: url.appendingPathComponent("Package.swift").path) { return url.path }
        }
        fatalError("Package.swift not found above \(#filePath)")
    }()

    static let catalogPath = packageRoot + "/catalog"
    static let today = CalendarDay(year: 2026, month: 11, day: 22)

    static let catalog: Catalog = {
        guard let loader = try? CatalogLoader(root: catalogPath, today: today) else { fatalError("no catalogue at \(catalogPath)") }
        return loader.loadAll().catalog
    }()

    /// Every ISO 3166-1 code the sample catalogue and its missions use.
    static var countriesUsed: Set<String> {
        var codes: Set<String> = []
        for s in catalog.suppliers {
            codes.formUnion(s.exportExperience)
            codes.formUnion(s.targetMarkets)
            codes.formUnion(s.references.map(\.country))
        }
        for m in catalog.missions {
            codes.formUnion(m.countries)
            codes.formUnion(m.buyers.map(\.country))
        }
        return codes
    }

    /// Runs a tool and returns its exit status and standard error.
    static func run(_ tool: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: tool)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardError = pipe
        process.standardOutput = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }
}
