import Foundation

/// Replaces a file so that a crash at any moment leaves the old bytes or the new ones,
/// never a mix: temporary file in the same directory, write, fsync, rename, fsync the
/// directory (POSIX rename is atomic within one file system).
enum AtomicFile {
    static func write(_ bytes: [UInt8], to path: String) throws(IntakeError) {
        let directory = (path as NSString).deletingLastPathComponent
        let name = (path as NSString).lastPathComponent
        let temporary = (directory as NSString).appendingPathComponent(temporaryName(for: name))
        // A leftover or planted name is removed (never followed), then created anew:
        // O_EXCL | O_NOFOLLOW so a symlink raced in is refused, not written through.
        unlink(temporary)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: temporary, reason: String(cString: strerror(errno))) }
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
        if let failure {
            unlink(temporary)
            throw .io(path: path, reason: "cannot write: \(failure)")
        }
        guard rename(temporary, path) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .io(path: path, reason: "cannot replace: \(reason)")
        }
        let directoryFD = open(directory.isEmpty ? "." : directory, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if directoryFD >= 0 {
            fsync(directoryFD)
            close(directoryFD)
        }
    }

    /// `.<name>.<pid>.tmp`: hidden, so no catalogue walk reads it.
    static func temporaryName(for name: String) -> String { ".\(name).\(getpid()).tmp" }

    /// True for a name ``temporaryName(for:)`` makes (any process's): `.<name>.<digits>.tmp`.
    static func isTemporaryName(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(".tmp") else { return false }
        let stem = name.dropFirst().dropLast(4)
        guard let dot = stem.lastIndex(of: ".") else { return false }
        let pid = stem[stem.index(after: dot)...]
        return !pid.isEmpty && pid.allSatisfy(\.isASCII) && pid.allSatisfy(\.isNumber) && dot > stem.startIndex
    }

    /// Reads at most `limit` bytes; nil when the file does not exist.
    static func read(_ path: String, limit: Int) throws(IntakeError) -> [UInt8]? {
        guard FileManager.default.fileExists(atPath: path) else { return nil }
        do {
            let handle = try FileHandle(forReadingFrom: URL(fileURLWithPath: path))
            defer { try? handle.close() }
            let data = try handle.read(upToCount: limit + 1) ?? Data()
            return [UInt8](data)
        } catch {
            throw .io(path: path, reason: error.localizedDescription)
        }
    }
}
