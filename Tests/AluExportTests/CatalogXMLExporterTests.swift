import AluCatalog
import AluExport
import Foundation
import Testing

@Suite("Catalogue XML export")
struct CatalogXMLExporterTests {
    static let generated = CalendarDay(year: 2027, month: 3, day: 1)

    /// A valid sample supplier with one of everything that must not leave.
    static func planted() throws -> Supplier {
        var s = try #require(TestCatalog.catalog.suppliers.first)
        var secret = Contact()
        secret.consent = false
        secret.name = "Zacharie Secret-Nonconsenti"
        secret.title = "Directeur"
        secret.responsibility = .sales
        secret.languages = ["fr"]
        secret.email = "zacharie.secret@example.com"
        secret.phone = "+14185550199"
        var undecided = secret
        undecided.consent = nil
        undecided.name = "Ursule Sans-Reponse"
        undecided.email = "ursule@example.com"
        s.contacts += [secret, undecided]
        var hidden = ReferenceProject(citable: false)
        hidden.client = "Client Confidentiel Omega"
        hidden.site = "Usine Secrète"
        hidden.country = "NO"
        hidden.year = 2020
        hidden.roles = [.design]
        hidden.scope = LocalizedText([("fr", "Portée confidentielle"), ("en", "Confidential scope")])
        s.references.append(hidden)
        s.internalNotes = "NOTE-INTERNE: paiement en retard"
        return s
    }

    func writeTemporary(_ text: String) throws -> String {
        let path = NSTemporaryDirectory() + "alucat-catalog-\(UUID().uuidString).xml"
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return path
    }

    @Test("xmllint validates the whole sample catalogue, exported, against catalog.xsd")
    func xmllintValidatesExport() throws {
        let text = CatalogXMLExporter.document(TestCatalog.catalog.published, generated: Self.generated, missionID: "gulf-smelters-2027")
        let path = try writeTemporary(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, output) = try TestCatalog.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", TestCatalog.catalogPath + "/schema/catalog.xsd", path])
        #expect(status == 0, "\(output.suffix(2000))")
        #expect(output.contains("validates"))
        #expect(text.components(separatedBy: "<supplier id=").count - 1 == TestCatalog.catalog.suppliers.count)
        #expect(text.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<catalog xmlns=\"urn:alucat:catalog:1.0\" schemaVersion=\"1.0\" generated=\"2027-03-01\" mission=\"gulf-smelters-2027\">\n"))
    }

    @Test("an empty selection is a valid empty catalogue")
    func emptyIsValid() throws {
        let path = try writeTemporary(CatalogXMLExporter.document(.vouched([]), generated: Self.generated))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, output) = try TestCatalog.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", TestCatalog.catalogPath + "/schema/catalog.xsd", path])
        #expect(status == 0, "\(output)")
    }

    @Test("unconsented contacts, uncitable references and internal notes are absent from the bytes")
    func onlyPublishableData() throws {
        let s = try Self.planted()
        let bytes = CatalogXMLExporter.bytes(.vouched([s]), generated: Self.generated)
        let text = String(decoding: bytes, as: UTF8.self)
        for secret in ["Zacharie", "zacharie.secret@example.com", "+14185550199", "Ursule", "Client Confidentiel Omega",
                       "Usine Secrète", "Portée confidentielle", "NOTE-INTERNE", "internalNotes", "citable=\"false\"", "consent=\"false\""] {
            #expect(!text.contains(secret), "\(secret) leaked")
        }
        for consented in s.contacts where consented.consent == true { #expect(text.contains(consented.email)) }
        let path = try writeTemporary(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, output) = try TestCatalog.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", TestCatalog.catalogPath + "/schema/catalog.xsd", path])
        #expect(status == 0, "\(output)")
    }

    @Test("certificates expired on the export day are left out; a supplier with no consented contact stays schema-valid")
    func expiredCertificatesAndNoConsentedContact() throws {
        var s = try Self.planted()
        for i in s.contacts.indices { s.contacts[i].consent = false }
        s.certifications = [
            Certification(scheme: "ISO 9001:2015", validFrom: CalendarDay(year: 2020, month: 1, day: 1), validUntil: CalendarDay(year: 2026, month: 1, day: 31)),
            Certification(scheme: "ISO 14001:2015", validFrom: CalendarDay(year: 2024, month: 1, day: 1), validUntil: CalendarDay(year: 2029, month: 1, day: 31)),
        ]
        let text = CatalogXMLExporter.document(.vouched([s]), generated: Self.generated)
        #expect(!text.contains("ISO 9001:2015"))
        #expect(text.contains("ISO 14001:2015"))
        #expect(!text.contains("<contacts>"))
        let path = try writeTemporary(text)
        defer { try? FileManager.default.removeItem(atPath: path) }
        let (status, output) = try TestCatalog.run("/usr/bin/xmllint", ["--noout", "--nonet", "--schema", TestCatalog.catalogPath + "/schema/catalog.xsd", path])
        #expect(status == 0, "\(output)")
    }

    @Test("same selection in any order gives the same bytes; a repeated supplier is written once")
    func deterministic() throws {
        let suppliers = Array(TestCatalog.catalog.suppliers.prefix(5))
        let a = CatalogXMLExporter.bytes(.vouched(suppliers), generated: Self.generated)
        let b = CatalogXMLExporter.bytes(.vouched(suppliers.reversed() + [suppliers[0]]), generated: Self.generated)
        #expect(a == b)
    }
}
