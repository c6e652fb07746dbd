public import Foundation

/// Why a zip archive could not be written.
public enum ZipWriteError: Error, Sendable, Equatable, LocalizedError {
    /// libzip refused to open or create the archive.
    case cannotOpen(path: String, reason: String)
    /// An entry name that would escape the archive root or is not portable.
    case invalidEntryName(String)
    /// Two entries with the same name.
    case duplicateEntry(String)
    /// The file given to ``ZipArchiveWriter/addFile(_:contentsOf:compression:)`` cannot be read.
    case unreadableSource(entry: String, path: String)
    /// libzip reported an error while adding an entry.
    case cannotAdd(entry: String, reason: String)
    /// Writing the archive failed; nothing was left at the destination.
    case cannotWrite(path: String, reason: String)
    /// The archive was already closed, is being closed, or was discarded.
    case archiveClosed
    /// The producer of a streamed entry gave up; the archive was discarded.
    case cancelled(entry: String)

    public var errorDescription: String? {
        switch self {
        case let .cannotOpen(path, reason):
            "cannot create zip archive \(path): \(reason)"
        case let .invalidEntryName(name):
            "invalid zip entry name \"\(name)\": names must be relative, use '/', and contain no '..' or empty parts"
        case let .duplicateEntry(name):
            "zip entry \"\(name)\" was added twice"
        case let .unreadableSource(entry, path):
            "cannot add zip entry \"\(entry)\": \(path) is not a readable regular file"
        case let .cannotAdd(entry, reason):
            "cannot add zip entry \"\(entry)\": \(reason)"
        case let .cannotWrite(path, reason):
            "cannot write zip archive \(path): \(reason) (no file was left behind)"
        case .archiveClosed:
            "the zip archive is already closed"
        case let .cancelled(entry):
            "writing zip entry \"\(entry)\" was cancelled; the archive was discarded"
        }
    }
}
