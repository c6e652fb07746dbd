import AluTestSupport
import Foundation
import Testing

/// A running `alucat serve --port 0` child process on loopback, and the port it chose.
///
/// Its standard error (one log line per request) goes to a file, never to a pipe:
/// a pipe nobody drains fills after a few hundred requests and the server then
/// blocks on its own log.
final class ServedPortal: @unchecked Sendable {
    let process = Process()
    let logFile: URL
    private(set) var port = 0

    /// The server's data folder (database, outbox), a temporary one of its own.
    let data: URL
    var base: String { "http://127.0.0.1:\(port)" }

    /// What the server wrote to standard error and standard output so far.
    var log: String { (try? String(contentsOf: logFile, encoding: .utf8)) ?? "" }

    /// Whether `data` is this server's own, removed with it (a restart test passes its own).
    private let ownsData: Bool

    init(catalog: String, data: URL? = nil, extraArguments: [String] = []) throws {
        let binary = try #require(TestPackage.alucat, "the alucat executable is not built")
        logFile = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-serve-\(UUID().uuidString).log")
        ownsData = data == nil
        self.data = data ?? FileManager.default.temporaryDirectory.appendingPathComponent("alucat-serve-\(UUID().uuidString).data")
        _ = FileManager.default.createFile(atPath: logFile.path, contents: nil)
        process.executableURL = URL(fileURLWithPath: binary)
        process.arguments = ["serve", "--port", "0", "--refresh", "0", "--catalog", catalog, "--data", self.data.path] + extraArguments
        // Standard output too (the link `--create-admin` prints), through the same open
        // file: one offset, so neither stream overwrites the other.
        let output = try FileHandle(forWritingTo: logFile)
        process.standardError = output
        process.standardOutput = output
        try process.run()
        // "alucat: portal ready at http://127.0.0.1:PORT/": wait until it is written.
        let deadline = Date().addingTimeInterval(120)
        while port == 0, Date() < deadline, process.isRunning {
            let seen = log
            if let range = seen.range(of: "ready at http://127.0.0.1:"),
               let end = seen[range.upperBound...].firstIndex(of: "/") {
                port = Int(seen[range.upperBound..<end]) ?? 0
            } else {
                Thread.sleep(forTimeInterval: 0.05)
            }
        }
        if port == 0 {
            if process.isRunning { kill(process.processIdentifier, SIGKILL) }
            Issue.record("the server did not say it was ready: \(log.suffix(2000))")
            throw ServedPortalError.notReady
        }
    }

    /// The one-time link `--create-admin` printed, once it has (nil after `timeout` seconds).
    func adminLink(timeout: TimeInterval = 10) -> String? {
        let deadline = Date().addingTimeInterval(timeout)
        repeat {
            if let range = log.range(of: #"https?://\S+/account/invitation\?token=[A-Za-z0-9_-]+"#, options: .regularExpression) {
                return String(log[range])
            }
            Thread.sleep(forTimeInterval: 0.05)
        } while Date() < deadline
        return nil
    }

    /// SIGKILL, as a crash or a pulled plug would stop it; waits until it is gone.
    func crash() {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    /// SIGTERM, then the exit status (nil when it did not stop within 20 s; it is then killed).
    func terminate() -> Int32? {
        guard process.isRunning else { return process.terminationStatus }
        process.terminate()
        let deadline = Date().addingTimeInterval(20)
        while process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    deinit {
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        try? FileManager.default.removeItem(at: logFile)
        if ownsData { try? FileManager.default.removeItem(at: data) }
    }
}

enum ServedPortalError: Error { case notReady }
