import Foundation

/// Where the portal's e-mails go: `.eml` files in an outbox folder staff can read
/// (`DIR/outbox/`), or the system's mail command through the `sendmail -t -i` interface
/// (recipients read from the headers; a line with a single dot is not the end).
public struct MailOutbox: Sendable {
    public enum Delivery: Sendable, Hashable {
        /// Files in this folder (created when missing), each written to a temporary name,
        /// synced, then renamed: a reader never sees half a message.
        case folder(String)
        /// This executable (e.g. `/usr/sbin/sendmail`), run with `-t -i`, the message on its standard input.
        case sendmail(String)
    }

    public let delivery: Delivery

    public init(_ delivery: Delivery) { self.delivery = delivery }

    /// The outbox of a data folder: `data/outbox/`.
    public static func folder(inDataDirectory data: String) -> MailOutbox {
        MailOutbox(.folder((data as NSString).appendingPathComponent("outbox")))
    }

    /// Hands `message` over; returns the file written for a folder, nil for sendmail.
    @discardableResult
    public func deliver(_ message: MailMessage) throws(PortalStateError) -> String? {
        switch delivery {
        case .folder(let folder): return try write(message, into: folder)
        case .sendmail(let command):
            try send(message, command: command)
            return nil
        }
    }

    private func write(_ message: MailMessage, into folder: String) throws(PortalStateError) -> String {
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        } catch {
            throw .io(path: folder, reason: error.localizedDescription)
        }
        // Milliseconds first, so a listing sorts in time order; a random part, so two never clash.
        let name = "\(Int64(message.date.timeIntervalSince1970 * 1000))-\(SecretToken.generate(bytes: 16).value).eml"
        let path = (folder as NSString).appendingPathComponent(name)
        let temporary = (folder as NSString).appendingPathComponent(".\(name).tmp")
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o640)
        guard fd >= 0 else { throw .io(path: temporary, reason: String(cString: strerror(errno))) }
        let bytes = message.bytes
        var failure: String?
        bytes.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = String(cString: strerror(errno))
                    return
                }
                offset += n
            }
        }
        if failure == nil, fsync(fd) != 0 { failure = String(cString: strerror(errno)) }
        close(fd)
        if failure == nil, rename(temporary, path) != 0 { failure = String(cString: strerror(errno)) }
        if let failure {
            unlink(temporary)
            throw .io(path: path, reason: failure)
        }
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directory >= 0 {
            fsync(directory)
            close(directory)
        }
        return path
    }

    private func send(_ message: MailMessage, command: String) throws(PortalStateError) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: command)
        process.arguments = ["-t", "-i"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = output
        do {
            try process.run()
        } catch {
            throw .sendmailFailed(command: command, status: -1, output: error.localizedDescription)
        }
        // What the command prints is read while we write, so that a command answering at
        // length before it reads cannot block us and itself.
        let said = CollectedOutput()
        let reader = Thread {
            said.set(output.fileHandleForReading.readDataToEndOfFile())
        }
        reader.start()
        let written = Self.writeWithoutSIGPIPE(message.bytes, to: input.fileHandleForWriting.fileDescriptor)
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
        let text = String(decoding: said.wait().prefix(2000), as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard process.terminationReason == .exit, process.terminationStatus == 0 else {
            throw .sendmailFailed(command: command, status: process.terminationStatus, output: text)
        }
        // A command that exits 0 without reading the whole message has not sent it.
        if let failure = written {
            throw .sendmailFailed(command: command, status: process.terminationStatus, output: failure)
        }
    }

    /// Writes all of `bytes` to a pipe; nil when done, else why not.
    ///
    /// A mail command that exits before reading its input (refused relay, wrong path to a
    /// script, `/bin/false`) leaves the pipe without a reader, and the kernel answers the next
    /// write with SIGPIPE, whose default action ends the whole server. The signal is blocked
    /// on this thread for the write — a write's SIGPIPE is sent to the writing thread —, the
    /// write then fails with EPIPE, and a signal left pending is taken before it is unblocked.
    /// Nothing process-wide is changed.
    static func writeWithoutSIGPIPE(_ bytes: [UInt8], to fd: Int32) -> String? {
        var pipeSignal = sigset_t(), previous = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        var wasPending = sigset_t()
        sigpending(&wasPending)
        let alreadyPending = sigismember(&wasPending, SIGPIPE) == 1
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if !alreadyPending, sigismember(&pending, SIGPIPE) == 1 {
                var none = timespec(tv_sec: 0, tv_nsec: 0)
                while sigtimedwait(&pipeSignal, nil, &none) == -1 && errno == EINTR {}
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                return String(cString: strerror(errno))
            }
            offset += n
        }
        return nil
    }
}

/// The mail command's output, handed from the thread that reads it to the one that waits.
private final class CollectedOutput: @unchecked Sendable {
    private let condition = NSCondition()
    private var data: Data?

    func set(_ value: Data) {
        condition.lock()
        data = value
        condition.broadcast()
        condition.unlock()
    }

    func wait() -> Data {
        condition.lock()
        defer { condition.unlock() }
        while data == nil { condition.wait() }
        return data!
    }
}
