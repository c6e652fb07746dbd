import AluCatalog
import AluExport
import AluTestSupport
import AluZip
import Foundation
import OpenDocument
import Testing

/// The proof the issue asks for: packets for every sample mission, checked by
/// tools we did not write, byte-identical twice, and nothing unpublished inside.
@Suite("Trade-mission packets", .serialized)
struct PacketTests {
    static let loader = try! CatalogLoader(root: TestCatalog.catalogPath, today: TestCatalog.today)
    static let loaded = loader.loadAll()

    static func build(_ missionID: String, catalog: Catalog = loaded.catalog, into root: String) throws -> PacketBuilder.Result {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        return try PacketBuilder(
            catalog: catalog,
            schemaDirectory: loader.schemas.directory, outputRoot: root, generated: TestCatalog.today
        ).build(missionID: missionID)
    }

    @Test("every sample mission's packet: ODS valid (jing) and read back by LibreOffice, XML valid (xmllint), checksums hold",
          arguments: loaded.catalog.missions.map(\.id))
    func packetIsValid(missionID: String) throws {
        let root = temporaryDirectory("packet-\(missionID)")
        let result = try Self.build(missionID, into: root)
        let mission = try #require(Self.loaded.catalog.mission(missionID))
        let files = Set(result.manifest.entries.map(\.path))
        for language in mission.languages {
            #expect(files.contains("brochure-\(language).ods"))
        }
        #expect(files.isSuperset(of: ["index.html", "catalogue.xml", "contacts.vcf", "schema/catalog.xsd", "schema/supplier.xsd", "schema/common.xsd", "schema/xml.xsd"]))

        // Checksums: recomputed by sha256sum.
        let sums = try ODFTools.run("/bin/sh", ["-c", "cd '\(result.directory)' && sha256sum -c SHA256SUMS"])
        #expect(sums.status == 0, "\(sums.output)")
        #expect(sums.output.components(separatedBy: ": OK").count - 1 == result.manifest.entries.count)

        // XML: valid against the schemas shipped in the packet.
        let xml = try ODFTools.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", result.directory + "/schema/catalog.xsd", result.directory + "/catalogue.xml"])
        #expect(xml.status == 0, "\(xml.output)")

        // ODS: the OASIS schema via jing, then LibreOffice reads the first language back.
        guard ODFTools.available(["jing", "soffice"]) else { return }
        for language in mission.languages {
            let check = try ODFTools.validate(result.directory + "/brochure-\(language).ods")
            #expect(check.status == 0, "\(check.output)")
        }
        let first = mission.languages[0]
        let sheets = try ODFTools.roundTrip(result.directory + "/brochure-\(first).ods", raw: false)
        let t = try #require(Translations(language: first))
        let supplierRows = try #require(sheets[t.label(.sheetSuppliers)])
        #expect(supplierRows.first?.first == t.label(.name))
        #expect(supplierRows.count == result.selectedSupplierCount + 1)
        let selected = MissionSelection.select(mission, catalog: Self.loaded.catalog, today: TestCatalog.today)
        #expect(Set(supplierRows.dropFirst().map { $0[0] }) == Set(selected.selected.map(\.displayName)))
        for (row, supplier) in zip(supplierRows.dropFirst(), selected.selected) {
            #expect(row[1] == supplier.website)
            #expect(row[2] == supplier.email)
        }
        #expect(sheets[t.label(.sheetCover)]?.first?.last == t.text(mission.titles))
    }

    @Test("building twice gives byte-identical zips and files")
    func deterministic() throws {
        let a = try Self.build("gulf-smelters-2027", into: temporaryDirectory("det-a"))
        let b = try Self.build("gulf-smelters-2027", into: temporaryDirectory("det-b"))
        #expect(FileManager.default.contents(atPath: a.zipPath) == FileManager.default.contents(atPath: b.zipPath))
        #expect(a.manifest == b.manifest)
        // A rebuild into the same place replaces the packet and gives the same bytes again.
        let c = try Self.build("gulf-smelters-2027", into: temporaryDirectory("det-a"))
        #expect(FileManager.default.contents(atPath: c.zipPath) == FileManager.default.contents(atPath: b.zipPath))
    }

    /// A supplier made to attack every output, selected through the mission's include list.
    static func plantedCatalog() -> (Catalog, String) {
        let published = loaded.catalog
        var suppliers = published.suppliers
        var supplier = suppliers[0]
        supplier.operatingName = "<script>alert('x')</script> =HYPERLINK(\"http://evil.example\") & Co"
        // The contact cards carry the legal name (ORG), so it is planted there too.
        supplier.legalName = supplier.operatingName!
        supplier.descriptions.set("=1+1\n@SUM(A1)\n<b onmouseover=alert(1)>bold</b>\n-2+3", for: "en")
        var secret = Contact()
        secret.consent = false
        secret.name = "Zacharie Nonconsentant"
        secret.title = "Secret"
        secret.languages = ["fr"]
        secret.email = "zacharie.secret@hidden.example"
        secret.phone = "+14185559876"
        supplier.contacts.insert(secret, at: 0)
        var uncitable = ReferenceProject(citable: false)
        uncitable.client = "Confidential Smelter Client"
        uncitable.site = "Hidden Site"
        uncitable.country = "AE"
        uncitable.year = 2020
        uncitable.roles = [.supply]
        uncitable.scope.set("Secret scope", for: "en")
        supplier.references.append(uncitable)
        supplier.internalNotes = "INTERNAL-NOTE-DO-NOT-PUBLISH"
        suppliers[0] = supplier
        var mission = published.mission("gulf-smelters-2027")!
        mission.selection.include.append(supplier.id)
        let missions = published.missions.map { $0.id == mission.id ? mission : $0 }
        return (Catalog(taxonomy: published.taxonomy, suppliers: suppliers, missions: missions), supplier.id)
    }

    /// Every file of the packet as text, with ODS parts inflated.
    static func allText(_ result: PacketBuilder.Result) throws -> [String: String] {
        var texts: [String: String] = [:]
        for entry in result.manifest.entries {
            let path = result.directory + "/" + entry.path
            if entry.path.hasSuffix(".ods") {
                let zip = try ZipArchiveReader(contentsOf: URL(fileURLWithPath: path))
                for part in zip.entries { texts[entry.path + "!" + part.name] = String(decoding: try zip.read(part.name), as: UTF8.self) }
            } else {
                texts[entry.path] = String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
            }
        }
        return texts
    }

    @Test("no unconsented contact, uncitable reference or internal note appears in any file")
    func nothingUnpublished() throws {
        let (catalog, _) = Self.plantedCatalog()
        let result = try Self.build("gulf-smelters-2027", catalog: catalog, into: temporaryDirectory("planted"))
        let texts = try Self.allText(result)
        #expect(texts.count > 10)
        for (file, text) in texts {
            for secret in ["Nonconsentant", "zacharie.secret", "5559876", "Confidential Smelter Client", "Hidden Site", "INTERNAL-NOTE"] {
                #expect(!text.contains(secret), "\(secret) leaked into \(file)")
            }
        }
    }

    @Test("text shaped like a formula, markup or a script stays inert in every output")
    func hostileTextIsInert() throws {
        let (catalog, _) = Self.plantedCatalog()
        let result = try Self.build("gulf-smelters-2027", catalog: catalog, into: temporaryDirectory("inert"))
        let texts = try Self.allText(result)
        // Markup means something in HTML and XML parts; a vCard is plain text.
        for (file, text) in texts where !file.hasSuffix(".vcf") {
            // A landing page has its own search script, once; the planted one never appears raw.
            #expect(!text.contains("<script>alert"), "raw <script in \(file)")
            #expect(text.components(separatedBy: "<script").count - 1 <= (file.hasPrefix("index-") ? 1 : 0), "a <script in \(file)")
            #expect(!text.contains("<b onmouseover"), "raw markup in \(file)")
            if file.hasSuffix("content.xml") {
                #expect(!text.contains("table:formula"), "a formula in \(file)")
                #expect(text.contains("=HYPERLINK(&quot;http://evil.example&quot;)") || text.contains("=HYPERLINK(\"http://evil.example\")"))
            }
        }
        #expect(texts["contacts.vcf"]?.contains("ORG:<script>alert('x')</script> =HYPERLINK(\"http://evil.example\") & Co") == true)
        let html = try #require(texts["index-en.html"])
        #expect(html.contains("&lt;script&gt;alert("))
        // The catalogue XML escapes and still validates.
        #expect(texts["catalogue.xml"]?.contains("&lt;script&gt;") == true)
        let xml = try ODFTools.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", result.directory + "/schema/catalog.xsd", result.directory + "/catalogue.xml"])
        #expect(xml.status == 0, "\(xml.output)")
        // LibreOffice shows the formula-looking description as text, not a computed value.
        guard ODFTools.available(["soffice"]) else { return }
        let sheets = try ODFTools.roundTrip(result.directory + "/brochure-en.ods", raw: true)
        let rows = try #require(sheets["Suppliers"])
        #expect(rows.contains { $0.last?.hasPrefix("=1+1\n@SUM(A1)") == true })
        #expect(rows.contains { $0.first?.hasPrefix("<script>") == true })
    }

    @Test("an unknown mission is a clear error naming the known ones")
    func unknownMission() throws {
        #expect(throws: ExportError.self) { try Self.build("atlantis-2030", into: temporaryDirectory("unknown")) }
        do {
            _ = try Self.build("atlantis-2030", into: temporaryDirectory("unknown"))
        } catch let error as ExportError {
            #expect(error.description.hasPrefix("no mission 'atlantis-2030' in the catalogue (known: gulf-smelters-2027"))
        }
    }
}
