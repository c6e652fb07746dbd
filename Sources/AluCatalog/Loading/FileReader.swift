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
        // Room for the size fstat gave plus one byte, to notice a file that grew;
        // read straight into the array's storage (no zero-filling first).
        let capacity = min(limit + 1, max(Int(info.st_size) + 1, 4096))
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: capacity) { buffer, initialized in
            while initialized < buffer.count {
                let n = Foundation.read(fd, buffer.baseAddress! + initialized, buffer.count - initialized)
                if n < 0 {
                    if errno == EINTR { continue }
                    failure = errno
                    break
                }
                if n == 0 { break }
                initialized += n
            }
        }
        if failure != 0 { return .unreadable(String(cString: strerror(failure))) }
        if bytes.count > limit { return .tooLarge(bytes.count) }
        // Filled up: the file is longer than fstat said; read the rest in steps.
        var count = bytes.count
        if count == capacity {
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
        }
        if count < bytes.count { bytes.removeSubrange(count...) }
        return .bytes(bytes)
    }
}
