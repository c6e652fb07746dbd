/// Caps a `ZipArchiveReader` enforces on an untrusted archive.
///
/// Zip metadata are claims: every cap on inflated bytes is checked twice, once against the
/// sizes the central directory declares (before anything is inflated) and again against the
/// bytes libzip really returns (libzip 1.7.3 keeps inflating past a declared size and only
/// reports a CRC error at the end of the stream).
public struct ZipReadLimits: Sendable, Hashable {
    /// Largest archive accepted, in bytes, checked before libzip sees it. Default 32 MiB.
    public var maxArchiveBytes: Int
    /// Most entries (files and directories) in the central directory. Default 1,000.
    public var maxEntries: Int
    /// Largest inflated size of one entry, in bytes. Default 64 MiB.
    public var maxEntryBytes: Int
    /// Largest sum of inflated bytes over the archive: declared sizes of all entries, and
    /// real bytes of all reads made through one reader. Default 128 MiB.
    public var maxTotalBytes: Int
    /// Largest ratio of inflated to compressed size of one entry. Default 100 (Apache POI's
    /// `ZipSecureFile` uses the same 1 % minimum inflate ratio).
    public var maxCompressionRatio: Int
    /// Inflated bytes of an entry that are exempt from the ratio check, so tiny, highly
    /// compressible parts (an empty sheet, a manifest) pass. Default 64 KiB.
    public var ratioGraceBytes: Int

    public init(
        maxArchiveBytes: Int = 32 << 20,
        maxEntries: Int = 1_000,
        maxEntryBytes: Int = 64 << 20,
        maxTotalBytes: Int = 128 << 20,
        maxCompressionRatio: Int = 100,
        ratioGraceBytes: Int = 64 << 10
    ) {
        self.maxArchiveBytes = maxArchiveBytes
        self.maxEntries = maxEntries
        self.maxEntryBytes = maxEntryBytes
        self.maxTotalBytes = maxTotalBytes
        self.maxCompressionRatio = maxCompressionRatio
        self.ratioGraceBytes = ratioGraceBytes
    }
}
