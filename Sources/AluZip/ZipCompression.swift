/// How an entry's bytes are stored.
public enum ZipCompression: Sendable, Hashable {
    /// No compression (required for an OpenDocument `mimetype`).
    case store
    /// DEFLATE at a zlib level from 1 (fastest) to 9 (smallest).
    case deflate(level: Int)

    /// zlib's default trade-off between size and speed.
    public static let `default` = ZipCompression.deflate(level: 6)
}
