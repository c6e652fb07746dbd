import AluCatalog

/// ``SearchText/words(_:)``, fast: the same words in the same order, for the index build.
///
/// Folding through Foundation and splitting by `Character` properties was most of a
/// directory build (20,000 entries: 1.8 of 3.7 s). This cuts the UTF-8 bytes at ASCII
/// separators whose neighbours are ASCII too: such a byte is a character of its own
/// (no combining mark follows it, no prepended mark precedes it), folds to itself and
/// is neither a letter nor a digit, so ``SearchText/words(_:)`` of the whole text is
/// the concatenation of its words of each piece. A piece of ASCII letters and digits
/// is one word, lower-cased; any other piece goes to ``SearchText/words(_:)`` itself,
/// remembered (a catalogue repeats its accented words). `WordFolderTests` holds the
/// two to the same answers.
struct WordFolder {
    private var memo: [String: [String]] = [:]
    /// Pieces remembered at most (a hostile catalogue cannot grow the memo without bound).
    static let memoLimit = 50_000

    mutating func words(_ text: String) -> [String] {
        var text = text
        var result: [String] = []
        text.withUTF8 { utf8 in
            let count = utf8.count
            var start = 0, index = 0
            var ascii = true
            func flush(_ end: Int) {
                guard end > start else { return }
                let piece = UnsafeBufferPointer(rebasing: utf8[start..<end])
                if ascii {
                    result.append(String(unsafeUninitializedCapacity: piece.count) { buffer in
                        for (k, byte) in piece.enumerated() {
                            buffer[k] = byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z") ? byte | 0x20 : byte
                        }
                        return piece.count
                    })
                } else {
                    let string = String(decoding: piece, as: UTF8.self)
                    if let known = memo[string] {
                        result += known
                    } else {
                        let words = SearchText.words(string)
                        if memo.count < Self.memoLimit { memo[string] = words }
                        result += words
                    }
                }
            }
            while index < count {
                let byte = utf8[index]
                if byte >= 0x80 {
                    ascii = false
                } else if !Self.isAlphanumeric(byte),
                          index == 0 || utf8[index - 1] < 0x80,
                          index + 1 == count || utf8[index + 1] < 0x80 {
                    flush(index)
                    start = index + 1
                    ascii = true
                }
                index += 1
            }
            flush(count)
        }
        return result
    }

    /// ``SearchText/fold(_:)``: ASCII text lower-cased here, any other through it.
    func fold(_ text: String) -> String {
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return SearchText.fold(text) }
        return String(decoding: text.utf8.map { $0 >= UInt8(ascii: "A") && $0 <= UInt8(ascii: "Z") ? $0 | 0x20 : $0 }, as: UTF8.self)
    }

    private static func isAlphanumeric(_ byte: UInt8) -> Bool {
        (byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z")) || (byte >= UInt8(ascii: "A") && byte <= UInt8(ascii: "Z"))
            || (byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9"))
    }
}
