/// The one rule for characters that separate words but are not a plain space,
/// shared by every text export (vCard values, HTML pages).
///
/// A TAB, a line or paragraph break (CR, LF, NEL U+0085, LINE SEPARATOR U+2028,
/// PARAGRAPH SEPARATOR U+2029), any other control character (C0, DEL, C1) and the
/// invisible format characters that a paste leaves between words (bidirectional
/// embeddings, overrides, isolates and marks, zero-width space, word joiner, byte
/// order mark) become a space; a run of such characters and spaces becomes one
/// space. Never nothing: `Sylvain⇥Tremblay` reads `Sylvain Tremblay`, not
/// `SylvainTremblay`. Zero-width joiner and non-joiner (U+200D, U+200C) and the
/// soft hyphen (U+00AD) are kept: they sit *inside* a word (emoji sequences,
/// Persian and Indic spelling, hyphenation points) and a space there would split it.
/// No-break spaces are kept too (French typography puts them before `:` and in `50 %`).
package enum InlineText {
    /// True for a scalar the rule turns into a space.
    package static func isSpacing(_ scalar: Unicode.Scalar) -> Bool {
        let v = scalar.value
        if v < 0x20 || (0x7F...0x9F).contains(v) { return true }
        switch v {
        case 0x2028, 0x2029,                      // line and paragraph separators
             0x061C, 0x200E, 0x200F,              // Arabic letter mark, LRM, RLM
             0x202A...0x202E, 0x2066...0x2069,    // embeddings, overrides, isolates
             0x200B, 0x2060, 0xFEFF:              // zero-width space, word joiner, BOM
            return true
        default:
            return false
        }
    }

    /// `value` with every spacing character (see ``isSpacing(_:)``) turned into a
    /// space and every run of them and ordinary spaces collapsed into one. Leading
    /// and trailing spaces stay (one at most): callers join fragments.
    package static func collapsed(_ value: String) -> String {
        // Fast path: plain printable ASCII with no double space is already collapsed.
        if value.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F }) && !value.contains("  ") { return value }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in value.unicodeScalars {
            if scalar == " " || isSpacing(scalar) {
                pendingSpace = true
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        if pendingSpace { out.append(" ") }
        return String(out)
    }

    /// A single-line value (a name, a title, an organisation): ``collapsed(_:)``,
    /// then trimmed of the space at either end.
    package static func singleLine(_ value: String) -> String {
        var text = collapsed(value)
        if text.hasPrefix(" ") { text.removeFirst() }
        if text.hasSuffix(" ") { text.removeLast() }
        return text
    }
}
