import CLibZip
import Foundation

/// Writes a zip archive deterministically: entries in the order added, one fixed modification
/// time, no extra fields, no timestamps or randomness from the machine.
///
/// libzip writes to a temporary file next to `path` and renames it when everything succeeded,
/// so a failed write never leaves a partial archive. Entries are either whole byte arrays,
/// files read at write time, or ``ZipEntryStream``s filled while the archive is being written:
///
/// ```swift
/// let zip = try ZipArchiveWriter(path: "out.zip")
/// try zip.addFile("mimetype", bytes: Array("text/plain".utf8), compression: .store)
/// let body = try zip.addStream("body.txt")
/// zip.startWriting()                  // zip_close on a background thread
/// try body.write(Array("hello".utf8)); body.finish()
/// try zip.waitUntilWritten()
/// ```
///
/// Thread safety: one owner thread adds entries and calls the closing methods; only the
/// streams' queues are shared with the writing thread. Hence `@unchecked Sendable`.
public final class ZipArchiveWriter: @unchecked Sendable {
    /// Destination of the archive.
    public let path: String
    /// The modification time stamped on every entry (local wall-clock fields of this date).
    public let modificationDate: ZipTimestamp

    private var archive: OpaquePointer?
    private var names: Set<String> = []
    private var streams: [ZipEntryStream] = []
    private var closingThread: Thread?
    private let done = DispatchSemaphore(value: 0)
    private var closeResult: Result<Void, ZipWriteError>?

    /// Opens (creates or truncates, at close) the archive at `path`.
    ///
    /// An unwritable destination is detected only when writing starts, as libzip does.
    public init(path: String, modificationDate: ZipTimestamp = .reproducible) throws(ZipWriteError) {
        self.path = path
        self.modificationDate = modificationDate
        var code: Int32 = 0
        guard let archive = zip_open(path, ZIP_CREATE | ZIP_TRUNCATE, &code) else {
            var error = zip_error_t()
            zip_error_init_with_code(&error, code)
            defer { zip_error_fini(&error) }
            throw .cannotOpen(path: path, reason: String(cString: zip_error_strerror(&error)))
        }
        self.archive = archive
    }

    deinit {
        if closingThread != nil && closeResult == nil {
            for stream in streams { stream.fail(.archiveClosed) }
            done.wait()
        }
        if let archive { zip_discard(archive) }
    }

    /// Adds an entry holding `bytes` (copied).
    public func addFile(_ name: String, bytes: some Collection<UInt8>, compression: ZipCompression = .default) throws(ZipWriteError) {
        let archive = try openArchive(adding: name)
        let count = bytes.count
        let copy = malloc(max(count, 1))!
        _ = UnsafeMutableRawBufferPointer(start: copy, count: count).initializeMemory(as: UInt8.self, from: bytes)
        // freep = 1: libzip frees the copy with the source, so no lifetime ties to Swift memory.
        guard let source = zip_source_buffer(archive, copy, zip_uint64_t(count), 1) else {
            free(copy)
            throw .cannotAdd(entry: name, reason: lastError())
        }
        try add(name, source: source, compression: compression)
    }

    /// Adds an entry read from the file at `sourcePath` when the archive is written.
    public func addFile(_ name: String, contentsOf sourcePath: String, compression: ZipCompression = .default) throws(ZipWriteError) {
        let archive = try openArchive(adding: name)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: sourcePath, isDirectory: &isDirectory), !isDirectory.boolValue,
              FileManager.default.isReadableFile(atPath: sourcePath)
        else { throw .unreadableSource(entry: name, path: sourcePath) }
        guard let source = zip_source_file(archive, sourcePath, 0, -1) else {
            throw .cannotAdd(entry: name, reason: lastError())
        }
        try add(name, source: source, compression: compression)
    }

    /// Adds an entry whose bytes are written to the returned stream after ``startWriting()``.
    ///
    /// - Parameters:
    ///   - capacity: bytes queued before the producer waits for the compressor.
    ///   - workers: with DEFLATE, compress on this many threads of our own (a
    ///     ``ParallelDeflater``) rather than on libzip's one; the bytes written do not
    ///     depend on the number. Nil: libzip compresses.
    public func addStream(
        _ name: String, compression: ZipCompression = .default, capacity: Int = 1 << 20, workers: Int? = nil
    ) throws(ZipWriteError) -> ZipEntryStream {
        let archive = try openArchive(adding: name)
        var deflater: ParallelDeflater?
        if let workers, case .deflate(let level) = compression { deflater = ParallelDeflater(level: level, workers: workers) }
        let stream = ZipEntryStream(name: name, capacity: capacity, deflater: deflater)
        let context = Unmanaged.passRetained(stream).toOpaque()
        guard let source = zip_source_function(archive, ZipEntryStream.callback, context) else {
            Unmanaged<ZipEntryStream>.fromOpaque(context).release()
            throw .cannotAdd(entry: name, reason: lastError())
        }
        try add(name, source: source, compression: compression)
        streams.append(stream)
        return stream
    }

    /// Writes the archive now, on this thread (no streamed entries may be pending).
    public func close() throws(ZipWriteError) {
        startWriting()
        try waitUntilWritten()
    }

    /// Starts `zip_close` on a background thread; streamed entries are consumed as written.
    public func startWriting() {
        guard closingThread == nil, archive != nil else { return }
        let thread = Thread { [self] in
            let result = writeArchive()
            closeResult = result
            if case .failure(let error) = result {
                for stream in streams { stream.fail(error) }
            }
            done.signal()
        }
        thread.name = "zip-writer"
        closingThread = thread
        thread.start()
    }

    /// Waits for the archive to be written, then reports the outcome.
    public func waitUntilWritten() throws(ZipWriteError) {
        guard closingThread != nil else { throw .archiveClosed }
        if closeResult == nil { done.wait(); done.signal() }
        try closeResult!.get()
    }

    /// Abandons the archive: streams fail, nothing is written, any temporary file is removed.
    public func discard() {
        if closingThread != nil {
            for stream in streams { stream.fail(.cancelled(entry: stream.name)) }
            if closeResult == nil { done.wait(); done.signal() }
        } else if let archive {
            zip_discard(archive)
            self.archive = nil
        }
    }

    // MARK: - Private

    private func writeArchive() -> Result<Void, ZipWriteError> {
        guard let archive else { return .failure(.archiveClosed) }
        if zip_close(archive) == 0 {
            self.archive = nil
            return .success(())
        }
        let reason = lastError()
        zip_discard(archive)
        self.archive = nil
        return .failure(.cannotWrite(path: path, reason: reason))
    }

    private func openArchive(adding name: String) throws(ZipWriteError) -> OpaquePointer {
        guard let archive, closingThread == nil else { throw .archiveClosed }
        let parts = name.split(separator: "/", omittingEmptySubsequences: false)
        if name.isEmpty || name.hasPrefix("/") || name.contains("\\") || name.utf8.contains(0)
            || parts.contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            throw .invalidEntryName(name)
        }
        guard !names.contains(name) else { throw .duplicateEntry(name) }
        return archive
    }

    /// Adds `source` under `name`; on failure the source is still ours to free.
    private func add(_ name: String, source: OpaquePointer, compression: ZipCompression) throws(ZipWriteError) {
        guard let archive else { zip_source_free(source); throw .archiveClosed }
        let index = zip_file_add(archive, name, source, zip_flags_t(ZIP_FL_ENC_UTF_8))
        guard index >= 0 else {
            let reason = lastError()
            zip_source_free(source)
            throw .cannotAdd(entry: name, reason: reason)
        }
        names.insert(name)
        let entry = zip_uint64_t(index)
        let (method, level): (Int32, UInt32) = switch compression {
        case .store: (ZIP_CM_STORE, 0)
        case .deflate(let level): (ZIP_CM_DEFLATE, UInt32(min(max(level, 1), 9)))
        }
        guard zip_set_file_compression(archive, entry, method, level) == 0,
              zip_file_set_dostime(archive, entry, modificationDate.dosTime, modificationDate.dosDate, 0) == 0
        else { throw .cannotAdd(entry: name, reason: lastError()) }
    }

    private func lastError() -> String {
        guard let archive else { return "archive closed" }
        return String(cString: zip_error_strerror(zip_get_error(archive)))
    }
}
