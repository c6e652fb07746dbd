/// The text rules of RFC 6350: value escaping (§3.4) and line folding (§3.2).
package enum VCardLine {
    /// The longest physical line, in octets, without its CRLF.
    package static let maximumOctets = 75

    /// Escapes a TEXT value: `\` `,` `;` and line ends (CRLF, LF, CR → `\n`).
    ///
    /// Other control characters are dropped: no catalogue field needs them and
    /// some readers stop at them. Escaping the line end is what keeps a hostile
    /// value (`ACME\nEND:VCARD\nBEGIN:VCARD`) inside its property.
    package static func escape(_ value: String) -> String {
        var out = ""
        var previousWasCR = false
        for scalar in value.unicodeScalars {
            defer { previousWasCR = scalar == "\r" }
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            case "\r": out += "\\n"
            case "\n": if !previousWasCR { out += "\\n" }
            default:
                if scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A URI or other non-TEXT value: control characters (CR and LF included) removed.
    package static func uri(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) }))
    }

    /// One content line folded into physical lines of at most 75 octets, each
    /// ended by CRLF; continuation lines begin with one space (which counts).
    /// A fold never splits a UTF-8 sequence: it falls between scalars.
    package static func fold(_ line: String) -> String {
        var out = ""
        var octets = 0
        for scalar in line.unicodeScalars {
            let width = UTF8.width(scalar)
            if octets + width > maximumOctets {
                out += "\r\n "
                octets = 1
            }
            out.unicodeScalars.append(scalar)
            octets += width
        }
        return out + "\r\n"
    }
}
