import AluCatalog
import AluDiagnostics
import AluLocalization
import Foundation
import Testing

/// Every rule, with a broken entry that asserts the exact diagnostic: file, line,
/// severity and message.
@Suite("Supplier entry rules")
struct SupplierRuleTests {
    /// Each broken entry, the exact lines it gets (line: severity: message (hint)) and
    /// the field each line names. Where the schema and a rule both see a field, one
    /// line: the rule's (a value outside a list: the schema's, which lists the values).
    static let cases: [(fixture: String, expected: [String], fields: [String?])] = [
        ("valid-entry", [], []),
        ("bad-neq", ["4: error: <neq>: '1111111111' is a placeholder, not a real enterprise number"], ["neq"]),
        ("bad-neq-form", ["4: error: <neq>: '11456-789' must be exactly 10 digits (the Québec enterprise number from the Registraire des entreprises)"], ["neq"]),
        ("bad-postal-code", ["12: error: <postalCode>: 'M5V 2T6' is not in Québec (Québec codes begin with G, H or J)"], ["address.postalCode"]),
        ("bad-email", ["15: error: <email>: 'info@fixture': the domain 'fixture' needs a dot, like company.com"], ["email"]),
        ("bad-website", ["14: error: <website>: 'https://www.fixture.example/a b' contains spaces or quotes"], ["website"]),
        ("http-website", ["14: warning: <website>: 'http://www.fixture.example' uses http://; buyers' browsers will warn, prefer https://"], ["website"]),
        ("bad-phone", ["16: error: <phone>: '+10185550123' is not a valid North American number (+1, then a 3-digit area code and 7 digits)"], ["phone"]),
        ("bad-country", ["44: error: <exportExperience>: 'XX' is not an ISO 3166-1 country code (two capital letters, such as CA, AE, IN, BR)"], ["exportExperience[1]"]),
        ("bad-reference-country", ["38: error: <country>: 'bh' is not an ISO 3166-1 country code (two capital letters, such as CA, AE, IN, BR)"], ["references[0].country"]),
        ("bad-language", ["22: error: <languages>: 'qq' is not an ISO 639 language code"], ["contacts[0].languages[1]"]),
        ("language-name", ["22: error: <languages>: 'anglais' is not a language code (use codes such as fr, en, es, ar, pt-BR, zh-Hans)"], ["contacts[0].languages[1]"]),
        ("missing-english", ["27: error: <descriptions>: the English description is missing; French and English are both required"], ["descriptions.en"]),
        ("empty-french", ["28: error: <description>: the French description is empty"], ["descriptions[0]"]),
        ("missing-consent", ["18: error: <contact> attribute 'consent': is missing: yes only if this person agreed to be published, otherwise no"], ["contacts[0].consent"]),
        ("unknown-capability", ["32: error: <capability> attribute 'ref': 'smelting.potroom.pot-tending-machine' is not a capability of the taxonomy (did you mean 'smelting.potroom.pot-tending-machines'?)"], ["capabilities[0].taxonomyID"]),
        ("domain-capability", ["32: error: <capability> attribute 'ref': 'smelting' is a whole domain; choose a more precise area or capability (for example smelting.potroom, smelting.alumina-handling, smelting.gas-treatment)"], ["capabilities[0].taxonomyID"]),
        ("expired-certificate", ["46: warning: <certification> attribute 'validUntil': certificate ISO 9001:2015 expired on 2025-03-01; it will not be shown to buyers until renewed"], ["certifications[0].validUntil"]),
        ("implausible-year", ["39: error: <year>: year 1890 is not plausible (1950–2027)"], ["references[0].year"]),
        ("wrong-id", ["2: error: <supplier> attribute 'id': the id 'some-other-id' must equal the file name 'wrong-id.xml' (rename the file to some-other-id.xml or change the id)"], ["id"]),
        ("unknown-region", ["11: error: <region>: 'Saguenay' is not one of the allowed values: 'Bas-Saint-Laurent', 'Saguenay–Lac-Saint-Jean', 'Capitale-Nationale', 'Mauricie', 'Estrie', 'Montréal', 'Outaouais', 'Abitibi-Témiscamingue', 'Côte-Nord', 'Nord-du-Québec', 'Gaspésie–Îles-de-la-Madeleine', 'Chaudière-Appalaches', 'Laval', 'Lanaudière', 'Laurentides', 'Montérégie', 'Centre-du-Québec'"], ["address.region"]),
        ("implausible-founding", ["7: error: <founded>: founding year 1700 is not plausible (1800–2026)"], ["founded"]),
        ("certificate-dates", ["46: error: <certification> attribute 'validUntil': certificate ISO 9001:2015 ends (2023-03-01) before it starts (2024-03-01)"], ["certifications[0].validUntil"]),
        ("capability-twice", ["32: warning: <capability> attribute 'ref': capability 'smelting.potroom.pot-tending-machines' is listed twice"], ["capabilities[1].taxonomyID"]),
        ("bad-contact-email", ["23: error: <email>: 'mtremblay@fixture': the domain 'fixture' needs a dot, like company.com"], ["contacts[0].email"]),
        ("bad-contact-phone", ["24: error: <phone>: '+1418555' must be in international form, like +14185550123 (no spaces or dashes)"], ["contacts[0].phone"]),
        ("future-update", ["49: warning: <lastUpdated>: last update 2031-01-01 is in the future"], ["lastUpdated"]),
        ("not-well-formed", ["3:44: error: Opening and ending tag mismatch: legalName line 3 and legalname"], [nil]),
        ("doctype", ["2: error: a DOCTYPE declaration is not allowed (entities and DTDs are refused for safety); remove it"], [nil]),
    ]

    @Test("each broken entry gives exactly its diagnostic, naming its field", arguments: cases)
    func exactDiagnostic(fixture: String, expected: [String], fields: [String?]) throws {
        let path = TestCatalog.fixture("entries/\(fixture).xml")
        let result = try TestCatalog.loader().load(paths: [path])
        let got = result.report.sorted.map { d in
            #expect(d.location.file == path)
            return String(d.description.dropFirst(path.count + 1))
        }
        #expect(got == expected)
        #expect(result.report.sorted.map(\.field) == fields)
        #expect(result.report.isValid == !expected.contains { $0.contains(": error: ") })
    }

    @Test("every rule's message is worded in French too, with the same field", arguments: [
        ("bad-reference-country", "<country> : « bh » n'est pas un code de pays ISO 3166-1 (deux majuscules, comme CA, AE, IN, BR)"),
        ("unknown-capability", "<capability> attribute 'ref' : « smelting.potroom.pot-tending-machine » n'est pas une capacité de la taxonomie (vouliez-vous dire « smelting.potroom.pot-tending-machines » ?)"),
        ("missing-english", "<descriptions> : la description en anglais manque ; le français et l'anglais sont tous deux obligatoires"),
    ])
    func frenchWording(fixture: String, french: String) throws {
        let result = try TestCatalog.loader().load(paths: [TestCatalog.fixture("entries/\(fixture).xml")])
        #expect(result.report.sorted.map { $0.text("fr") } == [french])
    }

    @Test("--format json carries each diagnostic's field, and its hint in English")
    func jsonCarriesTheField() throws {
        let path = TestCatalog.fixture("entries/unknown-capability.xml")
        let report = try TestCatalog.loader().load(paths: [path]).report
        let object = try #require(try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        let entries = try #require(object["diagnostics"] as? [[String: Any]])
        #expect(entries.count == 1)
        #expect(entries.first?["field"] as? String == "capabilities[0].taxonomyID")
        #expect(entries.first?["hint"] as? String == "did you mean 'smelting.potroom.pot-tending-machines'?")
        #expect(entries.first?["line"] as? Int == 32)
    }

    @Test("rules report every problem of a file, not the first")
    func allProblemsReported() throws {
        var s = Supplier(id: "x")
        s.neq = "12"
        s.email = "nobody"
        s.phone = "555-1234"
        s.website = "ftp://x"
        s.address.postalCode = "12345"
        let taxonomy = try TestCatalog.loader().loadAll().catalog.taxonomy
        let codes = SupplierRules.check(s, file: "x.xml", fileID: "x", context: RuleContext(taxonomy: taxonomy, today: TestCatalog.today)).map(\.code)
        for code in ["supplier.neq", "supplier.email", "supplier.phone", "supplier.website", "supplier.postal-code",
                     "supplier.contacts", "supplier.description-missing"] {
            #expect(codes.contains(code), "missing \(code)")
        }
    }

    @Test("a rule about an element the entry lacks names no line (never line 0)")
    func absentElementHasNoLine() throws {
        var s = Supplier(id: "x")
        s.address.postalCode = "12345"
        let taxonomy = try TestCatalog.loader().loadAll().catalog.taxonomy
        let postal = try #require(SupplierRules.check(s, file: "x.xml", fileID: "x", context: RuleContext(taxonomy: taxonomy, today: TestCatalog.today))
            .first { $0.code == "supplier.postal-code" })
        #expect(postal.location.line == nil)
        #expect(postal.description.hasPrefix("x.xml: error: <postalCode>: '12345' must look like G7H 5B1"))
        #expect(postal.field == "address.postalCode")
    }

    @Test("a country listed twice is warned at each repeat, in short lists and in long ones", arguments: [3, 16, 17, 200])
    func repeatedCountries(distinct: Int) throws {
        let codes = Array(ISOCountryCodesForTests.all.prefix(distinct))
        var s = Supplier(id: "x")
        s.exportExperience = codes + [codes[0], codes[distinct - 1], codes[0]]
        s.targetMarkets = codes
        let taxonomy = try TestCatalog.loader().loadAll().catalog.taxonomy
        let warnings = SupplierRules.check(s, file: "x.xml", fileID: "x", context: RuleContext(taxonomy: taxonomy, today: TestCatalog.today))
            .filter { $0.code == "supplier.country-duplicate" }.map(\.message)
        #expect(warnings == [
            "<exportExperience>: country \(codes[0]) is listed twice",
            "<exportExperience>: country \(codes[distinct - 1]) is listed twice",
            "<exportExperience>: country \(codes[0]) is listed twice",
        ])
    }

    static let forms: [(String, String?)] = [
        ("+14185550123", nil), ("+971501234567", nil), ("+1418555012", "'+1418555012' is not a valid North American number (+1, then a 3-digit area code and 7 digits)"),
        ("4185550123", "'4185550123' must be in international form, like +14185550123 (no spaces or dashes)"),
        ("+1 418 555 0123", "'+1 418 555 0123' must be in international form, like +14185550123 (no spaces or dashes)"),
    ]

    @Test("E.164 phone forms", arguments: forms)
    func phoneForms(value: String, problem: String?) {
        #expect(FieldForms.e164(value)?.text("en") == problem)
    }

    @Test("language tags follow BCP 47 with real ISO 639 codes")
    func languageTags() {
        for ok in ["fr", "en", "fr-CA", "pt-BR", "zh-Hans", "es-419", "ar"] { #expect(FieldForms.languageTag(ok) == nil, "\(ok)") }
        for bad in ["FR", "french", "xx", "fr_CA", "", "en-"] { #expect(FieldForms.languageTag(bad) != nil, "\(bad)") }
    }

    @Test("e-mail and web forms")
    func emailAndWeb() {
        #expect(FieldForms.email("a.b@c-d.example") == nil)
        for bad in ["a@b", "@b.com", "a..b@c.com", "a b@c.com", "a@-b.com", "a@b.c"] { #expect(FieldForms.email(bad) != nil, "\(bad)") }
        #expect(FieldForms.webURL("https://www.x.example/path?q=1") == nil)
        for bad in ["www.x.com", "https://x", "https://user@x.com", "javascript:alert(1)", "https://x .com"] { #expect(FieldForms.webURL(bad) != nil, "\(bad)") }
    }

    @Test("host names: each message for the fault it names", arguments: [
        ("https://x.example:8443/a", nil),
        ("HTTPS://A-1.B2.example", nil),
        ("https://" + String(repeating: "a", count: 63) + ".com", nil),
        ("https://localhost", "'https://localhost': the domain 'localhost' needs a dot, like company.com"),
        ("https://", "'https://': the domain '' needs a dot, like company.com"),
        ("https://-x.com", "'https://-x.com': the domain '-x.com' is not a valid host name"),
        ("https://x-.com", "'https://x-.com': the domain 'x-.com' is not a valid host name"),
        ("https://x..com", "'https://x..com': the domain 'x..com' is not a valid host name"),
        ("https://.x.com", "'https://.x.com': the domain '.x.com' is not a valid host name"),
        ("https://x.com.", "'https://x.com.': the domain 'x.com.' is not a valid host name"),
        ("https://x_y.com", "'https://x_y.com': the domain 'x_y.com' is not a valid host name"),
        ("https://" + String(repeating: "a", count: 64) + ".com", "'https://\(String(repeating: "a", count: 64)).com': the domain '\(String(repeating: "a", count: 64)).com' is not a valid host name"),
        ("https://x.c", "'https://x.c': the domain 'x.c' does not end with a real top-level domain"),
        ("https://10.0.0.1", "'https://10.0.0.1': the domain '10.0.0.1' does not end with a real top-level domain"),
        ("https://bücher.de", "'https://bücher.de': the domain 'bücher.de' is not a valid host name"),
        ("HTTP\u{1A}//x.com", "'HTTP\u{1A}//x.com' must start with https://"),
    ] as [(String, String?)])
    func hostNames(url: String, problem: String?) {
        #expect(FieldForms.webURL(url)?.text("en") == problem)
    }
}

/// Assigned ISO 3166-1 codes, enough for long lists.
enum ISOCountryCodesForTests {
    static let all: [String] = {
        var codes: [String] = []
        for a in UInt8(ascii: "A")...UInt8(ascii: "Z") {
            for b in UInt8(ascii: "A")...UInt8(ascii: "Z") {
                let code = String(decoding: [a, b], as: UTF8.self)
                if FieldForms.country(code) == nil { codes.append(code) }
            }
        }
        return codes
    }()
}

@Suite("Language tags")
struct LanguageTagCaseTests {
    @Test("a tag in another case is told its canonical spelling; a wrong tag is not", arguments: [
        ("fr-ca", "'fr-ca' is written fr-CA"), ("ZH-hant", "'ZH-hant' is written zh-Hant"),
        ("fr-c", "'fr-c' is not a language code (use codes such as fr, en, es, ar, pt-BR, zh-Hans)"),
    ])
    func caseIsNamed(_ tag: String, _ expected: String) {
        #expect(FieldForms.languageTag(tag)?.text("en") == expected)
        #expect(FieldForms.languageTag(FieldForms.canonicalLanguageTag("fr-ca")) == nil)
        // Only ASCII letters change case: `ſ` and the Kelvin sign never become a region.
        #expect(FieldForms.canonicalLanguageTag("fr-\u{17F}a") == "fr-\u{17F}A")
        #expect(FieldForms.languageTag("\u{212A}o-kr")?.key == "rule.language.tag")
    }
}
