import ArgumentParser
import Foundation

/// Output helpers: diagnostics to stdout, progress to stderr only on a terminal.
enum Terminal {
    static var stderrIsTerminal: Bool { isatty(STDERR_FILENO) == 1 }

    static func error(_ text: String) {
        FileHandle.standardError.write(Data("alucat: error: \(text)\n".utf8))
    }

    /// A one-line progress report that rewrites itself; silent in pipes and CI logs.
    static func progress(_ label: String) -> (@Sendable (Int, Int) -> Void)? {
        guard stderrIsTerminal else { return nil }
        return { done, total in
            let percent = total == 0 ? 100 : done * 100 / total
            var line = "\r\(label) \(done)/\(total) (\(percent) %)"
            if done == total { line += "\r\u{1B}[K" }
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// A `[3/9] step` line that rewrites itself; silent in pipes and CI logs.
    static func stepProgress() -> (@Sendable (Int, Int, String) -> Void)? {
        guard stderrIsTerminal else { return nil }
        return { done, total, step in
            var line = "\r\u{1B}[K[\(done)/\(total)] \(step)"
            if done == total { line += "\r\u{1B}[K" }
            FileHandle.standardError.write(Data(line.utf8))
        }
    }

    /// Runs `body`, turning a ``CLIFailure`` into its message and exit code.
    static func run(_ body: () throws -> Void) throws {
        do {
            try body()
        } catch let failure as CLIFailure {
            error(failure.message)
            throw ExitCode(failure.exitCode)
        }
    }
}

