/// A contact's name as written (`Dr Farid Belkacem`, `Mme Anne Roy, ing.`), cut into
/// the components of vCard's `N` (RFC 6350 §6.2.2): family names, given names,
/// honorific prefixes and suffixes.
///
/// A heuristic, since a catalogue entry stores one name field: leading honorifics
/// from a closed list go to the prefixes; a trailing credential (after a comma, or a
/// known one such as `ing.`, `PhD`, `Jr`) to the suffixes; of what is left, the last
/// word is the family name and the others the given names. `FN` always carries the
/// name as the person writes it.
package struct PersonName: Sendable, Hashable {
    package var prefixes: [String] = []
    package var given: [String] = []
    package var family: String = ""
    package var suffixes: [String] = []

    /// Honorifics written before a name, in French, English, Spanish and Portuguese
    /// usage, compared without a final period and ignoring case. `Eng` and `Me` are
    /// also surnames and pronouns: `Eng.` counts only with its period, `Me` only
    /// capitalised as the French title of a lawyer or notary (`Me Tremblay`).
    static let prefixWords: Set<String> = [
        "dr", "dre", "dra", "pr", "prof", "m", "mme", "mlle", "mr", "mrs", "ms", "miss", "ing", "sr", "sra", "srta",
    ]

    /// Credentials written after a name (`Anne Roy, ing.`, `John Smith Jr`), compared
    /// without periods and ignoring case.
    static let suffixWords: Set<String> = ["ing", "peng", "phd", "jr", "sr", "md", "msc", "mba", "cpa", "eng", "iii", "ii"]

    package init(_ written: String) {
        let name = InlineText.singleLine(written)
        // A comma ends the name: what follows are credentials (`Anne Roy, ing., PhD`).
        var parts = name.split(separator: ",", omittingEmptySubsequences: true).map { InlineText.singleLine(String($0)) }.filter { !$0.isEmpty }
        var words = parts.isEmpty ? [] : parts.removeFirst().split(separator: " ").map(String.init)
        suffixes = parts
        while words.count > 1, let first = words.first, Self.isPrefix(first) {
            prefixes.append(first)
            words.removeFirst()
        }
        var trailing: [String] = []
        while words.count > 1, let last = words.last, Self.suffixWords.contains(Self.key(last)), !(Self.key(last) == "sr" && words.count < 3) {
            trailing.insert(last, at: 0)
            words.removeLast()
        }
        suffixes = trailing + suffixes
        family = words.last ?? ""
        given = Array(words.dropLast())
    }

    static func key(_ word: String) -> String { word.lowercased().filter { $0 != "." } }

    static func isPrefix(_ word: String) -> Bool {
        if word == "Me" { return true }
        if key(word) == "eng" { return word.hasSuffix(".") }
        return prefixWords.contains(key(word))
    }
}
