import AluDiagnostics
import AluLocalization

/// What rules need beyond the document itself.
public struct RuleContext: Sendable {
    public var taxonomy: Taxonomy
    /// "Today" for expiry checks; injected so tests and reruns are reproducible.
    public var today: CalendarDay

    public init(taxonomy: Taxonomy, today: CalendarDay) {
        self.taxonomy = taxonomy
        self.today = today
    }
}

/// Collects diagnostics for one file. Each names its field (``FieldPath``) and the
/// line of that field's element; the field path is built only when a problem is found,
/// so a valid entry allocates nothing here.
struct RuleSink {
    let file: String
    /// The document's root element (`supplier`, `mission`, `taxonomy`), for XML subjects.
    let root: String
    var diagnostics: [Diagnostic] = []

    mutating func error(_ field: @autoclosure () -> String, line: Int?, _ problem: Message, _ code: String, hint: Message? = nil) {
        add(.error, field(), line, problem, code, hint)
    }

    mutating func warning(_ field: @autoclosure () -> String, line: Int?, _ problem: Message, _ code: String, hint: Message? = nil) {
        add(.warning, field(), line, problem, code, hint)
    }

    /// Reports `problem` as an error when the form check found one. The field and its
    /// line are looked up only then: most values are valid.
    mutating func check(_ problem: Message?, _ field: @autoclosure () -> String, line: @autoclosure () -> Int?, code: String) {
        if let problem { add(.error, field(), line(), problem, code, nil) }
    }

    private mutating func add(_ severity: Diagnostic.Severity, _ field: String, _ line: Int?, _ problem: Message, _ code: String, _ hint: Message?) {
        diagnostics.append(Diagnostic(
            severity, .init(file: file, line: Self.known(line)), field: field,
            subject: FieldPath.xmlSubject(field, root: root), problem: problem, code: code, hint: hint))
    }

    /// Line 0 is what a model value holds when its element was absent: no line.
    static func known(_ line: Int?) -> Int? { line.flatMap { $0 > 0 ? $0 : nil } }

    /// The first known line of the two (an element's own, then its container's).
    /// Two parameters, not a variadic list: that allocated an array per call, on every
    /// contact and reference of every entry.
    static func first(_ line: Int?, _ fallback: Int?) -> Int? { known(line) ?? known(fallback) }
}
