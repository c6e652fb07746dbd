import AluDiagnostics

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

/// Collects diagnostics for one file.
struct RuleSink {
    let file: String
    var diagnostics: [Diagnostic] = []

    mutating func error(_ line: Int?, _ message: String, _ code: String, hint: String? = nil) {
        diagnostics.append(.error(.init(file: file, line: Self.known(line)), message, code: code, hint: hint))
    }

    mutating func warning(_ line: Int?, _ message: String, _ code: String, hint: String? = nil) {
        diagnostics.append(.warning(.init(file: file, line: Self.known(line)), message, code: code, hint: hint))
    }

    /// Line 0 is what a model value holds when its element was absent: no line.
    private static func known(_ line: Int?) -> Int? { line.flatMap { $0 > 0 ? $0 : nil } }

    /// Reports `problem` as an error when the form check found one.
    mutating func check(_ problem: String?, line: Int?, code: String) {
        if let problem { error(line, problem, code) }
    }
}
