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

    public mutating func add(_ entry: Entry) { entries.append(entry) }

    public mutating func add(path: String, bytes: some DataProtocol) { add(Self.entry(path: path, bytes: bytes)) }

    /// The entry of `bytes` stored at `path`.
    public static func entry(path: String, bytes: some DataProtocol) -> Entry {
        Entry(path: path, sha256: hex(SHA256.hash(data: bytes)), size: bytes.count)
    }

    /// The entry of the file at `url`, streamed through SHA-256 (brochures can be large).
    public static func entry(path: String, contentsOf url: URL) throws -> Entry {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        var hasher = SHA256()
        var size = 0
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty {
            hasher.update(data: chunk)
            size += chunk.count
        }
        return Entry(path: path, sha256: hex(hasher.finalize()), size: size)
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
