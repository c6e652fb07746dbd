public import Foundation
internal import CLibZip

/// Reads entries of an untrusted zip archive into memory, enforcing `ZipReadLimits`.
///
/// The archive is opened from bytes already in memory (after a size cap) with libzip's
/// stricter consistency checks, then every central-directory entry is vetted before any is
/// read: unsafe or duplicate names, symbolic links, encryption, unknown compression and
/// declared sizes over the caps are all rejected at `init`. Reads count the bytes libzip
/// really inflates and stop as soon as a cap is passed, because the declared sizes are
/// claims. Nothing is ever extracted to disk.
///
/// Not thread-safe: use one reader per task.
public final class ZipArchiveReader {
    /// What the central directory says about one entry (claims, not facts).
    public struct Entry: Sendable, Hashable {
        /// Position in the central directory, 0-based.
        public var index: Int
        /// The entry name, validated as UTF-8 and path-safe.
        public var name: String
        /// Declared inflated size in bytes.
        public var declaredSize: Int
        /// Declared compressed size in bytes.
        public var compressedSize: Int
        /// True when the entry is stored without compression.
        public var isStored: Bool
    }

    /// The limits this reader enforces.
    public let limits: ZipReadLimits
    /// The entries in central-directory order.
    public let entries: [Entry]
    /// Inflated bytes really returned by libzip so far, over all reads of this reader.
    public private(set) var totalInflatedBytes = 0
    /// The largest number of inflated bytes one read held in memory or passed on at once
    /// (the chunk size for streaming reads).
    public private(set) var largestChunkBytes = 0

    private let archive: OpaquePointer
    private let indexByName: [String: Int]
    private static let chunkSize = 64 << 10

    /// Opens an archive held in memory.
    ///
    /// - Throws: `ZipError` when the input is over the size cap, not a zip, damaged, or has
    ///   an entry that breaks a rule (see the type's documentation).
    public init(data: Data, limits: ZipReadLimits = ZipReadLimits()) throws(ZipError) {
        guard data.count <= limits.maxArchiveBytes else {
            throw .archiveTooLarge(bytes: data.count, limit: limits.maxArchiveBytes)
        }
        guard data.count > 0 else { throw .notAZip }
        self.limits = limits

        // libzip does not copy a buffer source: hand it a malloc'ed copy it frees itself.
        guard let copy = malloc(data.count) else { throw .damaged(reason: "out of memory") }
        data.withUnsafeBytes { copy.copyMemory(from: $0.baseAddress!, byteCount: data.count) }
        var error = zip_error_t()
        zip_error_init(&error)
        defer { zip_error_fini(&error) }
        guard let source = zip_source_buffer_create(copy, zip_uint64_t(data.count), 1, &error) else {
            free(copy)
            throw .damaged(reason: String(cString: zip_error_strerror(&error)))
        }
        guard let archive = zip_open_from_source(source, ZIP_CHECKCONS | ZIP_RDONLY, &error) else {
            zip_source_free(source)
            throw Self.openError(&error)
        }
        // From here `archive` owns the source; a throwing init must discard it itself.
        do {
            let vetted = try Self.vetEntries(archive, limits: limits)
            self.archive = archive
            self.entries = vetted
            self.indexByName = Dictionary(uniqueKeysWithValues: vetted.map { ($0.name, $0.index) })
        } catch {
            zip_discard(archive)
            throw error
        }
    }

    /// Opens an archive from a file, reading at most `limits.maxArchiveBytes` of it.
    public convenience init(contentsOf url: URL, limits: ZipReadLimits = ZipReadLimits()) throws {
        let data = try Self.readCapped(url, limit: limits.maxArchiveBytes)
        try self.init(data: data, limits: limits)
    }

    deinit {
        zip_discard(archive)
    }

    /// The entry with exactly this name, if any.
    public func entry(named name: String) -> Entry? {
        indexByName[name].map { entries[$0] }
    }

    /// Reads a whole entry into memory.
    ///
    /// - Throws: `ZipError.entryNotFound`, or a cap error as soon as the real inflated
    ///   bytes pass one, or `readFailed` on a CRC or data error.
    public func read(_ name: String) throws(ZipError) -> Data {
        var out = Data()
        do {
            try stream(name) { out.append(contentsOf: $0) }
        } catch let error as ZipError {
            throw error
        } catch {
            preconditionFailure("the body above cannot throw")
        }
        return out
    }

    /// Inflates an entry in chunks of at most 64 KiB, passing each to `body` as it comes.
    ///
    /// The chunk is only valid during the call. The caps are checked before each chunk is
    /// passed on, so `body` never sees a byte past a cap.
    ///
    /// - Throws: `ZipError`, or whatever `body` throws, unchanged.
    public func stream(_ name: String, into body: (UnsafeRawBufferPointer) throws -> Void) throws {
        guard let index = indexByName[name] else { throw ZipError.entryNotFound(name) }
        let entry = entries[index]
        guard let file = zip_fopen_index(archive, zip_uint64_t(index), 0) else {
            throw ZipError.readFailed(name, reason: String(cString: zip_error_strerror(zip_get_error(archive))))
        }
        defer { zip_fclose(file) }
        let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: Self.chunkSize, alignment: 1)
        defer { buffer.deallocate() }
        var inflated = 0
        while true {
            let count = zip_fread(file, buffer.baseAddress, zip_uint64_t(buffer.count))
            if count < 0 {
                throw ZipError.readFailed(name, reason: String(cString: zip_error_strerror(zip_file_get_error(file))))
            }
            if count == 0 { break }
            let n = Int(count)
            inflated += n
            totalInflatedBytes += n
            largestChunkBytes = max(largestChunkBytes, n)
            if inflated > entry.declaredSize { throw ZipError.sizeMismatch(name, declared: entry.declaredSize) }
            if inflated > limits.maxEntryBytes { throw ZipError.entryTooLarge(name, limit: limits.maxEntryBytes) }
            if totalInflatedBytes > limits.maxTotalBytes {
                throw ZipError.archiveInflatesTooMuch(limit: limits.maxTotalBytes)
            }
            if Self.ratioExceeded(inflated: inflated, compressed: entry.compressedSize, limits: limits) {
                throw ZipError.compressionRatioTooHigh(name, limit: limits.maxCompressionRatio)
            }
            try body(UnsafeRawBufferPointer(rebasing: buffer[..<n]))
        }
    }

    // MARK: - Opening

    private static func openError(_ error: inout zip_error_t) -> ZipError {
        switch zip_error_code_zip(&error) {
        case ZIP_ER_NOZIP: .notAZip
        case ZIP_ER_EXISTS: .duplicateEntryName(nil)
        default: .damaged(reason: String(cString: zip_error_strerror(&error)))
        }
    }

    private static func ratioExceeded(inflated: Int, compressed: Int, limits: ZipReadLimits) -> Bool {
        guard inflated > limits.ratioGraceBytes else { return false }
        let (allowed, overflow) = max(compressed, 1).multipliedReportingOverflow(by: limits.maxCompressionRatio)
        return !overflow && inflated > allowed
    }

    private static func vetEntries(_ archive: OpaquePointer, limits: ZipReadLimits) throws(ZipError) -> [Entry] {
        let count = Int(zip_get_num_entries(archive, 0))
        guard count <= limits.maxEntries else { throw .tooManyEntries(count: count, limit: limits.maxEntries) }
        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var seen = Set<String>()
        var declaredTotal = 0
        for index in 0..<count {
            let i = zip_uint64_t(index)
            guard let raw = zip_get_name(archive, i, zip_flags_t(ZIP_FL_ENC_RAW)) else {
                throw .damaged(reason: "entry \(index) has no name")
            }
            let name = try ZipEntryName.validate(bytes: UnsafeRawBufferPointer(start: raw, count: strlen(raw)))
            guard seen.insert(name).inserted else { throw .duplicateEntryName(name) }

            var opsys: zip_uint8_t = 0
            var attributes: zip_uint32_t = 0
            if zip_file_get_external_attributes(archive, i, 0, &opsys, &attributes) == 0,
               zip_uint32_t(opsys) == ZIP_OPSYS_UNIX, (attributes >> 16) & 0o170000 == 0o120000 {
                throw .symbolicLink(name)
            }

            var stat = zip_stat_t()
            zip_stat_init(&stat)
            guard zip_stat_index(archive, i, zip_flags_t(ZIP_FL_ENC_RAW), &stat) == 0 else {
                throw .damaged(reason: String(cString: zip_error_strerror(zip_get_error(archive))))
            }
            let needed = zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_COMP_METHOD | ZIP_STAT_ENCRYPTION_METHOD)
            guard stat.valid & needed == needed else { throw .damaged(reason: "entry '\(name)' has incomplete metadata") }
            if stat.encryption_method != zip_uint16_t(ZIP_EM_NONE) { throw .encryptedEntry(name) }
            let method = Int32(stat.comp_method)
            guard method == ZIP_CM_STORE || method == ZIP_CM_DEFLATE else {
                throw .unsupportedCompression(name, method: Int(method))
            }
            guard stat.size <= zip_uint64_t(limits.maxEntryBytes) else { throw .entryTooLarge(name, limit: limits.maxEntryBytes) }
            let size = Int(stat.size)
            let compressed = Int(clamping: stat.comp_size)
            declaredTotal += size
            guard declaredTotal <= limits.maxTotalBytes else { throw .archiveInflatesTooMuch(limit: limits.maxTotalBytes) }
            if ratioExceeded(inflated: size, compressed: compressed, limits: limits) {
                throw .compressionRatioTooHigh(name, limit: limits.maxCompressionRatio)
            }
            entries.append(Entry(
                index: index, name: name, declaredSize: size, compressedSize: compressed,
                isStored: method == ZIP_CM_STORE
            ))
        }
        return entries
    }

    private static func readCapped(_ url: URL, limit: Int) throws -> Data {
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let data = try handle.read(upToCount: limit + 1) ?? Data()
        guard data.count <= limit else { throw ZipError.archiveTooLarge(bytes: data.count, limit: limit) }
        return data
    }
}

/// Path-safety rules for entry names, applied to the raw bytes of the central directory.
enum ZipEntryName {
    static func validate(bytes: UnsafeRawBufferPointer) throws(ZipError) -> String {
        guard let name = String(validating: bytes, as: UTF8.self) else {
            throw .unsafeEntryName(String(decoding: bytes, as: UTF8.self), reason: "it is not valid UTF-8")
        }
        if name.isEmpty { throw .unsafeEntryName(name, reason: "it is empty") }
        if let bad = name.unicodeScalars.first(where: isForbidden) {
            throw .unsafeEntryName(name, reason: "it contains the control or bidi character U+\(String(bad.value, radix: 16, uppercase: true))")
        }
        if name.hasPrefix("/") { throw .unsafeEntryName(name, reason: "it is an absolute path") }
        if name.contains("\\") { throw .unsafeEntryName(name, reason: "it contains a backslash") }
        let scalars = Array(name.unicodeScalars.prefix(2))
        if scalars.count == 2, scalars[1] == ":", scalars[0].properties.isAlphabetic, scalars[0].isASCII {
            throw .unsafeEntryName(name, reason: "it starts with a drive letter")
        }
        if name.contains(":") { throw .unsafeEntryName(name, reason: "it contains a colon") }
        for segment in name.split(separator: "/", omittingEmptySubsequences: false).dropLast() where segment.isEmpty {
            _ = segment
            throw .unsafeEntryName(name, reason: "it contains an empty path segment")
        }
        for segment in name.split(separator: "/") where segment == ".." || segment == "." {
            throw .unsafeEntryName(name, reason: "it contains a '\(segment)' segment")
        }
        return name
    }

    /// C0 and C1 controls, DEL, and the Unicode bidi formatting characters.
    static func isForbidden(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200E, 0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069: true
        default: false
        }
    }
}
