import Foundation

/// Where published entries live: read the current version, replace it keeping the
/// previous one in history, list that history, and hold a lock over a whole
/// submission (read, decide, write) so two submissions cannot interleave.
///
/// The first implementation is the catalogue folder (``FolderEntryStore``).
public protocol EntryStore: Sendable {
    /// The bytes stored under `id`; nil when there are none.
    func current(_ id: String) throws(IntakeError) -> [UInt8]?

    /// Stores `bytes` under `id`; when `previous` is given (the bytes being replaced),
    /// keeps them in history first. A crash leaves the old version or the new one.
    func write(_ bytes: [UInt8], id: String, previous: [UInt8]?) throws(IntakeError) -> EntryStoreWrite

    /// The versions `id` had before its current one, oldest first.
    func history(_ id: String) throws(IntakeError) -> [String]

    /// Runs `body` holding the store's exclusive lock. Work a crash may have left
    /// half done (temporary files) is cleaned up first.
    func withLock<T>(_ body: () throws(IntakeError) -> T) throws(IntakeError) -> T

    /// Where `id` is stored, as diagnostics and messages name it.
    func location(_ id: String) -> String

    /// The ids whose stored entry gives `neq`, read from the stored bytes themselves (not
    /// from any index or file time): what a decision checks, under the lock, against an
    /// index built earlier. An entry that cannot be read is skipped.
    func ids(withNEQ neq: String) -> [String]
}

/// What one write did.
public struct EntryStoreWrite: Sendable, Hashable {
    /// Where the entry now is.
    public var location: String
    /// Where the replaced version was kept, if there was one.
    public var previous: String?

    public init(location: String, previous: String?) {
        self.location = location
        self.previous = previous
    }
}
