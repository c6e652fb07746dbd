import Foundation

/// Accent- and case-insensitive text for searching: `Électrolyse` and `electrolyse`
/// are the same word, and so are `Œuvre` and `oeuvre`, `Straße` and `strasse`.
public enum SearchText {
    /// Letters that Foundation's diacritic folding keeps as they are (ligatures and
    /// letters that are not a base letter plus an accent), spelt out as users type them.
    private static let spelledOut: [Character: String] = [
        "œ": "oe", "æ": "ae", "ø": "o", "ð": "d", "þ": "th", "ł": "l", "đ": "d", "ı": "i",
        "–": "-", "—": "-", "‑": "-", "’": "'", "ʼ": "'",
    ]

    /// `text` lowercased, without diacritics, with ligatures spelt out.
    public static func fold(_ text: String) -> String {
        let folded = text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
        guard folded.contains(where: { spelledOut[$0] != nil }) else { return folded }
        var result = ""
        result.reserveCapacity(folded.utf8.count)
        for character in folded {
            if let replacement = spelledOut[character] { result += replacement } else { result.append(character) }
        }
        return result
    }

    /// The folded words of `text`: runs of letters and digits; everything else separates.
    public static func words(_ text: String) -> [String] {
        fold(text)
            .split { !($0.isLetter || $0.isNumber) }
            .map(String.init)
    }
}
