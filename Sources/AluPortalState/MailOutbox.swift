public import Foundation

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
    /// How long a mail command may take to accept a message before it is killed and the
    /// delivery fails (a local sendmail queues in milliseconds).
    public let timeout: TimeInterval

    public init(_ delivery: Delivery, timeout: TimeInterval = 30) {
        self.delivery = delivery
        self.timeout = timeout
    }

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
        switch MailCommand(executable: command, arguments: ["-t", "-i"], timeout: timeout).run(input: message.bytes) {
        case .notStarted(let reason):
            throw .sendmailFailed(command: command, status: -1, output: reason)
        case .timedOut:
            throw .sendmailTimedOut(command: command, seconds: Int(timeout.rounded(.up)))
        case .exited(let status, let output, let unread):
            let said = String(output.prefix(2000)).trimmingCharacters(in: .whitespacesAndNewlines)
            guard status == 0 else { throw .sendmailFailed(command: command, status: status, output: said) }
            // A command that exits 0 without reading the whole message has not sent it.
            if let unread { throw .sendmailFailed(command: command, status: status, output: unread) }
        }
    }
}
