public import Foundation

/// One plain-text e-mail, RFC 5322 with MIME (RFC 2045–2047): `Date`, `Message-ID`, `From`,
/// `To`, `Subject` (encoded-words in UTF-8 when not ASCII), `MIME-Version`, `Content-Type:
/// text/plain; charset=UTF-8`, the body in base64 (any script, any line, safe through
/// every relay), CRLF line ends.
///
/// Header injection cannot happen: addresses must be plain `local@domain`
/// (``EmailAddress``), and a subject with a line break or another control character is
/// refused (``PortalStateError/headerInjection(field:)``), never cleaned silently.
public struct MailMessage: Sendable, Hashable {
    public let from: String
    public let to: String
    public let subject: String
    public let body: String
    public let date: Date
    /// `<random@domain>`.
    public let messageID: String

    public init(from: String, to: String, subject: String, body: String, date: Date, domain: String) throws(PortalStateError) {
        guard let from = EmailAddress.validated(from) else { throw .mailAddressInvalid(from) }
        guard let to = EmailAddress.validated(to) else { throw .mailAddressInvalid(to) }
        guard !subject.unicodeScalars.contains(where: { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }) else {
            throw .headerInjection(field: "Subject")
        }
        guard EmailAddress.validated("x@" + domain) != nil else { throw .mailAddressInvalid(domain) }
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.date = date
        messageID = "<\(SecretToken.generate(bytes: 16).value)@\(domain)>"
    }

    /// The message's bytes, ready for `sendmail -t -i` or an `.eml` file.
    public var bytes: [UInt8] {
        var lines = [
            "Date: \(Self.rfc5322Date(date))",
            "Message-ID: \(messageID)",
            "From: \(from)",
            "To: \(to)",
            "Subject: \(Self.encodedHeader(subject, nameLength: "Subject: ".count))",
            "MIME-Version: 1.0",
            "Content-Type: text/plain; charset=UTF-8",
            "Content-Transfer-Encoding: base64",
            "",
        ]
        let normalised = body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .replacingOccurrences(of: "\n", with: "\r\n")
        let encoded = Data(normalised.utf8).base64EncodedString()
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(String(encoded[start..<end]))
            start = end
        }
        return Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    /// `Thu, 12 Feb 2026 14:30:00 +0000`: English names whatever the machine's locale.
    static func rfc5322Date(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        func pad(_ n: Int32) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(days[Int(parts.tm_wday)]), \(pad(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(pad(parts.tm_hour)):\(pad(parts.tm_min)):\(pad(parts.tm_sec)) +0000"
    }

    /// The value as is when it is printable ASCII and short; else RFC 2047 `B` encoded-words
    /// of whole characters, each at most 75 characters, folded onto continuation lines.
    static func encodedHeader(_ value: String, nameLength: Int) -> String {
        let printable = value.utf8.allSatisfy { $0 >= 0x20 && $0 < 0x7F }
        if printable && nameLength + value.utf8.count <= 78 && !value.contains("=?") { return value }
        var words: [String] = []
        var chunk: [UInt8] = []
        // "=?UTF-8?B?" + base64 + "?=" ≤ 75: at most 45 bytes of text per word (60 base64 characters).
        for character in value {
            let bytes = Array(String(character).utf8)
            if chunk.count + bytes.count > 45, !chunk.isEmpty {
                words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=")
                chunk = []
            }
            chunk += bytes
        }
        if !chunk.isEmpty { words.append("=?UTF-8?B?\(Data(chunk).base64EncodedString())?=") }
        return words.joined(separator: "\r\n ")
    }
}
