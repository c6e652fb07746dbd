extension QuebecRegion {
    /// Resolves what a user typed for a region: its number (`2`, `02`), its official
    /// name in any case, with or without accents and with any kind of dash
    /// (`saguenay-lac-saint-jean`), or the unique start of a name (`saguenay`).
    /// Nil when nothing, or more than one region, fits.
    public init?(lookup text: String) {
        let trimmed = text.trimmingWhitespace
        if let number = Int(trimmed) {
            guard let region = Self.allCases.first(where: { $0.number == number }) else { return nil }
            self = region
            return
        }
        let wanted = SearchText.words(trimmed)
        guard !wanted.isEmpty else { return nil }
        if let region = Self.allCases.first(where: { SearchText.words($0.rawValue) == wanted }) {
            self = region
            return
        }
        let prefixed = Self.allCases.filter { SearchText.words($0.rawValue).starts(with: wanted) }
        guard prefixed.count == 1 else { return nil }
        self = prefixed[0]
    }
}

extension String {
    var trimmingWhitespace: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
