/// Checks sheet names against what LibreOffice and Excel accept.
///
/// LibreOffice silently renames a sheet it dislikes (`A/B?` became `Sheet2`), which also
/// drops the frozen panes keyed by the name; Excel "repairs" the file. So we refuse early.
public enum SheetName {
    /// What is wrong with a name.
    public enum Problem: Sendable, Equatable, CustomStringConvertible {
        case empty
        /// More than 31 UTF-16 code units (Excel counts an emoji as two).
        case tooLong(utf16Count: Int)
        case forbiddenCharacter(Character)
        case apostropheAtEdge
        /// A character XML 1.0 cannot carry, or a line break.
        case controlCharacter

        public var description: String {
            switch self {
            case .empty: "a sheet name cannot be empty"
            case .tooLong(let count): "a sheet name has at most 31 characters (UTF-16 units), this one has \(count)"
            case .forbiddenCharacter(let c): "a sheet name cannot contain '\(c)' (none of [ ] * ? / \\ :)"
            case .apostropheAtEdge: "a sheet name cannot start or end with an apostrophe"
            case .controlCharacter: "a sheet name cannot contain control characters"
            }
        }
    }

    /// The longest name Excel accepts, in UTF-16 code units.
    public static let maximumLength = 31

    /// Returns the problem with `name`, or nil when it is acceptable.
    public static func problem(with name: String) -> Problem? {
        if name.isEmpty { return .empty }
        let length = name.utf16.count
        if length > maximumLength { return .tooLong(utf16Count: length) }
        if let bad = name.first(where: { "[]*?/\\:".contains($0) }) { return .forbiddenCharacter(bad) }
        if name.hasPrefix("'") || name.hasSuffix("'") { return .apostropheAtEdge }
        if name.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0xFFFE || $0.value == 0xFFFF }) {
            return .controlCharacter
        }
        return nil
    }

    /// Throws ``SpreadsheetError/invalidSheetName(_:reason:)`` unless `name` is acceptable.
    public static func validate(_ name: String) throws(SpreadsheetError) {
        if let problem = problem(with: name) { throw .invalidSheetName(name, reason: problem) }
    }
}
