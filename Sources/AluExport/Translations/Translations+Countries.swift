import AluLocalization
extension Translations {
    /// The name of an ISO 3166-1 alpha-2 country in this language.
    ///
    /// Falls back to the English name, then to the code itself (an unknown or
    /// newly assigned code is shown, never dropped).
    public func country(_ code: String) -> String { CountryNames.name(code, language) }

    /// Countries as names, in the order given.
    public func countries(_ codes: [String]) -> String { list(codes.map(country)) }
}
