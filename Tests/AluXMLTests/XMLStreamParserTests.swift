import AluXML
import Foundation
import Testing

/// Records events as compact strings: `<ns|name a=v>`, `</name>`, `"text"`.
final class Recorder: XMLStreamHandler {
    var events: [String] = []
    var elements: [XMLStreamElement] = []
    var text = ""

    func startElement(_ element: XMLStreamElement) throws {
        elements.append(element)
        let attributes = element.attributes.map { " \($0.prefix.map { $0 + ":" } ?? "")\($0.localName)=\($0.value)" }.joined()
        events.append("<\(element.namespaceURI.map { $0 + "|" } ?? "")\(element.localName)\(attributes)>")
    }

    func endElement(localName: String, namespaceURI: String?) throws {
        events.append("</\(localName)>")
    }

    func characters(_ text: String) throws {
        self.text += text
        if let last = events.last, last.hasPrefix("\"") {
            events[events.count - 1] = String(last.dropLast()) + text + "\""
        } else {
            events.append("\"\(text)\"")
        }
    }
}

@Suite("XMLStreamParser")
struct XMLStreamParserTests {
    static let hostname: String? = {
        guard let text = try? String(contentsOfFile: "/etc/hostname", encoding: .utf8) else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }()

    /// Parses and returns the error (nil on success) and the recorder.
    @discardableResult
    private func parse(_ xml: String, limits: XMLStreamLimits = XMLStreamLimits()) -> (error: (any Error)?, recorder: Recorder) {
        parse(Data(xml.utf8), limits: limits)
    }

    @discardableResult
    private func parse(_ data: Data, limits: XMLStreamLimits = XMLStreamLimits()) -> (error: (any Error)?, recorder: Recorder) {
        let recorder = Recorder()
        do {
            try XMLStreamParser.parse(data, documentName: "test.xml", limits: limits, handler: recorder)
            return (nil, recorder)
        } catch {
            return (error, recorder)
        }
    }

    /// Asserts nothing from /etc/hostname leaked into the error or the events.
    private func expectNoLeak(_ result: (error: (any Error)?, recorder: Recorder), sourceLocation: SourceLocation = #_sourceLocation) {
        guard let hostname = Self.hostname else { return }
        let everything = (result.error?.localizedDescription ?? "") + "\(String(describing: result.error))" + result.recorder.events.joined()
        #expect(!everything.contains(hostname), "leaked /etc/hostname", sourceLocation: sourceLocation)
    }

    @Test("reports elements, namespaces, attributes and text in order")
    func events() throws {
        let xml = #"<?xml version="1.0" encoding="UTF-8"?><r xmlns="urn:a" xmlns:t="urn:t"><t:c t:v="1&amp;2" plain="x&lt;y">a&amp;b<![CDATA[<c>]]>&#233;</t:c><e/></r>"#
        let result = parse(xml)
        #expect(result.error == nil)
        #expect(result.recorder.events == [
            "<urn:a|r>", "<urn:t|c t:v=1&2 plain=x<y>", "\"a&b<c>é\"", "</c>", "<urn:a|e>", "</e>", "</r>",
        ])
        let c = result.recorder.elements[1]
        #expect(c.attribute("v", namespace: "urn:t") == "1&2")
        #expect(c.attribute("plain", namespace: nil) == "x<y")
        #expect(c.location.line == 1)
    }

    @Test("parses the same events when fed one byte at a time")
    func byteByByte() throws {
        let xml = "<a x='1'>\n  <!-- c > \" ' --><b y=\"&#38;\">t</b>\n<?pi x?></a>"
        let recorder = Recorder()
        let parser = XMLStreamParser(documentName: "bytes.xml", handler: recorder)
        for byte in Array(xml.utf8) { try [byte].withUnsafeBytes { try parser.feed($0) } }
        try parser.finish()
        #expect(recorder.events == ["<a x=1>", "\"\n  \"", "<b y=&>", "\"t\"", "</b>", "\"\n\"", "</a>"])
    }

    @Test("rejects a DOCTYPE with an internal entity")
    func doctypeInternalEntity() {
        let result = parse("<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x \"boom\">]>\n<r>&x;</r>")
        #expect(result.error as? XMLStreamError == .doctypeNotAllowed(XMLStreamLocation(document: "test.xml", line: 2, column: 13)))
        #expect(result.error?.localizedDescription == "test.xml:2:13: DOCTYPE not allowed (document type declarations and entities are refused)")
        #expect(result.recorder.events.isEmpty)
    }

    @Test("never reads a file through an external entity", arguments: [
        #"<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/hostname">]><r>&x;</r>"#,
        #"<!DOCTYPE r SYSTEM "file:///etc/hostname"><r/>"#,
        #"<!DOCTYPE r [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]><r/>"#,
        #"<!DOCTYPE r [<!ENTITY % p "<!ENTITY x SYSTEM 'file:///etc/hostname'>"> %p;]><r>&x;</r>"#,
        #"<!DOCTYPE r PUBLIC "-//X//Y" "http://127.0.0.1:9/x.dtd"><r/>"#,
    ])
    func externalEntities(xml: String) {
        let result = parse(xml)
        guard case .doctypeNotAllowed(let location) = result.error as? XMLStreamError else {
            Issue.record("expected DOCTYPE rejection, got \(String(describing: result.error))"); return
        }
        #expect(location.line == 1)
        #expect(result.recorder.events.isEmpty)
        expectNoLeak(result)
    }

    @Test("rejects billion laughs before expanding anything")
    func billionLaughs() {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        for i in 1...9 { xml += "<!ENTITY lol\(i) \"" + String(repeating: "&lol\(i == 1 ? "" : String(i - 1));", count: 10) + "\">\n" }
        xml += "]>\n<lolz>&lol9;</lolz>"
        let result = parse(xml)
        #expect(result.error as? XMLStreamError == .doctypeNotAllowed(XMLStreamLocation(document: "test.xml", line: 2, column: 16)))
        #expect(result.recorder.text.isEmpty)
    }

    @Test("refuses undeclared entity references")
    func undeclaredEntity() {
        let result = parse("<r>\n&x;</r>")
        #expect(result.error as? XMLStreamError == .entityNotAllowed(name: "x", XMLStreamLocation(document: "test.xml", line: 2, column: 4)))
    }

    @Test("leaves XInclude elements inert")
    func xinclude() {
        let xml = #"<r xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include href="file:///etc/hostname" parse="text"/></r>"#
        let result = parse(xml)
        #expect(result.error == nil)
        #expect(result.recorder.events == ["<r>", "<http://www.w3.org/2001/XInclude|include href=file:///etc/hostname parse=text>", "</include>", "</r>"])
        #expect(result.recorder.text.isEmpty)
        expectNoLeak(result)
    }

    @Test("rejects 30,000 attributes on one element before libxml2 sees them")
    func tooManyAttributes() {
        var xml = "<r>\n<e"
        for i in 0..<30_000 { xml += " a\(i)=\"\(i)\"" }
        xml += "/></r>"
        let result = parse(xml)
        #expect(result.error as? XMLStreamError == .tooManyAttributes(limit: 256, XMLStreamLocation(document: "test.xml", line: 2, column: 1)))
        #expect(result.error?.localizedDescription == "test.xml:2:1: an element has more than 256 attributes")
        #expect(result.recorder.events.isEmpty)  // the whole document was refused before libxml2 saw any of it
    }

    @Test("accepts 256 attributes and ignores = inside quotes, comments and CDATA")
    func attributeCountEdges() {
        var xml = "<r><!-- a=1 b=2 c=3 --><![CDATA[x=1 y=2]]><e"
        for i in 0..<256 { xml += " a\(i)='=\"=\(i)'" }
        xml += "/></r>"
        let result = parse(xml)
        #expect(result.error == nil)
        #expect(result.recorder.elements.last?.attributes.count == 256)
        #expect(result.recorder.elements.last?.attribute("a7", namespace: nil) == "=\"=7")
    }

    @Test("rejects a text run beyond libxml2's 10,000,000-byte limit")
    func hugeText() {
        let xml = "<r>" + String(repeating: "x", count: 10_000_001) + "</r>"
        let result = parse(xml)
        guard case .textTooLong(10_000_000, let location) = result.error as? XMLStreamError else {
            Issue.record("expected textTooLong, got \(String(describing: result.error))"); return
        }
        #expect(location.line == 1)
        #expect(result.recorder.text.utf8.count <= 10_000_000)
    }

    @Test("rejects nesting 10,000 deep with libxml2's depth limit")
    func deepNesting() {
        let xml = String(repeating: "<a>", count: 10_000) + String(repeating: "</a>", count: 10_000)
        let result = parse(xml)
        #expect(result.error as? XMLStreamError == .tooDeep(limit: 256, XMLStreamLocation(document: "test.xml", line: 1, column: 771)))
        #expect(result.error?.localizedDescription == "test.xml:1:771: elements nested more than 256 deep")
        #expect(result.recorder.elements.count == 256)
    }

    @Test("rejects UTF-16 and UTF-32 input", arguments: ["utf16le", "utf16be", "utf32", "nobom16"])
    func utf16(kind: String) {
        let body = Array("<r/>".utf16).flatMap { [UInt8($0 & 0xff), UInt8($0 >> 8)] }
        let bytes: [UInt8] = switch kind {
        case "utf16le": [0xFF, 0xFE] + body
        case "utf16be": [0xFE, 0xFF] + Array("<r/>".utf16).flatMap { [UInt8($0 >> 8), UInt8($0 & 0xff)] }
        case "utf32": [0x00, 0x00, 0xFE, 0xFF, 0, 0, 0, 0x3C]
        default: body
        }
        let result = parse(Data(bytes))
        guard case .unsupportedEncoding(let what, _) = result.error as? XMLStreamError else {
            Issue.record("expected unsupportedEncoding, got \(String(describing: result.error))"); return
        }
        #expect(result.error?.localizedDescription.contains("only UTF-8 is accepted") == true)
        #expect(what.contains(kind == "nobom16" ? "NUL byte" : kind == "utf32" ? "UTF-32" : "UTF-16"))
    }

    @Test("accepts a UTF-8 byte-order mark")
    func utf8BOM() {
        let result = parse(Data([0xEF, 0xBB, 0xBF] + Array("<r>é</r>".utf8)))
        #expect(result.error == nil)
        #expect(result.recorder.text == "é")
    }

    @Test("rejects a declared encoding other than UTF-8", arguments: ["ISO-8859-1", "UTF-7"])
    func declaredEncoding(encoding: String) {
        let hidden = "+ADw-!DOCTYPE r +AFs-+ADw-!ENTITY x SYSTEM +ACI-file:///etc/hostname+ACI-+AD4-+AF0-+AD4-"
        let result = parse("<?xml version=\"1.0\" encoding=\"\(encoding)\"?>\(hidden)<r>&x;</r>")
        #expect(result.error as? XMLStreamError == .unsupportedEncoding(
            "the document declares \(encoding)", XMLStreamLocation(document: "test.xml", line: 1, column: 0 + (result.error as? XMLStreamError)!.location!.column)))
        expectNoLeak(result)
    }

    @Test("rejects empty input")
    func empty() {
        #expect(parse("").error as? XMLStreamError == .emptyDocument(document: "test.xml"))
        #expect(XMLStreamError.emptyDocument(document: "test.xml").localizedDescription == "test.xml: the document is empty")
        guard case .notWellFormed = parse("   \n  ").error as? XMLStreamError else { Issue.record("whitespace only"); return }
    }

    @Test("rejects binary garbage")
    func garbage() {
        let bytes = (0..<2048).map { UInt8(truncatingIfNeeded: ($0 &* 2654435761) >> 7) | 0x80 }
        let result = parse(Data(bytes))
        #expect(result.error is XMLStreamError)
        #expect(result.recorder.events.isEmpty)
    }

    @Test("rejects a truncated document with its location")
    func truncated() {
        let result = parse("<r>\n  <a>text</a>\n  <b>")
        guard case .truncated("b", let location) = result.error as? XMLStreamError else {
            Issue.record("expected truncated, got \(String(describing: result.error))"); return
        }
        #expect(location.line == 3)
        #expect(result.error?.localizedDescription == "\(location): the document ends inside element 'b' (truncated?)")
    }

    @Test("rejects mismatched tags with line and column")
    func mismatched() {
        let result = parse("<r>\n<a></b></r>")
        guard case .notWellFormed(let message, let location) = result.error as? XMLStreamError else {
            Issue.record("got \(String(describing: result.error))"); return
        }
        #expect(message.contains("Opening and ending tag mismatch"))
        #expect(location.line == 2 && location.column > 0)
    }

    @Test("rejects a document over the byte cap")
    func documentCap() {
        let result = parse("<r>" + String(repeating: "x", count: 100) + "</r>", limits: XMLStreamLimits(maxDocumentBytes: 50))
        #expect(result.error as? XMLStreamError == .documentTooLarge(limit: 50, document: "test.xml"))
    }

    @Test("passes the handler's own error through unchanged")
    func handlerError() {
        struct Stop: Error, Equatable {}
        final class Stopper: XMLStreamHandler {
            var seen = 0
            func startElement(_ element: XMLStreamElement) throws {
                seen += 1
                if element.localName == "stop" { throw Stop() }
            }
        }
        let stopper = Stopper()
        #expect(throws: Stop()) {
            try XMLStreamParser.parse(Data("<r><stop/><after/></r>".utf8), documentName: "x", handler: stopper)
        }
        #expect(stopper.seen == 2)
    }
}
