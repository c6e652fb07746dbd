public import AluLocalization

/// One problem found in one input, located as precisely as we know.
///
/// "The document is invalid" is a result, not a thrown error: validators return
/// diagnostics, and only an operation that could not run at all throws.
/// A diagnostic prints compiler-style — `path:line:column: error: message` — so
/// editors and CI logs can jump to it.
///
/// A diagnostic names the field it is about (``field``, a path in the catalogue's model
/// such as `contacts[2].email`), so each door can put it at its own place: an XML line,
/// a form cell, a web form field. Its words are kept as a ``Message`` (``problem``,
/// ``hint``) until the door knows the reader's language; ``subject`` says what the
/// problem is about in that door's own terms (`<email>` for XML, a cell's label for a
/// form). ``message`` is the English sentence that logs and `--format json` carry.
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
    /// The whole sentence, subject included, without the hint: English for the XML
    /// door (`<email>: 'x' is not a valid e-mail address …`); a door that rewords the
    /// diagnostic for its reader (the form) sets it to the reader's sentence.
    public var message: String
    /// A stable identifier of the rule that produced this diagnostic (`xml.syntax`,
    /// `supplier.neq`, …), for tools and for `--format json`.
    public var code: String
    /// How to fix it, when a short hint helps.
    public var hint: Message?
    /// The field the problem is about, as a path in the model: zero-based indices,
    /// the model's names (`contacts[2].email`, `references[0].country`, `neq`). Nil
    /// for problems about the whole input (not well-formed, unreadable).
    public var field: String?
    /// What is wrong, without saying where (the door says where): nil when the
    /// diagnostic was written as a plain ``message``.
    public var problem: Message?
    /// What the problem is about, in the door's terms: `<email>` for XML, the cell's
    /// label for a form. Already in the reader's language.
    public var subject: String?

    public init(
        _ severity: Severity, _ location: Location, _ message: String, code: String, hint: Message? = nil
    ) {
        self.severity = severity
        self.location = location
        self.message = message
        self.code = code
        self.hint = hint
    }

    /// A diagnostic about `field`, worded by `problem`; ``message`` is its English
    /// sentence with `subject` in front. Made only when a problem is found, never for
    /// a valid value.
    public init(
        _ severity: Severity, _ location: Location, field: String?, subject: String?, problem: Message,
        code: String, hint: Message? = nil
    ) {
        self.severity = severity
        self.location = location
        self.field = field
        self.subject = subject
        self.problem = problem
        self.code = code
        self.hint = hint
        self.message = ""
        self.message = sentence("en")
    }

    public static func error(_ location: Location, _ message: String, code: String, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.error, location, message, code: code, hint: hint)
    }

    public static func warning(_ location: Location, _ message: String, code: String, hint: Message? = nil) -> Diagnostic {
        Diagnostic(.warning, location, message, code: code, hint: hint)
    }

    /// The sentence in `language`, subject first, without the hint; ``message`` when
    /// the diagnostic carries no ``problem``.
    public func sentence(_ language: String) -> String {
        guard let problem else { return message }
        let text = problem.text(language)
        guard let subject, !subject.isEmpty else { return text }
        return Message("report.subject", ["subject": subject, "problem": text]).text(language)
    }

    /// The sentence in `language` with its hint, worded once.
    public func text(_ language: String) -> String {
        let text = sentence(language)
        guard let hint else { return text }
        return Message("report.with-hint", ["text": text, "hint": hint.text(language)]).text(language)
    }

    /// `location: severity: text`, compiler-style, in `language`; the severity word
    /// stays English (`error`, `warning`) for the tools that parse such lines.
    public func line(_ language: String) -> String {
        "\(location): \(severity.rawValue): \(text(language))"
    }

    public var description: String {
        var text = "\(location): \(severity.rawValue): \(message)"
        if let hint { text = Message("report.with-hint", ["text": text, "hint": hint.text("en")]).text("en") }
        return text
    }
}
