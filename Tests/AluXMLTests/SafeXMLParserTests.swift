import AluDiagnostics
import Foundation
import Testing

@testable import AluXML

/// Hostile and broken inputs, generated here: each must give one clear error that
/// names the file and line, and must never read a local file or the network.
@Suite("Safe XML parsing")
struct SafeXMLParserTests {
    /// Text that appears only if libxml2 read /etc/hostname.
    static let hostname: String? = {
        guard let text = try? String(contentsOfFile: "/etc/hostname", encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count >= 3 ? trimmed : nil
    }()

    func parse(_ text: String, limits: XMLParseLimits = .default) -> XMLParseResult {
        SafeXMLParser.parse(Array(text.utf8), file: "in.xml", limits: limits)
    }

    func onlyError(_ result: XMLParseResult) throws -> Diagnostic {
        let hasRoot = result.root != nil
        #expect(!hasRoot, "the document should have been refused")
        let errors = result.diagnostics.filter { $0.severity == .error }
        try #require(errors.count >= 1)
        return errors[0]
    }

    func expectNoLeak(_ result: XMLParseResult) {
        guard let hostname = Self.hostname else { return }
        for diagnostic in result.diagnostics {
            #expect(!diagnostic.message.contains(hostname), "a diagnostic quotes /etc/hostname")
        }
    }

    static let doctypeAttacks: [(String, String)] = [
        ("internal entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e \"x\">]>\n<r>&e;</r>"),
        ("external file entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/hostname\">]>\n<r>&e;</r>"),
        ("network entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY e SYSTEM \"http://127.0.0.1:9/x\">]>\n<r>&e;</r>"),
        ("external DTD", "<?xml version=\"1.0\"?>\n<!DOCTYPE r SYSTEM \"file:///etc/hostname\">\n<r/>"),
        ("parameter entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/hostname\"> %p;]>\n<r/>"),
        ("billion laughs", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
            + (1...9).map { "<!ENTITY lol\($0) \"" + String(repeating: "&lol\($0 == 1 ? "" : String($0 - 1));", count: 10) + "\">" }.joined()
            + "]>\n<lolz>&lol9;</lolz>"),
        ("entity in attribute", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY a \"aaaa\">]>\n<r v=\"&a;&a;\"/>"),
    ]

    @Test("any DOCTYPE is refused at its line, before anything in it is read", arguments: doctypeAttacks)
    func doctypeIsRefused(name: String, text: String) throws {
        let result = parse(text)
        let error = try onlyError(result)
        #expect(error.code == "xml.doctype")
        #expect(error.location.file == "in.xml")
        #expect(error.location.line == 2)
        #expect(error.message.hasPrefix("a DOCTYPE declaration is not allowed"))
        #expect(result.diagnostics.count == 1, "\(name): only the DOCTYPE error is reported")
        expectNoLeak(result)
    }

    @Test("XInclude is never processed: the element stays inert")
    func xincludeIsInert() throws {
        let result = parse("<r xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include href=\"file:///etc/hostname\" parse=\"text\"/></r>")
        let root = try #require(result.root)
        #expect(root.children.first?.name == "include")
        #expect(root.text.isEmpty)
        expectNoLeak(result)
    }

    @Test("an element with 30,000 attributes is refused before libxml2 sees it")
    func tooManyAttributes() throws {
        let attributes = (0..<30_000).map { "a\($0)=\"\($0)\"" }.joined(separator: " ")
        let result = parse("<?xml version=\"1.0\"?>\n<r>\n<x \(attributes)/></r>")
        let error = try onlyError(result)
        #expect(error.code == "xml.too-many-attributes")
        #expect(error.location.line == 3)
        #expect(error.message == "an element has more than 256 attributes; refused")
    }

    @Test("the attribute limit is per element: 256 pass, 257 are refused, many small elements pass")
    func attributeLimitBoundary() throws {
        func element(_ count: Int) -> String { "<x " + (0..<count).map { "a\($0)=\"v\"" }.joined(separator: " ") + "/>" }
        #expect(parse("<r>\(element(256))</r>").root != nil)
        let error = try onlyError(parse("<r>\n\(element(257))</r>"))
        #expect(error.code == "xml.too-many-attributes")
        #expect(error.location.line == 2)
        // 2,000 '=' signs in the file, none more than 10 on one element.
        let spread = String(repeating: element(10), count: 200)
        #expect(parse("<r>\(spread)</r>").root != nil)
    }

    @Test("a NUL byte deep in a document with few attributes is still found, at its line and column")
    func nulByteIsLocated() throws {
        let bytes = Array("<r>\n<a>ok</a>\n<b>x".utf8) + [0] + Array("</b></r>".utf8)
        let error = try onlyError(SafeXMLParser.parse(bytes, file: "in.xml"))
        #expect(error.code == "xml.encoding")
        #expect(error.location.line == 3)
        #expect(error.location.column == 5)
    }

    @Test("a UTF-7 document cannot hide its attributes from the count")
    func utf7AttributesAreRefused() throws {
        let attributes = (0..<1_000).map { "a\($0)+AD0-\"\"" }.joined(separator: " ")
        let result = parse("<?xml version=\"1.0\" encoding\n=\"UTF-7\"?>\n<x \(attributes)/>")
        let error = try onlyError(result)
        #expect(error.code == "xml.encoding")
    }

    @Test("attribute counting ignores '=' in values, comments and CDATA")
    func attributeCountIgnoresQuotedEquals() throws {
        let many = String(repeating: "=", count: 1000)
        let result = parse("<r a=\"\(many)\"><!-- \(many) --><![CDATA[\(many)]]></r>")
        #expect(result.root != nil)
    }

    @Test("nesting deeper than libxml2's 256 levels is refused")
    func deepNesting() throws {
        let depth = 10_000
        let text = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        let error = try onlyError(parse(text))
        #expect(error.code == "xml.syntax")
        #expect(error.location.line == 1)
        #expect(error.message.contains("depth"))
    }

    @Test("a 10 MB text node is refused by the size cap before parsing")
    func hugeText() throws {
        let text = "<r>" + String(repeating: "x", count: 10_000_001) + "</r>"
        let error = try onlyError(parse(text))
        #expect(error.code == "xml.too-large")
    }

    @Test("files over the size cap are refused without parsing")
    func sizeCap() throws {
        let error = try onlyError(parse("<r>" + String(repeating: "x", count: 2000) + "</r>", limits: XMLParseLimits(maxBytes: 1000)))
        #expect(error.code == "xml.too-large")
        #expect(error.message == "the file is 2007 bytes, more than the 1000-byte limit")
    }

    static let encodingCases: [(String, [UInt8])] = [
        ("UTF-16 BOM", [0xFF, 0xFE] + Array("<r/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("UTF-16 without BOM", Array("<r/>".utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }),
        ("UTF-7 declaration", Array("<?xml version=\"1.0\" encoding=\"UTF-7\"?>\n<r>+ADw-!DOCTYPE</r>".utf8)),
        ("Latin-1 declaration", Array("<?xml version='1.0' encoding='ISO-8859-1'?><r/>".utf8)),
        ("declaration with a line break before =", Array("<?xml version=\"1.0\" encoding\n=\"ISO-8859-1\"?><r/>".utf8)),
        ("declaration with CR and tab around =", Array("<?xml version=\"1.0\" encoding\r\t=\r\n'UTF-7'?><r/>".utf8)),
        ("unquoted encoding", Array("<?xml version=\"1.0\" encoding=UTF-7?><r/>".utf8)),
    ]

    @Test("only UTF-8 is accepted", arguments: encodingCases)
    func utf8Only(name: String, bytes: [UInt8]) throws {
        let result = SafeXMLParser.parse(bytes, file: "in.xml")
        let error = try onlyError(result)
        #expect(error.code == "xml.encoding", "\(name)")
        #expect(error.location.line == 1)
    }

    @Test("a UTF-8 BOM and declaration are fine")
    func utf8BOM() throws {
        let result = SafeXMLParser.parse([0xEF, 0xBB, 0xBF] + Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><r>é</r>".utf8), file: "in.xml")
        #expect(try #require(result.root).text == "é")
    }

    @Test("empty input is a clear error, not a crash")
    func emptyInput() throws {
        let error = try onlyError(SafeXMLParser.parse([], file: "in.xml"))
        #expect(error.code == "xml.empty")
        #expect(error.description == "in.xml:1:1: error: the file is empty; expected an XML document")
    }

    @Test("binary garbage and gzip are refused, never inflated")
    func binaryGarbage() throws {
        let gzip: [UInt8] = [0x1F, 0x8B, 0x08, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x03, 0xB3, 0x29, 0xB2, 0xD7, 0x07, 0x00]
        for bytes in [gzip, (0..<512).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }] {
            let error = try onlyError(SafeXMLParser.parse(bytes, file: "in.xml"))
            #expect(["xml.syntax", "xml.encoding"].contains(error.code))
        }
    }

    @Test("a truncated document names the line where it ends")
    func truncated() throws {
        let error = try onlyError(parse("<r>\n  <a>text</a>\n  <b>"))
        #expect(error.code == "xml.syntax")
        #expect(error.location.line == 3)
        #expect(error.location.column != nil)
    }

    @Test("a mismatched tag is reported with line and column")
    func mismatchedTag() throws {
        let result = parse("<r>\n  <a>text</b>\n</r>")
        let error = try onlyError(result)
        #expect(error.location.line == 2)
        #expect(error.location.column == 14)
        #expect(error.message.contains("mismatch"))
    }

    @Test("reading the tree in place sees exactly what the copied tree holds")
    func inPlaceViewMatchesCopy() throws {
        let text = """
            <r xmlns="urn:x" xmlns:o="urn:o" id="1" o:id="other">
              <d xml:lang="fr">  Été &amp; <!-- note --><![CDATA[<b>]]> \t</d>
              <d xml:lang="en">Summer</d>
              <list>fr\ten\n  es </list>
              <e a="x &lt; y"/><!-- between --><?pi data?>
              <empty/>
            </r>
            """
        let copied = try #require(parse(text).root)
        struct Seen: Equatable {
            var name: String, namespace: String?, id: String?, line: Int
            var texts: [String], trimmed: [String], languages: [String?], tokens: [String], attribute: String?, emptyText: String?
        }
        func seen(_ e: XMLElement) -> Seen {
            Seen(name: e.name, namespace: e.namespace, id: e[attribute: "id"], line: e.line,
                 texts: e.children("d").map(\.text), trimmed: e.children("d").map(\.trimmedText),
                 languages: e.children("d").map(\.language), tokens: e.child("list")?.tokens ?? [],
                 attribute: e.child("e")?[attribute: "a"], emptyText: e.childText("empty"))
        }
        let (viewed, diagnostics) = SafeXMLParser.parse(Array(text.utf8), file: "in.xml", selectSchema: { _, _ in nil }) { root in
            Seen(name: root.name, namespace: root.namespace, id: root[attribute: "id"], line: root.line,
                 texts: root.children.filter { $0.hasName("d") }.map(\.text), trimmed: root.children.filter { $0.hasName("d") }.map(\.trimmedText),
                 languages: root.children.filter { $0.hasName("d") }.map(\.language), tokens: root.child("list")?.tokens ?? [],
                 attribute: root.child("e")?[attribute: "a"], emptyText: root.childText("empty"))
        }
        #expect(diagnostics.isEmpty)
        #expect(viewed == seen(copied))
        #expect(viewed?.texts.first == "  Été & <b> \t")
        #expect(viewed?.id == "1", "the namespaced o:id is not the unprefixed id")
        #expect(viewed?.tokens == ["fr", "en", "es"])
        #expect(viewed?.emptyText == "")
    }

    @Test("a blank between CDATA sections or comments inside an element's text is kept")
    func blankTextInsideAnElementIsKept() throws {
        let root = try #require(parse("<r><a><![CDATA[G7H]]> <![CDATA[5B1]]></a><b><!--x-->G7H<!--y--> <!--z-->5B1</b></r>").root)
        #expect(root.child("a")?.text == "G7H 5B1")
        #expect(root.child("b")?.text == "G7H 5B1")
    }

    @Test("blanks between elements are not kept as text; blank-only and leading text are")
    func blanksBetweenElements() throws {
        let root = try #require(parse("<r>\n  <a>  </a>\n  <b>\t<c/>\n  </b>\n  <d> x <!--c--> y </d>\n</r>").root)
        #expect(root.text.isEmpty)
        #expect(root.child("a")?.text == "  ")
        #expect(root.child("b")?.text.isEmpty == true)
        #expect(root.child("d")?.text == " x  y ")
        #expect(root.children.map(\.name) == ["a", "b", "d"])
    }

    @Test("a document stopped or broken mid-way still gives its errors and no tree")
    func brokenDocumentGivesNoTree() throws {
        let result = parse("<r>\n  <a>text</a>\n  <b></c>\n</r>")
        #expect(result.root == nil)
        #expect(result.diagnostics.first?.location.line == 3)
    }

    @Test("the tree keeps names, namespaces, attributes, xml:lang, text and lines")
    func treeIsCopied() throws {
        let result = parse("<r xmlns=\"urn:x\" id=\"1\">\n<d xml:lang=\"fr\">Été &amp; <![CDATA[<b>]]></d>\n<e/></r>")
        let root = try #require(result.root)
        #expect(root.name == "r")
        #expect(root.namespace == "urn:x")
        #expect(root[attribute: "id"] == "1")
        let d = try #require(root.child("d"))
        #expect(d.language == "fr")
        #expect(d.text == "Été & <b>")
        #expect(d.line == 2)
        #expect(root.child("e")?.line == 3)
    }
}
