import AluLocalization

/// Every diagnostic found over a set of files, in a stable order.
public struct DiagnosticReport: Sendable, Hashable {
    /// The files examined, in the order given.
    public private(set) var files: [String]
    public private(set) var diagnostics: [Diagnostic]

    public init(files: [String] = [], diagnostics: [Diagnostic] = []) {
        self.files = files
        self.diagnostics = diagnostics
    }

    public mutating func add(file: String) { files.append(file) }
    public mutating func add(_ diagnostic: Diagnostic) { diagnostics.append(diagnostic) }
    public mutating func add(contentsOf more: some Sequence<Diagnostic>) { diagnostics.append(contentsOf: more) }

    public mutating func merge(_ other: DiagnosticReport) {
        files.append(contentsOf: other.files)
        diagnostics.append(contentsOf: other.diagnostics)
    }

    public var errorCount: Int { diagnostics.count { $0.severity == .error } }
    public var warningCount: Int { diagnostics.count { $0.severity == .warning } }
    public var isValid: Bool { errorCount == 0 }

    /// Diagnostics sorted by file (in the order the files were given), then line,
    /// column and message, so that output never depends on thread scheduling.
    public var sorted: [Diagnostic] {
        var rank: [String: Int] = [:]
        rank.reserveCapacity(files.count)
        for (index, file) in files.enumerated() where rank[file] == nil { rank[file] = index }
        // Each diagnostic's file rank looked up once, not at every comparison.
        let ranked = diagnostics.map { (rank: rank[$0.location.file] ?? Int.max, diagnostic: $0) }
        return ranked.sorted { x, y in
            if x.rank != y.rank { return x.rank < y.rank }
            let a = x.diagnostic, b = y.diagnostic
            if a.location.file != b.location.file { return a.location.file < b.location.file }
            let la = a.location.line ?? 0, lb = b.location.line ?? 0
            if la != lb { return la < lb }
            let ca = a.location.column ?? 0, cb = b.location.column ?? 0
            if ca != cb { return ca < cb }
            if a.severity != b.severity { return a.severity < b.severity }
            return a.message < b.message
        }.map(\.diagnostic)
    }

    /// `N files, E errors, W warnings`, in English.
    public var summary: String { summary("en") }

    /// `1 fichier, 2 erreurs, 0 avertissement`: the summary line in `language`, with
    /// that language's plurals (``ReportWording``).
    public func summary(_ language: String) -> String {
        ReportWording.summary(files: files.count, errors: errorCount, warnings: warningCount).text(language)
    }
}
