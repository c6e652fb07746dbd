import AluTestSupport
import Foundation
import Testing
@testable import AluZip

/// The environment a ``ZipTimeZoneChild`` process gets from its parent.
enum ZipChildEnvironment {
    /// Names the test the child runs; its presence enables the suite.
    static let scenario = "ALUCAT_ZIP_TZ_CHILD"
    /// Where the reference archive goes.
    static let output = "ALUCAT_ZIP_TZ_CHILD_OUTPUT"
    static var isChild: Bool { ProcessInfo.processInfo.environment[scenario] != nil }
}

/// The zip tests that need another time zone, run again in a child process of this test
/// bundle with `TZ` in its environment.
///
/// Why a child: libzip 1.7.3 keeps an entry's DOS date and time as a `time_t`
/// (`zip_file_set_dostime` converts with `mktime`) and converts it back with
/// `localtime_r` each time it writes a header — every local header at its entry's turn,
/// the central directory at the end. Its reader's `ZIP_CHECKCONS` compares the two after
/// `mktime` again. The zone is the process's: a test that called `setenv("TZ")` and
/// `tzset()` changed it under every test running beside it, and an archive being written
/// then (a portal brochure, under the full parallel `swift test`) got local headers in
/// one zone and its central directory in another: `ZIP_ER_INCONS` on reading.
@Suite("Zip archives in a child process's time zone",
       .enabled(if: ZipChildEnvironment.isChild, "only in the child process that ZipArchiveWriterTests starts"))
struct ZipTimeZoneChild {
    /// Runs the test `name` of this suite in a child process of this bundle, `environment` added.
    static func run(_ name: String, environment: [String: String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        process.arguments = ["--testing-library", "swift-testing", "--filter", "ZipTimeZoneChild/\(name)"]
        process.environment = ProcessInfo.processInfo.environment
            .merging(environment) { $1 }
            .merging([ZipChildEnvironment.scenario: name]) { $1 }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        // A child that hangs must not hang the whole test run: killed after two minutes
        // (it takes well under a second), which closes the pipe and fails the test.
        let pid = process.processIdentifier
        let watchdog = DispatchWorkItem { kill(pid, SIGKILL) }
        DispatchQueue.global().asyncAfter(deadline: .now() + 120, execute: watchdog)
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        watchdog.cancel()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    /// An archive with each kind of entry: bytes, a stream libzip deflates, a stream deflated
    /// on two threads of ours.
    static func writeReference(to path: String) throws {
        let zip = try ZipArchiveWriter(path: path)
        try zip.addFile("mimetype", bytes: Array("text/plain".utf8), compression: .store)
        try zip.addFile("x.txt", bytes: Array("same".utf8))
        let byLibzip = try zip.addStream("y.txt")
        let parallel = try zip.addStream("z.txt", workers: 2)
        zip.startWriting()
        try byLibzip.write(Array("streamed".utf8))
        byLibzip.finish()
        try parallel.write(ParallelDeflaterTests.sample(ParallelDeflater.blockSize + 5))
        parallel.finish()
        try zip.waitUntilWritten()
    }

    @Test("writes the reference archive")
    func referenceArchive() throws {
        let path = try #require(ProcessInfo.processInfo.environment[ZipChildEnvironment.output])
        try Self.writeReference(to: path)
    }

    @Test("a zone change once the first local header is written, with libzip or our threads deflating")
    func zoneChangeMidWrite() throws {
        for workers in [nil, 2] as [Int?] {
            setenv("TZ", "UTC", 1)
            tzset()
            let path = temporaryFile("zone-change-\(workers ?? 1)-\(UUID().uuidString).zip")
            let zip = try ZipArchiveWriter(path: path)
            try zip.addFile("mimetype", bytes: Array("text/plain".utf8), compression: .store)
            let stream = try zip.addStream("content.xml", capacity: 1024, workers: workers)
            try zip.addFile("after.txt", bytes: Array("after".utf8))
            zip.startWriting()
            // A write returns once libzip has read earlier ones (the queue holds 1 KiB; the
            // deflater at most 2 × workers + 2 blocks): content.xml is being copied, so
            // mimetype's local header is written, in UTC.
            let block = workers == nil ? 1024 : ParallelDeflater.blockSize
            for _ in 0..<8 { try stream.write(Array(repeating: UInt8(ascii: "a"), count: block)) }
            setenv("TZ", "Asia/Kolkata", 1)
            tzset()
            stream.finish()
            try zip.waitUntilWritten()
            // mimetype's local header says 00:00, the central directory 05:30.
            #expect(throws: ZipError.damaged(reason: "Zip archive inconsistent"), "workers \(workers ?? 1)") {
                _ = try ZipArchiveReader(contentsOf: URL(fileURLWithPath: path))
            }
        }
    }
}
