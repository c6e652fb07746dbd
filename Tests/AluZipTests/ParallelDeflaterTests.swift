import AluTestSupport
import CZlib
import Foundation
import Testing
@testable import AluZip

@Suite("Deflating one entry on several threads")
struct ParallelDeflaterTests {
    /// Text that compresses like content.xml (repeated markup, varied words), and noise.
    static func sample(_ count: Int, seed: UInt64 = 7) -> [UInt8] {
        var state = seed
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 64)
        let words = ["<table:table-row>", "<text:p>", "anode", "rodding", "Saguenay", "ISO 9001", "</text:p>", "cuve", "é", "ب"]
        while bytes.count < count {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            if state >> 60 == 0 {
                for _ in 0..<16 { state = state &* 6364136223846793005 &+ 1; bytes.append(UInt8(truncatingIfNeeded: state >> 33)) }
            } else {
                bytes += Array(words[Int(state >> 33) % words.count].utf8)
            }
        }
        return Array(bytes.prefix(count))
    }

    /// Everything the deflater gives, written in pieces of `cut` bytes.
    static func deflate(_ input: [UInt8], workers: Int, cut: Int) throws -> (bytes: [UInt8], crc: UInt32, size: UInt64, threads: Int) {
        let deflater = ParallelDeflater(level: 6, workers: workers)
        let output = Collected()
        let done = DispatchSemaphore(value: 0)
        // The consumer, as libzip's thread would be.
        let reader = Thread {
            var buffer = [UInt8](repeating: 0, count: 8192)
            while true {
                let n = buffer.withUnsafeMutableBytes { deflater.read(into: $0.baseAddress!, count: $0.count) }
                guard let n, n > 0 else { break }
                output.bytes += buffer[0..<n]
            }
            done.signal()
        }
        reader.start()
        var offset = 0
        while offset < input.count {
            let end = min(input.count, offset + cut)
            var chunk = Array(input[offset..<end])
            try deflater.write(&chunk)
            #expect(chunk.isEmpty)
            offset = end
        }
        try deflater.finish()
        done.wait()
        let totals = deflater.totals
        #expect(totals.complete)
        #expect(totals.compressedSize == UInt64(output.bytes.count))
        return (output.bytes, totals.crc, totals.size, deflater.startedWorkerCount)
    }

    /// zlib's own inflate of a raw stream.
    static func inflate(_ bytes: [UInt8]) -> [UInt8]? {
        var stream = z_stream()
        guard inflateInit2_(&stream, -15, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return nil }
        defer { inflateEnd(&stream) }
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status = Z_OK
        bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
            stream.avail_in = UInt32(input.count)
            repeat {
                chunk.withUnsafeMutableBufferPointer { out in
                    stream.next_out = out.baseAddress
                    stream.avail_out = UInt32(out.count)
                    status = CZlib.inflate(&stream, Z_NO_FLUSH)
                    output += out[0..<(out.count - Int(stream.avail_out))]
                }
            } while status == Z_OK
        }
        // The stream must end exactly at its end: a final block, no trailing garbage.
        return status == Z_STREAM_END && stream.avail_in == 0 ? output : nil
    }

    @Test("zlib inflates the stream back to the input, with the CRC-32 and size of the whole, at every size around the block edges",
          arguments: [0, 1, 1000, ParallelDeflater.blockSize - 1, ParallelDeflater.blockSize, ParallelDeflater.blockSize + 1, 3 * ParallelDeflater.blockSize + 12_345])
    func roundTrips(size: Int) throws {
        let input = Self.sample(size)
        let result = try Self.deflate(input, workers: 2, cut: 10_000)
        #expect(Self.inflate(result.bytes) == input)
        #expect(result.size == UInt64(size))
        #expect(result.crc == input.withUnsafeBufferPointer { UInt32(crc32(0, $0.baseAddress, UInt32($0.count))) })
    }

    @Test("threads start as blocks wait for them: one block, one thread; never more than asked for")
    func threadsOnDemand() throws {
        #expect(try Self.deflate(Self.sample(1000), workers: 4, cut: 100).threads == 1)
        #expect(try Self.deflate(Self.sample(0), workers: 4, cut: 100).threads == 1)
        #expect(try Self.deflate(Self.sample(9 * ParallelDeflater.blockSize), workers: 3, cut: 65_536).threads <= 3)
    }

    @Test("the bytes depend on the input alone: not on the number of workers, nor on how the writes were cut")
    func sameBytesEverywhere() throws {
        let input = Self.sample(5 * ParallelDeflater.blockSize + 777, seed: 11)
        let reference = try Self.deflate(input, workers: 1, cut: 65_536).bytes
        for (workers, cut) in [(2, 1_000), (3, 131_072), (4, 99_991), (2, 5 * ParallelDeflater.blockSize + 777)] {
            #expect(try Self.deflate(input, workers: workers, cut: cut).bytes == reference, "workers \(workers), cut \(cut)")
        }
    }

    @Test("compresses about as well as one stream: the dictionary carries matches across the cuts")
    func ratioCloseToOneStream() throws {
        let input = Self.sample(8 * ParallelDeflater.blockSize, seed: 3)
        let parallel = try Self.deflate(input, workers: 2, cut: 65_536).bytes.count
        var stream = z_stream()
        #expect(alucat_deflate_init_raw(&stream, 6) == Z_OK)
        defer { deflateEnd(&stream) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(&stream, UInt(input.count))))
        var single = 0
        input.withUnsafeBufferPointer { source in
            out.withUnsafeMutableBufferPointer { target in
                stream.next_in = UnsafeMutablePointer(mutating: source.baseAddress)
                stream.avail_in = UInt32(source.count)
                stream.next_out = target.baseAddress
                stream.avail_out = UInt32(target.count)
                _ = CZlib.deflate(&stream, Z_FINISH)
                single = target.count - Int(stream.avail_out)
            }
        }
        #expect(Double(parallel) <= Double(single) * 1.01, "parallel \(parallel) vs one stream \(single)")
    }

    @Test("in a zip: libzip stores the finished stream with its CRC and sizes; unzip -t and our reader agree")
    func inAZip() throws {
        let input = Self.sample(2 * ParallelDeflater.blockSize + 5)
        let path = temporaryFile("parallel-\(UUID().uuidString).zip")
        let zip = try ZipArchiveWriter(path: path)
        try zip.addFile("mimetype", bytes: Array("text/plain".utf8), compression: .store)
        let stream = try zip.addStream("content.xml", workers: 2)
        try zip.addFile("after.txt", bytes: Array("after".utf8))
        zip.startWriting()
        var offset = 0
        while offset < input.count {
            var chunk = Array(input[offset..<min(input.count, offset + 50_000)])
            try stream.write(&chunk)
            offset += 50_000
        }
        stream.finish()
        try zip.waitUntilWritten()
        let reader = try ZipArchiveReader(contentsOf: URL(fileURLWithPath: path))
        #expect(Array(try reader.read("content.xml")) == input)
        #expect(Array(try reader.read("after.txt")) == Array("after".utf8))
        if let unzip = ODFTools.which("unzip") {
            let test = try ODFTools.run(unzip, ["-t", path])
            #expect(test.status == 0, "\(test.output)")
        } else if ODFTools.isCI {
            Issue.record("unzip is missing with CI=true")
        }
    }

    @Test("a discarded archive stops the workers and the producer sees the failure")
    func discardStops() throws {
        let zip = try ZipArchiveWriter(path: temporaryFile("discarded-\(UUID().uuidString).zip"))
        let stream = try zip.addStream("content.xml", workers: 2)
        zip.startWriting()
        var chunk = Self.sample(ParallelDeflater.blockSize)
        try stream.write(&chunk)
        zip.discard()
        var more = Self.sample(ParallelDeflater.blockSize * 40)
        #expect(throws: ZipWriteError.self) {
            for _ in 0..<40 { var copy = more; try stream.write(&copy) }
            more = []
        }
    }
}

/// What the reading thread collected; read after it signalled.
private final class Collected: @unchecked Sendable {
    var bytes: [UInt8] = []
}
