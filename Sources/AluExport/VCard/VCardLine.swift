/// The text rules of RFC 6350: value escaping (§3.4) and line folding (§3.2).
package enum VCardLine {
    /// The longest physical line, in octets, without its CRLF.
    package static let maximumOctets = 75

    /// Escapes a TEXT value: `\` `,` `;` (RFC 6350 §3.4), after the shared rule for
    /// spacing characters (``InlineText/collapsed(_:)``): a TAB, line break, NEL,
    /// U+2028 or other control or format character between words becomes one space,
    /// never nothing (`Sylvain⇥Tremblay` stays two words). Every value AluCat writes
    /// is one line, so no `\n` is ever needed, and a hostile value
    /// (`ACME\nEND:VCARD\nBEGIN:VCARD`) cannot leave its property.
    package static func escape(_ value: String) -> String {
        var out = ""
        for scalar in InlineText.collapsed(value).unicodeScalars {
            switch scalar {
            case "\\": out += "\\\\"
            case ",": out += "\\,"
            case ";": out += "\\;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// A URI or other non-TEXT value: it holds no space, so every spacing character
    /// (``InlineText/isSpacing(_:)``, CR and LF included) is removed.
    package static func uri(_ value: String) -> String {
        String(String.UnicodeScalarView(value.unicodeScalars.filter { !InlineText.isSpacing($0) }))
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
