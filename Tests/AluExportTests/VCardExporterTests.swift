import AluCatalog
import AluExport
import Foundation
import Testing

@Suite("vCard 4.0 export")
struct VCardExporterTests {
    static let generated = CalendarDay(year: 2027, month: 3, day: 1)

    static func supplier(name: String = "Ébénisterie Alu Ltée", contacts: [Contact]) -> Supplier {
        var s = Supplier(id: "alu-test")
        s.legalName = name
        s.website = "https://alu-test.example"
        s.address.street = "2345, boulevard Talbot"
        s.address.city = "Chicoutimi"
        s.address.regionName = "Saguenay–Lac-Saint-Jean"
        s.address.postalCode = "G7H 4B9"
        s.contacts = contacts
        return s
    }

    static func contact(_ name: String, consent: Bool?, title: String = "Directrice des ventes") -> Contact {
        var c = Contact()
        c.consent = consent
        c.name = name
        c.title = title
        c.email = name.lowercased().filter(\.isLetter) + "@alu-test.example"
        c.phone = "+14185550100"
        c.languages = ["fr", "en", "es"]
        return c
    }

    @Test("TEXT escaping per RFC 6350 §3.4", arguments: [
        ("plain", "plain"),
        ("a\\b", "a\\\\b"),
        ("Alu, Inc.", "Alu\\, Inc."),
        ("R&D; ventes", "R&D\\; ventes"),
        // Every value AluCat writes is one line: a line break is a space (InlineText), never `\n`.
        ("line1\nline2", "line1 line2"),
        ("line1\r\nline2", "line1 line2"),
        ("ACME\nEND:VCARD\nBEGIN:VCARD", "ACME END:VCARD BEGIN:VCARD"),
        ("bell\u{7}tab\tnel\u{85}", "bell tab nel "),
        ("Sylvain\u{2028}Tremblay; R&D", "Sylvain Tremblay\\; R&D"),
    ])
    func escaping(input: String, expected: String) {
        #expect(VCardLine.escape(input) == expected)
    }

    @Test("a long Arabic and accented line folds at ≤ 75 octets without splitting a UTF-8 sequence")
    func folding() throws {
        let value = String(repeating: "مدير المبيعات للتصدير — Société québécoise d’électrolyse ", count: 4)
        let folded = VCardLine.fold("TITLE:" + VCardLine.escape(value))
        #expect(folded.hasSuffix("\r\n"))
        let bytes = Array(folded.utf8)
        var physical: [[UInt8]] = []
        var current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { physical.append(current); current = []; i += 2; continue }
            #expect(bytes[i] != 10 && bytes[i] != 13, "bare line end")
            current.append(bytes[i]); i += 1
        }
        #expect(current.isEmpty)
        #expect(physical.count > 3)
        for (n, line) in physical.enumerated() {
            #expect(line.count <= 75, "line \(n) has \(line.count) octets")
            #expect(String(validating: line, as: UTF8.self) != nil, "line \(n) splits a UTF-8 sequence")
            if n > 0 { #expect(line.first == 0x20 && line.dropFirst().first != 0x20) }
        }
        // Unfolding (remove CRLF + one space) gives the line back.
        let unfolded = String(decoding: physical.enumerated().flatMap { $0 == 0 ? $1 : Array($1.dropFirst()) }, as: UTF8.self)
        #expect(unfolded == "TITLE:" + VCardLine.escape(value))
    }

    @Test("only consented contacts get a card; every property the buyer needs is there")
    func consentedOnly() throws {
        let s = Self.supplier(contacts: [
            Self.contact("Lucie Tremblay-Fortin", consent: true),
            Self.contact("Paul Refus", consent: false),
            Self.contact("Nora Silence", consent: nil),
        ])
        let text = VCardExporter.document(.vouched([s]), generated: Self.generated)
        #expect(!text.contains("Refus") && !text.contains("Silence") && !text.contains("paulrefus"))
        #expect(text.components(separatedBy: "BEGIN:VCARD").count == 2)
        let expected = [
            "BEGIN:VCARD", "VERSION:4.0", "KIND:individual", "UID:urn:alucat:contact:alu-test:1",
            "FN:Lucie Tremblay-Fortin", "N:Tremblay-Fortin;Lucie;;;", "ORG:Ébénisterie Alu Ltée",
            "TITLE:Directrice des ventes", "EMAIL;TYPE=work:lucietremblayfortin@alu-test.example",
            "TEL;VALUE=uri;TYPE=work,voice:tel:+14185550100", "LANG;PREF=1:fr", "LANG;PREF=2:en", "LANG;PREF=3:es",
            "URL;TYPE=work:https://alu-test.example", "ADR;TYPE=work:;;2345\\, boulevard Talbot;Chicoutimi;QC;G7H 4B9;Canada",
            "REV:20270301T000000Z", "END:VCARD",
        ]
        #expect(text == expected.map { $0 + "\r\n" }.joined())
    }

    @Test("a hostile company name cannot inject a card")
    func injection() {
        let s = Self.supplier(name: "ACME\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:Evil", contacts: [Self.contact("Lucie Tremblay", consent: true)])
        let text = VCardExporter.document(.vouched([s]), generated: Self.generated)
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.filter { $0 == "BEGIN:VCARD" }.count == 1)
        #expect(lines.filter { $0 == "END:VCARD" }.count == 1)
        #expect(!lines.contains { $0.hasPrefix("FN:Evil") })
        #expect(text.contains("ORG:ACME END:VCARD BEGIN:VCARD FN:Evil\r\n"))
    }

    @Test("the sample catalogue: cards in supplier then contact order, no unconsented person, CRLF everywhere")
    func sampleCatalogue() {
        let suppliers = TestCatalog.catalog.suppliers
        let text = VCardExporter.document(.vouched(suppliers.reversed()), generated: Self.generated)
        let consented = suppliers.flatMap { s in s.contacts.filter { $0.consent == true }.map { (s, $0) } }
        #expect(text.components(separatedBy: "BEGIN:VCARD").count - 1 == consented.count)
        for s in suppliers { for c in s.contacts where c.consent != true { #expect(!text.contains("FN:" + VCardLine.escape(c.name) + "\r\n")) } }
        let fns = text.components(separatedBy: "\r\n").filter { $0.hasPrefix("FN:") }
        #expect(fns == consented.map { "FN:" + VCardLine.escape($0.1.name) })
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
        #expect(text == VCardExporter.document(.vouched(suppliers), generated: Self.generated))
    }
}
