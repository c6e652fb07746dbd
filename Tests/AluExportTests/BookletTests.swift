import AluCatalog
import AluExport
import AluTestSupport
import Foundation
import OpenDocument
import Testing

/// The delegation booklet: valid ODF text, one page per supplier in LibreOffice's PDF,
/// Arabic right to left, the same bytes twice, one per language in the packet.
@Suite("Delegation booklet", .serialized)
struct BookletTests {
    static let missionID = "gulf-smelters-2027"

    static func booklet(_ language: String) throws -> DelegationBooklet {
        let catalog = TestCatalog.catalog
        let mission = try #require(catalog.mission(missionID))
        let selection = MissionSelection.select(mission, catalog: catalog, today: TestCatalog.today)
        return DelegationBooklet(
            mission: mission, suppliers: selection.selected, taxonomy: catalog.taxonomy,
            translations: try #require(Translations(language: language)), period: selection.period, generated: TestCatalog.today)
    }

    static func jing(_ file: String) throws -> (status: Int32, output: String) {
        let folder = temporaryDirectory("booklet-jing-\(UUID().uuidString)")
        _ = try ODFTools.run("/usr/bin/unzip", ["-o", "-q", file, "-d", folder])
        let schema = ODFTools.directory + "/schema/"
        let parts = try ODFTools.run("/usr/bin/jing", ["-i", schema + "OpenDocument-v1.3-schema.rng",
                                                        folder + "/content.xml", folder + "/styles.xml", folder + "/meta.xml"])
        let manifest = try ODFTools.run("/usr/bin/jing", ["-i", schema + "OpenDocument-v1.3-manifest-schema.rng", folder + "/META-INF/manifest.xml"])
        return (parts.status == 0 ? manifest.status : parts.status, parts.output + manifest.output)
    }

    @Test("the booklet is valid ODF 1.3 text (jing, OASIS schema and manifest schema) in every packet language",
          arguments: ["fr", "en", "es", "ar", "pt"])
    func validAgainstTheSchema(language: String) throws {
        guard ODFTools.available(["jing"]) else { return }
        let path = temporaryFile("booklet-valid-\(language).odt")
        try Self.booklet(language).write(to: path)
        let check = try Self.jing(path)
        #expect(check.status == 0, "\(check.output)")
        #expect(try part("mimetype", of: path) == "application/vnd.oasis.opendocument.text")
    }

    @Test("LibreOffice prints a cover, a contents page and one page per supplier, each name on its own page",
          arguments: ["fr", "ar"])
    func onePagePerSupplier(language: String) throws {
        guard ODFTools.available(PDFText.tools) else { return }
        let booklet = try Self.booklet(language)
        let folder = temporaryDirectory("booklet-pdf-\(language)")
        let odt = folder + "/booklet-\(language).odt"
        try booklet.write(to: odt)
        try LibreOfficePDF.convert(odt, to: folder + "/booklet-\(language).pdf")
        let pdf = PDFText(path: folder + "/booklet-\(language).pdf")
        let suppliers = booklet.suppliers.suppliers
        #expect(suppliers.count >= 5)
        #expect(pdf.pageCount == 2 + suppliers.count)
        let title = try #require(Translations(language: language)?.text(booklet.mission.titles))
        #expect(pdf.text(page: 1).contains(title.split(separator: " ").first!))
        // pdftotext gives right-to-left lines in visual pieces: compare words.
        // Leader dots run into the last word of a contents entry: cut them out.
        func words(_ text: String) -> Set<String> {
            Set(text.replacing(/\.{4,}/, with: " ").split(whereSeparator: \.isWhitespace).map { String($0).trimmingCharacters(in: CharacterSet(charactersIn: ".")) })
        }
        let contents = words(pdf.text(page: 2))
        for (index, supplier) in suppliers.enumerated() {
            let page = pdf.text(page: 3 + index)
            let name = words(supplier.displayName)
            #expect(name.isSubset(of: words(page)), "page \(3 + index) lacks \(supplier.displayName)")
            if language != "ar" {
                let firstLine = page.split(separator: "\n").first.map(String.init) ?? ""
                #expect(firstLine.trimmingCharacters(in: .whitespaces) == supplier.displayName, "page \(3 + index): '\(firstLine)'")
            }
            // The contents page lists it, with the page it is on.
            #expect(name.isSubset(of: contents))
            #expect(contents.contains("\(3 + index)"), "no entry for page \(3 + index)")
            // No other supplier's name is the page's heading.
            for other in suppliers where other.id != supplier.id && !words(other.displayName).isSubset(of: name) {
                #expect(!page.hasPrefix(other.displayName), "\(other.displayName) heads \(supplier.displayName)'s page")
            }
        }
        // Every word on the printed page is 8 pt or more.
        for page in 1...pdf.pageCount {
            let small = pdf.words(page: page).filter { $0.height / PDFText.boxPerPoint < 7.95 }
            #expect(small.isEmpty, "page \(page): \(small.prefix(3).map(\.text))")
        }
    }

    @Test("the Arabic booklet runs right to left: page, paragraphs and tables, with Arabic as the complex-script language")
    func arabicIsRightToLeft() throws {
        let document = try Self.booklet("ar").document
        let styles = String(decoding: TextDocumentWriter.stylesXML(document), as: UTF8.self)
        #expect(styles.contains("<style:default-style style:family=\"paragraph\"><style:paragraph-properties style:writing-mode=\"rl-tb\" fo:text-align=\"right\""))
        #expect(styles.contains("style:language-complex=\"ar\""))
        #expect(styles.contains("style:print-orientation=\"portrait\""))
        #expect(styles.contains("style:writing-mode=\"rl-tb\"/><style:header-style/>"))
        let french = String(decoding: TextDocumentWriter.stylesXML(try Self.booklet("fr").document), as: UTF8.self)
        #expect(!french.contains("rl-tb"))
        #expect(french.contains("fo:language=\"fr\""))
    }

    @Test("two builds of the booklet are byte-identical")
    func deterministic() throws {
        let a = temporaryFile("booklet-det-a.odt"), b = temporaryFile("booklet-det-b.odt")
        try Self.booklet("ar").write(to: a)
        try Self.booklet("ar").write(to: b)
        let bytes = try #require(FileManager.default.contents(atPath: a))
        #expect(bytes == FileManager.default.contents(atPath: b))
        #expect(bytes.count > 1000)
    }

    @Test("only publishable data: no unconsented contact, uncitable reference, internal note or expired certificate")
    func onlyPublishableData() throws {
        let booklet = try Self.booklet("en")
        let content = String(decoding: TextDocumentWriter.contentXML(booklet.document), as: UTF8.self)
        let all = TestCatalog.catalog.suppliers.filter { s in booklet.suppliers.suppliers.contains { $0.id == s.id } }
        // A project another selected supplier may cite is not a leak.
        let cited = Set(all.flatMap { $0.references.filter(\.citable).map { $0.client + ", " + $0.site } })
        let consented = Set(all.flatMap { $0.contacts.filter { $0.consent == true }.map(\.email) } + all.map(\.email))
        var checked = 0
        for supplier in all {
            for contact in supplier.contacts where contact.consent != true && !contact.email.isEmpty && !consented.contains(contact.email) {
                #expect(!content.contains(contact.email), "\(contact.email)"); checked += 1
            }
            for reference in supplier.references where !reference.citable && !cited.contains(reference.client + ", " + reference.site) {
                #expect(!content.contains(reference.client + ", " + reference.site), "\(reference.client)"); checked += 1
            }
            for certificate in supplier.certifications where !(certificate.isValid(on: booklet.period.lowerBound) && certificate.isValid(on: booklet.period.upperBound)) {
                if let until = certificate.validUntil {
                    #expect(!content.contains("\(certificate.scheme), valid until \(until)"), "\(certificate.scheme)"); checked += 1
                }
            }
            if let notes = supplier.internalNotes, notes.count > 12 {
                #expect(!content.contains(String(notes.prefix(40))), "\(notes)"); checked += 1
            }
        }
        #expect(checked > 0, "the sample selection should hold something to withhold")
    }

    @Test("the packet holds one booklet per packet language, listed with its checksum")
    func packetHoldsBooklets() throws {
        let root = temporaryDirectory("booklet-packet")
        let loader = try CatalogLoader(root: TestCatalog.catalogPath, today: TestCatalog.today)
        let result = try PacketBuilder(catalog: TestCatalog.catalog, schemaDirectory: loader.schemas.directory,
                                       outputRoot: root, generated: TestCatalog.today).build(missionID: Self.missionID)
        let mission = try #require(TestCatalog.catalog.mission(Self.missionID))
        let listing = try ODFTools.run("/usr/bin/unzip", ["-Z1", result.zipPath]).output
        let sums = try String(contentsOfFile: result.directory + "/SHA256SUMS", encoding: .utf8)
        for language in mission.languages {
            let name = DelegationBooklet.fileName(language: language)
            #expect(listing.contains("\(Self.missionID)/\(name)\n"))
            let entry = try #require(result.manifest.entries.first { $0.path == name })
            #expect(sums.contains("\(entry.sha256)  \(name)\n"))
        }
        let check = try ODFTools.run("/bin/sh", ["-c", "cd '\(result.directory)' && sha256sum -c SHA256SUMS"])
        #expect(check.status == 0, "\(check.output)")
    }
}
