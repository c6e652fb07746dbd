extension SheetColumn {
    /// Centimetres per character of the default cell font (Liberation Sans 10 pt): its
    /// lower-case letters, digits and URL punctuation average about 0.5 em (0.18 cm);
    /// 0.19 errs wide.
    static let centimetresPerCharacter = 0.19
    /// The cell's inner padding and a safety margin, in centimetres.
    static let padding = 0.3

    /// A column width (cm) that holds the longest of `texts` on one line, within
    /// `minimum…maximum`.
    ///
    /// For hyperlink cells: LibreOffice lays a link out as one unbreakable field, so a
    /// link wider than its column is cut on the printed page even when the cell wraps.
    /// Ordinary text wraps instead and needs no such width.
    public static func width(holding texts: [String], minimum: Double, maximum: Double) -> Double {
        let longest = texts.map(\.count).max() ?? 0
        let needed = Double(longest) * centimetresPerCharacter + padding
        // Rounded up to the millimetre: the same texts always give the same width.
        return min(max(minimum, (needed * 10).rounded(.up) / 10), maximum)
    }
}
