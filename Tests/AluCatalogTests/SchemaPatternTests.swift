import AluDiagnostics
import AluXML
import Foundation
import Testing

@testable import AluCatalog

/// The loader checks some `xs:pattern` facets itself (``SchemaPattern``). These
/// tests hold it to libxml2: same pattern text as the schema, same verdict as
/// libxml2's compiled pattern on every string tried, same diagnostics as the
/// published schema on broken entries.
@Suite("Schema patterns checked by the loader")
struct SchemaPatternTests {
    @Test("each pattern the loader checks is the pattern common.xsd gives its type, and all are left out of the loader's schema")
    func patternTextsMatchTheSchema() throws {
        let path = TestCatalog.catalog + "/schema/common.xsd"
        let root = try #require(SafeXMLParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: path))), file: path).root)
        for pattern in SchemaPattern.allCases {
            let type = try #require(root.children("simpleType").first { $0[attribute: "name"] == pattern.typeName }, "\(pattern.typeName)")
            let facets = type.child("restriction")?.children("pattern").compactMap { $0[attribute: "value"] } ?? []
            #expect(facets == [pattern.pattern], "\(pattern.typeName)")
        }
        let schemas = try TestCatalog.loader().schemas
        #expect(schemas.patternsCheckedByLoader == SchemaPattern.allCases.map { _ in true })
        #expect(schemas.supplierForLoader !== schemas.supplier)
    }

    /// Characters each pattern cares about, plus some it must refuse.
    static func alphabet(_ pattern: SchemaPattern) -> [String] {
        let common = [" ", "\t", "é", "_", "A", "z", "0", "9", "-", "."]
        switch pattern {
        case .id, .taxonomyID: return common + ["a", "b", "1", "-", ".", ".", "x"]
        case .neq, .hsCode: return common + ["1", "2", "3", ".", "5", "7"]
        case .postalCode: return common + ["G", "H", "1", "5", " ", "B", "7"]
        case .e164: return common + ["+", "1", "4", "8", "0", "5"]
        case .email: return common + ["@", "a", "b", "%", "+", ".", "-", "Q", "7", "@"]
        case .webURL: return common + ["h", "t", "p", "s", ":", "/", "/", "?", "#", "a", "b", "1", ".", "-", "x"]
        case .countryCode: return common + ["C", "A", "Q", "a"]
        }
    }

    static let examples: [SchemaPattern: [String]] = [
        .id: ["alu-tech", "a1", "a--b", "-a", "a-", "Alu"],
        .taxonomyID: ["smelting", "smelting.potroom", "smelting.potroom.pot-tending-machines", "a.b.c.d", "a..b", ".a", "a.", "a-.b"],
        .neq: ["1145678901", "114567890", "11456789012", "11456-7890"],
        .hsCode: ["8426.11", "842611", "8426.1", "8426.111", "842a.11"],
        .postalCode: ["G7H 5B1", "g7h 5b1", "G7H5B1", "G7H  5B1", "D7H 5B1"],
        .e164: ["+14185550123", "+1418555", "+0418555012", "+1234567890123456", "14185550123", "+123456"],
        .email: ["info@alu.example", "a.b+c%d@x-y.example.com", "@x.com", "a@b", "a@-b.com", "a@b-.com", "a@b..com", "a@@b.com", "a b@c.com", "a@b.c"],
        .webURL: ["https://www.alu.example", "http://a.b:8443/x?y#z", "https://a.b:123456", "https://a.b:", "https://a", "HTTPS://a.b",
                  "https://a.b/é", "https://a.b/ x", "https://a.b?", "https://-a.b", "https://a.b.", "ftp://a.b", "https://a.b:80"],
        .countryCode: ["CA", "ca", "C", "CAN", "C1"],
    ]

    @Test("each matcher gives libxml2's verdict on every string tried", arguments: SchemaPattern.allCases)
    func matchersAgreeWithLibXML2(pattern: SchemaPattern) throws {
        let regex = try #require(XMLRegularExpression(pattern.pattern))
        let alphabet = Self.alphabet(pattern)
        var generator = SplitMix64(seed: UInt64(pattern.rawValue) + 2026)  // reproducible
        var candidates = Self.examples[pattern] ?? []
        // Mutations of the examples, then random strings.
        for example in Self.examples[pattern] ?? [] {
            let characters = Array(example)
            for index in characters.indices {
                var removed = characters; removed.remove(at: index); candidates.append(String(removed))
                for replacement in alphabet.prefix(8) {
                    var changed = characters; changed[index] = Character(replacement); candidates.append(String(changed))
                }
            }
        }
        for _ in 0..<20_000 {
            let length = Int.random(in: 0...20, using: &generator)
            candidates.append((0..<length).map { _ in alphabet.randomElement(using: &generator)! }.joined())
        }
        var disagreements: [String] = []
        for candidate in candidates {
            var bytes = candidate
            let ours = bytes.withUTF8 { pattern.matches($0) }
            if ours != regex.matches(candidate) { disagreements.append(candidate) }
        }
        #expect(disagreements.isEmpty, "\(pattern): \(disagreements.prefix(10))")
        #expect(candidates.contains { regex.matches($0) }, "some candidates match")
    }

    /// One valid sample entry, broken field by field.
    static let mutations: [(String, String, String)] = [
        ("id attribute", #"id="fixture-entry""#, #"id="Fixture Entry""#),
        ("NEQ with spaces", "<neq>1145678901</neq>", "<neq> 1145 678901 </neq>"),
        ("empty NEQ", "<neq>1145678901</neq>", "<neq>  </neq>"),
        ("postal code with inner spaces (valid once collapsed)", "<postalCode>G7H 5B1</postalCode>", "<postalCode>  G7H \n 5B1 </postalCode>"),
        ("bad postal code", "<postalCode>G7H 5B1</postalCode>", "<postalCode>G7H5B1</postalCode>"),
        ("web address", "<website>https://www.fixture.example</website>", "<website>www.fixture.example</website>"),
        ("e-mail", "<email>info@fixture.example</email>", "<email>info@@fixture.example</email>"),
        ("phone", "<phone>+14185550100</phone>", "<phone>418-555-0100</phone>"),
        ("capability ref", #"ref="smelting.potroom""#, #"ref="Smelting.Potroom""#),
        ("country", "<country>CA</country>", "<country>Canada</country>"),
        ("country list", "<exportExperience>AE IN</exportExperience>", "<exportExperience>AE in  FR xx</exportExperience>"),
        ("market list", "<targetMarkets>BR</targetMarkets>", "<targetMarkets>\tbr\n</targetMarkets>"),
        ("HS code", #"hs="8426.11""#, #"hs="8426.1""#),
        ("equipment capability", #"capability="smelting.potroom.pot-tending-machines""#, #"capability="smelting..potroom""#),
        ("structure broken too", "<neq>1145678901</neq>", "<neq>12</neq><neq>34</neq>"),
        // libxml2 stops looking inside an element after a misplaced child, skips
        // foreign elements, reads an element with element children as empty.
        ("missing legal name, bad NEQ", "<legalName>Fixture Métal inc.</legalName>\n  <neq>1145678901</neq>", "<neq>12</neq>"),
        ("kind before a bad NEQ", "<neq>1145678901</neq>\n  <kind>manufacturer</kind>", "<kind>manufacturer</kind><neq>12</neq>"),
        ("e-mail before web address, both bad", "<website>https://www.fixture.example</website>\n  <email>info@fixture.example</email>", "<email>bad</email><website>bad</website>"),
        ("contact without name, bad e-mail", "<name>Marie Tremblay</name>", ""),
        ("bad contact e-mail", "<email>mtremblay@fixture.example</email>", "<email>bad</email>"),
        ("address without street, bad postal code", "<street>2345, boulevard Talbot</street>", "<postalCode>x</postalCode>"),
        ("reference without client, bad country", "<client>Aluminium Bahrain (Alba)</client>", "<country>ca</country>"),
        ("markets before experience, both bad", "<exportExperience>AE IN</exportExperience>\n  <targetMarkets>BR</targetMarkets>", "<targetMarkets>br</targetMarkets><exportExperience>ae</exportExperience>"),
        ("foreign NEQ", "<neq>1145678901</neq>", "<x:neq xmlns:x=\"urn:o\">12</x:neq>"),
        ("NEQ with an element inside", "<neq>1145678901</neq>", "<neq><b/>12</neq>"),
        ("postal code in CDATA pieces (valid once collapsed)", "<postalCode>G7H 5B1</postalCode>", "<postalCode><![CDATA[G7H]]> <![CDATA[5B1]]></postalCode>"),
        // Bounded repeats (SchemaRepeat): one over the bound, and at the bound.
        ("four names on an equipment line", lineName, String(repeating: lineName, count: 4)),
        ("three names on an equipment line (valid once collapsed)", lineName, String(repeating: lineName, count: 3)),
        ("four scopes on a reference", scope, String(repeating: scope, count: 4)),
        ("51 contacts", contact, String(repeating: contact, count: 51)),
        ("50 contacts (valid once collapsed)", contact, String(repeating: contact, count: 50)),
        ("21 descriptions", frenchDescription, String(repeating: frenchDescription, count: 20)),
        ("301 capabilities", capability, String(repeating: capability, count: 301)),
        ("201 equipment lines", line, String(repeating: line, count: 201)),
        ("51 references", reference, String(repeating: reference, count: 51)),
        ("51 certifications", certification, String(repeating: certification, count: 51)),
        ("51 memberships", "<industries>", "<memberships>" + String(repeating: "<membership>AluQuébec</membership>", count: 51) + "</memberships>\n  <industries>"),
        ("50 memberships (valid once collapsed)", "<industries>", "<memberships>" + String(repeating: "<membership>AluQuébec</membership>", count: 50) + "</memberships>\n  <industries>"),
        // Length bounds (SchemaLength): one character over, and at the bound in more bytes.
        ("legal name of 201 characters", "<legalName>Fixture Métal inc.</legalName>", "<legalName>\(x(201))</legalName>"),
        ("legal name of 200 characters in 400 bytes (valid once collapsed)", "<legalName>Fixture Métal inc.</legalName>", "<legalName>\(String(repeating: "é", count: 200))</legalName>"),
        ("legal name of 200 characters among spaces (valid once collapsed)", "<legalName>Fixture Métal inc.</legalName>", "<legalName>  \n \(x(200))\t </legalName>"),
        ("operating name of 201 characters", "</legalName>", "</legalName>\n  <operatingName>\(x(201))</operatingName>"),
        ("street of 201 characters", "<street>2345, boulevard Talbot</street>", "<street>\(x(201))</street>"),
        ("city of 201 characters", "<city>Chicoutimi</city>", "<city>\(x(201))</city>"),
        ("contact name of 201 characters", "<name>Marie Tremblay</name>", "<name>\(x(201))</name>"),
        ("contact title of 151 characters", "<title>Directrice des ventes</title>", "<title>\(x(151))</title>"),
        ("contact title of 150 characters in CDATA pieces (valid once collapsed)", "<title>Directrice des ventes</title>", "<title><![CDATA[\(x(75))]]>\(x(75))</title>"),
        ("description of 4,001 characters", frenchDescription, #"<description xml:lang="fr">\#(x(4001))</description>"#),
        ("equipment line name of 151 characters", lineName, #"<name xml:lang="en">\#(x(151))</name>"#),
        ("reference client of 201 characters", "<client>Aluminium Bahrain (Alba)</client>", "<client>\(x(201))</client>"),
        ("reference site of 201 characters", "<site>Askar, Line 6</site>", "<site>\(x(201))</site>"),
        ("reference scope of 1,001 characters", scope, #"<scope xml:lang="en">\#(x(1001))</scope>"#),
        ("certificate number of 201 characters", #"number="CA-1""#, #"number="\#(x(201))""#),
        ("certificate issuer of 201 characters", #"issuer="BNQ""#, #"issuer="\#(x(201))""#),
        ("membership of 201 characters", "<industries>", "<memberships><membership>\(x(201))</membership></memberships>\n  <industries>"),
        ("internal notes of 4,001 characters", "<lastUpdated>", "<internalNotes>\(x(4001))</internalNotes>\n  <lastUpdated>"),
    ]

    static func x(_ count: Int) -> String { String(repeating: "x", count: count) }

    static let lineName = #"<name xml:lang="en">Pot tending machine</name>"#
    static let scope = #"<scope xml:lang="en">Four pot tending machines.</scope>"#
    static let contact = """
        <contact consent="true">
              <name>Marie Tremblay</name>
              <title>Directrice des ventes</title>
              <responsibility>export-sales</responsibility>
              <languages>fr en</languages>
              <email>mtremblay@fixture.example</email>
              <phone>+14185550124</phone>
            </contact>
        """
    static let frenchDescription = #"<description xml:lang="fr">Fabricant de machines de service aux cuves.</description>"#
    static let capability = #"<capability ref="smelting.potroom" roles="design manufacture"/>"#
    static let line = """
        <line capability="smelting.potroom.pot-tending-machines" hs="8426.11">
              <name xml:lang="en">Pot tending machine</name>
            </line>
        """
    static let reference = """
        <reference citable="true">
              <client>Aluminium Bahrain (Alba)</client>
              <site>Askar, Line 6</site>
              <country>CA</country>
              <year>2019</year>
              <roles>manufacture</roles>
              <scope xml:lang="en">Four pot tending machines.</scope>
            </reference>
        """
    static let certification = #"<certification scheme="ISO 9001:2015" number="CA-1" issuer="BNQ" validFrom="2024-03-01" validUntil="2027-03-01"/>"#

    @Test("every place supplier.xsd gives a length-bounded text type is one the loader bounds, and the loader's schema lacks the four facets")
    func lengthBoundsAreChecked() throws {
        let directory = TestCatalog.catalog + "/schema/"
        let common = try #require(SafeXMLParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "common.xsd"))), file: "common.xsd").root)
        for length in SchemaLength.allCases {
            let type = try #require(common.children("simpleType").first { $0[attribute: "name"] == length.typeName }, "\(length.typeName)")
            let facets = type.child("restriction")?.children("maxLength").compactMap { $0[attribute: "value"] } ?? []
            #expect(facets == [String(length.maxLength)], "\(length.typeName)")
        }
        // Every type of common.xsd derived from these, by restriction or extension.
        var derived: [String] = []
        func walk(_ element: XMLElement, _ type: String?) {
            var type = type
            if element.name == "simpleType" || element.name == "complexType", let name = element[attribute: "name"] { type = name }
            if element.name == "restriction" || element.name == "extension", let base = element[attribute: "base"],
               ["ac:NonEmptyString", "ac:Name", "ac:Title", "ac:Scope", "ac:LangText", "ac:LangTitle", "ac:LangScope", "ac:OptionalLangText"].contains(base) {
                derived.append("\(type ?? "?") < \(base)")
            }
            for child in element.children { walk(child, type) }
        }
        walk(common, nil)
        #expect(derived.sorted() == [
            "LangScope < ac:Scope", "LangText < ac:NonEmptyString", "LangTitle < ac:Title", "Name < ac:NonEmptyString",
            "OptionalLangText < ac:Title", "Scope < ac:NonEmptyString", "Title < ac:NonEmptyString",
        ])
        // Where supplier.xsd uses them: the places SupplierPatternCheck bounds.
        let supplier = try #require(SafeXMLParser.parse(Array(try Data(contentsOf: URL(fileURLWithPath: directory + "supplier.xsd"))), file: "supplier.xsd").root)
        var places: [String] = []
        func visit(_ element: XMLElement, _ path: String) {
            for child in element.children {
                var inner = path
                if child.name == "element" || child.name == "attribute", let name = child[attribute: "name"] {
                    inner = path + (child.name == "attribute" ? "@" : "/") + name
                    if let type = child[attribute: "type"], type.hasPrefix("ac:"),
                       derived.contains(where: { $0.hasPrefix(type.dropFirst(3) + " <") }) || type == "ac:NonEmptyString" {
                        places.append("\(inner) \(type)")
                    }
                }
                // A type derived inline from one of them would be a place too.
                if child.name == "restriction" || child.name == "extension", let base = child[attribute: "base"],
                   derived.contains(where: { $0.hasPrefix(base.dropFirst(3) + " <") }) || base == "ac:NonEmptyString" {
                    places.append("\(path) < \(base)")
                }
                visit(child, inner)
            }
        }
        visit(supplier, "")
        #expect(places.sorted() == [
            "/supplier/address/city ac:Name", "/supplier/address/street ac:Name",
            "/supplier/certifications/certification@issuer ac:Name", "/supplier/certifications/certification@number ac:Name",
            "/supplier/contacts/contact/name ac:Name", "/supplier/contacts/contact/title ac:OptionalLangText",
            "/supplier/descriptions/description ac:LangText", "/supplier/equipment/line/name ac:LangTitle",
            "/supplier/internalNotes ac:NonEmptyString", "/supplier/legalName ac:Name", "/supplier/memberships/membership ac:Name",
            "/supplier/operatingName ac:Name", "/supplier/references/reference/client ac:Name",
            "/supplier/references/reference/scope ac:LangScope", "/supplier/references/reference/site ac:Name",
        ])
        let schemas = try TestCatalog.loader().schemas
        #expect(schemas.lengthsCheckedByLoader)
    }

    @Test("every bounded repeat of supplier.xsd is one the loader counts, and all are unbounded in the loader's schema")
    func boundedRepeatsAreCounted() throws {
        let path = TestCatalog.catalog + "/schema/supplier.xsd"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let root = try #require(SafeXMLParser.parse(Array(text.utf8), file: path).root)
        var bounded: [String] = []
        func walk(_ element: XMLElement, _ path: [String]) {
            for child in element.children {
                var inner = path
                if child.name == "element", let name = child[attribute: "name"] {
                    inner.append(name)
                    if let max = child[attribute: "maxOccurs"], max != "1", max != "unbounded" { bounded.append("\(name) \(max)") }
                }
                walk(child, inner)
            }
        }
        walk(root, [])
        let counted = SchemaRepeat.allCases.map { repeated in
            let name = repeated.declaration.split(separator: "\"")[1]
            return "\(name) \(repeated.maxOccurs)"
        }
        #expect(bounded.sorted() == counted.sorted())
        for repeated in SchemaRepeat.allCases {
            #expect(text.components(separatedBy: repeated.declaration).count == 2, "\(repeated) declared once, as written")
        }
        let schemas = try TestCatalog.loader().schemas
        #expect(schemas.repeatsCountedByLoader == SchemaRepeat.allCases.map { _ in true })
    }

    @Test("broken entries get the published schema's diagnostics, word for word", arguments: mutations.map(\.0))
    func sameDiagnosticsAsThePublishedSchema(name: String) throws {
        let (_, original, broken) = try #require(Self.mutations.first { $0.0 == name })
        let loader = try TestCatalog.loader()
        let base = try String(contentsOfFile: TestCatalog.packageRoot + "/Tests/AluCatalogTests/Fixtures/patterns/fixture-entry.xml", encoding: .utf8)
        try #require(base.contains(original), "the fixture holds \(original)")
        let text = base.replacingOccurrences(of: original, with: broken)
        let bytes = Array(text.utf8)
        // In libxml2's own order, not sorted.
        func schemaMessages(_ diagnostics: [Diagnostic]) -> [String] {
            diagnostics.filter { $0.code == "xml.schema" }.map(\.description)
        }
        let all = loader.validate(bytes: bytes, file: "entry.xml", fileID: "fixture-entry").diagnostics
        let ours = schemaMessages(all)
        let publishedAlone = SchemaHints.annotate(SafeXMLParser.parse(bytes, file: "entry.xml", schema: loader.schemas.supplier).diagnostics)
        // Less what a rule says of the same field: one problem, one message.
        let rules = all.filter { !$0.code.hasPrefix("xml.") }
        let published = schemaMessages(CatalogLoader.preferSchemaErrors(publishedAlone + rules))
        #expect(ours == published)
        #expect(publishedAlone.isEmpty == name.contains("(valid once collapsed)"), "the mutation breaks the entry, or was meant not to")
    }

    @Test("the shipped schema is the one the pattern checks were proven against")
    func shippedSchemaIsProven() throws {
        let directory = TestCatalog.catalog + "/schema/"
        let supplier = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "supplier.xsd")))
        let common = Array(try Data(contentsOf: URL(fileURLWithPath: directory + "common.xsd")))
        let digest = SchemaPattern.schemaDigest(supplier: supplier, common: common)
        #expect(digest == SchemaPattern.provenSchemaDigest, """
            supplier.xsd or common.xsd changed: check that SupplierPatternCheck visits every place a \
            SchemaPattern type is used, then set SchemaPattern.provenSchemaDigest to 0x\(String(digest, radix: 16))
            """)
    }

    @Test("a catalogue with another schema is validated with it whole, patterns included")
    func otherSchemaUsedWhole() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-schema-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/suppliers", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: TestCatalog.catalog + "/schema", toPath: root + "/schema")
        try FileManager.default.copyItem(atPath: TestCatalog.catalog + "/taxonomy.xml", toPath: root + "/taxonomy.xml")
        // A new element of a pattern type that SupplierPatternCheck does not know.
        let supplierXSD = root + "/schema/supplier.xsd"
        var xsd = try String(contentsOfFile: supplierXSD, encoding: .utf8)
        let phone = #"<xs:element name="phone" type="ac:E164">"#
        try #require(xsd.contains(phone))
        xsd = xsd.replacingOccurrences(of: phone, with: #"<xs:element name="fax" type="ac:E164" minOccurs="0"/>"# + "\n        " + phone)
        try xsd.write(toFile: supplierXSD, atomically: true, encoding: .utf8)

        let loader = try CatalogLoader(root: root, today: TestCatalog.today)
        #expect(loader.schemas.patternsCheckedByLoader.allSatisfy { !$0 })
        #expect(loader.schemas.repeatsCountedByLoader.allSatisfy { !$0 })
        #expect(!loader.schemas.lengthsCheckedByLoader)
        #expect(loader.schemas.supplierForLoader === loader.schemas.supplier)
        let base = try String(contentsOfFile: TestCatalog.packageRoot + "/Tests/AluCatalogTests/Fixtures/patterns/fixture-entry.xml", encoding: .utf8)
        let entry = base.replacingOccurrences(of: "<phone>+14185550100</phone>", with: "<fax>call us</fax><phone>+14185550100</phone>")
        let found = loader.validate(bytes: Array(entry.utf8), file: "entry.xml", fileID: "fixture-entry").diagnostics.map(\.message)
        #expect(found == ["<fax>: 'call us' does not have the required form"])
    }
}
