import CZlib
import Foundation

/// One raw DEFLATE stream (RFC 1951) made on several threads while its input is still
/// being produced — pigz's design.
///
/// The input is cut into blocks of ``blockSize`` bytes, by count alone (1 MiB: the
/// 32 KiB dictionary each block re-reads is 3 % of it; at 128 KiB, pigz's size, it was
/// 25 % and the writer stayed 1.17× the one-core floor instead of 1.03×). Each block is
/// deflated on its own by a worker, with the last 32 KiB of the block before it as the
/// preset dictionary (so matches reach back across the cut as they would in one
/// stream), and ends with a sync flush: an empty stored block that brings the output
/// to a byte boundary without marking the end. The last block ends with `Z_FINISH`.
/// Laid end to end in order, the outputs are one valid stream; the CRC-32 of the
/// input is the per-block CRCs combined (`crc32_combine`).
///
/// **No copy on the way in.** ``write(_:)`` takes the producer's buffer itself and gives
/// back one the workers are done with: a block is a list of pieces of those buffers (a
/// buffer that straddles a cut is shared by two blocks), which a worker feeds to zlib one
/// after the other. zlib's output does not depend on how its input is split between calls
/// (it waits for a full lookahead before deciding anything), so pieces change no byte.
///
/// **Same bytes everywhere.** A block's output depends only on its bytes, the previous
/// block's tail and the level — never on timing, on how the producer's writes were
/// cut, or on how many workers there are.
///
/// **Bounded memory.** At most ``maximumInFlight`` blocks are between the producer and
/// the consumer; past that the producer waits. Buffers come back for reuse, input and
/// output, so a long stream allocates nothing in steady state.
///
/// Threads: one producer (``write(_:)``, ``finish()``), the workers, one consumer
/// (``read(into:count:)``, libzip's reading thread). Shared state is guarded by one
/// `NSCondition`; each side's own state is touched by that side only. Hence
/// `@unchecked Sendable`.
final class ParallelDeflater: @unchecked Sendable {
    static let blockSize = 1024 * 1024
    static let dictionarySize = 32 * 1024
    /// Spare output buffers kept for reuse.
    static let spareOutputLimit = 8

    let level: Int32
    let workerCount: Int
    let maximumInFlight: Int

    /// Bytes `range` of one of the producer's buffers.
    private struct Piece {
        var storage: [UInt8]
        var range: Range<Int>
    }

    private struct Job {
        var index: Int
        var pieces: [Piece]
        var inputCount: Int
        /// The previous block's last ``dictionarySize`` bytes.
        var dictionary: [Piece]
        var isLast: Bool
    }

    private struct Output {
        /// The deflated block is `buffer[0..<count]`; the rest is spare room.
        var buffer: [UInt8]
        var count: Int
        var crc: UInt32
        var inputCount: Int
    }

    private let condition = NSCondition()
    // Shared, under `condition`.
    private var jobs: [Job] = []
    private var jobsHead = 0
    private var outputs: [Int: Output] = [:]
    private var inFlight = 0
    private var inFlightBytes = 0
    private var peakInFlight = 0
    private var jobCount: Int?
    private var failure: ZipWriteError?
    private var stopping = false
    private var startedWorkers = 0
    private var idleWorkers = 0
    private var spareInputs: [[UInt8]] = []
    private var spareOutputs: [[UInt8]] = []

    // Producer side.
    private var pending: [Piece] = []
    private var pendingCount = 0
    private var tail: [Piece] = []
    private var submitted = 0
    private var bufferCapacity = 0

    // Consumer side.
    private var nextOutput = 0
    private var current: [UInt8] = []
    private var currentCount = 0
    private var currentOffset = 0
    private var isComplete = false
    private var crc: UInt32 = 0
    private var inputSize: UInt64 = 0
    private var outputSize: UInt64 = 0

    /// - Parameters:
    ///   - level: zlib level 1 to 9.
    ///   - workers: compressing threads (the output does not depend on it).
    init(level: Int, workers: Int) {
        self.level = Int32(min(max(level, 1), 9))
        workerCount = max(1, workers)
        maximumInFlight = 2 * workerCount + 2
    }

    /// The most input bytes ever waiting between producer and consumer (for memory tests).
    var peakInFlightBytes: Int {
        condition.lock()
        defer { condition.unlock() }
        return peakInFlight
    }

    /// Worker threads started so far (for tests).
    var startedWorkerCount: Int {
        condition.lock()
        defer { condition.unlock() }
        return startedWorkers
    }

    /// What the consumer has read so far: complete once ``read(into:count:)`` returned 0.
    var totals: (complete: Bool, crc: UInt32, size: UInt64, compressedSize: UInt64) {
        (isComplete, crc, inputSize, outputSize)
    }

    // MARK: Producer

    /// Takes `chunk` as it is (no copy) and gives back an empty buffer to refill: a spare
    /// one the workers are done with, else a new one the size of the first; blocks while
    /// enough work is waiting.
    func write(_ chunk: inout [UInt8]) throws(ZipWriteError) {
        guard !chunk.isEmpty else { return }
        let capacity = chunk.capacity
        var storage: [UInt8] = []
        swap(&storage, &chunk)
        var offset = 0
        while offset < storage.count {
            let n = min(Self.blockSize - pendingCount, storage.count - offset)
            pending.append(Piece(storage: storage, range: offset..<offset + n))
            pendingCount += n
            offset += n
            if pendingCount == Self.blockSize { try submit(isLast: false) }
        }
        storage = []
        condition.lock()
        let spare = spareInputs.popLast()
        condition.unlock()
        if var spare {
            // One still shared with a block being deflated gets new storage here (copy on write).
            spare.removeAll(keepingCapacity: true)
            chunk = spare
        } else {
            // The first buffer's size, not the last one's: allocators round up, and asking
            // for what the last one got would creep up a page at a time.
            if bufferCapacity == 0 { bufferCapacity = capacity }
            chunk.reserveCapacity(bufferCapacity)
        }
    }

    /// Ends the input: the last block (maybe empty) closes the stream.
    func finish() throws(ZipWriteError) {
        try submit(isLast: true)
    }

    private func submit(isLast: Bool) throws(ZipWriteError) {
        let job = Job(index: submitted, pieces: pending, inputCount: pendingCount, dictionary: tail, isLast: isLast)
        if !isLast { tail = Self.suffix(pending, count: Self.dictionarySize) }
        pending = []
        pendingCount = 0
        condition.lock()
        defer { condition.unlock() }
        while failure == nil && inFlight >= maximumInFlight { condition.wait() }
        if let failure { throw failure }
        guard jobCount == nil else { throw .archiveClosed }
        jobs.append(job)
        submitted += 1
        inFlight += 1
        inFlightBytes += job.inputCount
        peakInFlight = max(peakInFlight, inFlightBytes)
        if isLast { jobCount = submitted }
        startWorkerIfNeeded()
        condition.broadcast()
    }

    /// The pieces holding the last `count` bytes of `pieces`.
    private static func suffix(_ pieces: [Piece], count: Int) -> [Piece] {
        var result: [Piece] = []
        var needed = count
        for piece in pieces.reversed() where needed > 0 {
            let n = min(needed, piece.range.count)
            result.append(Piece(storage: piece.storage, range: piece.range.upperBound - n..<piece.range.upperBound))
            needed -= n
        }
        return result.reversed()
    }

    /// Makes every side stop: the producer and consumer see `error`.
    func fail(_ error: ZipWriteError) {
        condition.lock()
        if failure == nil { failure = error }
        stopping = true
        condition.broadcast()
        condition.unlock()
    }

    // MARK: Workers

    /// Starts one more worker, up to ``workerCount``, while more jobs wait than workers do
    /// (a content.xml of one block, most workbooks, starts one thread). Called under the lock.
    private func startWorkerIfNeeded() {
        guard startedWorkers < workerCount, jobs.count - jobsHead > idleWorkers else { return }
        let thread = Thread { [self] in work() }
        thread.name = "deflate-\(startedWorkers)"
        startedWorkers += 1
        thread.start()
    }

    private func work() {
        var stream = z_stream()
        guard alucat_deflate_init_raw(&stream, level) == Z_OK else {
            fail(.cannotWrite(path: "", reason: "zlib could not start a deflate stream"))
            return
        }
        defer { deflateEnd(&stream) }
        var dictionary: [UInt8] = []
        dictionary.reserveCapacity(Self.dictionarySize)
        while true {
            condition.lock()
            while jobsHead == jobs.count && !stopping {
                idleWorkers += 1
                condition.wait()
                idleWorkers -= 1
            }
            if stopping {
                condition.unlock()
                return
            }
            var job = jobs[jobsHead]
            jobs[jobsHead].pieces = []
            jobs[jobsHead].dictionary = []
            jobsHead += 1
            if jobsHead == jobs.count {
                jobs.removeAll(keepingCapacity: true)
                jobsHead = 0
            }
            var buffer = spareOutputs.popLast() ?? []
            condition.unlock()

            let output = Self.deflate(job, stream: &stream, dictionary: &dictionary, into: &buffer)
            buffer = []
            // The producer's buffers whose last piece this was can be refilled.
            var done = job.pieces.compactMap { $0.range.upperBound == $0.storage.count ? $0.storage : nil }
            job.pieces = []
            job.dictionary = []

            condition.lock()
            if let output {
                outputs[job.index] = output
            } else if failure == nil {
                failure = .cannotWrite(path: "", reason: "zlib failed to deflate a block")
                stopping = true
            }
            // Enough for every buffer of the blocks in flight: none is freed and made again.
            while spareInputs.count < 4 * maximumInFlight, let storage = done.popLast() { spareInputs.append(storage) }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// One block, from a reset stream: dictionary, every piece, then a sync flush (or finish).
    private static func deflate(_ job: Job, stream: inout z_stream, dictionary: inout [UInt8], into buffer: inout [UInt8]) -> Output? {
        guard deflateReset(&stream) == Z_OK else { return nil }
        if !job.dictionary.isEmpty {
            dictionary.removeAll(keepingCapacity: true)
            for piece in job.dictionary {
                piece.storage.withUnsafeBufferPointer { dictionary.append(contentsOf: UnsafeBufferPointer(rebasing: $0[piece.range])) }
            }
            let status = dictionary.withUnsafeBufferPointer { deflateSetDictionary(&stream, $0.baseAddress, UInt32($0.count)) }
            guard status == Z_OK else { return nil }
        }
        // deflateBound covers the data; a sync flush adds at most 5 bytes plus a pending block header.
        let bound = Int(deflateBound(&stream, UInt(job.inputCount))) + 64
        if buffer.count < bound {
            // Uninitialised: deflate writes before anything is read (no 1 MiB memset per block).
            buffer = [UInt8](unsafeUninitializedCapacity: bound) { _, count in count = bound }
        }
        var produced = 0
        var crc: uLong = 0
        /// Feeds `input` with `flush`; false on a zlib error.
        func feed(_ input: UnsafeBufferPointer<UInt8>, _ flush: Int32) -> Bool {
            crc = crc32(crc, input.baseAddress, UInt32(input.count))
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                if produced == buffer.count { buffer.append(contentsOf: repeatElement(0, count: 4096)) }
                let status: Int32 = buffer.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress! + produced
                    stream.avail_out = UInt32(out.count - produced)
                    let status = CZlib.deflate(&stream, flush)
                    produced = out.count - Int(stream.avail_out)
                    return status
                }
                switch flush {
                case Z_FINISH:
                    if status == Z_STREAM_END { return true }
                    guard status == Z_OK || status == Z_BUF_ERROR else { return false }
                case Z_SYNC_FLUSH:
                    guard status == Z_OK || status == Z_BUF_ERROR else { return false }
                    // Done when all input is taken and the flush fitted.
                    if stream.avail_in == 0 && stream.avail_out > 0 { return true }
                default:
                    guard status == Z_OK || status == Z_BUF_ERROR else { return false }
                    if stream.avail_in == 0 { return true }
                }
            }
        }
        let last: Int32 = job.isLast ? Z_FINISH : Z_SYNC_FLUSH
        if job.pieces.isEmpty {
            guard feed(UnsafeBufferPointer(start: nil, count: 0), last) else { return nil }
        }
        for (number, piece) in job.pieces.enumerated() {
            let flush = number == job.pieces.count - 1 ? last : Z_NO_FLUSH
            let ok = piece.storage.withUnsafeBufferPointer { feed(UnsafeBufferPointer(rebasing: $0[piece.range]), flush) }
            guard ok else { return nil }
        }
        return Output(buffer: buffer, count: produced, crc: UInt32(crc), inputCount: job.inputCount)
    }

    // MARK: Consumer

    /// Fills `buffer` with up to `count` bytes of the stream, in order: 0 at the end,
    /// nil on failure.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int? {
        var written = 0
        while written < count {
            if currentOffset == currentCount {
                guard let more = nextBlock() else { return written > 0 ? written : nil }
                if !more { break }
                continue
            }
            let n = min(count - written, currentCount - currentOffset)
            current.withUnsafeBytes { source in
                (buffer + written).copyMemory(from: source.baseAddress! + currentOffset, byteCount: n)
            }
            currentOffset += n
            written += n
        }
        return written
    }

    /// Waits for the next block's output: true when there is one, false at the end of
    /// the stream, nil on failure. The block read before goes back to the workers.
    private func nextBlock() -> Bool? {
        var drained: [UInt8] = []
        swap(&drained, &current)
        currentCount = 0
        currentOffset = 0
        condition.lock()
        if !drained.isEmpty && spareOutputs.count < Self.spareOutputLimit { spareOutputs.append(drained) }
        drained = []
        while failure == nil && outputs[nextOutput] == nil && !(jobCount == nextOutput) { condition.wait() }
        if failure != nil {
            condition.unlock()
            return nil
        }
        guard let output = outputs.removeValue(forKey: nextOutput) else {
            // Every block read: the stream is complete, the workers can go.
            stopping = true
            condition.broadcast()
            condition.unlock()
            isComplete = true
            return false
        }
        inFlight -= 1
        inFlightBytes -= output.inputCount
        condition.broadcast()
        condition.unlock()
        nextOutput += 1
        crc = UInt32(crc32_combine(uLong(crc), uLong(output.crc), off_t(output.inputCount)))
        inputSize += UInt64(output.inputCount)
        outputSize += UInt64(output.count)
        current = output.buffer
        currentCount = output.count
        return true
    }
}
