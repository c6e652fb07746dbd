/// The query part of a URL, decoded strictly: `application/x-www-form-urlencoded`
/// (`+` is a space, `%XX` a byte), and the bytes must be UTF-8.
///
/// Browsers send exactly this from a GET form; anything else — a lone `%`, `%GG`,
/// bytes that are not UTF-8, a query longer than ``maximumLength`` — is refused
/// with a ``Failure`` the route answers with 400, so no filter ever sees text that
/// was guessed at.
enum QueryString {
    static let maximumLength = 4096
    static let maximumParameters = 64

    enum Failure: Error, Equatable {
        case tooLong
        case tooManyParameters
        case badPercentEncoding
        case notUTF8
        /// A C0 or C1 control character (tab and newline included): no search needs one.
        case controlCharacter
    }

    /// How much a decoded string may hold.
    struct Limits: Sendable {
        var length: Int
        var parameters: Int
        /// Tab, line feed and carriage return pass (a form's text area); other controls never.
        var lineBreaks: Bool

        /// A URL's query: a search needs no control character.
        static let query = Limits(length: maximumLength, parameters: maximumParameters, lineBreaks: false)
        /// A posted form's body (`application/x-www-form-urlencoded`): an entry form holds
        /// hundreds of fields and texts of several lines.
        static let formBody = Limits(length: 1 << 20, parameters: 4000, lineBreaks: true)
    }

    static func decode(_ raw: String?, limits: Limits = .query) throws(Failure) -> [(name: String, value: String)] {
        guard let raw, !raw.isEmpty else { return [] }
        guard raw.utf8.count <= limits.length else { throw .tooLong }
        var result: [(name: String, value: String)] = []
        for pair in raw.utf8.split(separator: UInt8(ascii: "&"), omittingEmptySubsequences: true) {
            guard result.count < limits.parameters else { throw .tooManyParameters }
            let parts = pair.split(separator: UInt8(ascii: "="), maxSplits: 1, omittingEmptySubsequences: false)
            let name = try component(parts[0], lineBreaks: false)
            let value = parts.count > 1 ? try component(parts[1], lineBreaks: limits.lineBreaks) : ""
            result.append((name, value))
        }
        return result
    }

    private static func component(_ bytes: Substring.UTF8View, lineBreaks: Bool) throws(Failure) -> String {
        var decoded: [UInt8] = []
        decoded.reserveCapacity(bytes.count)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            switch byte {
            case UInt8(ascii: "+"):
                decoded.append(UInt8(ascii: " "))
            case UInt8(ascii: "%"):
                let first = bytes.index(after: index)
                guard first < bytes.endIndex, bytes.index(after: first) < bytes.endIndex,
                      let high = hex(bytes[first]), let low = hex(bytes[bytes.index(after: first)])
                else { throw .badPercentEncoding }
                decoded.append(high << 4 | low)
                index = bytes.index(after: first)
            default:
                decoded.append(byte)
            }
            index = bytes.index(after: index)
        }
        guard let text = String(validating: decoded, as: UTF8.self) else { throw .notUTF8 }
        guard !text.unicodeScalars.contains(where: {
            ($0.value < 0x20 && !(lineBreaks && ($0 == "\t" || $0 == "\n" || $0 == "\r"))) || (0x7F...0x9F).contains($0.value)
        }) else {
            throw .controlCharacter
        }
        return text
    }

    private static func hex(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
