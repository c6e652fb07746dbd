/// Checks of the forms a schema pattern cannot fully express. Each returns nil
/// when the value is fine, or a sentence saying what is wrong, for a diagnostic.
///
/// Shared by every door into the catalogue (XML, ODS form), so a rule lives in
/// one place.
public enum FieldForms {
    /// Québec enterprise number: exactly 10 digits.
    public static func neq(_ value: String) -> String? {
        let bytes = value.utf8
        guard bytes.count == 10, bytes.allSatisfy(ASCIIByte.isDigit) else {
            return "NEQ '\(value)' must be exactly 10 digits (the Québec enterprise number from the Registraire des entreprises)"
        }
        if bytes.allSatisfy({ $0 == bytes.first }) { return "NEQ '\(value)' is a placeholder, not a real enterprise number" }
        return nil
    }

    /// Canadian postal code `A9A 9A9`, with a Québec first letter (G, H or J).
    public static func quebecPostalCode(_ value: String) -> String? {
        let chars = Array(value.utf8)
        func isLetter(_ b: UInt8) -> Bool { postalLetters.contains(b) }
        guard chars.count == 7, chars[3] == UInt8(ascii: " "),
              isLetter(chars[0]), ASCIIByte.isDigit(chars[1]),
              isLetter(chars[2]), ASCIIByte.isDigit(chars[4]),
              isLetter(chars[5]), ASCIIByte.isDigit(chars[6])
        else {
            return "postal code '\(value)' must look like G7H 5B1 (letter digit letter, space, digit letter digit; no D, F, I, O, Q or U)"
        }
        guard chars[0] == UInt8(ascii: "G") || chars[0] == UInt8(ascii: "H") || chars[0] == UInt8(ascii: "J") else {
            return "postal code '\(value)' is not in Québec (Québec codes begin with G, H or J)"
        }
        return nil
    }

    /// An e-mail address a mail server would accept: one `@`, a domain with a dot.
    /// Checked on UTF-8 bytes in place: this runs for every contact of every entry.
    public static func email(_ value: String) -> String? {
        var contiguous = value
        return contiguous.withUTF8 { bytes -> String? in
            var bad: String { "e-mail '\(value)' is not an address like name@company.com" }
            guard let at = bytes.firstIndex(of: UInt8(ascii: "@")), at > 0, at <= 64,
                  bytes[(at + 1)...].firstIndex(of: UInt8(ascii: "@")) == nil,
                  !bytes.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") || $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: ";") })
            else { return bad }
            let local = bytes[..<at], dot = UInt8(ascii: ".")
            if local.first == dot || local.last == dot || zip(local, local.dropFirst()).contains(where: { $0 == dot && $1 == dot }) {
                return "e-mail '\(value)' has a misplaced dot before the @"
            }
            if let problem = hostProblem(UnsafeBufferPointer(rebasing: bytes[(at + 1)...])) { return "e-mail '\(value)': \(problem)" }
            return nil
        }
    }

    /// A public web address: `https://` (or `http://`) and a host name with a dot.
    /// `http` is accepted with a warning by callers that ask ``isInsecureURL(_:)``.
    public static func webURL(_ value: String) -> String? {
        var contiguous = value
        return contiguous.withUTF8 { bytes -> String? in
            func hasPrefix(_ prefix: StaticString) -> Bool {
                let p = UnsafeBufferPointer(start: prefix.utf8Start, count: prefix.utf8CodeUnitCount)
                return bytes.count >= p.count && zip(bytes, p).allSatisfy { asciiLowercased($0) == $1 }
            }
            let start: Int
            if hasPrefix("https://") { start = 8 } else if hasPrefix("http://") { start = 7 } else {
                return "web address '\(value)' must start with https://"
            }
            if bytes.contains(where: { $0 <= 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: ">") }) {
                return "web address '\(value)' contains spaces or quotes"
            }
            let rest = bytes[start...]
            let host = rest.prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
            if host.contains(UInt8(ascii: "@")) { return "web address '\(value)' must not contain a user name" }
            let hostOnly = host.prefix { $0 != UInt8(ascii: ":") }
            if let problem = hostProblem(UnsafeBufferPointer(rebasing: hostOnly)) { return "web address '\(value)': \(problem)" }
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
    /// One pass over the bytes.
    private static func hostProblem(_ host: UnsafeBufferPointer<UInt8>) -> String? {
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
        guard labels >= 2 else { return "the domain '\(name)' needs a dot, like company.com" }
        guard valid else { return "the domain '\(name)' is not a valid host name" }
        if length < 2 || labelIsNumeric {
            return "the domain '\(name)' does not end with a real top-level domain"
        }
        return nil
    }

    /// Letters allowed in a Canadian postal code (no D, F, I, O, Q or U).
    private static let postalLetters = Set("ABCEGHJKLMNPRSTVWXYZ".utf8)


    /// E.164 phone number: `+`, country code, subscriber number; at most 15 digits.
    /// North American numbers (+1) must have 10 digits after the 1 and a real area code.
    public static func e164(_ value: String) -> String? {
        let bytes = Array(value.utf8)
        let digits = bytes.dropFirst()
        guard bytes.first == UInt8(ascii: "+"), (8...15).contains(digits.count),
              digits.allSatisfy(ASCIIByte.isDigit), digits.first != UInt8(ascii: "0")
        else { return "phone '\(value)' must be in international form, like +14185550123 (no spaces or dashes)" }
        if digits.first == UInt8(ascii: "1") {
            let national = Array(digits.dropFirst())
            guard national.count == 10, national[0] > UInt8(ascii: "1"), national[3] > UInt8(ascii: "1")
            else { return "phone '\(value)' is not a valid North American number (+1, then a 3-digit area code and 7 digits)" }
        }
        return nil
    }

    /// ISO 3166-1 alpha-2, officially assigned.
    public static func country(_ value: String) -> String? {
        ISOCountry.isAssigned(value) ? nil : "'\(value)' is not an ISO 3166-1 country code (two capital letters, such as CA, AE, IN, BR)"
    }

    /// A BCP 47 language tag whose primary language is a real ISO 639 code:
    /// `fr`, `en`, `fr-CA`, `zh-Hans`, `pt-BR`.
    public static func languageTag(_ value: String) -> String? {
        var contiguous = value
        return contiguous.withUTF8 { bytes -> String? in
            var bad: String { "'\(value)' is not a language tag (use codes such as fr, en, es, ar, pt-BR, zh-Hans)" }
            // Subtags between hyphens, walked in place.
            var start = 0, index = 0
            while start <= bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: "-") { end += 1 }
                let subtag = bytes[start..<end]
                if index == 0 {
                    guard subtag.count == 2 || subtag.count == 3, subtag.allSatisfy(ASCIIByte.isLower) else { return bad }
                    if subtag.count == 2, !ISOLanguage.codes.contains(String(decoding: UnsafeBufferPointer(rebasing: subtag), as: UTF8.self)) {
                        return "'\(String(decoding: UnsafeBufferPointer(rebasing: subtag), as: UTF8.self))' is not an ISO 639 language code"
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
    public static func hsCode(_ value: String) -> String? {
        let chars = Array(value.utf8)
        guard chars.count == 7, chars[4] == UInt8(ascii: "."),
              chars.enumerated().allSatisfy({ $0.offset == 4 || ASCIIByte.isDigit($0.element) })
        else { return "HS code '\(value)' must be a six-digit subheading like 8426.11" }
        return nil
    }
}
