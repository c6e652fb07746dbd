import AluDiagnostics
import AluLocalization
import Foundation
import Testing

@testable import AluXML

@Suite("XML Schema validation")
struct XMLSchemaTests {
    static let schemaPath = Bundle.module.path(forResource: "item", ofType: "xsd", inDirectory: "Fixtures")!

    func validate(_ text: String, schema: XMLSchema) -> [Diagnostic] {
        SafeXMLParser.parse(Array(text.utf8), file: "item.xml", schema: schema).diagnostics
    }

    @Test("a schema with an include compiles and accepts a valid document")
    func valid() throws {
        let schema = try XMLSchema(path: Self.schemaPath)
        #expect(validate("<item xmlns=\"urn:test:item\" id=\"a\"><code>1234</code><colour>red</colour></item>", schema: schema).isEmpty)
    }

    @Test("schema errors are reworded, located, and reported all at once")
    func allErrorsReworded() throws {
        let schema = try XMLSchema(path: Self.schemaPath)
        let diagnostics = validate("<item xmlns=\"urn:test:item\">\n<code>12</code>\n<colour>green</colour>\n</item>", schema: schema)
        #expect(diagnostics.map(\.description) == [
            "item.xml:1: error: <item>: attribute 'id' is required but missing",
            "item.xml:2: error: <code>: '12' does not have the required form",
            "item.xml:3: error: <colour>: 'green' is not one of the allowed values: 'red', 'blue'",
        ])
    }

    @Test("length errors say empty, too short or too long, once per value")
    func lengthErrorsReworded() throws {
        let schema = try XMLSchema(path: Bundle.module.path(forResource: "lengths", ofType: "xsd", inDirectory: "Fixtures")!)
        let diagnostics = validate("""
            <r xmlns="urn:test:lengths">
            <name>  \t </name>
            <name>a</name>
            <name>abcdefg</name>
            <name>ok</name>
            <tags> </tags>
            <tags>a b c</tags>
            </r>
            """, schema: schema)
        #expect(diagnostics.map(\.description) == [
            "item.xml:2: error: <name>: must not be empty",
            "item.xml:3: error: <name>: is too short: length 1, at least 2 required",
            "item.xml:4: error: <name>: is too long: length 7, at most 5 allowed",
            "item.xml:6: error: <tags>: must not be empty",
            "item.xml:7: error: <tags>: is too long: length 3, at most 2 allowed",
        ])
    }

    @Test("schema errors name the path of their element, with each step's index among its namesakes")
    func errorsNameTheirElementPath() throws {
        let schema = try XMLSchema(path: Self.schemaPath)
        let diagnostics = validate("<item xmlns=\"urn:test:item\">\n<code>12</code>\n<colour>green</colour>\n</item>", schema: schema)
        #expect(diagnostics.map(\.field) == ["@id", "code[0]", "colour[0]"])
        #expect(diagnostics.map(\.subject) == ["<item>", "<code>", "<colour>"])
        #expect(diagnostics.map { $0.problem?.key } == ["schema.attribute-required", "schema.pattern", "schema.enumeration"])
        let lengths = try XMLSchema(path: Bundle.module.path(forResource: "lengths", ofType: "xsd", inDirectory: "Fixtures")!)
        let empty = validate("<r xmlns=\"urn:test:lengths\">\n<name>ok</name>\n<name></name>\n<name/>\n<tags>a</tags>\n</r>", schema: lengths)
        #expect(empty.map(\.field) == ["name[1]", "name[2]"])
    }

    @Test("a missing element is named as the field that is missing")
    func missingElementField() throws {
        let schema = try XMLSchema(path: Self.schemaPath)
        let diagnostics = validate("<item xmlns=\"urn:test:item\" id=\"a\">\n<colour>red</colour>\n</item>", schema: schema)
        #expect(diagnostics.map(\.field) == ["code[0]"])
    }

    @Test("a missing element names what was expected")
    func missingElement() throws {
        let schema = try XMLSchema(path: Self.schemaPath)
        let diagnostics = validate("<item xmlns=\"urn:test:item\" id=\"a\">\n<colour>red</colour>\n</item>", schema: schema)
        #expect(diagnostics.map(\.description) == [
            "item.xml:2: error: <colour>: this element is not expected here; expected ( code )",
        ])
    }

    @Test("a wrong root or namespace says so in words")
    func wrongRoot() throws {
        let schema = try XMLSchema(path: Self.schemaPath)
        let diagnostics = validate("<thing/>", schema: schema)
        #expect(diagnostics.map(\.message) == ["<thing>: this is not the expected kind of document (wrong root element or namespace)"])
    }

    @Test("one compiled schema shared by concurrent validations gives the serial results")
    func concurrentValidation() async throws {
        let schema = try XMLSchema(path: Self.schemaPath)
        let inputs = (0..<400).map { i in
            i % 3 == 0
                ? "<item xmlns=\"urn:test:item\" id=\"\(i)\"><code>\(1000 + i)</code><colour>red</colour></item>"
                : "<item xmlns=\"urn:test:item\"><code>\(i)</code><colour>c\(i)</colour></item>"
        }
        let serial = inputs.map { validate($0, schema: schema) }
        let parallel = await withTaskGroup(of: (Int, [Diagnostic]).self) { group in
            for (index, input) in inputs.enumerated() {
                group.addTask { (index, SafeXMLParser.parse(Array(input.utf8), file: "item.xml", schema: schema).diagnostics) }
            }
            var results = [[Diagnostic]](repeating: [], count: inputs.count)
            for await (index, diagnostics) in group { results[index] = diagnostics }
            return results
        }
        #expect(parallel == serial)
        #expect(serial.filter(\.isEmpty).count == 134)
    }
}
