public import AluDiagnostics
import AluCatalog
import AluXML
import Foundation

extension SupplierIntake {
    /// What a submission did.
    public enum SubmitOutcome: Sendable {
        /// Stored at `path`; the replaced version, if any, was kept at `previous`.
        case written(path: String, previous: String?)
        /// The canonical bytes equal the stored entry: nothing to do.
        case unchanged(path: String)
        /// Invalid: nothing changed; the diagnostics say why.
        case invalid(DiagnosticReport)
        /// Refused for another reason (ownership): nothing changed.
        case refused(String)
    }

    /// Validates `path` (`.ods` form or `.xml` entry) and stores it as
    /// `suppliers/<id>.xml` in canonical form, keeping the previous version in
    /// `suppliers/history/<id>/<UTC time>.xml`.
    ///
    /// Ownership: an existing entry is replaced only by a submission with the same NEQ,
    /// and a new entry may not take an NEQ another entry already has. Internal notes
    /// and the last-update date are the staff's, never the submitter's. The file is
    /// replaced atomically; a crash leaves the old or the new entry.
    public func submit(path: String) throws(IntakeError) -> SubmitOutcome {
        // One submission at a time per catalogue: read, compare, keep history, replace.
        let lock = try SubmitLock(directory: loader.root)
        defer { lock.release() }
        let check = path.lowercased().hasSuffix(".ods") ? try importForm(at: path) : try checkEntry(at: path)
        guard check.isValid, var supplier = check.supplier else { return .invalid(check.report) }
        guard Self.isSafeID(supplier.id) else { return .refused("the id '\(supplier.id)' cannot be a file name") }
        let target = entryPath(supplier.id)
        let existing = try existingEntry(supplier.id)
        if let existing {
            guard existing.supplier.neq == supplier.neq else {
                return .refused("the entry '\(supplier.id)' belongs to another enterprise (NEQ \(existing.supplier.neq), this submission has NEQ \(supplier.neq)); nothing was changed. Ask the cluster staff if the enterprise number changed.")
            }
        } else if let raw = try AtomicFile.read(target, limit: loader.limits.maxBytes), !raw.isEmpty {
            return .refused("the current entry \(target) cannot be read; fix it first, nothing was changed")
        } else if let other = loader.loadAll().catalog.suppliers.first(where: { $0.neq == supplier.neq && $0.id != supplier.id }) {
            return .refused("NEQ \(supplier.neq) already belongs to the entry '\(other.id)'; submit under that id, nothing was changed")
        }
        // Staff-only fields never come from a submission, whatever its door: the
        // internal notes stay the staff's, and the update date is the day stored.
        supplier.internalNotes = existing?.supplier.internalNotes
        supplier.lastUpdated = existing?.supplier.lastUpdated
        if let existing, SupplierXMLWriter.document(supplier) == SupplierXMLWriter.document(existing.supplier) {
            return .unchanged(path: target)
        }
        supplier.lastUpdated = loader.today
        let bytes = Array(SupplierXMLWriter.document(supplier).utf8)
        try createDirectory(loader.suppliersDirectory)
        var previous: String?
        if let existing {
            let folder = ((loader.suppliersDirectory as NSString).appendingPathComponent("history") as NSString).appendingPathComponent(supplier.id)
            try createDirectory(folder)
            previous = Self.historyPath(in: folder)
            try AtomicFile.write(existing.bytes, to: previous!)
        }
        try AtomicFile.write(bytes, to: target)
        return .written(path: target, previous: previous)
    }

    private func createDirectory(_ path: String) throws(IntakeError) {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw .io(path: path, reason: error.localizedDescription)
        }
    }

    /// `20260212T101500Z.xml`, with `-2`, `-3`… when that second is taken.
    static func historyPath(in folder: String) -> String {
        var t = time(nil)
        var parts = tm()
        gmtime_r(&t, &parts)
        func two(_ v: Int32) -> String { v < 10 ? "0\(v)" : "\(v)" }
        let stamp = "\(parts.tm_year + 1900)\(two(parts.tm_mon + 1))\(two(parts.tm_mday))T\(two(parts.tm_hour))\(two(parts.tm_min))\(two(parts.tm_sec))Z"
        var candidate = (folder as NSString).appendingPathComponent("\(stamp).xml")
        var n = 2
        while FileManager.default.fileExists(atPath: candidate) {
            candidate = (folder as NSString).appendingPathComponent("\(stamp)-\(n).xml")
            n += 1
        }
        return candidate
    }
}

/// An exclusive `flock` on `<catalog>/.submit.lock`, held for one submission so two
/// submissions of one entry cannot interleave (the loser would miss the history).
private struct SubmitLock {
    let fd: Int32

    init(directory: String) throws(IntakeError) {
        let path = (directory as NSString).appendingPathComponent(".submit.lock")
        fd = open(path, O_RDWR | O_CREAT | O_NOFOLLOW | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw .io(path: path, reason: String(cString: strerror(errno))) }
        while flock(fd, LOCK_EX) != 0 {
            if errno == EINTR { continue }
            let reason = String(cString: strerror(errno))
            close(fd)
            throw .io(path: path, reason: reason)
        }
    }

    func release() {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
