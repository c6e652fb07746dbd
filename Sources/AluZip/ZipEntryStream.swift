import CLibZip
import Foundation

/// The bytes of one zip entry, produced on one thread while libzip compresses them on another.
///
/// A bounded queue of chunks sits between the producer (``write(_:)``) and libzip's read
/// callback, which runs on the thread executing `zip_close` (see
/// ``ZipArchiveWriter/startWriting()``). `write` blocks while ``capacity`` bytes are queued, so
/// memory stays constant whatever the entry's size; chunk buffers are recycled, so steady state
/// allocates nothing.
///
/// With a ``ParallelDeflater`` (``ZipArchiveWriter/addStream(_:compression:capacity:workers:)``
/// with workers), the bytes are deflated on several threads as they come and libzip is handed
/// the finished DEFLATE data, with its CRC and sizes once the last block is read, instead
/// of compressing on its one thread.
///
/// Thread safety: the queue is guarded by one `NSCondition`; the consumer's current chunk is
/// touched only by the consumer thread. Hence `@unchecked Sendable`.
public final class ZipEntryStream: @unchecked Sendable {
    /// The entry name inside the archive.
    public let name: String
    /// Bytes the queue may hold before ``write(_:)`` blocks.
    public let capacity: Int
    /// Deflates on several threads when present; libzip then copies its output as is.
    let deflater: ParallelDeflater?

    private let condition = NSCondition()
    private var queue: [[UInt8]] = []
    private var queueHead = 0
    private var queuedBytes = 0
    private var recycled: [[UInt8]] = []
    private var isFinished = false
    private var failure: ZipWriteError?
    private var peakQueued = 0

    // Consumer side, touched only by the thread running zip_close.
    private var current: [UInt8] = []
    private var currentOffset = 0

    init(name: String, capacity: Int, deflater: ParallelDeflater? = nil) {
        self.name = name
        self.capacity = capacity
        self.deflater = deflater
    }

    /// The most bytes ever waiting in the queue (for memory tests).
    public var peakQueuedBytes: Int {
        if let deflater { return deflater.peakInFlightBytes }
        condition.lock()
        defer { condition.unlock() }
        return peakQueued
    }

    /// Hands `chunk` to the compressor and gives back an empty buffer (with capacity) to refill.
    ///
    /// Blocks while the queue is full. Throws if the archive failed or was discarded meanwhile.
    public func write(_ chunk: inout [UInt8]) throws(ZipWriteError) {
        guard !chunk.isEmpty else { return }
        if let deflater {
            try deflater.write(&chunk)
            return
        }
        condition.lock()
        defer { condition.unlock() }
        while failure == nil && queuedBytes > 0 && queuedBytes + chunk.count > capacity {
            condition.wait()
        }
        if let failure { throw failure }
        if isFinished { throw .archiveClosed }
        queuedBytes += chunk.count
        peakQueued = max(peakQueued, queuedBytes)
        var replacement = recycled.popLast() ?? []
        swap(&replacement, &chunk)
        queue.append(replacement)
        condition.broadcast()
    }

    /// Copies `bytes` into the queue (convenience for small or borrowed data).
    public func write(_ bytes: some Collection<UInt8>) throws(ZipWriteError) {
        var chunk = Array(bytes)
        try write(&chunk)
    }

    /// Marks the end of the entry: once the queue drains, libzip sees end of file.
    public func finish() {
        if let deflater {
            // A failure here is the archive's too, and is reported when it is written.
            do { try deflater.finish() } catch { deflater.fail(error) }
            return
        }
        condition.lock()
        isFinished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Makes the reader fail (the archive is then discarded) and wakes any blocked writer.
    func fail(_ error: ZipWriteError) {
        deflater?.fail(error)
        condition.lock()
        if failure == nil { failure = error }
        condition.broadcast()
        condition.unlock()
    }

    /// Consumer: fills `buffer` with up to `count` bytes; 0 means end of entry, nil failure.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int? {
        if let deflater { return deflater.read(into: buffer, count: count) }
        var written = 0
        while written < count {
            if currentOffset == current.count {
                guard nextChunk() else { break }
                continue
            }
            let n = min(count - written, current.count - currentOffset)
            current.withUnsafeBytes { source in
                (buffer + written).copyMemory(from: source.baseAddress! + currentOffset, byteCount: n)
            }
            currentOffset += n
            written += n
            // Return what we have rather than waiting for a second chunk.
            if currentOffset == current.count { break }
        }
        if written == 0 {
            condition.lock()
            let failed = failure != nil
            condition.unlock()
            if failed { return nil }
        }
        return written
    }

    /// Consumer: recycles the drained chunk and waits for the next; false at end of entry.
    private func nextChunk() -> Bool {
        condition.lock()
        defer { condition.unlock() }
        if current.capacity > 0 {
            current.removeAll(keepingCapacity: true)
            if recycled.count < 4 { recycled.append(current) }
            current = []
        }
        currentOffset = 0
        while failure == nil && queueHead == queue.count && !isFinished {
            condition.wait()
        }
        if failure != nil { return false }
        if queueHead == queue.count { return false }
        current = queue[queueHead]
        queue[queueHead] = []
        queueHead += 1
        if queueHead == queue.count {
            queue.removeAll(keepingCapacity: true)
            queueHead = 0
        }
        queuedBytes -= current.count
        condition.broadcast()
        return true
    }

    /// libzip's view of the stream: a readable source of unknown size.
    static let callback: zip_source_callback = { userdata, data, length, command in
        let stream = Unmanaged<ZipEntryStream>.fromOpaque(userdata!).takeUnretainedValue()
        switch command {
        case ZIP_SOURCE_OPEN, ZIP_SOURCE_CLOSE:
            return 0
        case ZIP_SOURCE_READ:
            guard let data, let n = stream.read(into: data, count: Int(length)) else { return -1 }
            return zip_int64_t(n)
        case ZIP_SOURCE_STAT:
            guard let data, length >= UInt64(MemoryLayout<zip_stat_t>.size) else { return -1 }
            let stat = data.assumingMemoryBound(to: zip_stat_t.self)
            zip_stat_init(stat)
            if let deflater = stream.deflater {
                // Already DEFLATE: libzip copies it. CRC and sizes are known once the last
                // block has been read, which is when libzip asks again.
                stat.pointee.comp_method = zip_uint16_t(ZIP_CM_DEFLATE)
                stat.pointee.valid |= zip_uint64_t(ZIP_STAT_COMP_METHOD)
                let totals = deflater.totals
                if totals.complete {
                    stat.pointee.size = totals.size
                    stat.pointee.comp_size = totals.compressedSize
                    stat.pointee.crc = totals.crc
                    stat.pointee.valid |= zip_uint64_t(ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE | ZIP_STAT_CRC)
                }
            }
            return zip_int64_t(MemoryLayout<zip_stat_t>.size)
        case ZIP_SOURCE_ERROR:
            guard let data, length >= 2 * UInt64(MemoryLayout<Int32>.size) else { return -1 }
            let codes = data.assumingMemoryBound(to: Int32.self)
            codes[0] = ZIP_ER_CANCELLED
            codes[1] = 0
            return zip_int64_t(2 * MemoryLayout<Int32>.size)
        case ZIP_SOURCE_FREE:
            // Stops any deflate workers still waiting (an archive discarded unwritten).
            stream.deflater?.fail(.archiveClosed)
            Unmanaged<ZipEntryStream>.fromOpaque(userdata!).release()
            return 0
        case ZIP_SOURCE_SUPPORTS:
            let commands = [ZIP_SOURCE_OPEN, ZIP_SOURCE_READ, ZIP_SOURCE_CLOSE, ZIP_SOURCE_STAT,
                            ZIP_SOURCE_ERROR, ZIP_SOURCE_FREE, ZIP_SOURCE_SUPPORTS]
            return commands.reduce(0) { $0 | (zip_int64_t(1) << zip_int64_t($1.rawValue)) }
        default:
            return -1
        }
    }
}
