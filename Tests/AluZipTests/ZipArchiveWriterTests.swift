import AluTestSupport
import AluZip
import Foundation
import Testing

/// Walks a zip's local headers: name, method, extra length, DOS time and date.
private func localHeaders(_ data: [UInt8]) -> [(name: String, method: Int, extra: Int, time: Int, date: Int)] {
    var result: [(String, Int, Int, Int, Int)] = []
    var offset = 0
    func u16(_ at: Int) -> Int { Int(data[at]) | Int(data[at + 1]) << 8 }
    func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
    while offset + 30 <= data.count, u32(offset) == 0x0403_4b50 {
        let method = u16(offset + 8)
        let compressed = u32(offset + 18)
        let nameLength = u16(offset + 26), extraLength = u16(offset + 28)
        let name = String(decoding: data[(offset + 30)..<(offset + 30 + nameLength)], as: UTF8.self)
        result.append((name, method, extraLength, u16(offset + 10), u16(offset + 12)))
        offset += 30 + nameLength + extraLength + compressed
    }
    return result
}

private func temporaryPath(_ name: String) -> String {
    let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-zip-\(getpid())")
    try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    return directory.appendingPathComponent(name).path
}

private func unzip(_ archive: String, _ entry: String) throws -> [UInt8] {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/unzip")
    process.arguments = ["-p", archive, entry]
    let pipe = Pipe()
    process.standardOutput = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return Array(data)
}

@Suite("ZipArchiveWriter", .serialized)
struct ZipArchiveWriterTests {
    @Test("entries are written in the order added, stored ones without extra field")
    func orderAndStoredEntry() throws {
        let path = temporaryPath("order.zip")
        let zip = try ZipArchiveWriter(path: path)
        try zip.addFile("mimetype", bytes: Array("application/x-test".utf8), compression: .store)
        try zip.addFile("b.txt", bytes: Array(repeating: UInt8(ascii: "b"), count: 1000))
        try zip.addFile("a/a.txt", bytes: Array("a".utf8))
        try zip.close()
        let headers = localHeaders(Array(try Data(contentsOf: URL(fileURLWithPath: path))))
        #expect(headers.map(\.name) == ["mimetype", "b.txt", "a/a.txt"])
        #expect(headers[0].method == 0 && headers[0].extra == 0)
        #expect(headers[1].method == 8)
    }

    @Test("the same entries give the same bytes, whatever the time zone (each zone in a child process)")
    func deterministic() throws {
        // The time zone is the process's: a test that changed it here would change it under
        // every test running beside this one (see ZipTimeZoneChild).
        let reference = temporaryPath("zone-here.zip")
        try ZipTimeZoneChild.writeReference(to: reference)
        let expected = try Data(contentsOf: URL(fileURLWithPath: reference))
        for zone in ["UTC", "Asia/Kolkata", "America/St_Johns", "Pacific/Kiritimati"] {
            // Without the zone's data glibc silently takes UTC, and the test would prove nothing.
            try #require(zone == "UTC" || FileManager.default.fileExists(atPath: "/usr/share/zoneinfo/\(zone)"),
                         "no /usr/share/zoneinfo/\(zone): install tzdata (scripts/setup.sh --test)")
            let path = temporaryPath("zone-\(zone.replacingOccurrences(of: "/", with: "-")).zip")
            let child = try ZipTimeZoneChild.run("referenceArchive", environment: ["TZ": zone, ZipChildEnvironment.output: path])
            #expect(child.status == 0 && child.output.contains("Test run with 1 test in 1 suite passed"), "\(zone): \(child.output)")
            #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == expected, "\(zone)")
        }
        // 1980-01-01 00:00:00 in every local header, and the central directory agrees.
        #expect(localHeaders(Array(expected)).allSatisfy { $0.time == 0 && $0.date == 0x21 })
        #expect(try ZipArchiveReader(data: expected).entries.map(\.name) == ["mimetype", "x.txt", "y.txt", "z.txt"])
    }

    @Test("libzip stamps each header in the time zone of the moment it writes it: a zone change mid-write gives an archive the consistency check refuses (in a child process)")
    func zoneChangeMidWrite() throws {
        let child = try ZipTimeZoneChild.run("zoneChangeMidWrite", environment: ["TZ": "UTC"])
        #expect(child.status == 0, "\(child.output)")
        #expect(child.output.contains("Test run with 1 test in 1 suite passed"), "\(child.output)")
    }

    @Test("a streamed entry larger than the queue arrives intact and the queue stays bounded")
    func streamedEntry() throws {
        let path = temporaryPath("stream.zip")
        let zip = try ZipArchiveWriter(path: path)
        let stream = try zip.addStream("big.txt", capacity: 64 * 1024)
        zip.startWriting()
        var expected: [UInt8] = []
        var chunk: [UInt8] = []
        for i in 0..<20_000 {
            chunk.append(contentsOf: "line \(i) with some text\n".utf8)
            if chunk.count >= 16 * 1024 {
                expected.append(contentsOf: chunk)
                try stream.write(&chunk)
            }
        }
        expected.append(contentsOf: chunk)
        try stream.write(&chunk)
        stream.finish()
        try zip.waitUntilWritten()
        #expect(try unzip(path, "big.txt") == expected)
        #expect(stream.peakQueuedBytes <= 64 * 1024)
    }

    @Test("a file added by path is read at write time")
    func fileFromPath() throws {
        let source = temporaryPath("source.txt")
        try Data("from disk".utf8).write(to: URL(fileURLWithPath: source))
        let path = temporaryPath("path.zip")
        let zip = try ZipArchiveWriter(path: path)
        try zip.addFile("copy.txt", contentsOf: source)
        #expect(throws: ZipWriteError.unreadableSource(entry: "none", path: "/nonexistent")) {
            try zip.addFile("none", contentsOf: "/nonexistent")
        }
        try zip.close()
        #expect(try unzip(path, "copy.txt") == Array("from disk".utf8))
    }

    @Test("unsafe and duplicate entry names are refused", arguments: ["/abs", "../up", "a/../b", "a//b", "a\\b", ""])
    func unsafeNames(name: String) throws {
        let zip = try ZipArchiveWriter(path: temporaryPath("names.zip"))
        #expect(throws: ZipWriteError.invalidEntryName(name)) { try zip.addFile(name, bytes: [1]) }
        try zip.addFile("ok", bytes: [1])
        #expect(throws: ZipWriteError.duplicateEntry("ok")) { try zip.addFile("ok", bytes: [2]) }
        zip.discard()
    }

    @Test("an unwritable destination fails at close, leaves nothing, and releases a blocked producer")
    func unwritableDestination() throws {
        let path = "/nonexistent-dir/out.zip"
        let zip = try ZipArchiveWriter(path: path)
        try zip.addFile("a", bytes: [1])
        let stream = try zip.addStream("b", capacity: 1024)
        zip.startWriting()
        var failed = false
        do {
            for _ in 0..<100 { try stream.write(Array(repeating: UInt8(7), count: 1024)) }
        } catch { failed = true }
        stream.finish()
        #expect(throws: ZipWriteError.self) { try zip.waitUntilWritten() }
        #expect(failed)
        #expect(!FileManager.default.fileExists(atPath: path))
    }
}
