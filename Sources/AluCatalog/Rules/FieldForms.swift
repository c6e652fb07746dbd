public import AluLocalization

/// Checks of the forms a schema pattern cannot fully express. Each returns nil
/// when the value is fine, or a `rule.*` ``Message`` saying what is wrong, without
/// naming the field (the door does), for a diagnostic. The message is made only
/// when the value is wrong.
///
/// Shared by every door into the catalogue (XML, ODS form), so a rule lives in
/// one place.
public enum FieldForms {
    /// Québec enterprise number: exactly 10 digits.
    public static func neq(_ value: String) -> Message? {
        let bytes = value.utf8
        guard bytes.count == 10, bytes.allSatisfy(ASCIIByte.isDigit) else {
            return Message("rule.neq.form", ["value": value])
        }
        if bytes.allSatisfy({ $0 == bytes.first }) { return Message("rule.neq.placeholder", ["value": value]) }
        return nil
    }

    /// Canadian postal code `A9A 9A9`, with a Québec first letter (G, H or J).
    public static func quebecPostalCode(_ value: String) -> Message? {
        let chars = Array(value.utf8)
        func isLetter(_ b: UInt8) -> Bool { postalLetters.contains(b) }
        guard chars.count == 7, chars[3] == UInt8(ascii: " "),
              isLetter(chars[0]), ASCIIByte.isDigit(chars[1]),
              isLetter(chars[2]), ASCIIByte.isDigit(chars[4]),
              isLetter(chars[5]), ASCIIByte.isDigit(chars[6])
        else {
            return Message("rule.postal-code.form", ["value": value])
        }
        guard chars[0] == UInt8(ascii: "G") || chars[0] == UInt8(ascii: "H") || chars[0] == UInt8(ascii: "J") else {
            return Message("rule.postal-code.quebec", ["value": value])
        }
        return nil
    }

    /// An e-mail address a mail server would accept: one `@`, a domain with a dot.
    /// Checked on UTF-8 bytes in place: this runs for every contact of every entry.
    public static func email(_ value: String) -> Message? {
        var contiguous = value
        return contiguous.withUTF8 { bytes -> Message? in
            var bad: Message { Message("rule.email.form", ["value": value]) }
            guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0, at <= 64,
                  bytes[(at + 1)...].firstIndex(of: UInt8(ascii: "@")) == nil,
                  !bytes.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") })
            else { return bad }
            let local = bytes[..<at], dot = UInt8(ascii: ".")
            if local.first == dot || local.last == dot || zip(local, local.dropFirst()).contains(where: { $0 == dot && $1 == dot }) {
                return Message("rule.email.dot", ["value": value])
            }
            if let problem = hostProblem(UnsafeBufferPointer(rebasing: bytes[(at + 1)...])) {
                return Message("rule.\(problem.kind)", ["value": value, "domain": problem.domain])
            }
            return nil
        }
    }

    /// A public web address: `https://` (or `http://`) and a host name with a dot.
    /// `http` is accepted with a warning by callers that ask ``isInsecureURL(_:)``.
    public static func webURL(_ value: String) -> Message? {
        var contiguous = value
        return contiguous.withUTF8 { bytes -> Message? in
            func hasPrefix(_ prefix: StaticString) -> Bool {
                let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
                return bytes.count >= p.count && zip(bytes, p).allSatisfy { asciiLowercased($0) == $1 }
            }
            let start: Int
            if hasPrefix("https://") { start = 8 } else if hasPrefix("http://") { start = 7 } else {
                return Message("rule.website.scheme", ["value": value])
            }
            if bytes.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) {
                return Message("rule.website.spaces", ["value": value])
            }
            let rest = bytes[start...]
            let host = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
            if host.contains(UInt8(ascii: "@")) { return Message("rule.website.user", ["value": value]) }
            let hostOnly = host.prefix { $0 != UInt8(ascii: ":") }
            if let problem = hostProblem(UnsafeBufferPointer(rebasing: hostOnly)) {
                return Message("rule.\(problem.kind)", ["value": value, "domain": problem.domain])
            }
            return nil
        }
    }

    public static func isInsecureURL(_ value: String) -> Bool {
        let bytes = value.utf8
        return bytes.count >= 7 && zip(bytes, "http://".utf8).allSatisfy { asciiLowercased($0) == $1 }
    }

    /// `A`–`Z` to `a`–`z`; every other byte as it is.
    private static func asciiLowercased(_ b: UInt8) -> UInt8 {
        b >= UInt8(ascii: "A") && b <= UInt8(ascii: "Z") ? b | 0x20 : b
    }

    /// A DNS host name of at least two labels: ASCII letters, digits and inner
    /// hyphens, at most 63 bytes a label, a top-level domain that is not numeric.
    /// One pass over the bytes. The fault is `domain-dot`, `domain-invalid` or
    /// `domain-tld`: its `rule.*` key, for e-mail and web addresses alike.
    private static func hostProblem(_ host: UnsafeBufferPointer<UInt8>) -> (kind: String, domain: String)? {
        var name: String { String(decoding: host, as: UTF8.self) }
        let hyphen = UInt8(ascii: "-"), dot = UInt8(ascii: ".")
        var labels = 1, length = 0, previous: UInt8 = 0, labelIsNumeric = true, valid = true
        for byte in host {
            if byte == dot {
                if length == 0 || previous == hyphen { valid = false }
                labels += 1; length = 0; labelIsNumeric = true
            } else {
                if length == 0, byte == hyphen { valid = false }
                if !(ASCIIByte.isLetter(byte) || ASCIIByte.isDigit(byte) || byte == hyphen) { valid = false }
                if !ASCIIByte.isDigit(byte) { labelIsNumeric = false }
                length += 1
                if length > 63 { valid = false }
            }
            previous = byte
        }
        if length == 0 || previous == hyphen { valid = false }  // the last label
        guard labels >= 2 else { return ("domain-dot", name) }
        guard valid else { return ("domain-invalid", name) }
        if length < 2 || labelIsNumeric { return ("domain-tld", name) }
        return nil
    }

    /// Letters allowed in a Canadian postal code (no D, F, I, O, Q or U).
    private static let postalLetters = Set("ABCEGHJKLMNPRSTVWXYZ".utf8)


    /// E.164 phone number: `+`, country code, subscriber number; at most 15 digits.
    /// North American numbers (+1) must have 10 digits after the 1 and a real area code.
    public static func e164(_ value: String) -> Message? {
        let bytes = Array(value.utf8)
        let digits = bytes.dropFirst()
        guard bytes.first == UInt8(ascii: "+"), (8...15).contains(digits.count),
              digits.allSatisfy(ASCIIByte.isDigit), digits.first != UInt8(ascii: "0")
        else { return Message("rule.phone.form", ["value": value]) }
        if digits.first == UInt8(ascii: "1") {
            let national = Array(digits.dropFirst())
            guard national.count == 10, national[0] > UInt8(ascii: "1"), national[3] > UInt8(ascii: "1")
            else { return Message("rule.phone.nanp", ["value": value]) }
        }
        return nil
    }

    /// ISO 3166-1 alpha-2, officially assigned.
    public static func country(_ value: String) -> Message? {
        ISOCountry.isAssigned(value) ? nil : Message("rule.country", ["value": value])
    }

    /// A BCP 47 language tag whose primary language is a real ISO 639 code:
    /// `fr`, `en`, `fr-CA`, `zh-Hans`, `pt-BR`.
    public static func languageTag(_ value: String) -> Message? {
        guard let problem = languageTagForm(value) else { return nil }
        // Tags are case-insensitive; ours are written in their canonical case. Say so
        // when that is the only thing wrong (`fr-ca` for `fr-CA`).
        let canonical = canonicalLanguageTag(value)
        if canonical != value, languageTagForm(canonical) == nil {
            return Message("rule.language.case", ["value": value, "canonical": canonical])
        }
        return problem
    }

    /// `fr-ca` → `fr-CA`, `ZH-hant` → `zh-Hant`: language lower case, a four-letter script
    /// capitalised, a two-letter region upper case (BCP 47's canonical case).
    public static func canonicalLanguageTag(_ value: String) -> String {
        // ASCII letters only: Unicode case mapping would turn `ſ` (U+017F) into `S` and
        // the Kelvin sign into `k`, making a tag of a string that is none.
        func ascii(_ text: Substring, upper: Bool) -> String {
            String(String.UnicodeScalarView(text.unicodeScalars.map { scalar in
                switch scalar.value {
                case 0x61...0x7A where upper: Unicode.Scalar(scalar.value - 32)!
                case 0x41...0x5A where !upper: Unicode.Scalar(scalar.value + 32)!
                default: scalar
                }
            }))
        }
        return value.split(separator: "-", omittingEmptySubsequences: false).enumerated().map { index, subtag in
            if index == 0 { return ascii(subtag, upper: false) }
            switch subtag.count {
            case 2: return ascii(subtag, upper: true)
            case 4: return ascii(subtag.prefix(1), upper: true) + ascii(subtag.dropFirst(), upper: false)
            default: return ascii(subtag, upper: false)
            }
        }.joined(separator: "-")
    }

    private static func languageTagForm(_ value: String) -> Message? {
        var contiguous = value
        return contiguous.withUTF8 { bytes -> Message? in
            var bad: Message { Message("rule.language.tag", ["value": value]) }
            // Subtags between hyphens, walked in place.
            var start = 0, index = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "-") { end += 1 }
                let subtag = bytes[start..<end]
                if index == 0 {
                    guard subtag.count == 2 || subtag.count == 3, subtag.allSatisfy(ASCIIByte.isLower) else { return bad }
                    if subtag.count == 2, !ISOLanguage.codes.contains(String(decoding: UnsafeBufferPointer(rebasing: subtag), as: UTF8.self)) {
                        return Message("rule.language.iso", ["value": String(decoding: UnsafeBufferPointer(rebasing: subtag), as: UTF8.self)])
                    }
                } else {
                    let ok = (subtag.count == 2 && subtag.allSatisfy(ASCIIByte.isUpper))  // region
                        || (subtag.count == 4 && ASCIIByte.isUpper(subtag.first!) && subtag.allSatisfy(ASCIIByte.isLetter))  // script
                        || (subtag.count == 3 && subtag.allSatisfy(ASCIIByte.isDigit))  // UN M.49 region
                        || ((5...8).contains(subtag.count) && subtag.allSatisfy { ASCIIByte.isLetter($0) || ASCIIByte.isDigit($0) })  // variant
                    if !ok { return bad }
                }
                index += 1
                start = end + 1
            }
            return nil
        }
    }

    /// HS 2022 subheading form `NNNN.NN`.
    public static func hsCode(_ value: String) -> Message? {
        let chars = Array(value.utf8)
        guard chars.count == 7, chars[4] == UInt8(ascii: "."),
              chars.enumerated().allSatisfy({ $0.offset == 4 || ASCIIByte.isDigit($0.element) })
        else { return Message("rule.hs", ["value": value]) }
        return nil
    }
}
