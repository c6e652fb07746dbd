import Foundation
import OpenDocument
import Testing

/// Locates and runs the shared checkers in `../shared/odf` (override with ALUCAT_ODF_TOOLS).
public enum ODFTools {
    public static let directory: String = {
        if let override = ProcessInfo.processInfo.environment["ALUCAT_ODF_TOOLS"] { return override }
        // Beside the package (`../shared/odf`), else where this workplace keeps it.
        let package = URL(fileURLWithPath: TestPackage.root)
        let candidates = [package.deletingLastPathComponent().appendingPathComponent("shared/odf").path, "/work/shared/odf"]
        return candidates.first { FileManager.default.fileExists(atPath: $0 + "/validate-ods.sh") } ?? candidates[0]
    }()

    public static var isCI: Bool { ProcessInfo.processInfo.environment["CI"] == "true" }

    /// Whether `tool` can run; under CI=true a missing tool is a recorded failure.
    public static func available(_ tools: [String]) -> Bool {
        var missing: [String] = []
        if !FileManager.default.isExecutableFile(atPath: directory + "/validate-ods.sh") {
            missing.append("\(directory)/validate-ods.sh (set ALUCAT_ODF_TOOLS)")
        }
        for tool in tools where which(tool) == nil { missing.append(tool) }
        if missing.isEmpty { return true }
        if isCI { Issue.record("missing ODF tools with CI=true: \(missing.joined(separator: ", "))") }
        return false
    }

    public static func which(_ tool: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/\(tool)"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Runs a command; returns exit status and combined output.
    @discardableResult
    public static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    public static func validate(_ file: String) throws -> (status: Int32, output: String) {
        try run("/bin/bash", [directory + "/validate-ods.sh", "-w", file])
    }

    /// LibreOffice's CSV of every sheet, keyed by sheet name; `raw` gives values, not display.
    public static func roundTrip(_ file: String, raw: Bool) throws -> [String: [[String]]] {
        let out = temporaryDirectory("lo-\(raw ? "raw" : "shown")-\(UUID().uuidString)")
        let result = try run("/bin/bash", [directory + "/lo-roundtrip.sh"] + (raw ? ["-r"] : []) + [file, out])
        #expect(result.status == 0, "lo-roundtrip.sh failed: \(result.output)")
        var sheets: [String: [[String]]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: out)) ?? [] where name.hasSuffix(".csv") {
            sheets[String(name.dropLast(4))] = try readCSV(out + "/" + name)
        }
        return sheets
    }
}

public func temporaryDirectory(_ name: String) -> String {
    let path = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-tests-\(getpid())/\(name)").path
    try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    return path
}

public func temporaryFile(_ name: String) -> String {
    temporaryDirectory("files") + "/" + name
}

public func readCSV(_ path: String) throws -> [[String]] {
    let reader = try CSVRecordReader(path: path)
    var rows: [[String]] = []
    while let record = try reader.next() { rows.append(record.fields) }
    return rows
}

/// One part of a written package, extracted with unzip.
public func part(_ name: String, of file: String) throws -> String {
    try ODFTools.run("/usr/bin/unzip", ["-p", file, name]).output
}
