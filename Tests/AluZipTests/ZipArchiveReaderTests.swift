import AluTestSupport
import AluZip
import Foundation
import Testing

@Suite("ZipArchiveReader")
struct ZipArchiveReaderTests {
    private func open(_ zip: TestZip, limits: ZipReadLimits = ZipReadLimits()) throws -> ZipArchiveReader {
        try ZipArchiveReader(data: Data(zip.bytes()), limits: limits)
    }

    private func openError(_ bytes: [UInt8], limits: ZipReadLimits = ZipReadLimits()) -> ZipError? {
        do {
            _ = try ZipArchiveReader(data: Data(bytes), limits: limits)
            return nil
        } catch {
            return error
        }
    }

    @Test("reads stored and deflated entries by exact name")
    func readsEntries() throws {
        var zip = TestZip()
        zip.store("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zip.deflate("content.xml", "<a>hello</a>")
        zip.deflate("dir/sub/file.txt", Array(repeating: 7, count: 200_000))
        let reader = try open(zip)
        #expect(reader.entries.map(\.name) == ["mimetype", "content.xml", "dir/sub/file.txt"])
        #expect(reader.entries[0].isStored)
        #expect(!reader.entries[1].isStored)
        #expect(String(decoding: try reader.read("content.xml"), as: UTF8.self) == "<a>hello</a>")
        #expect(try reader.read("dir/sub/file.txt") == Data(repeating: 7, count: 200_000))
        #expect(reader.largestChunkBytes <= 64 << 10)
        #expect(reader.entry(named: "Content.xml") == nil)
        #expect(throws: ZipError.entryNotFound("Content.xml")) { try reader.read("Content.xml") }
    }

    @Test("streams an entry in bounded chunks")
    func streamsInChunks() throws {
        var zip = TestZip()
        zip.deflate("big", Array(repeating: 1, count: 300_000))
        let reader = try open(zip)
        var chunks = 0
        var total = 0
        try reader.stream("big") { chunk in
            chunks += 1
            total += chunk.count
            #expect(chunk.count <= 64 << 10)
        }
        #expect(total == 300_000)
        #expect(chunks >= 5)
        #expect(reader.totalInflatedBytes == 300_000)
    }

    @Test("rejects an archive over the size cap before opening it")
    func rejectsOversizedInput() {
        let limits = ZipReadLimits(maxArchiveBytes: 100)
        #expect(openError(Array(repeating: 0, count: 101), limits: limits) == .archiveTooLarge(bytes: 101, limit: 100))
    }

    @Test("rejects bytes that are not a zip", arguments: ["empty", "text", "garbage"])
    func rejectsNotAZip(_ kind: String) {
        let bytes: [UInt8] = switch kind {
        case "empty": []
        case "text": Array("just some text, not an archive".utf8)
        default: (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 7919 &+ 13) }
        }
        #expect(openError(bytes) == .notAZip)
        #expect(ZipError.notAZip.localizedDescription == "the file is not a zip archive")
    }

    @Test("rejects a truncated archive")
    func rejectsTruncated() {
        var zip = TestZip()
        zip.store("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zip.deflate("content.xml", Array(repeating: 65, count: 5000))
        let bytes = zip.bytes()
        for cut in [bytes.count - 1, bytes.count - 30, bytes.count / 2, 40] {
            let error = openError(Array(bytes.prefix(cut)))
            #expect(error == .notAZip || { if case .damaged = error { true } else { false } }(), "cut at \(cut): \(String(describing: error))")
        }
        // Entry data cut out while the directories stay: the offsets no longer match.
        var damaged = bytes
        damaged.removeSubrange(100..<200)
        let error = openError(damaged)
        #expect(error != nil)
    }

    @Test("rejects duplicate entry names")
    func rejectsDuplicates() {
        var zip = TestZip()
        zip.store("content.xml", "ACME GmbH")
        zip.store("content.xml", "EVIL Corp")
        let error = openError(zip.bytes())
        #expect(error == .duplicateEntryName(nil) || error == .duplicateEntryName("content.xml"))
        #expect(error?.localizedDescription.contains("two entries") == true)
    }

    @Test("rejects unsafe entry names", arguments: [
        ("../evil", "it contains a '..' segment"),
        ("a/../../evil", "it contains a '..' segment"),
        ("/abs", "it is an absolute path"),
        ("\\abs", "it contains a backslash"),
        ("a\\b", "it contains a backslash"),
        ("C:x", "it starts with a drive letter"),
        ("c:/windows", "it starts with a drive letter"),
        ("./content.xml", "it contains a '.' segment"),
        ("a//b", "it contains an empty path segment"),
        ("evil\u{202E}lmx.exe", "it contains the control or bidi character U+202E"),
        ("bell\u{07}", "it contains the control or bidi character U+7"),
    ])
    func rejectsUnsafeNames(name: String, reason: String) {
        var zip = TestZip()
        zip.store("mimetype", "x")
        zip.store(name, "payload")
        let error = openError(zip.bytes())
        guard case .unsafeEntryName(_, let got) = error else {
            Issue.record("expected unsafeEntryName, got \(String(describing: error))")
            return
        }
        #expect(got == reason)
        #expect(error?.localizedDescription.contains("has an unsafe name: \(reason)") == true)
    }

    @Test("shows hostile characters in names as escapes")
    func escapesNamesInMessages() {
        var zip = TestZip()
        zip.store("evil\u{202E}lmx.exe", "x")
        let message = openError(zip.bytes())?.localizedDescription ?? ""
        #expect(message.contains("evil\\u{202E}lmx.exe"))
        #expect(!message.contains("\u{202E}"))
    }

    @Test("rejects a name that is not UTF-8")
    func rejectsInvalidUTF8Name() {
        var zip = TestZip()
        zip.store("x", "payload")
        zip.entries[0].name = [0x61, 0xFF, 0x62]
        guard case .unsafeEntryName(_, "it is not valid UTF-8") = openError(zip.bytes()) else {
            Issue.record("expected a UTF-8 rejection"); return
        }
    }

    @Test("rejects symbolic link entries")
    func rejectsSymlinks() {
        var zip = TestZip()
        zip.store("content.xml", "/etc/passwd")
        zip.entries[0].unixMode = 0o120777
        #expect(openError(zip.bytes()) == .symbolicLink("content.xml"))
        // A regular Unix file with the same bits otherwise is fine.
        zip.entries[0].unixMode = 0o100644
        #expect(openError(zip.bytes()) == nil)
    }

    @Test("rejects traditional PKWARE encrypted entries")
    func rejectsEncrypted() {
        var zip = TestZip()
        zip.store("content.xml", Array(repeating: 0x55, count: 40))
        zip.entries[0].flags = 0x0001
        #expect(openError(zip.bytes()) == .encryptedEntry("content.xml"))
        #expect(ZipError.encryptedEntry("content.xml").localizedDescription
            == "zip entry 'content.xml' is encrypted: send the file without a password")
    }

    @Test("rejects unsupported compression methods")
    func rejectsUnknownMethod() {
        var zip = TestZip()
        zip.store("content.xml", "abc")
        zip.entries[0].method = 12 // bzip2
        #expect(openError(zip.bytes()) == .unsupportedCompression("content.xml", method: 12))
    }

    @Test("rejects too many entries")
    func rejectsTooManyEntries() {
        var zip = TestZip()
        for i in 0..<11 { zip.store("f\(i)", "x") }
        #expect(openError(zip.bytes(), limits: ZipReadLimits(maxEntries: 10)) == .tooManyEntries(count: 11, limit: 10))
    }

    @Test("rejects a high-ratio zip bomb by its declared sizes before inflating")
    func rejectsDeclaredBomb() throws {
        var zip = TestZip()
        zip.bomb("content.xml", count: 20_000_000)
        #expect(openError(zip.bytes()) == .compressionRatioTooHigh("content.xml", limit: 100))
        // With the ratio check off, the per-entry cap catches the declared size.
        let limits = ZipReadLimits(maxEntryBytes: 1 << 20, maxCompressionRatio: 1_000)
        #expect(openError(zip.bytes(), limits: limits) == .entryTooLarge("content.xml", limit: 1 << 20))
    }

    @Test("counts real inflated bytes when the header lies about the size")
    func rejectsSizeLie() throws {
        var zip = TestZip()
        zip.bomb("content.xml", count: 50_000_000, declaredSize: 1024)
        let reader = try open(zip)   // 1,024 declared bytes look harmless
        #expect(reader.entries[0].declaredSize == 1024)
        #expect(throws: ZipError.sizeMismatch("content.xml", declared: 1024)) { try reader.read("content.xml") }
        // Stopped after the first chunk, not after 50 MB.
        #expect(reader.totalInflatedBytes <= 64 << 10)
    }

    @Test("enforces the per-archive budget across reads")
    func totalBudgetAcrossReads() throws {
        var zip = TestZip()
        zip.deflate("a", Array(repeating: 1, count: 100_000))
        let limits = ZipReadLimits(maxTotalBytes: 250_000)
        let reader = try open(zip, limits: limits)
        _ = try reader.read("a")
        _ = try reader.read("a")
        #expect(throws: ZipError.archiveInflatesTooMuch(limit: 250_000)) { try reader.read("a") }
        #expect(reader.totalInflatedBytes <= 250_000 + 65_536)
    }

    @Test("rejects archives whose declared sizes sum past the budget")
    func declaredTotal() {
        var zip = TestZip()
        zip.deflate("a", Array(repeating: 1, count: 60_000))
        zip.deflate("b", Array(repeating: 1, count: 60_000))
        #expect(openError(zip.bytes(), limits: ZipReadLimits(maxTotalBytes: 100_000)) == .archiveInflatesTooMuch(limit: 100_000))
    }

    @Test("reports a CRC error instead of returning corrupt data")
    func crcError() throws {
        var zip = TestZip()
        zip.store("a", "hello")
        zip.entries[0].crc ^= 1
        let reader = try open(zip)
        #expect {
            try reader.read("a")
        } throws: { error in
            guard case .readFailed("a", let reason) = error as? ZipError else { return false }
            return reason.contains("CRC")
        }
    }
}
