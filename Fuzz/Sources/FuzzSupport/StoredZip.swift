/// Builds an ODS package around fuzzer bytes: `mimetype` (stored, first), a minimal
/// manifest and the bytes as `content.xml`, all stored (no compression).
///
/// Random changes to a real zip mostly break its CRCs and deflate streams, so the
/// content reader behind them is seldom reached; inputs that do not start with a zip
/// signature are taken as `content.xml` instead and packed here.
public enum StoredZip {
    public static let manifest = Array("""
        <?xml version="1.0" encoding="UTF-8"?>
        <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
         <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
         <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
        </manifest:manifest>
        """.utf8)

    /// True when `bytes` start with a zip local-file signature (`PK\u{3}\u{4}`).
    public static func isZip(_ bytes: [UInt8]) -> Bool { bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) }

    /// The input as an ODS: itself when it is a zip, else packed as `content.xml`.
    public static func ods(from input: [UInt8]) -> [UInt8] {
        isZip(input) ? input : package([
            ("mimetype", Array("application/vnd.oasis.opendocument.spreadsheet".utf8)),
            ("META-INF/manifest.xml", manifest),
            ("content.xml", input),
        ])
    }

    public static func package(_ entries: [(name: String, content: [UInt8])]) -> [UInt8] {
        var out: [UInt8] = [], central: [UInt8] = []
        for (name, content) in entries {
            let offset = UInt32(out.count), crc = crc32(content), nameBytes = Array(name.utf8)
            let fields = le16(20) + le16(0) + le16(0) + le16(0) + le16(0x21) + le32(crc)
                + le32(UInt32(content.count)) + le32(UInt32(content.count)) + le16(UInt16(nameBytes.count)) + le16(0)
            out += le32(0x04034b50) + fields + nameBytes + content
            central += le32(0x02014b50) + le16(20) + fields + le16(0) + le16(0) + le16(0) + le32(0) + le32(offset) + nameBytes
        }
        let centralOffset = UInt32(out.count)
        out += central
        out += le32(0x06054b50) + le16(0) + le16(0) + le16(UInt16(entries.count)) + le16(UInt16(entries.count))
            + le32(UInt32(central.count)) + le32(centralOffset) + le16(0)
        return out
    }

    private static let table: [UInt32] = (0..<256).map { n in
        var c = UInt32(n)
        for _ in 0..<8 { c = c & 1 == 1 ? 0xEDB88320 ^ (c >> 1) : c >> 1 }
        return c
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for b in bytes { c = table[Int((c ^ UInt32(b)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    private static func le16(_ v: UInt16) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8)] }
    private static func le32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8((v >> (8 * $0)) & 0xFF) } }
}
