/// A growable UTF-8 byte buffer with the XML escaping an ODF writer needs.
///
/// Cells are serialised straight into bytes: no `String` is built per cell and the buffer's
/// storage is reused, which is what keeps the writer near the speed of zlib.
///
/// Characters XML 1.0 forbids (C0 controls other than tab, LF and CR; U+FFFE; U+FFFF) are
/// replaced by U+FFFD and counted in ``replacedCharacters``: one of them makes LibreOffice
/// refuse the whole file, and a visible replacement character is easier to trace than a
/// silently dropped one. Swift strings cannot hold unpaired surrogates, so no check is needed.
package struct XMLByteBuffer {
    package var bytes: [UInt8] = []
    /// Forbidden characters replaced by U+FFFD so far.
    package var replacedCharacters = 0

    package init(capacity: Int = 0) {
        bytes.reserveCapacity(capacity)
    }

    package var count: Int { bytes.count }

    @inline(__always)
    package mutating func raw(_ text: StaticString) {
        text.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    /// Appends markup known to need no escaping (names, numbers).
    package mutating func raw(_ text: String) {
        var text = text
        text.withUTF8 { bytes.append(contentsOf: $0) }
    }

    package mutating func decimal(_ value: Int) {
        if value < 0 {
            bytes.append(UInt8(ascii: "-"))
            if value == Int.min { raw("9223372036854775808"); return }
            decimal(-value)
            return
        }
        if value < 10 { bytes.append(UInt8(48 + value)); return }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
                      UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = value
        var count = 0
        withUnsafeMutableBytes(of: &digits) { buffer in
            while n > 0 {
                buffer[19 - count] = UInt8(48 + n % 10)
                n /= 10
                count += 1
            }
            bytes.append(contentsOf: buffer[(20 - count)...])
        }
    }

    /// Appends `text` escaped for a double-quoted attribute value; line breaks and tabs as
    /// character references so attribute normalisation keeps them.
    package mutating func attribute(_ text: String) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            var i = 0
            while i < source.count {
                let byte = source[i]
                let replacement: StaticString?
                var skip = 1
                switch byte {
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case 0x09: replacement = "&#9;"
                case 0x0A: replacement = "&#10;"
                case 0x0D: replacement = "&#13;"
                case 0x00..<0x20: replacement = "\u{FFFD}"; replacedCharacters += 1
                case 0xEF where i + 2 < source.count && source[i + 1] == 0xBF && source[i + 2] >= 0xBE:
                    replacement = "\u{FFFD}"; replacedCharacters += 1; skip = 3
                default: replacement = nil
                }
                if let replacement {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<i]))
                    raw(replacement)
                    i += skip
                    runStart = i
                } else {
                    i += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<source.count]))
        }
    }

    /// Appends `text` as paragraph content following ODF 1.3 Part 3 §6.1.2 white-space rules.
    ///
    /// - A run of spaces (tabs count as spaces: `text:tab` is dropped by LibreOffice in
    ///   cells) keeps its first space literal and writes the rest as `<text:s text:c="n"/>`;
    ///   runs at the start or end of a paragraph are written entirely as `text:s`.
    /// - With `paragraphs: true`, LF, CR LF and CR close the paragraph and open another
    ///   (`</text:p><text:p>`), since LibreOffice drops `text:line-break` in cells; otherwise
    ///   they become spaces (used inside hyperlinks).
    package mutating func paragraphText(_ text: String, paragraphs: Bool) {
        var text = text
        text.withUTF8 { source in
            var runStart = 0
            var spaces = 0
            var atParagraphStart = true
            var i = 0
            let n = source.count
            @inline(__always) func flushRun(_ end: Int) {
                if end > runStart {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[runStart..<end]))
                }
            }
            @inline(__always) func writeSpaces(trailing: Bool) {
                guard spaces > 0 else { return }
                var encoded = spaces
                if !atParagraphStart && !trailing {
                    bytes.append(0x20)
                    encoded -= 1
                }
                if encoded == 1 {
                    raw("<text:s/>")
                } else if encoded > 1 {
                    raw("<text:s text:c=\"")
                    decimal(encoded)
                    raw("\"/>")
                }
                spaces = 0
            }
            while i < n {
                let byte = source[i]
                // Fast path: ordinary bytes accumulate in the current run.
                if byte > 0x3E || (byte > 0x20 && byte != 0x26 && byte != 0x3C && byte != 0x3E) {
                    if byte == 0xEF && i + 2 < n && source[i + 1] == 0xBF && source[i + 2] >= 0xBE {
                        if spaces > 0 { writeSpaces(trailing: false) }
                        flushRun(i)
                        raw("\u{FFFD}")
                        replacedCharacters += 1
                        atParagraphStart = false
                        i += 3
                        runStart = i
                        continue
                    }
                    if spaces > 0 {
                        writeSpaces(trailing: false)
                        runStart = i
                    }
                    atParagraphStart = false
                    i += 1
                    continue
                }
                // One space between two ordinary characters is written as itself: it stays
                // in the run (most text is words and single spaces; appending word by word
                // was a tenth of the writer's time).
                if byte == 0x20 && spaces == 0 && !atParagraphStart && i + 1 < n {
                    let next = source[i + 1]
                    if next > 0x3E || (next > 0x20 && next != 0x26 && next != 0x3C && next != 0x3E) {
                        i += 1
                        continue
                    }
                }
                flushRun(i)
                switch byte {
                case 0x20, 0x09:
                    spaces += 1
                case 0x0A, 0x0D:
                    if byte == 0x0D && i + 1 < n && source[i + 1] == 0x0A { i += 1 }
                    if paragraphs {
                        writeSpaces(trailing: true)
                        raw("</text:p><text:p>")
                        atParagraphStart = true
                    } else {
                        spaces += 1
                    }
                default:
                    if spaces > 0 { writeSpaces(trailing: false) }
                    atParagraphStart = false
                    switch byte {
                    case 0x26: raw("&amp;")
                    case 0x3C: raw("&lt;")
                    case 0x3E: raw("&gt;")
                    default: raw("\u{FFFD}"); replacedCharacters += 1
                    }
                }
                i += 1
                runStart = i
            }
            if spaces > 0 {
                writeSpaces(trailing: true)
            } else {
                flushRun(n)
            }
        }
    }
}
