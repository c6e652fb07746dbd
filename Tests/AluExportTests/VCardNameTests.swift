import AluCatalog
import AluExport
import AluTestSupport
import Foundation
import Testing

/// Names, organisations and spacing in `contacts.vcf`, as a real vCard parser
/// (Python's vobject) reads them back.
@Suite("vCard names and organisations", .serialized)
struct VCardNameTests {
    @Test("honorifics go to N's prefixes, credentials to its suffixes, the last word is the family name", arguments: [
        ("Dr Farid Belkacem", "Belkacem", ["Farid"], ["Dr"], [String]()),
        ("Dre Anne-Marie Roy", "Roy", ["Anne-Marie"], ["Dre"], []),
        ("Pr. Jean Tremblay", "Tremblay", ["Jean"], ["Pr."], []),
        ("M. Étienne Côté", "Côté", ["Étienne"], ["M."], []),
        ("Mme Lucie Gagnon", "Gagnon", ["Lucie"], ["Mme"], []),
        ("Ing. Luis Pérez", "Pérez", ["Luis"], ["Ing."], []),
        ("Me Nathalie Roy", "Roy", ["Nathalie"], ["Me"], []),
        ("Mrs Priya Raman", "Raman", ["Priya"], ["Mrs"], []),
        ("Prof Ana María Gómez", "Gómez", ["Ana", "María"], ["Prof"], []),
        ("Eng. Omar Al-Sayed", "Al-Sayed", ["Omar"], ["Eng."], []),
        ("Dr Ing. Hans Müller", "Müller", ["Hans"], ["Dr", "Ing."], []),
        ("Anne Roy, ing.", "Roy", ["Anne"], [], ["ing."]),
        ("Mr John Smith Jr", "Smith", ["John"], ["Mr"], ["Jr"]),
        // Not honorifics: a surname, a given name, a lone word.
        ("Eng Lim Tan", "Tan", ["Eng", "Lim"], [], []),
        ("Drew Smith", "Smith", ["Drew"], [], []),
        ("Dr", "Dr", [], [], []),
        ("Mathilde Gagné-Ortiz", "Gagné-Ortiz", ["Mathilde"], [], []),
    ])
    func honorifics(name: String, family: String, given: [String], prefixes: [String], suffixes: [String]) {
        let n = PersonName(name)
        #expect(n.family == family)
        #expect(n.given == given)
        #expect(n.prefixes == prefixes)
        #expect(n.suffixes == suffixes)
    }

    static func fixture() -> Supplier {
        var s = Supplier(id: "aem")
        s.legalName = "Atelier\u{2028}d'Électrolyse\tMauricie inc."
        s.operatingName = "AEM"
        s.website = "https://aem.example"
        s.address.street = "12, rue\u{85}des Forges"
        s.address.city = "Trois-Rivières"
        s.address.regionName = "Mauricie"
        s.address.postalCode = "G9A 2G4"
        func contact(_ name: String, _ title: String) -> Contact {
            var c = Contact()
            c.consent = true
            c.name = name
            c.title = title
            c.email = "x@aem.example"
            c.phone = "+1 819 555-0100"
            c.languages = ["fr", "en"]
            return c
        }
        s.contacts = [
            contact("Dr Farid\tBelkacem", "Directeur\u{2028}technique"),
            contact("Sylvain\tTremblay", "Ventes"),
            contact("Mme\u{85}Lucie Gagnon, ing.", "Ingénieure"),
            contact("Prof. Ana\u{2029}María Gómez", "Conseillère"),
        ]
        return s
    }

    /// What vobject reads from `text`: per card FN, N's family, given, prefix and suffix, ORG, TITLE and TEL.
    static func readBack(_ text: String) throws -> [[String: String]]? {
        guard let python = ODFTools.which("python3"), try ODFTools.run(python, ["-c", "import vobject"]).status == 0 else {
            if ODFTools.isCI { Issue.record("python3 with vobject missing with CI=true") }
            return nil
        }
        let file = temporaryFile("names-\(UUID().uuidString).vcf")
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        let script = """
        import json, sys, vobject
        def flat(v):
            return " ".join(v) if isinstance(v, list) else v
        cards = []
        for c in vobject.readComponents(open(sys.argv[1], encoding="utf-8").read()):
            n = c.n.value
            cards.append({"fn": c.fn.value, "family": flat(n.family), "given": flat(n.given), "prefix": flat(n.prefix),
                          "suffix": flat(n.suffix), "org": ";".join(c.org.value), "title": c.title.value, "tel": c.tel.value})
        print(json.dumps(cards))
        """
        let run = try ODFTools.run(python, ["-c", script, file])
        #expect(run.status == 0, "\(run.output)")
        return try JSONSerialization.jsonObject(with: Data(run.output.utf8)) as? [[String: String]]
    }

    @Test("vobject reads N (family, given, prefix), ORG (the legal name) and FN with every TAB, NEL and U+2028 a space")
    func readByVobject() throws {
        let text = VCardExporter.document(.vouched([Self.fixture()]), generated: CalendarDay(year: 2027, month: 3, day: 1))
        guard let cards = try Self.readBack(text) else { return }
        #expect(cards.count == 4)
        let expected: [[String: String]] = [
            ["fn": "Dr Farid Belkacem", "family": "Belkacem", "given": "Farid", "prefix": "Dr", "suffix": "", "title": "Directeur technique"],
            ["fn": "Sylvain Tremblay", "family": "Tremblay", "given": "Sylvain", "prefix": "", "suffix": "", "title": "Ventes"],
            ["fn": "Mme Lucie Gagnon, ing.", "family": "Gagnon", "given": "Lucie", "prefix": "Mme", "suffix": "ing.", "title": "Ingénieure"],
            ["fn": "Prof. Ana María Gómez", "family": "Gómez", "given": "Ana María", "prefix": "Prof.", "suffix": "", "title": "Conseillère"],
        ]
        for (card, want) in zip(cards, expected) {
            for (key, value) in want { #expect(card[key] == value, "\(key) of \(want["fn"]!)") }
            #expect(card["org"] == "Atelier d'Électrolyse Mauricie inc.")
            #expect(card["tel"] == "tel:+18195550100")
        }
        #expect(text.contains("N:Belkacem;Farid;;Dr;\r\n"))
        #expect(!text.contains("AEM\r\n") && !text.contains("ORG:AEM"))
        #expect(text.contains("ADR;TYPE=work:;;12\\, rue des Forges;Trois-Rivières;QC;G9A 2G4;Canada\r\n"))
    }
}
