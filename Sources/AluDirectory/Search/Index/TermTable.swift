/// Strings numbered densely in first-seen order.
///
/// Append-only: an index rebuilt from an older one keeps its numbers, so the features
/// of unchanged suppliers (which hold numbers, not strings) stay valid.
struct TermTable: Sendable {
    private(set) var strings: [String] = []
    private var numbers: [String: Int32] = [:]

    var count: Int { strings.count }

    /// The number of `string`; nil when it was never interned.
    subscript(string: String) -> Int32? { numbers[string] }

    mutating func intern(_ string: String) -> Int32 {
        if let number = numbers[string] { return number }
        let number = Int32(strings.count)
        strings.append(string)
        numbers[string] = number
        return number
    }
}
