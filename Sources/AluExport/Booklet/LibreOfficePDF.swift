public import Foundation

/// Converts an OpenDocument file to PDF with LibreOffice, headless.
///
/// Each conversion runs in a private, throw-away profile (`-env:UserInstallation`), so
/// it never hands its job to a LibreOffice the user has open nor collides with another
/// conversion on the profile lock; it is killed after ``timeout`` seconds. The PDF is
/// written beside the target and renamed into place.
public enum LibreOfficePDF {
    public static let timeout: TimeInterval = 120

    public enum Failure: Error, Sendable, LocalizedError, CustomStringConvertible {
        case notInstalled
        case timedOut(seconds: Int)
        case failed(String)

        public var description: String {
            switch self {
            case .notInstalled:
                "LibreOffice (soffice) is not installed or not on PATH; install it (apt-get install libreoffice-writer-nogui) or leave out --pdf"
            case .timedOut(let seconds): "LibreOffice did not finish the PDF within \(seconds) s"
            case .failed(let output): "LibreOffice could not convert the document: \(output)"
            }
        }
        public var errorDescription: String? { description }
    }

    /// The `soffice` executable on PATH, if any.
    public static var executable: String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let path = "\(dir)/soffice"
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    /// Writes the PDF of `document` to `pdfPath`.
    public static func convert(_ document: String, to pdfPath: String) throws(Failure) {
        guard let soffice = executable else { throw .notInstalled }
        let fm = FileManager.default
        let work = fm.temporaryDirectory.appendingPathComponent("alucat-pdf-\(getpid())-\(UUID().uuidString)")
        defer { try? fm.removeItem(at: work) }
        let out = work.appendingPathComponent("out")
        do {
            try fm.createDirectory(at: out, withIntermediateDirectories: true)
        } catch {
            throw .failed(error.localizedDescription)
        }
        let source = URL(fileURLWithPath: document).standardizedFileURL
        let process = Process()
        process.executableURL = URL(fileURLWithPath: soffice)
        process.arguments = ["-env:UserInstallation=" + work.appendingPathComponent("profile").absoluteString,
                             "--headless", "--norestore", "--nologo", "--convert-to", "pdf", "--outdir", out.path, source.path]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        let finished = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in finished.signal() }
        do {
            try process.run()
        } catch {
            throw .failed(error.localizedDescription)
        }
        if finished.wait(timeout: .now() + timeout) == .timedOut {
            process.terminate()
            _ = finished.wait(timeout: .now() + 5)
            throw .timedOut(seconds: Int(timeout))
        }
        let log = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let produced = out.appendingPathComponent(source.deletingPathExtension().lastPathComponent + ".pdf")
        // soffice exits 0 even when it could not load the file: the PDF decides.
        guard fm.fileExists(atPath: produced.path) else {
            throw .failed(log.split(separator: "\n").filter { !$0.contains("javaldx") }.joined(separator: " "))
        }
        let target = URL(fileURLWithPath: pdfPath)
        let staged = target.deletingLastPathComponent().appendingPathComponent(".\(target.lastPathComponent).\(getpid()).tmp")
        do {
            try? fm.removeItem(at: staged)
            try fm.copyItem(at: produced, to: staged)
            if rename(staged.path, target.path) != 0 { throw CocoaError(.fileWriteUnknown) }
        } catch {
            try? fm.removeItem(at: staged)
            throw .failed("cannot write \(pdfPath): \(error.localizedDescription)")
        }
    }
}
