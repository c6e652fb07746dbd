import Foundation

/// Reads a whole file, refusing to read past `limit` bytes.
enum FileReader {
    enum Outcome {
        case bytes([UInt8])
        case tooLarge(Int)
        case unreadable(String)
    }

    static func read(_ path: String, limit: Int) -> Outcome {
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else { return .unreadable(String(cString: strerror(errno))) }
        defer { close(fd) }
        var info = stat()
        if fstat(fd, &info) == 0 {
            if (info.st_mode & S_IFMT) != S_IFREG { return .unreadable("not a regular file") }
            if Int(info.st_size) > limit { return .tooLarge(Int(info.st_size)) }
        }
        let size = Int(info.st_size)
        guard size > 0 else { return readInSteps(fd, limit: limit) }
        // The size is known: one read call straight into an array of that size (no
        // zero-filling, no second call only to meet the end). A file still growing
        // is read as it was when opened.
        var failure: Int32 = 0
        let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, initialized in
            while initialized < size {
                let n = Foundation.read(fd, buffer.baseAddress! + initialized, size - initialized)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    return
                }
                if n == 0 { return }
                initialized += n
            }
        }
        if failure != 0 { return .unreadable(String(cString: strerror(failure))) }
        return .bytes(bytes)
    }

    /// For files whose size fstat does not tell (it says 0): read until the end,
    /// refusing to go past `limit`.
    private static func readInSteps(_ fd: Int32, limit: Int) -> Outcome {
        var bytes = [UInt8](repeating: 0, count: min(limit + 1, 4096))
        var count = 0
        while true {
            if count == bytes.count {
                if bytes.count > limit { return .tooLarge(count) }
                bytes.append(contentsOf: repeatElement(0, count: min(bytes.count, limit + 1 - bytes.count)))
            }
            let n = bytes.withUnsafeMutableBytes { raw in
                Foundation.read(fd, raw.baseAddress! + count, raw.count - count)
            }
            if n < 0 {
                if errno == EINTR { continue }
                return .unreadable(String(cString: strerror(errno)))
            }
            if n == 0 { break }
            count += n
            if count > limit { return .tooLarge(count) }
        }
        bytes.removeSubrange(count...)
        return .bytes(bytes)
    }
}
