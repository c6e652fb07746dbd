import AluCatalog
import AluDiagnostics
import Foundation

/// Validates `count` synthetic entries with our pipeline (XSD + rules, all cores)
/// and with `xmllint --schema` (XSD only, one core) on the same files, and prints
/// both throughputs side by side.
func runValidationBenchmark(count: Int, catalog: String, workDirectory: String) throws {
    let loader = try CatalogLoader(root: catalog, today: CalendarDay(year: 2026, month: 11, day: 22))
    let taxonomy = loader.loadAll().catalog.taxonomy
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
        try text.write(toFile: (suppliers as NSString).appendingPathComponent("synthetic-\(index).xml"), atomically: false, encoding: .utf8)
    }
    print("generated \(count) entries (\(bytes / 1024) KiB) in \(generation.seconds.formatted2) s")

    // Warm the page cache so both tools read from memory.
    _ = try loader.load(paths: [suppliers])

    // Best of three runs each: the machine's two cores are shared, so single runs vary.
    var oursSeconds = Double.infinity
    var result = try loader.load(paths: [suppliers])
    for _ in 0..<3 {
        let ours = Stopwatch()
        result = try loader.load(paths: [suppliers])
        oursSeconds = min(oursSeconds, ours.seconds)
    }
    let report = result.report
    guard report.errorCount == 0 else {
        for d in report.sorted.prefix(10) { print(d) }
        throw BenchmarkFailure("synthetic entries did not validate: \(report.summary)")
    }

    let files = (0..<count).map { (suppliers as NSString).appendingPathComponent("synthetic-\($0).xml") }
    var xmllintSeconds = Double.infinity
    for _ in 0..<3 {
        let xmllint = Stopwatch()
        var offset = 0
        while offset < files.count {
            let batch = Array(files[offset..<min(offset + 2000, files.count)])
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--noout", "--schema", (loader.schemas.directory as NSString).appendingPathComponent("supplier.xsd")] + batch
            process.standardError = FileHandle.nullDevice
            try process.run()
            process.waitUntilExit()
            guard process.terminationStatus == 0 else { throw BenchmarkFailure("xmllint rejected a synthetic entry (status \(process.terminationStatus))") }
            offset += batch.count
        }
        xmllintSeconds = min(xmllintSeconds, xmllint.seconds)
    }

    let oursRate = Double(count) / oursSeconds, xmllintRate = Double(count) / xmllintSeconds
    print("")
    print("validate \(count) entries (\(ProcessInfo.processInfo.activeProcessorCount) cores; best of 3 runs each)")
    print("tool                                   wall s   entries/s   checks")
    print("alucat validate (XSD + rules)        \(pad(oursSeconds.formatted2, 8))  \(pad(String(Int(oursRate)), 10))   schema + rules, all cores")
    print("xmllint --schema                     \(pad(xmllintSeconds.formatted2, 8))  \(pad(String(Int(xmllintRate)), 10))   schema only, one core")
    print("ratio (alucat / xmllint throughput): \((oursRate / xmllintRate).formatted2)x   (goal ≥ 1.5x)")
    print("peak RSS: \(peakResidentMegabytes()) MB")
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
