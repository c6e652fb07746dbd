import Testing
@testable import AluPortal

@Suite("Query strings are decoded strictly")
struct QueryStringTests {
    @Test("form encoding: plus is a space, percent escapes are UTF-8 bytes")
    func formEncoding() throws {
        let items = try QueryString.decode("q=%C3%A9lectrolyse+cuves&region=2&empty=&flag")
        #expect(items.map(\.name) == ["q", "region", "empty", "flag"])
        #expect(items.map(\.value) == ["électrolyse cuves", "2", "", ""])
    }

    @Test("a lone or malformed percent escape is refused")
    func badPercent() {
        for raw in ["q=%", "q=%4", "q=%GG", "q=abc%2"] {
            #expect(throws: QueryString.Failure.badPercentEncoding) { try QueryString.decode(raw) }
        }
    }

    @Test("bytes that are not UTF-8 are refused, not replaced")
    func notUTF8() {
        for raw in ["q=%FF", "q=%C3", "q=%ED%A0%80", "q=%C0%AF"] {
            #expect(throws: QueryString.Failure.notUTF8) { try QueryString.decode(raw) }
        }
    }

    @Test("control characters are refused")
    func controls() {
        for raw in ["q=a%00b", "q=%0A", "q=%09", "q=%C2%85"] {
            #expect(throws: QueryString.Failure.controlCharacter) { try QueryString.decode(raw) }
        }
    }

    @Test("over-long and over-many are refused before any decoding")
    func limits() {
        #expect(throws: QueryString.Failure.tooLong) { try QueryString.decode("q=" + String(repeating: "a", count: 5000)) }
        #expect(throws: QueryString.Failure.tooManyParameters) {
            try QueryString.decode((0..<65).map { "p\($0)=1" }.joined(separator: "&"))
        }
    }
}
