// Copied from Tests/OpenDocumentTests/SpreadsheetReaderTestZipTests.swift (test targets cannot share files).

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
