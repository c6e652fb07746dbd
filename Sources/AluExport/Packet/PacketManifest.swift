import Crypto
public import Foundation

/// The packet's checksum list: `SHA256SUMS`, one `hex  path` line per file,
/// sorted by path — the format `sha256sum -c SHA256SUMS` checks.
public struct PacketManifest: Sendable, Hashable {
    public static let fileName = "SHA256SUMS"

    public struct Entry: Sendable, Hashable {
        /// Path inside the packet folder, `/`-separated.
        public var path: String
        public var sha256: String
        public var size: Int
    }

    public private(set) var entries: [Entry] = []

    public init() {}

    public mutating func add(path: String, bytes: some DataProtocol) {
        entries.append(Entry(path: path, sha256: Self.hex(SHA256.hash(data: bytes)), size: bytes.count))
    }

    /// Streams the file at `url` through SHA-256 (brochures can be large).
    public mutating func add(path: String, contentsOf url: URL) throws {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        var size = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            size += chunk.count
        }
        entries.append(Entry(path: path, sha256: Self.hex(hasher.finalize()), size: size))
    }

    /// The text of `SHA256SUMS`.
    public var text: String {
        entries.sorted { $0.path < $1.path }.map { "\($0.sha256)  \($0.path)\n" }.joined()
    }

    static func hex(_ digest: SHA256.Digest) -> String {
        digest.map { byte in
            let s = String(byte, radix: 16)
            return s.count == 1 ? "0" + s : s
        }.joined()
    }
}
