/// Strings numbered in one batch of an index build, as first met: the parallel part of
/// a build numbers words and facet terms here, and the serial part then maps each
/// batch's numbers to the index's tables once per distinct string, instead of once per
/// occurrence (hashing every word of every entry on one thread was a seventh of a build).
struct BatchNumbers {
    private(set) var strings: [String] = []
    private var numbers: [String: Int32] = [:]

    init() { numbers.reserveCapacity(4096) }

    mutating func number(_ string: String) -> Int32 {
        if let number = numbers[string] { return number }
        let number = Int32(strings.count)
        strings.append(string)
        numbers[string] = number
        return number
    }
}

/// One batch's numbering of words and terms, with what a supplier's words need while
/// they are collected: the best weight per word (indexed by batch number, reset after
/// each supplier) and each taxonomy node's words, numbered once per batch.
struct BatchTables {
    var words = BatchNumbers()
    var terms = BatchNumbers()
    var folder = WordFolder()
    private var best: [UInt8] = []
    private var touched: [Int32] = []
    private var nodeWords: [String: [Int32]] = [:]

    /// Notes `word` (a batch number) with `weight`, keeping its best.
    mutating func add(_ word: Int32, weight: UInt8) {
        let index = Int(word)
        if index >= best.count { best += repeatElement(0, count: max(index + 1 - best.count, best.count)) }
        if best[index] == 0 { touched.append(word) }
        if weight > best[index] { best[index] = weight }
    }

    mutating func add(_ words: [String], weight: UInt8) {
        for word in words { add(self.words.number(word), weight: weight) }
    }

    /// The words of node `id` (from `taxonomy`), numbered.
    mutating func nodeWords(_ id: String, taxonomy: SearchTaxonomy) -> [Int32] {
        if let known = nodeWords[id] { return known }
        let numbers = (taxonomy.nodeWords[id] ?? []).map { words.number($0) }
        nodeWords[id] = numbers
        return numbers
    }

    /// The words noted since the last call, in first-noted order, with their best
    /// weights; clears them for the next supplier.
    mutating func takeWords() -> (words: [Int32], weights: [UInt8]) {
        let words = touched
        let weights = touched.map { best[Int($0)] }
        for word in touched { best[Int(word)] = 0 }
        touched.removeAll(keepingCapacity: true)
        return (words, weights)
    }
}
