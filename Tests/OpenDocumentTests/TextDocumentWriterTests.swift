import AluTestSupport
import Foundation
import OpenDocument
import Testing

/// The OpenDocument text writer: valid ODF 1.3, text that stays text, a contents body
/// that shows without an update, right to left and languages, the same bytes twice.
@Suite("TextDocumentWriter")
struct TextDocumentWriterTests {
    static let hostile = "<text:p>&amp; \"quoted\" </office:text>\u{1}"

    static func document(rightToLeft: Bool = false, language: String = "fr-CA") -> TextDocument {
        TextDocument(
            metadata: WorkbookMetadata(title: "Essai <titre>", language: language, generator: "AluCat tests"),
            page: PageLayout(paper: .letter), rightToLeft: rightToLeft, footer: "Pied & page",
            blocks: [
                .paragraph([TextRun("Couverture")], kind: .title),
                .pageBreak,
                .tableOfContents(title: "Table des matières"),
                .heading("Premier", level: 1, pageBreakBefore: true),
                .paragraph([TextRun("Gras", bold: true), TextRun(" puis "), TextRun("English words", language: "en-GB"), TextRun(hostile)]),
                .bulletList([[TextRun("un")], [TextRun("deux\nlignes")]]),
                .heading("Sous-partie", level: 2),
                .table(widths: [1, 2], header: ["Nom", "Valeur"], rows: [[[TextRun("a")], [TextRun("b", bold: true)]]]),
                .heading("Deuxième", level: 1, pageBreakBefore: true),
                .paragraph([TextRun("نص عربي", language: "ar")], language: "ar"),
            ])
    }

    @Test("a document with every block kind is valid against the OASIS ODF 1.3 schema and manifest schema (jing)")
    func validAgainstTheSchema() throws {
        guard ODFTools.available(["jing"]) else { return }
        for rtl in [false, true] {
            let path = temporaryFile("text-\(rtl).odt")
            try TextDocumentWriter.write(Self.document(rightToLeft: rtl), to: path)
            let folder = temporaryDirectory("text-parts-\(rtl)")
            _ = try ODFTools.run("/usr/bin/unzip", ["-o", "-q", path, "-d", folder])
            let schema = ODFTools.directory + "/schema/"
            let parts = try ODFTools.run("/usr/bin/jing", ["-i", schema + "OpenDocument-v1.3-schema.rng", folder + "/content.xml", folder + "/styles.xml", folder + "/meta.xml"])
            #expect(parts.status == 0, "\(parts.output)")
            let manifest = try ODFTools.run("/usr/bin/jing", ["-i", schema + "OpenDocument-v1.3-manifest-schema.rng", folder + "/META-INF/manifest.xml"])
            #expect(manifest.status == 0, "\(manifest.output)")
            // mimetype first and stored: the media type at byte 38.
            let bytes = try #require(FileManager.default.contents(atPath: path))
            #expect(String(decoding: bytes[38..<(38 + 39)], as: UTF8.self) == TextDocumentWriter.mediaType)
        }
    }

    @Test("text never becomes markup: tags, entities and quotes are escaped, forbidden characters replaced")
    func textStaysText() {
        let content = String(decoding: TextDocumentWriter.contentXML(Self.document()), as: UTF8.self)
        #expect(content.contains("&lt;text:p&gt;&amp;amp; \"quoted\" &lt;/office:text&gt;\u{FFFD}"))
        #expect(!content.contains(Self.hostile))
        #expect(content.contains("deux<text:line-break/>lignes"))
        let styles = String(decoding: TextDocumentWriter.stylesXML(Self.document()), as: UTF8.self)
        #expect(styles.contains("Pied &amp; page — <text:page-number"))
    }

    @Test("the contents body lists every heading up to its level with the page counted from page breaks")
    func contentsBodyIsGenerated() {
        let content = String(decoding: TextDocumentWriter.contentXML(Self.document()), as: UTF8.self)
        #expect(content.contains("<text:p text:style-name=\"Contents_20_1\">Premier<text:tab/>3</text:p><text:p text:style-name=\"Contents_20_1\">Deuxième<text:tab/>4</text:p></text:index-body>"))
        #expect(!content.contains("Sous-partie<text:tab/>"))
        #expect(content.contains("<text:h text:style-name=\"P2\" text:outline-level=\"1\">Premier</text:h>"))
        #expect(content.contains("<text:h text:style-name=\"Heading_20_2\" text:outline-level=\"2\">Sous-partie</text:h>"))
    }

    @Test("right to left: page layout and paragraphs in rl-tb; Arabic is a complex-script language, French a Western one")
    func directionAndLanguages() {
        let rtl = String(decoding: TextDocumentWriter.stylesXML(Self.document(rightToLeft: true, language: "ar")), as: UTF8.self)
        #expect(rtl.contains("style:paragraph-properties style:writing-mode=\"rl-tb\""))
        #expect(rtl.contains("style:writing-mode=\"rl-tb\"/><style:header-style/>"))
        #expect(rtl.contains("style:language-complex=\"ar\""))
        let ltr = String(decoding: TextDocumentWriter.stylesXML(Self.document()), as: UTF8.self)
        #expect(!ltr.contains("rl-tb"))
        #expect(ltr.contains("fo:language=\"fr\" fo:country=\"CA\""))
        let content = String(decoding: TextDocumentWriter.contentXML(Self.document()), as: UTF8.self)
        #expect(content.contains("<style:text-properties fo:language=\"en\" fo:country=\"GB\"/>"))
        #expect(content.contains("<style:text-properties style:language-complex=\"ar\"/>"))
        #expect(content.contains("<style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"/>"))
    }

    @Test("the same document gives the same bytes; an unwritable path is an error naming it")
    func deterministicAndFailsClearly() throws {
        let a = temporaryFile("text-det-a.odt"), b = temporaryFile("text-det-b.odt")
        try TextDocumentWriter.write(Self.document(), to: a)
        try TextDocumentWriter.write(Self.document(), to: b)
        #expect(FileManager.default.contents(atPath: a) == FileManager.default.contents(atPath: b))
        #expect(throws: SpreadsheetError.self) { try TextDocumentWriter.write(Self.document(), to: "/nonexistent-folder/x.odt") }
    }
}
