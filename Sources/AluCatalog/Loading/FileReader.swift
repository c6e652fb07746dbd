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
        var bytes = [UInt8](repeating: 0, count: min(limit + 1, max(Int(info.st_size) + 1, 4096)))
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
