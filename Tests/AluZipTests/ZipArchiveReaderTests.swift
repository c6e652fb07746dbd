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
// MARK: - An in-test zip builder (hand-written bytes, so tests can lie like attackers do)

/// Builds zip archives byte by byte, including malformed ones: lying sizes, unsafe names,
/// symlink attributes, encryption flags. Deflated entries use stored deflate blocks, or a
/// fixed-Huffman run of one repeated byte for bombs.
struct TestZip {
    struct Entry {
        var name: [UInt8]
        var payload: [UInt8]          // bytes as stored in the archive
        var method: UInt16            // 0 store, 8 deflate
        var crc: UInt32
        var size: UInt32              // declared inflated size
        var flags: UInt16 = 0
        var unixMode: UInt32? = nil   // external attributes (Unix) when set
    }

    var entries: [Entry] = []

    /// A stored entry.
    mutating func store(_ name: String, _ content: [UInt8]) {
        entries.append(Entry(name: Array(name.utf8), payload: content, method: 0, crc: crc32(content), size: UInt32(content.count)))
    }

    mutating func store(_ name: String, _ text: String) { store(name, Array(text.utf8)) }

    /// A deflated entry (stored deflate blocks: valid deflate, no compression).
    mutating func deflate(_ name: String, _ content: [UInt8]) {
        entries.append(Entry(name: Array(name.utf8), payload: deflateStored(content), method: 8, crc: crc32(content), size: UInt32(content.count)))
    }

    mutating func deflate(_ name: String, _ text: String) { deflate(name, Array(text.utf8)) }

    /// A deflated run of `count` copies of `byte`, about 160:1. `declaredSize` defaults to the truth.
    mutating func bomb(_ name: String, byte: UInt8 = 0x30, count: Int, declaredSize: UInt32? = nil) {
        entries.append(Entry(name: Array(name.utf8), payload: deflateRun(byte: byte, count: count), method: 8, crc: 0,
                             size: declaredSize ?? UInt32(clamping: count)))
    }

    func bytes() -> [UInt8] {
        var out: [UInt8] = []
        var central: [UInt8] = []
        for entry in entries {
            let offset = UInt32(out.count)
            out += le32(0x04034b50) + le16(20) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0x21)
            out += le32(entry.crc) + le32(UInt32(entry.payload.count)) + le32(entry.size)
            out += le16(UInt16(entry.name.count)) + le16(0) + entry.name + entry.payload
            let madeBy: UInt16 = entry.unixMode == nil ? 20 : (3 << 8 | 20)
            central += le32(0x02014b50) + le16(madeBy) + le16(20) + le16(entry.flags) + le16(entry.method) + le16(0) + le16(0x21)
            central += le32(entry.crc) + le32(UInt32(entry.payload.count)) + le32(entry.size)
            central += le16(UInt16(entry.name.count)) + le16(0) + le16(0) + le16(0) + le16(0)
            central += le32((entry.unixMode ?? 0) << 16) + le32(offset) + entry.name
        }
        let cdOffset = UInt32(out.count)
        out += central
        out += le32(0x06054b50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
        out += le32(UInt32(central.count)) + le32(cdOffset) + le16(0)
        return out
    }

    private func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xff), UInt8(v >> 8)] }
    private func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xff) } }
}

func crc32(_ bytes: [UInt8]) -> UInt32 {
    var table = [UInt32](repeating: 0, count: 256)
    for i in 0..<256 {
        var c = UInt32(i)
        for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB88320 ^ (c >> 1) : c >> 1 }
        table[i] = c
    }
    var crc: UInt32 = 0xFFFF_FFFF
    for b in bytes { crc = table[Int((crc ^ UInt32(b)) & 0xff)] ^ (crc >> 8) }
    return crc ^ 0xFFFF_FFFF
}

/// Deflate with stored blocks only.
func deflateStored(_ data: [UInt8]) -> [UInt8] {
    var out: [UInt8] = []
    var start = 0
    repeat {
        let end = min(start + 65_535, data.count)
        let final: UInt8 = end == data.count ? 1 : 0
        let len = UInt16(end - start)
        out += [final, UInt8(len & 0xff), UInt8(len >> 8), UInt8(~len & 0xff), UInt8(~len >> 8)]
        out += data[start..<end]
        start = end
    } while start < data.count
    return out
}

/// Deflate, one fixed-Huffman block: a literal then length-258/distance-1 matches.
func deflateRun(byte: UInt8, count: Int) -> [UInt8] {
    var out: [UInt8] = []
    var bitBuffer: UInt32 = 0
    var bitCount = 0
    func bits(_ value: UInt32, _ n: Int) {          // LSB-first
        bitBuffer |= value << UInt32(bitCount); bitCount += n
        while bitCount >= 8 { out.append(UInt8(bitBuffer & 0xff)); bitBuffer >>= 8; bitCount -= 8 }
    }
    func huffman(_ code: UInt32, _ n: Int) {        // Huffman codes go MSB-first
        var reversed: UInt32 = 0
        for i in 0..<n where code & (1 << UInt32(i)) != 0 { reversed |= 1 << UInt32(n - 1 - i) }
        bits(reversed, n)
    }
    func literal(_ v: Int) {
        switch v {
        case 0...143: huffman(UInt32(0x30 + v), 8)
        case 144...255: huffman(UInt32(0x190 + v - 144), 9)
        case 256...279: huffman(UInt32(v - 256), 7)
        default: huffman(UInt32(0xC0 + v - 280), 8)
        }
    }
    bits(1, 1); bits(1, 2)                          // BFINAL, BTYPE=01
    var remaining = count
    if remaining > 0 { literal(Int(byte)); remaining -= 1 }
    while remaining >= 258 { literal(285); huffman(0, 5); remaining -= 258 }
    while remaining > 0 { literal(Int(byte)); remaining -= 1 }
    literal(256)
    if bitCount > 0 { out.append(UInt8(bitBuffer & 0xff)) }
    return out
}
