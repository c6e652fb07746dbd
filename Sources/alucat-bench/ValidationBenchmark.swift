import AluCatalog
import AluDiagnostics
import Foundation

/// Validates `count` synthetic entries with `alucat validate` (the command users
/// run: XSD + rules, all cores) and with `xmllint --schema` (XSD only, one core, in
/// as few processes as the argument limit allows) on the same files, alternating the
/// two `runs` times, and prints both throughputs side by side.
///
/// Both are timed as whole processes, start-up and schema compilation included.
/// Alternating matters here: the machine's load changes during a run, and best
/// and median of interleaved runs compare like with like.
func runValidationBenchmark(count: Int, runs: Int, catalog: String, workDirectory: String) throws {
    let loader = try CatalogLoader(root: catalog, today: CalendarDay(year: 2026, month: 11, day: 22))
    let taxonomy = loader.loadTaxonomy()
    let directory = (workDirectory as NSString).appendingPathComponent("validate-\(count)")
    let suppliers = (directory as NSString).appendingPathComponent("suppliers")
    try? FileManager.default.removeItem(atPath: directory)
    try FileManager.default.createDirectory(atPath: suppliers, withIntermediateDirectories: true)

    let generator = SyntheticSuppliers(taxonomy: taxonomy)
    var bytes = 0
    let generation = Stopwatch()
    for index in 0..<count {
        let text = generator.document(index)
        bytes += text.utf8.count
        let path = (suppliers as NSString).appendingPathComponent("synthetic-\(index).xml")
        guard FileManager.default.createFile(atPath: path, contents: Data(text.utf8)) else {
            throw BenchmarkFailure("cannot write \(path)")
        }
    }
    print("generated \(count) entries (\(bytes / 1024) KiB) in \(generation.seconds.formatted2) s")

    let alucat = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("alucat").path
    guard FileManager.default.isExecutableFile(atPath: alucat) else {
        throw BenchmarkFailure("\(alucat) not found: build it first (swift build -c release)")
    }
    let schema = (loader.schemas.directory as NSString).appendingPathComponent("supplier.xsd")
    let files = (0..<count).map { (suppliers as NSString).appendingPathComponent("synthetic-\($0).xml") }
    let batches = argumentBatches(files)

    // alucat must accept every entry (warnings allowed: some synthetic certificates
    // have expired by design), and so must xmllint.
    let ours = { try timedProcess(alucat, ["validate", "--quiet", "--catalog", catalog, suppliers], what: "alucat validate") }
    let theirs = {
        let watch = Stopwatch()
        for batch in batches { _ = try timedProcess("/usr/bin/xmllint", ["--noout", "--schema", schema] + batch, what: "xmllint") }
        return watch.seconds
    }
    let oneCore = FileManager.default.isExecutableFile(atPath: "/usr/bin/taskset")
        ? { try timedProcess("/usr/bin/taskset", ["-c", "0", alucat, "validate", "--quiet", "--catalog", catalog, suppliers], what: "alucat validate (one core)") }
        : nil

    // Warm the page cache, then alternate.
    _ = try ours(); _ = try theirs()
    var oursTimes: [Double] = [], theirTimes: [Double] = [], oneCoreTimes: [Double] = []
    for _ in 0..<runs {
        oursTimes.append(try ours())
        theirTimes.append(try theirs())
        if let oneCore { oneCoreTimes.append(try oneCore()) }
    }

    func best(_ times: [Double]) -> Double { times.min()! }
    func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }
    func row(_ tool: String, _ times: [Double], _ checks: String) {
        let rate = Int(Double(count) / best(times))
        print("\(tool.padding(toLength: 36, withPad: " ", startingAt: 0)) \(pad(best(times).formatted2, 6))  \(pad(median(times).formatted2, 6))  \(pad(String(rate), 9))   \(checks)")
    }
    print("")
    print("validate \(count) entries: \(ProcessInfo.processInfo.activeProcessorCount) cores, \(runs) alternating runs, whole processes")
    print("tool                                  best s  median    entries/s   checks")
    row("alucat validate", oursTimes, "XSD + rules, all cores")
    if !oneCoreTimes.isEmpty { row("alucat validate (taskset: one core)", oneCoreTimes, "XSD + rules, one core") }
    row("xmllint --schema (\(batches.count) process\(batches.count == 1 ? "" : "es"))", theirTimes, "XSD only, one core")
    print("ratio (alucat / xmllint throughput): best \((best(theirTimes) / best(oursTimes)).formatted2)x, median \((median(theirTimes) / median(oursTimes)).formatted2)x   (goal ≥ 1.5x)")
}

/// Runs `executable` with output discarded; fails unless it exits 0.
private func timedProcess(_ executable: String, _ arguments: [String], what: String) throws -> Double {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    let watch = Stopwatch()
    try process.run()
    process.waitUntilExit()
    let seconds = watch.seconds
    guard process.terminationStatus == 0 else {
        throw BenchmarkFailure("\(what) rejected the synthetic entries (exit status \(process.terminationStatus))")
    }
    return seconds
}

/// Splits `files` into as few argument lists as the system's limit on a command
/// line allows (with half of it kept for the environment and the other arguments).
private func argumentBatches(_ files: [String]) -> [[String]] {
    let budget = max(64 * 1024, Int(sysconf(Int32(_SC_ARG_MAX))) / 2)
    var batches: [[String]] = [[]]
    var used = 0
    for file in files {
        let cost = file.utf8.count + 1 + MemoryLayout<UnsafePointer<CChar>>.size
        if used + cost > budget, !batches[batches.count - 1].isEmpty {
            batches.append([])
            used = 0
        }
        batches[batches.count - 1].append(file)
        used += cost
    }
    return batches
}

struct BenchmarkFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Wall-clock time since creation.
struct Stopwatch {
    private let start = DispatchTime.now().uptimeNanoseconds
    var seconds: Double { Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9 }
}

func peakResidentMegabytes() -> Int {
    var usage = rusage()
    getrusage(Int32(RUSAGE_SELF.rawValue), &usage)
    return Int(usage.ru_maxrss) / 1024
}

func pad(_ text: String, _ width: Int) -> String {
    String(repeating: " ", count: max(0, width - text.count)) + text
}

extension Double {
    var formatted2: String { String(format: "%.2f", self) }
}
