public import OpenDocument

extension PageLayout.Paper {
    /// Countries whose offices print on US Letter (ISO 3166-1 alpha-2): North America,
    /// Mexico, Central America, Colombia, Venezuela, Chile, the Philippines.
    static let letterCountries: Set<String> = ["US", "CA", "MX", "GT", "SV", "HN", "NI", "CR", "PA", "DO", "PR", "CO", "VE", "CL", "PH"]

    /// The paper a mission's printed documents are laid out for: Letter when every
    /// destination country prints on Letter, else A4 (the rest of the world, and a
    /// mission to both kinds of country).
    public static func forDestination(_ countries: [String]) -> PageLayout.Paper {
        !countries.isEmpty && countries.allSatisfy { letterCountries.contains($0.uppercased()) } ? .letter : .a4
    }
}
