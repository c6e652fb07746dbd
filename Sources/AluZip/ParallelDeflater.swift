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
/// **Same bytes everywhere.** A block's output depends only on its bytes, the previous
/// block's tail and the level — never on timing, on how the producer's writes were
/// cut, or on how many workers there are.
///
/// **Bounded memory.** At most ``maximumInFlight`` blocks are between the producer and
/// the consumer; past that the producer waits.
///
/// Threads: one producer (``write(_:)``, ``finish()``), the workers, one consumer
/// (``read(into:count:)``, libzip's reading thread). Shared state is guarded by one
/// `NSCondition`; each side's own state is touched by that side only. Hence
/// `@unchecked Sendable`.
final class ParallelDeflater: @unchecked Sendable {
    static let blockSize = 1024 * 1024
    static let dictionarySize = 32 * 1024

    let level: Int32
    let workerCount: Int
    let maximumInFlight: Int

    private struct Job {
        var index: Int
        var input: [UInt8]
        var dictionary: [UInt8]
        var isLast: Bool
    }

    private struct Output {
        var bytes: [UInt8]
        var crc: UInt32
        var inputCount: Int
    }

    private let condition = NSCondition()
    // Shared, under `condition`.
    private var jobs: [Job] = []
    private var outputs: [Int: Output] = [:]
    private var inFlight = 0
    private var inFlightBytes = 0
    private var peakInFlight = 0
    private var jobCount: Int?
    private var failure: ZipWriteError?
    private var stopping = false
    private var workersStarted = false

    // Producer side.
    private var pending: [UInt8] = []
    private var tail: [UInt8] = []
    private var submitted = 0

    // Consumer side.
    private var nextOutput = 0
    private var current: [UInt8] = []
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
        pending.reserveCapacity(Self.blockSize)
    }

    /// The most input bytes ever waiting between producer and consumer (for memory tests).
    var peakInFlightBytes: Int {
        condition.lock()
        defer { condition.unlock() }
        return peakInFlight
    }

    /// What the consumer has read so far: complete once ``read(into:count:)`` returned 0.
    var totals: (complete: Bool, crc: UInt32, size: UInt64, compressedSize: UInt64) {
        (isComplete, crc, inputSize, outputSize)
    }

    // MARK: Producer

    /// Takes `bytes` (copied into blocks); blocks while enough work is waiting.
    func write(_ bytes: UnsafeRawBufferPointer) throws(ZipWriteError) {
        var offset = 0
        while offset < bytes.count {
            let n = min(Self.blockSize - pending.count, bytes.count - offset)
            pending.append(contentsOf: UnsafeRawBufferPointer(rebasing: bytes[offset..<offset + n]))
            offset += n
            if pending.count == Self.blockSize { try submit(isLast: false) }
        }
    }

    /// Ends the input: the last block (maybe empty) closes the stream.
    func finish() throws(ZipWriteError) {
        try submit(isLast: true)
    }

    private func submit(isLast: Bool) throws(ZipWriteError) {
        let input = pending
        let dictionary = tail
        if !isLast {
            tail = Array(input.suffix(Self.dictionarySize))
            pending = []
            pending.reserveCapacity(Self.blockSize)
        }
        condition.lock()
        defer { condition.unlock() }
        startWorkersIfNeeded()
        while failure == nil && inFlight >= maximumInFlight { condition.wait() }
        if let failure { throw failure }
        guard jobCount == nil else { throw .archiveClosed }
        jobs.append(Job(index: submitted, input: input, dictionary: dictionary, isLast: isLast))
        submitted += 1
        inFlight += 1
        inFlightBytes += input.count
        peakInFlight = max(peakInFlight, inFlightBytes)
        if isLast { jobCount = submitted }
        condition.broadcast()
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

    /// Called under the lock.
    private func startWorkersIfNeeded() {
        guard !workersStarted else { return }
        workersStarted = true
        for number in 0..<workerCount {
            let thread = Thread { [self] in work() }
            thread.name = "deflate-\(number)"
            thread.start()
        }
    }

    private func work() {
        var stream = z_stream()
        guard alucat_deflate_init_raw(&stream, level) == Z_OK else {
            fail(.cannotWrite(path: "", reason: "zlib could not start a deflate stream"))
            return
        }
        defer { deflateEnd(&stream) }
        while true {
            condition.lock()
            while jobs.isEmpty && !stopping { condition.wait() }
            if stopping {
                condition.unlock()
                return
            }
            let job = jobs.removeFirst()
            condition.unlock()
            let output = Self.deflate(job, stream: &stream)
            condition.lock()
            if let output {
                outputs[job.index] = output
            } else if failure == nil {
                failure = .cannotWrite(path: "", reason: "zlib failed to deflate a block")
                stopping = true
            }
            condition.broadcast()
            condition.unlock()
        }
    }

    /// One block, from a reset stream: dictionary, all input, then a sync flush (or finish).
    private static func deflate(_ job: Job, stream: inout z_stream) -> Output? {
        guard deflateReset(&stream) == Z_OK else { return nil }
        if !job.dictionary.isEmpty {
            let status = job.dictionary.withUnsafeBufferPointer { deflateSetDictionary(&stream, $0.baseAddress, UInt32($0.count)) }
            guard status == Z_OK else { return nil }
        }
        // deflateBound covers the data; a sync flush adds at most 5 bytes plus a pending block header.
        let bound = Int(deflateBound(&stream, UInt(job.input.count))) + 64
        // Uninitialised: deflate writes before anything is read (no 512 KiB memset per block).
        var output = [UInt8](unsafeUninitializedCapacity: bound) { _, count in count = bound }
        var produced = 0
        let flush = job.isLast ? Z_FINISH : Z_SYNC_FLUSH
        let ok: Bool = job.input.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            while true {
                if produced == output.count { output.append(contentsOf: repeatElement(0, count: 4096)) }
                let status: Int32 = output.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress! + produced
                    stream.avail_out = UInt32(out.count - produced)
                    let status = CZlib.deflate(&stream, flush)
                    produced = out.count - Int(stream.avail_out)
                    return status
                }
                if job.isLast {
                    if status == Z_STREAM_END { return true }
                    guard status == Z_OK || status == Z_BUF_ERROR else { return false }
                } else {
                    guard status == Z_OK || status == Z_BUF_ERROR else { return false }
                    // Done when all input is taken and the flush fitted.
                    if stream.avail_in == 0 && stream.avail_out > 0 { return true }
                }
            }
        }
        guard ok else { return nil }
        output.removeSubrange(produced...)
        let crc = job.input.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) }
        return Output(bytes: output, crc: crc, inputCount: job.input.count)
    }

    // MARK: Consumer

    /// Fills `buffer` with up to `count` bytes of the stream, in order: 0 at the end,
    /// nil on failure.
    func read(into buffer: UnsafeMutableRawPointer, count: Int) -> Int? {
        var written = 0
        while written < count {
            if currentOffset == current.count {
                guard let more = nextBlock() else { return written > 0 ? written : nil }
                if !more { break }
                continue
            }
            let n = min(count - written, current.count - currentOffset)
            current.withUnsafeBytes { source in
                (buffer + written).copyMemory(from: source.baseAddress! + currentOffset, byteCount: n)
            }
            currentOffset += n
            written += n
        }
        return written
    }

    /// Waits for the next block's output: true when there is one, false at the end of
    /// the stream, nil on failure.
    private func nextBlock() -> Bool? {
        condition.lock()
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
        outputSize += UInt64(output.bytes.count)
        current = output.bytes
        currentOffset = 0
        return true
    }
}
