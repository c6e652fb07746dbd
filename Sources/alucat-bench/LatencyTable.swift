import Foundation

/// Latencies of the submissions benchmark by operation, alone or in the portal's two
/// modes (with the live index, without), printed side by side: p50, p99 (nearest rank)
/// and max in milliseconds.
struct LatencyTable {
    static let xsd = "XSD of one entry (parse + schema)"
    static let pipeline = "pipeline of one entry (XSD + model + rules)"
    static let checkIndexed = "intake.check(bytes:), the live index"
    static let checkUnindexed = "intake.check(bytes:), index nil (loadAll)"
    static let atomicWrite = "one atomic file write (fsync, rename)"
    static let historyWrite = "store write keeping the previous (2 writes)"
    static let loadAll = "loadAll() of the whole catalogue"
    static let taxonomy = "loadTaxonomy() (read + XSD of taxonomy.xml)"
    static let neqScan = "entry store's ids(withNEQ:) (reads every file)"
    static let account = "account: invitation + acceptance"
    static let alone = [xsd, pipeline, checkIndexed, checkUnindexed, atomicWrite, historyWrite, taxonomy, neqScan, loadAll, account]

    static let saveDraft = "saveDraft"
    static let submit = "submit"
    static let submission = "saveDraft + submit"
    static let claim = "claim"
    static let approve = "approve (writes into catalog/)"
    static let approval = "claim + approve"
    static let refresh = "live index upsert after approve"
    static let path = [saveDraft, submit, submission, claim, approve, approval, refresh]

    private var samples: [String: [Double]] = [:]

    private static func key(_ operation: String, _ withIndex: Bool?) -> String {
        operation + (withIndex.map { $0 ? "|index" : "|nil" } ?? "")
    }

    mutating func add(_ operation: String, _ withIndex: Bool?, _ seconds: Double) {
        samples[Self.key(operation, withIndex), default: []].append(seconds)
    }

    mutating func add(_ operation: String, _ seconds: Double) { add(operation, nil, seconds) }

    mutating func time(_ operation: String, _ body: () throws -> Void) throws {
        let watch = Stopwatch()
        try body()
        add(operation, watch.seconds)
    }

    /// p50, p99 (nearest rank) and max, in milliseconds.
    static func summary(_ values: [Double]) -> (p50: Double, p99: Double, max: Double)? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        func rank(_ p: Double) -> Double { sorted[max(0, Int((p * Double(sorted.count)).rounded(.up)) - 1)] * 1000 }
        return (rank(0.5), rank(0.99), sorted[sorted.count - 1] * 1000)
    }

    private static func cells(_ values: [Double]?) -> String {
        guard let values, let s = summary(values) else { return pad("–", 9) + pad("", 9) + pad("", 9) }
        return [s.p50, s.p99, s.max].map { pad(format($0), 9) }.joined()
    }

    private static func format(_ ms: Double) -> String {
        ms >= 100 ? String(format: "%.0f", ms) : ms >= 10 ? String(format: "%.1f", ms) : String(format: "%.2f", ms)
    }

    private static func name(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(1, width - text.count))
    }

    /// Prints the anchors, the sequential portal path side by side, and the concurrent
    /// rows (`concurrent`: operation name → per-round operations per second).
    func print(concurrent: [(operation: String, tasks: Int, throughput: [Bool: [Double]])]) {
        let width = 50
        Swift.print(Self.name("anchors, alone (ms)", width) + pad("n", 6) + pad("p50", 9) + pad("p99", 9) + pad("max", 9))
        for operation in Self.alone {
            guard let values = samples[Self.key(operation, nil)] else { continue }
            Swift.print(Self.name("  " + operation, width) + pad("\(values.count)", 6) + Self.cells(values))
        }
        Swift.print("")
        let header = Self.name("portal path, one at a time (ms)", width) + pad("n", 6)
        Swift.print(header + "  " + Self.name("with the live index", 27) + "| " + Self.name("index nil (loads the catalogue)", 29) + "| p50 ratio")
        Swift.print(String(repeating: " ", count: width + 6) + pad("p50", 9) + pad("p99", 9) + pad("max", 9) + "  |" + pad("p50", 9) + pad("p99", 9) + pad("max", 9) + "  |")
        for operation in Self.path {
            let indexed = samples[Self.key(operation, true)], unindexed = samples[Self.key(operation, false)]
            let n = max(indexed?.count ?? 0, unindexed?.count ?? 0)
            guard n > 0 else { continue }
            var ratio = ""
            if let a = indexed.flatMap(Self.summary), let b = unindexed.flatMap(Self.summary) {
                ratio = String(format: "%.1f×", b.p50 / a.p50)
            }
            Swift.print(Self.name("  " + operation, width) + pad("\(n)", 6) + Self.cells(indexed) + "  |" + Self.cells(unindexed) + "  | " + ratio)
        }
        for row in concurrent {
            Swift.print("")
            Swift.print(Self.name("\(row.tasks) threads at once: \(row.operation) (ms)", width) + pad("n", 6) + pad("p50", 9) + pad("p99", 9) + pad("max", 9) + "   per second (rounds)")
            for withIndex in [true, false] {
                guard let values = samples[Self.key("concurrent " + row.operation, withIndex)] else { continue }
                let rates = (row.throughput[withIndex] ?? []).map { String(format: "%.1f", $0) }.joined(separator: ", ")
                Swift.print(Self.name(withIndex ? "  with the live index" : "  index nil", width) + pad("\(values.count)", 6) + Self.cells(values) + "   " + rates)
            }
        }
    }
}
