import Foundation

/// The folded words of every indexed supplier, numbered, and kept sorted so that the
/// words a prefix starts form one run found by binary search.
///
/// Words sort by the UTF-8 bytes of their canonical composition (NFC): a word that
/// `String.hasPrefix` says starts with a prefix has the prefix's NFC bytes as its first
/// bytes, so the run of byte-prefixed words holds every answer. Within the run, a word
/// that is not ASCII is confirmed with `hasPrefix` itself (a combining mark after the
/// prefix makes another character), so the search keeps the reference's meaning exactly.
struct WordTable: Sendable {
    private(set) var terms = TermTable()
    /// NFC UTF-8 bytes, by word number.
    private(set) var keys: [[UInt8]] = []
    private(set) var isASCII: [Bool] = []
    /// Word numbers in key order.
    private(set) var sorted: [Int32] = []

    var count: Int { terms.count }

    mutating func intern(_ word: String) -> Int32 {
        let before = terms.count
        let number = terms.intern(word)
        if terms.count > before {
            let key = Self.key(word)
            keys.append(key)
            isASCII.append(key.allSatisfy { $0 < 0x80 })
        }
        return number
    }

    /// Puts the words interned since the last call in order: one by one when they are
    /// few (an upsert), by a full sort otherwise (a first build).
    mutating func sortNewWords() {
        let start = sorted.count
        guard start < count else { return }
        if count - start > 256 {
            sorted = (0..<Int32(count)).sorted { keys[Int($0)].lexicographicallyPrecedes(keys[Int($1)]) }
            return
        }
        for number in Int32(start)..<Int32(count) {
            sorted.insert(number, at: lowerBound(keys[Int(number)]))
        }
    }

    static func key(_ word: String) -> [UInt8] {
        if word.utf8.allSatisfy({ $0 < 0x80 }) { return Array(word.utf8) }
        return Array(word.precomposedStringWithCanonicalMapping.utf8)
    }

    /// The first position in ``sorted`` whose key is not below `key`.
    func lowerBound(_ key: [UInt8]) -> Int {
        var low = 0, high = sorted.count
        while low < high {
            let middle = (low + high) / 2
            if keys[Int(sorted[middle])].lexicographicallyPrecedes(key) { low = middle + 1 } else { high = middle }
        }
        return low
    }

    /// The numbers of every word that `word` starts (by `hasPrefix`), in key order.
    func words(startingWith word: String) -> [Int32] {
        let key = Self.key(word)
        let wordIsASCII = key.allSatisfy { $0 < 0x80 }
        var result: [Int32] = []
        var position = lowerBound(key)
        while position < sorted.count {
            let number = sorted[position]
            guard keys[Int(number)].starts(with: key) else { break }
            if (wordIsASCII && isASCII[Int(number)]) || terms.strings[Int(number)].hasPrefix(word) { result.append(number) }
            position += 1
        }
        return result
    }
}
