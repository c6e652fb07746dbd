import AluTestSupport
import AluIntake
import Foundation
import Testing

@Suite("Hostile ODS files are refused by import")
struct HostileFormTests {
    static let manifest = #"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#
    static let encryptedManifest = #"<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3"><manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml" manifest:size="100"><manifest:encryption-data manifest:checksum-type="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0#sha256-1k" manifest:checksum="AAAA"><manifest:algorithm manifest:algorithm-name="http://www.w3.org/2001/04/xmlenc#aes256-cbc" manifest:initialisation-vector="AAAA"/><manifest:key-derivation manifest:key-derivation-name="PBKDF2" manifest:key-size="32" manifest:iteration-count="100000" manifest:salt="AAAA"/></manifest:encryption-data></manifest:file-entry></manifest:manifest>"#

    static func content(_ rows: String, prologue: String = "") -> String {
        #"<?xml version="1.0" encoding="UTF-8"?>\#(prologue)<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3"><office:body><office:spreadsheet><table:table table:name="Identité"><table:table-column/>\#(rows)</table:table></office:spreadsheet></office:body></office:document-content>"#
    }

    static func package(content: String? = nil, manifest: String = manifest, _ extra: (inout TestZip) -> Void = { _ in }) -> [UInt8] {
        var zip = TestZip()
        zip.store("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zip.deflate("META-INF/manifest.xml", manifest)
        if let content { zip.deflate("content.xml", content) }
        extra(&zip)
        return zip.bytes()
    }

    static let cases: [(String, [UInt8])] = [
        ("zip bomb", package { $0.bomb("content.xml", count: 300 << 20) }),
        ("size lie", package { $0.bomb("content.xml", count: 200 << 20, declaredSize: 1024) }),
        ("path traversal", package(content: content("")) { $0.deflate("../../evil.txt", "x") }),
        ("duplicate entries", package(content: content("")) { $0.deflate("content.xml", content("")) }),
        ("encrypted", package(content: content(""), manifest: encryptedManifest)),
        ("repetition bomb", package(content: content(#"<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#))),
        ("small amplification (305 rows × 16,384 copies of one cell)", package(content: content(#"<table:table-row table:number-rows-repeated="305"><table:table-cell table:number-columns-repeated="16384" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>"#))),
        ("DOCTYPE in content.xml", package(content: content("", prologue: #"<!DOCTYPE lol [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>"#))),
        ("not a zip", Array("<supplier/>".utf8)),
    ]

    @Test("refused with a clear error, quickly and in bounded memory", arguments: cases.map(\.0))
    func refused(_ name: String) throws {
        let bytes = Self.cases.first { $0.0 == name }!.1
        let path = TestPaths.temporaryDirectory("hostile") + "/form.ods"
        try Data(bytes).write(to: URL(fileURLWithPath: path))
        let start = Date()
        #expect(throws: IntakeError.self) { _ = try SupplierFormReader().read(path: path) }
        #expect(Date().timeIntervalSince(start) < 10)
        do {
            _ = try SupplierFormReader().read(path: path)
        } catch {
            let message = error.errorDescription ?? ""
            #expect(message.hasPrefix(path + ": "), "\(message)")
            #expect(message.count < 400, "\(message)")
        }
    }

    @Test("the import command refuses a hostile file with exit status 1 and one error line")
    func importCommandRefusesHostileFile() throws {
        guard let alucat = TestPaths.alucat else {
            if TestPaths.isCI { Issue.record("alucat is not built") }
            return
        }
        let path = TestPaths.temporaryDirectory("hostile") + "/bomb.ods"
        try Data(Self.cases[0].1).write(to: URL(fileURLWithPath: path))
        let (status, output) = try run(alucat, ["import", "--catalog", TestPaths.catalog, path])
        #expect(status == 1)
        #expect(output.hasPrefix("alucat: error: \(path): "), "\(output)")
    }
}
