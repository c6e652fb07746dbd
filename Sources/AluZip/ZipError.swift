public import Foundation

/// Why a zip archive, or one of its entries, could not be read.
///
/// Messages name the entry when there is one, so a supplier can be told what is wrong
/// with the file they sent.
public enum ZipError: Error, Sendable, Equatable, LocalizedError {
    /// The input is larger than `ZipReadLimits.maxArchiveBytes`.
    case archiveTooLarge(bytes: Int, limit: Int)
    /// The bytes are not a zip archive (no end-of-central-directory record).
    case notAZip
    /// The archive is cut short or its headers contradict each other; `reason` is libzip's.
    case damaged(reason: String)
    /// Two entries share a name (readers disagree about which one wins).
    case duplicateEntryName(String?)
    /// More entries than `ZipReadLimits.maxEntries`.
    case tooManyEntries(count: Int, limit: Int)
    /// An entry name that could escape a directory or deceive a reader.
    case unsafeEntryName(String, reason: String)
    /// A Unix symbolic link entry.
    case symbolicLink(String)
    /// A traditional PKWARE or WinZip AES encrypted entry.
    case encryptedEntry(String)
    /// An entry compressed with something other than store or deflate.
    case unsupportedCompression(String, method: Int)
    /// One entry inflates (or claims to inflate) past `maxEntryBytes`.
    case entryTooLarge(String, limit: Int)
    /// The archive inflates (or claims to inflate) past `maxTotalBytes`.
    case archiveInflatesTooMuch(limit: Int)
    /// An entry's inflated size exceeds `maxCompressionRatio` times its compressed size.
    case compressionRatioTooHigh(String, limit: Int)
    /// An entry inflates to more bytes than its header declares.
    case sizeMismatch(String, declared: Int)
    /// No entry has this exact name.
    case entryNotFound(String)
    /// libzip failed while reading an entry (CRC error, truncated data, …).
    case readFailed(String, reason: String)

    public var errorDescription: String? {
        switch self {
        case .archiveTooLarge(let bytes, let limit):
            "the archive is \(bytes) bytes, more than the \(limit)-byte limit"
        case .notAZip:
            "the file is not a zip archive"
        case .damaged(let reason):
            "the zip archive is damaged or truncated: \(reason)"
        case .duplicateEntryName(let name):
            if let name { "the zip archive contains two entries named '\(name)'" }
            else { "the zip archive contains two entries with the same name" }
        case .tooManyEntries(let count, let limit):
            "the zip archive has \(count) entries, more than the limit of \(limit)"
        case .unsafeEntryName(let name, let reason):
            "zip entry '\(Self.printable(name))' has an unsafe name: \(reason)"
        case .symbolicLink(let name):
            "zip entry '\(Self.printable(name))' is a symbolic link"
        case .encryptedEntry(let name):
            "zip entry '\(name)' is encrypted: send the file without a password"
        case .unsupportedCompression(let name, let method):
            "zip entry '\(name)' uses compression method \(method); only store and deflate are accepted"
        case .entryTooLarge(let name, let limit):
            "zip entry '\(name)' inflates to more than the \(limit)-byte limit"
        case .archiveInflatesTooMuch(let limit):
            "the zip archive inflates to more than the \(limit)-byte limit"
        case .compressionRatioTooHigh(let name, let limit):
            "zip entry '\(name)' inflates more than \(limit) times its compressed size (a zip bomb?)"
        case .sizeMismatch(let name, let declared):
            "zip entry '\(name)' inflates past the \(declared) bytes its header declares"
        case .entryNotFound(let name):
            "the zip archive has no entry named '\(name)'"
        case .readFailed(let name, let reason):
            "zip entry '\(name)' could not be read: \(reason)"
        }
    }

    /// Names come from hostile input: show control and bidi characters as escapes.
    static func printable(_ name: String) -> String {
        var out = ""
        for scalar in name.unicodeScalars {
            if ZipEntryName.isForbidden(scalar) {
                out += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
