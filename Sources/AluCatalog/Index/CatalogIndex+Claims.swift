extension CatalogIndex {
    /// The files claiming one id or NEQ, in the index's order: the first owns it.
    /// One file, the usual case, is held without an array (a load of 20,000 entries
    /// makes 40,000 of these).
    struct Claims: Sendable {
        private(set) var first: String
        private var rest: [String] = []

        init(_ file: String) { first = file }

        var all: [String] { [first] + rest }
        var count: Int { 1 + rest.count }

        func first(where predicate: (String) -> Bool) -> String? {
            if predicate(first) { return first }
            return rest.first(where: predicate)
        }

        /// Adds `file` at `position` (0 makes it the owner).
        mutating func insert(_ file: String, at position: Int) {
            if position == 0 {
                rest.insert(first, at: 0)
                first = file
            } else {
                rest.insert(file, at: position - 1)
            }
        }

        /// Removes `file`; false when no file is left (the caller drops the claims).
        mutating func remove(_ file: String) -> Bool {
            if first == file {
                guard !rest.isEmpty else { return false }
                first = rest.removeFirst()
            } else {
                rest.removeAll { $0 == file }
            }
            return true
        }
    }
}
