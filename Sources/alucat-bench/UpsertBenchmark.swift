import AluCatalog
import Foundation

/// Times one entry's upsert into an index of `count` synthetic entries (its bytes
/// changed each time, so the whole single-file pipeline and the cross-file checks
/// run) beside a full reload of the same catalogue, alternating the two `runs` times.
/// Also times the index build of the sample catalogue (what `alucat submit` pays).
func runUpsertBenchmark(count: Int, runs: Int, catalog: String, workDirectory: String) throws {
    let today = CalendarDay(year: 2026, month: 11, day: 22)
    let sampleLoader = try CatalogLoader(root: catalog, today: today)
    let root = (workDirectory as NSString).appendingPathComponent("upsert-\(count)")
    let suppliers = (root as NSString).appendingPathComponent("suppliers")
    let fm = FileManager.default
    try? fm.removeItem(atPath: root)
    try fm.createDirectory(atPath: suppliers, withIntermediateDirectories: true)
    try fm.copyItem(atPath: sampleLoader.schemas.directory, toPath: (root as NSString).appendingPathComponent("schema"))
    try fm.copyItem(atPath: sampleLoader.taxonomyPath, toPath: (root as NSString).appendingPathComponent("taxonomy.xml"))

    let generator = SyntheticSuppliers(taxonomy: sampleLoader.loadTaxonomy(), today: today)
    for index in 0..<count {
        let path = (suppliers as NSString).appendingPathComponent("synthetic-\(index).xml")
        guard fm.createFile(atPath: path, contents: Data(generator.document(index).utf8)) else {
            throw BenchmarkFailure("cannot write \(path)")
        }
    }
    let loader = try CatalogLoader(root: root, today: today)

    // The entry updated: its legal name changes at every upsert.
    let target = count / 2
    let file = (suppliers as NSString).appendingPathComponent("synthetic-\(target).xml")
    let original = generator.document(target)
    let marker = "<legalName>"
    guard original.contains(marker) else { throw BenchmarkFailure("no <legalName> in the synthetic entry") }
    let variants = (0..<2).map { Array(original.replacingOccurrences(of: marker, with: marker + "Révision \($0) ").utf8) }

    var index = loader.loadAll()
    guard index.entry(id: "synthetic-\(target)")?.isValid == true else { throw BenchmarkFailure("the synthetic entry is not valid") }
    let upsertsPerRound = 40
    var upserts: [Double] = [], reloads: [Double] = []
    for round in 0..<runs {
        let reload = Stopwatch()
        let fresh = loader.loadAll()
        reloads.append(reload.seconds)
        precondition(fresh.files.count == index.files.count)
        for step in 0..<upsertsPerRound {
            let bytes = variants[(round * upsertsPerRound + step) % 2]
            let watch = Stopwatch()
            try index.upsert(bytes: bytes, file: file)
            upserts.append(watch.seconds)
        }
        guard let entry = index.entry(id: "synthetic-\(target)"), entry.isValid, entry.supplier?.legalName.hasPrefix("Révision ") == true else {
            throw BenchmarkFailure("the upserted entry is not the new one, or not valid")
        }
    }

    let reportOnly = Stopwatch()
    _ = try loader.load(paths: [loader.root], keepSuppliers: false)
    let reportOnlySeconds = reportOnly.seconds

    let sample = Stopwatch()
    let sampleIndex = sampleLoader.loadAll()
    let sampleSeconds = sample.seconds

    func best(_ times: [Double]) -> Double { times.min()! }
    func median(_ times: [Double]) -> Double { times.sorted()[times.count / 2] }
    func ms(_ seconds: Double) -> String { pad(String(format: "%.2f", seconds * 1000), 9) }
    print("upsert into \(count) entries: \(runs) alternating rounds (\(upsertsPerRound) upserts and one full reload each), \(ProcessInfo.processInfo.activeProcessorCount) cores")
    print("operation                              best ms  median ms")
    print("upsert one entry (changed bytes)     \(ms(best(upserts)))  \(ms(median(upserts)))   (goal: median < 5 ms)")
    print("full reload (loadAll, all cores)     \(ms(best(reloads)))  \(ms(median(reloads)))")
    print("full reload, report only (validate)  \(ms(reportOnlySeconds))     (one run)")
    print("ratio (reload / upsert, medians): \(String(format: "%.0f", median(reloads) / median(upserts)))x")
    print("index build of the sample catalogue (\(sampleIndex.entries.count) entries, what alucat submit pays): \(ms(sampleSeconds)) ms")
}
