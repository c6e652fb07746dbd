import Foundation

/// The catalogue folder as an ``EntryStore``: `suppliers/<id>.xml`, replaced
/// atomically (``AtomicFile``); previous versions in `suppliers/history/<id>/`, named
/// so that they sort in time order; an exclusive `flock` on `<catalog>/.submit.lock`.
public struct FolderEntryStore: EntryStore {
    public let suppliersDirectory: String
    public let lockFile: String
    /// Largest entry read, in bytes.
    public let limit: Int

    public init(suppliersDirectory: String, lockFile: String, limit: Int) {
        self.suppliersDirectory = suppliersDirectory
        self.lockFile = lockFile
        self.limit = limit
    }

    public func location(_ id: String) -> String {
        (suppliersDirectory as NSString).appendingPathComponent("\(id).xml")
    }

    func historyDirectory(_ id: String) -> String {
        ((suppliersDirectory as NSString).appendingPathComponent("history") as NSString).appendingPathComponent(id)
    }

    public func current(_ id: String) throws(IntakeError) -> [UInt8]? {
        try AtomicFile.read(location(id), limit: limit)
    }

    public func write(_ bytes: [UInt8], id: String, previous: [UInt8]?) throws(IntakeError) -> EntryStoreWrite {
        try Self.createDirectory(suppliersDirectory)
        var kept: String?
        if let previous {
            let folder = historyDirectory(id)
            try Self.createDirectory((suppliersDirectory as NSString).appendingPathComponent("history"))
            try Self.createDirectory(folder)
            // Never written through a planted link: history must stay in the catalogue.
            for directory in [(suppliersDirectory as NSString).appendingPathComponent("history"), folder] {
                var info = stat()
                guard lstat(directory, &info) == 0, (info.st_mode & S_IFMT) == S_IFDIR else {
                    throw .io(path: directory, reason: "not a plain folder (a symbolic link?); nothing was changed")
                }
            }
            Self.removeLeftovers(in: folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            let path = (folder as NSString).appendingPathComponent(Self.historyName(at: Date().timeIntervalSince1970, existing: names))
            try AtomicFile.write(previous, to: path)
            kept = path
        }
        let target = location(id)
        try AtomicFile.write(bytes, to: target)
        return EntryStoreWrite(location: target, previous: kept)
    }

    public func history(_ id: String) throws(IntakeError) -> [String] {
        let folder = historyDirectory(id)
        guard FileManager.default.fileExists(atPath: folder) else { return [] }
        do {
            return try FileManager.default.contentsOfDirectory(atPath: folder)
                .filter { !$0.hasPrefix(".") && $0.hasSuffix(".xml") }
                .sorted()
                .map { (folder as NSString).appendingPathComponent($0) }
        } catch {
            throw .io(path: folder, reason: error.localizedDescription)
        }
    }

    public func withLock<T>(_ body: () throws(IntakeError) -> T) throws(IntakeError) -> T {
        let fd = open(lockFile, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: lockFile, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            throw .io(path: lockFile, reason: String(cString: strerror(errno)))
        }
        defer { flock(fd, LOCK_UN) }
        Self.removeLeftovers(in: suppliersDirectory)
        return try body()
    }

    /// Removes temporary files a killed write left (``AtomicFile``'s `.<name>.<pid>.tmp`)
    /// in `folder`: `suppliers/` at every submission, an entry's history folder before
    /// a version is kept there (so a submission costs no walk of every history folder).
    /// Only under the lock: no other submission is writing then.
    static func removeLeftovers(in folder: String) {
        for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where AtomicFile.isTemporaryName(name) {
            unlink((folder as NSString).appendingPathComponent(name))
        }
    }

    public func ids(withNEQ neq: String) -> [String] {
        guard !neq.isEmpty, let names = try? FileManager.default.contentsOfDirectory(atPath: suppliersDirectory) else { return [] }
        var ids: [String] = []
        for name in names.sorted() where name.hasSuffix(".xml") && !name.hasPrefix(".") {
            guard let bytes = try? AtomicFile.read((suppliersDirectory as NSString).appendingPathComponent(name), limit: limit),
                  Self.neqs(in: bytes).contains(neq) else { continue }
            ids.append(String(name.dropLast(4)))
        }
        return ids
    }

    /// The text of every `<neq>` element in `bytes`, blanks trimmed, found by a byte
    /// search (an entry is not parsed for this: only its NEQ is wanted).
    static func neqs(in bytes: [UInt8]) -> [String] {
        let open = Array("<neq>".utf8), close = Array("</neq>".utf8)
        var found: [String] = []
        var index = 0
        while index + open.count <= bytes.count {
            guard bytes[index] == open[0], bytes[index..<(index + open.count)].elementsEqual(open) else { index += 1; continue }
            let start = index + open.count
            var end = start
            while end + close.count <= bytes.count, !bytes[end..<(end + close.count)].elementsEqual(close) { end += 1 }
            found.append(String(decoding: bytes[start..<min(end, bytes.count)], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines))
            index = end + close.count
        }
        return found
    }

    /// A history file name for a version kept at `seconds` (since 1970) that sorts
    /// after every name in `existing`:
    /// `20260212T101500.123456Z.xml` (UTC, to the microsecond, fixed width). When that
    /// does not sort last (same microsecond, or a clock set back), the last name with
    /// `_001`, or its `_NNN` counted up (`_` sorts after `.`, so `X.xml` < `X_001.xml`
    /// < `X_002.xml`). Names from before this scheme (`…Z.xml`, `…Z-2.xml`) are older
    /// and sort before the new ones of a later second.
    package static func historyName(at seconds: Double, existing: [String]) -> String {
        var whole = time_t(seconds.rounded(.down))
        let micros = min(999_999, Int(((seconds - Double(whole)) * 1_000_000).rounded(.down)))
        var parts = tm()
        gmtime_r(&whole, &parts)
        let stamp = digits(Int(parts.tm_year) + 1900, 4) + digits(Int(parts.tm_mon) + 1, 2) + digits(Int(parts.tm_mday), 2)
            + "T" + digits(Int(parts.tm_hour), 2) + digits(Int(parts.tm_min), 2) + digits(Int(parts.tm_sec), 2)
            + "." + digits(micros, 6) + "Z"
        let candidate = stamp + ".xml"
        guard let last = existing.filter({ $0.hasSuffix(".xml") && !$0.hasPrefix(".") }).max(), last >= candidate else {
            return candidate
        }
        let stem = String(last.dropLast(4))
        if let underscore = stem.lastIndex(of: "_"), let n = Int(stem[stem.index(after: underscore)...]),
           stem.distance(from: underscore, to: stem.endIndex) == 4, n < 999 {
            return stem[..<underscore] + "_" + digits(n + 1, 3) + ".xml"
        }
        return stem + "_001.xml"
    }

    private static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }

    private static func createDirectory(_ path: String) throws(IntakeError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .io(path: path, reason: error.localizedDescription)
        }
    }
}
