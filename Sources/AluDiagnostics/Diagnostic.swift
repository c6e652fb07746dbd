/// One problem found in one input, located as precisely as we know.
///
/// "The document is invalid" is a result, not a thrown error: validators return
/// diagnostics, and only an operation that could not run at all throws.
/// A diagnostic prints compiler-style — `path:line:column: error: message` — so
/// editors and CI logs can jump to it.
public struct Diagnostic: Sendable, Hashable, Codable, CustomStringConvertible {
    /// How bad it is. Errors make a file invalid; warnings do not.
    public enum Severity: String, Sendable, Hashable, Codable, Comparable {
        case error
        case warning
        case note

        private var rank: Int {
            switch self {
            case .error: 0
            case .warning: 1
            case .note: 2
            }
        }

        public static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
    }

    /// Where in the input: a file, and optionally a line and column (1-based),
    /// or a spreadsheet cell such as `Contacts!C4` for ODS inputs.
    public struct Location: Sendable, Hashable, Codable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var column: Int?
        /// A spreadsheet reference (`Sheet!A1`), when the input is a workbook.
        public var cell: String?

        public init(file: String, line: Int? = nil, column: Int? = nil, cell: String? = nil) {
            self.file = file
            self.line = line
            self.column = column
            self.cell = cell
        }

        public var description: String {
            var text = file
            if let cell {
                text += ":\(cell)"
            } else if let line {
                text += ":\(line)"
                if let column, column > 0 { text += ":\(column)" }
            }
            return text
        }
    }

    public var severity: Severity
    public var location: Location
    public var message: String
    /// A stable identifier of the rule that produced this diagnostic (`xml.syntax`,
    /// `supplier.neq`, …), for tools and for `--format json`.
    public var code: String
    /// How to fix it, when a short hint helps.
    public var hint: String?

    public init(
        _ severity: Severity, _ location: Location, _ message: String, code: String, hint: String? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.code = code
        self.hint = hint
    }

    public static func error(_ location: Location, _ message: String, code: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, code: code, hint: hint)
    }

    public static func warning(_ location: Location, _ message: String, code: String, hint: String? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, code: code, hint: hint)
    }

    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text += " (\(hint))" }
        return text
    }
}
