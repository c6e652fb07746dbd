/// A byte-level scanner that runs ahead of libxml2 over exactly the bytes it is about to be
/// fed, and refuses what libxml2 2.9.14 handles badly or what our policy forbids:
/// start tags with too many attributes, UTF-16/32 byte-order marks and NUL bytes.
///
/// It understands just enough XML to know whether a byte is inside a start tag and outside
/// a quoted value (comments, CDATA, processing instructions and declarations are skipped),
/// keeps its state across chunks, and runs in constant memory.
struct XMLStreamPrescanner {
    enum Violation: Equatable {
        case tooManyAttributes(line: Int, column: Int)
        case byteOrderMark(String)
        case nulByte(line: Int, column: Int)
    }

    private enum State {
        case text, tagOpen, startTag, quoted(UInt8), endTag, bang, bangDash, comment, cdata, pi, declaration
    }

    let maxAttributes: Int
    private var state = State.text
    private var attributes = 0
    private var tagLine = 1, tagColumn = 1
    private var line = 1, column = 0
    private var offset = 0
    private var last1: UInt8 = 0, last2: UInt8 = 0
    private var head: [UInt8] = []

    init(maxAttributes: Int) { self.maxAttributes = maxAttributes }

    mutating func scan(_ bytes: UnsafeRawBufferPointer) -> Violation? {
        let count = bytes.count
        var index = 0
        while index < count {
            // Fast path through character data, most of a document: only '<',
            // line feeds and NUL bytes matter there.
            if case .text = state, offset >= 4 {
                while index < count {
                    let byte = bytes[index]
                    if byte == UInt8(ascii: "<") || byte == 0x0A || byte == 0 { break }
                    index += 1
                    offset += 1
                    column += 1
                }
                if index == count { break }
            }
            let byte = bytes[index]
            index += 1
            if offset < 4 {
                head.append(byte)
                if let bom = Self.byteOrderMark(head) { return .byteOrderMark(bom) }
            }
            offset += 1
            if byte == 0x0A { line += 1; column = 0 } else { column += 1 }
            if byte == 0 { return .nulByte(line: line, column: column) }
            switch state {
            case .text:
                if byte == UInt8(ascii: "<") { state = .tagOpen; tagLine = line; tagColumn = column }
            case .tagOpen:
                switch byte {
                case UInt8(ascii: "/"): state = .endTag
                case UInt8(ascii: "!"): state = .bang
                case UInt8(ascii: "?"): state = .pi
                default: state = .startTag; attributes = 0
                }
            case .startTag:
                switch byte {
                case UInt8(ascii: "\""), UInt8(ascii: "'"): state = .quoted(byte)
                case UInt8(ascii: "="):
                    attributes += 1
                    if attributes > maxAttributes { return .tooManyAttributes(line: tagLine, column: tagColumn) }
                case UInt8(ascii: ">"): state = .text
                default: break
                }
            case .quoted(let quote):
                if byte == quote { state = .startTag }
            case .endTag:
                if byte == UInt8(ascii: ">") { state = .text }
            case .bang:
                state = byte == UInt8(ascii: "-") ? .bangDash : byte == UInt8(ascii: "[") ? .cdata : .declaration
            case .bangDash:
                state = byte == UInt8(ascii: "-") ? .comment : .declaration
                last1 = 0; last2 = 0
            case .comment:
                if byte == UInt8(ascii: ">"), last1 == UInt8(ascii: "-"), last2 == UInt8(ascii: "-") { state = .text }
            case .cdata:
                if byte == UInt8(ascii: ">"), last1 == UInt8(ascii: "]"), last2 == UInt8(ascii: "]") { state = .text }
            case .pi:
                if byte == UInt8(ascii: ">"), last1 == UInt8(ascii: "?") { state = .text }
            case .declaration:
                if byte == UInt8(ascii: ">") { state = .text }
            }
            last2 = last1
            last1 = byte
        }
        return nil
    }

    private static func byteOrderMark(_ head: [UInt8]) -> String? {
        if head.starts(with: [0x00, 0x00, 0xFE, 0xFF]) || head.starts(with: [0xFF, 0xFE, 0x00, 0x00]) {
            return "UTF-32 byte-order mark"
        }
        if head.count == 2, head == [0xFE, 0xFF] || head == [0xFF, 0xFE] { return "UTF-16 byte-order mark" }
        return nil
    }
}
