import AluCatalog
import Foundation
import Testing
@testable import AluDirectory

/// The shortcuts taken for speed give exactly what the plain code they replace gives:
/// the index build's word folder (``WordFolder``) against ``SearchText``, the HTML
/// writer's byte-run escaping against escaping scalar by scalar, and the search page's
/// excerpt against splitting every description at every whitespace character.
@Suite("Fast text paths equal the plain ones")
struct FastTextTests {
    /// Texts that probe where the shortcuts cut: separators next to combining marks and
    /// prepended marks, CR LF, ligatures, case folds that change length, other scripts,
    /// emoji sequences, controls, and the sample catalogue's own texts.
    static let tricky: [String] = [
        "", " ", "a", "A", "Z9", "l'ingénierie", "L’INGÉNIERIE", "e\u{301}", " \u{301}a", "a-\u{301}b", "a,\u{301}", "-\u{301}",
        "\u{600} 1", "\u{600}-x", "x\u{600}", "a\r\nb", "\r\n", "\n\r", "œuvre Æther Øre ðþ łódź đ ı", "ﬁne ﬂow", "Straße STRASSE",
        "ΣΊΣΥΦΟΣ σίσυφος", "ΣΑ-ΣΑ", "İstanbul ıi", "ǅemal", "نص عربي ١٢٣", "日本語テキスト", "👩‍👩‍👧 famille 🇨🇦🇫🇷", "a\u{200D}b",
        "tab\there", "nbsp\u{A0}here", "thin\u{2009}space", "line\u{2028}sep", "ctl\u{1}\u{7F}\u{85}x", "x–y—z", "3½ ² ⅕",
        "Métallurgie Boréal 12 inc.", "  leading and trailing  ", "double  space", "end.", "Ⅻ ⅻ", "ＡＢＣ ｆｕｌｌ", "a\u{E000}b",
        "K\u{212A}elvin", "Å\u{212B}", "a\u{0}b", "e\u{301}\u{302}-\u{303}", "'\u{301}'", "1,5 t/h", "ISO 9001:2015",
    ]

    static let sampleTexts: [String] = SampleDirectory.catalog.suppliers.flatMap { supplier in
        [supplier.legalName, supplier.operatingName ?? "", supplier.displayName] + supplier.descriptions.entries.map(\.text)
    } + SampleDirectory.catalog.taxonomy.nodes.flatMap { $0.labels.entries.map(\.text) }

    /// Deterministic random strings over an alphabet of the characters that matter.
    static func randomTexts(count: Int, seed: UInt64) -> [String] {
        let alphabet: [String] = ["a", "Z", "é", "E", "\u{301}", "\u{308}", " ", "  ", "-", "'", "’", ",", ".", "\t", "\n", "\r", "\r\n",
                                  "\u{600}", "\u{A0}", "\u{2028}", "œ", "ß", "Σ", "ς", "ﬁ", "İ", "ع", "1", "٣", "😀", "\u{200D}",
                                  "🇨", "🇦", "&", "<", "\"", "\u{1}", "\u{85}", "x", "q"]
            + [0xFDD0, 0xFFFE, 0x1FFFF].map { String(Unicode.Scalar(UInt32($0))!) }  // noncharacters: no literal for them
        var state = seed
        func next() -> Int {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return Int(truncatingIfNeeded: (z ^ (z >> 31)) >> 1)
        }
        return (0..<count).map { _ in (0..<(next() % 40)).map { _ in alphabet[next() % alphabet.count] }.joined() }
    }

    @Test("WordFolder gives SearchText's words and folds", arguments: [0, 1, 2])
    func wordFolder(part: Int) {
        let texts = [Self.tricky, Self.sampleTexts, Self.randomTexts(count: 3_000, seed: 7)][part]
        var folder = WordFolder()
        for text in texts + texts {  // the second time from the memo
            #expect(folder.words(text) == SearchText.words(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            #expect(folder.fold(text) == SearchText.fold(text), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("WordFolder gives the synthetic entries' words")
    func wordFolderSynthetic() {
        let generator = SyntheticSuppliers(taxonomy: SampleDirectory.catalog.taxonomy)
        var folder = WordFolder()
        for index in 0..<200 {
            let supplier = generator.supplier(index)
            for text in [supplier.legalName + " " + (supplier.operatingName ?? "")] + supplier.descriptions.entries.map(\.text) {
                #expect(folder.words(text) == SearchText.words(text))
            }
        }
    }

    /// The writer's escaping before it copied runs of bytes: scalar by scalar.
    static func escapedScalarByScalar(_ text: String, attribute: Bool) -> String {
        var output = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": output += "&amp;"
            case "<": output += "&lt;"
            case ">": output += "&gt;"
            case "\"" where attribute: output += "&quot;"
            case "'" where attribute: output += "&#39;"
            default: output.unicodeScalars.append(HTMLWriter.isForbidden(scalar) ? "\u{FFFD}" : scalar)
            }
        }
        return output
    }

    @Test("the writer's escaping equals escaping scalar by scalar")
    func escaping() {
        for text in Self.tricky + Self.sampleTexts + Self.randomTexts(count: 3_000, seed: 11) + ["\u{9F}\u{80}\u{FDCF}\u{E0001}" + String(Unicode.Scalar(UInt32(0xFDEF))!) + String(Unicode.Scalar(UInt32(0x10FFFE))!)] {
            for attribute in [false, true] {
                var output = ""
                HTMLWriter.escape(text, attribute: attribute, into: &output)
                #expect(output == Self.escapedScalarByScalar(text, attribute: attribute), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
            }
        }
    }

    /// The excerpt before its shortcuts.
    static func plainExcerpt(_ text: String, limit: Int) -> String {
        let text = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        guard text.count > limit else { return text }
        var cut = text.prefix(limit)
        if let space = cut.lastIndex(of: " ") { cut = cut[..<space] }
        return String(cut.reversed().drop { ",;:.-–—،؛".contains($0) || $0 == " " }.reversed()) + "…"
    }

    @Test("the excerpt equals splitting at every whitespace character", arguments: [3, 12, 280])
    func excerpt(limit: Int) {
        for text in Self.tricky + Self.sampleTexts + Self.randomTexts(count: 2_000, seed: UInt64(limit)) {
            #expect(SearchPage.excerpt(text, limit: limit) == Self.plainExcerpt(text, limit: limit), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
        }
    }

    @Test("percent-encoding equals encoding byte by byte into scalars")
    func percentEncoding() {
        func plain(_ value: String) -> String {
            var result = ""
            for byte in value.utf8 {
                switch byte {
                case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                     UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
                    result.unicodeScalars.append(Unicode.Scalar(byte))
                default:
                    result += "%" + String(byte, radix: 16, uppercase: true).leftPadded
                }
            }
            return result
        }
        for text in Self.tricky + Self.randomTexts(count: 1_000, seed: 5) {
            #expect(DirectoryURL.percentEncoded(text) == plain(text))
        }
    }
}

private extension String {
    var leftPadded: String { count == 1 ? "0" + self : self }
}
