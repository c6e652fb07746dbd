import AluCatalog
import AluDiagnostics
import AluLocalization
import Foundation
import Testing

/// Every rule, with a broken entry that asserts the exact diagnostic: file, line,
/// severity and message.
@Suite("Supplier entry rules")
struct SupplierRuleTests {
    static let cases: [(fixture: String, expected: [String])] = [
        ("valid-entry", []),
        ("bad-neq", ["4: error: NEQ '1111111111' is a placeholder, not a real enterprise number"]),
        ("bad-neq-form", ["4: error: <neq>: '11456-789' does not have the required form (the NEQ is the 10-digit Québec enterprise number, e.g. 1145678901)"]),
        ("bad-postal-code", ["12: error: postal code 'M5V 2T6' is not in Québec (Québec codes begin with G, H or J)"]),
        ("bad-email", ["15: error: <email>: 'info@fixture' does not have the required form (an address like name@company.com)"]),
        ("bad-website", ["14: error: <website>: 'https://www.fixture.example/a b' does not have the required form (a full address like https://www.company.com)"]),
        ("http-website", ["14: warning: web address 'http://www.fixture.example' uses http://; buyers' browsers will warn, prefer https://"]),
        ("bad-phone", ["16: error: phone '+10185550123' is not a valid North American number (+1, then a 3-digit area code and 7 digits)"]),
        ("bad-country", ["44: error: 'XX' is not an ISO 3166-1 country code (two capital letters, such as CA, AE, IN, BR)"]),
        ("bad-language", ["18: error: contact 'Marie Tremblay': 'qq' is not an ISO 639 language code"]),
        ("missing-english", ["27: error: the English description (xml:lang=\"en\") is missing; French and English are both required"]),
        ("empty-french", ["28: error: <description>: must not be empty"]),
        ("missing-consent", ["18: error: <contact>: attribute 'consent' is required but missing"]),
        ("unknown-capability", ["32: error: 'smelting.potroom.pot-tending-machine' is not a capability of the taxonomy (did you mean 'smelting.potroom.pot-tending-machines'?)"]),
        ("domain-capability", ["32: error: 'smelting' is a whole domain; choose a more precise area or capability (for example smelting.potroom, smelting.alumina-handling, smelting.gas-treatment)"]),
        ("expired-certificate", ["46: warning: certificate ISO 9001:2015 expired on 2025-03-01; it will not be shown to buyers until renewed"]),
        ("implausible-year", ["39: error: reference 'Aluminium Bahrain (Alba)': year 1890 is not plausible (1950–2027)"]),
        ("wrong-id", ["2: error: the id 'some-other-id' must equal the file name 'wrong-id.xml' (rename the file to some-other-id.xml or change the id)"]),
        ("unknown-region", ["11: error: <region>: 'Saguenay' is not one of the allowed values: 'Bas-Saint-Laurent', 'Saguenay–Lac-Saint-Jean', 'Capitale-Nationale', 'Mauricie', 'Estrie', 'Montréal', 'Outaouais', 'Abitibi-Témiscamingue', 'Côte-Nord', 'Nord-du-Québec', 'Gaspésie–Îles-de-la-Madeleine', 'Chaudière-Appalaches', 'Laval', 'Lanaudière', 'Laurentides', 'Montérégie', 'Centre-du-Québec'"]),
        ("not-well-formed", ["3:44: error: Opening and ending tag mismatch: legalName line 3 and legalname"]),
        ("doctype", ["2: error: a DOCTYPE declaration is not allowed (entities and DTDs are refused for safety); remove it"]),
    ]

    @Test("each broken entry gives exactly its diagnostic", arguments: cases)
    func exactDiagnostic(fixture: String, expected: [String]) throws {
        let path = TestCatalog.fixture("entries/\(fixture).xml")
        let result = try TestCatalog.loader().load(paths: [path])
        let got = result.report.sorted.map { d in
            #expect(d.location.file == path)
            return String(d.description.dropFirst(path.count + 1))
        }
        #expect(got == expected)
        #expect(result.report.isValid == !expected.contains { $0.contains(": error: ") })
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
        #expect(postal.description.hasPrefix("x.xml: error: postal code '12345'"))
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
            "country \(codes[0]) is listed twice in <exportExperience>",
            "country \(codes[distinct - 1]) is listed twice in <exportExperience>",
            "country \(codes[0]) is listed twice in <exportExperience>",
        ])
    }

    static let forms: [(String, String?)] = [
        ("+14185550123", nil), ("+971501234567", nil), ("+1418555012", "phone '+1418555012' is not a valid North American number (+1, then a 3-digit area code and 7 digits)"),
        ("4185550123", "phone '4185550123' must be in international form, like +14185550123 (no spaces or dashes)"),
        ("+1 418 555 0123", "phone '+1 418 555 0123' must be in international form, like +14185550123 (no spaces or dashes)"),
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
        ("https://localhost", "web address 'https://localhost': the domain 'localhost' needs a dot, like company.com"),
        ("https://", "web address 'https://': the domain '' needs a dot, like company.com"),
        ("https://-x.com", "web address 'https://-x.com': the domain '-x.com' is not a valid host name"),
        ("https://x-.com", "web address 'https://x-.com': the domain 'x-.com' is not a valid host name"),
        ("https://x..com", "web address 'https://x..com': the domain 'x..com' is not a valid host name"),
        ("https://.x.com", "web address 'https://.x.com': the domain '.x.com' is not a valid host name"),
        ("https://x.com.", "web address 'https://x.com.': the domain 'x.com.' is not a valid host name"),
        ("https://x_y.com", "web address 'https://x_y.com': the domain 'x_y.com' is not a valid host name"),
        ("https://" + String(repeating: "a", count: 64) + ".com", "web address 'https://\(String(repeating: "a", count: 64)).com': the domain '\(String(repeating: "a", count: 64)).com' is not a valid host name"),
        ("https://x.c", "web address 'https://x.c': the domain 'x.c' does not end with a real top-level domain"),
        ("https://10.0.0.1", "web address 'https://10.0.0.1': the domain '10.0.0.1' does not end with a real top-level domain"),
        ("https://bücher.de", "web address 'https://bücher.de': the domain 'bücher.de' is not a valid host name"),
        ("HTTP\u{1A}//x.com", "web address 'HTTP\u{1A}//x.com' must start with https://"),
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
