import AluCatalog
import AluDirectory
import Foundation

/// Times the public directory's indexed search on `count` synthetic suppliers: the
/// index build, resident memory, each query kind's latency over alternating rounds,
/// an upsert and a change of day; and the reference search on `referenceCount`
/// suppliers as an anchor.
func runDirectoryBenchmark(count: Int, referenceCount: Int, rounds: Int, perRound: Int, catalog: String) throws {
    let today = CalendarDay(year: 2026, month: 11, day: 22)
    let loader = try CatalogLoader(root: catalog, today: today)
    let taxonomy = loader.loadTaxonomy()
    let generator = SyntheticSuppliers(taxonomy: taxonomy, today: today)
    let synthetic = Catalog(taxonomy: taxonomy, suppliers: (0..<count).map(generator.supplier), missions: [])
    let residentBefore = residentMegabytes()
    let build = Stopwatch()
    let directory = Directory(catalog: synthetic, day: today)
    let buildSeconds = build.seconds
    let residentAfter = residentMegabytes()

    // Queries drawn once, deterministically: words of the taxonomy's labels and of the
    // synthetic names, regions, schemes, languages, capabilities.
    var random = BenchRandom(seed: 2026)
    let labelWords = Array(Set(taxonomy.nodes.flatMap { SearchText.words($0.label("fr") + " " + $0.label("en")) }.filter { $0.count >= 4 })).sorted()
    let words = labelWords + ["alumineries", "turnkey", "saguenay", "metallurgie", "usinage", "boreal", "service"]
    let nodes = taxonomy.nodes.filter { $0.level != .domain }.map(\.id)
    let schemes = ["ISO 9001", "ISO 14001", "ISO 45001", "CWB CSA W47.1"]
    let languages = ["es", "en", "ar", "pt"]
    let kinds: [(name: String, run: (Int) -> Int)] = [
        ("text + two facets (with counts)", { i in
            directory.search(DirectoryQuery(
                text: words[(i * 7) % words.count], region: QuebecRegion.allCases[i % QuebecRegion.allCases.count],
                certification: schemes[i % schemes.count])).total
        }),
        ("text + capability + language", { i in
            directory.search(DirectoryQuery(text: words[(i * 11) % words.count], capability: nodes[i % nodes.count], language: languages[i % languages.count])).total
        }),
        ("one facet (capability)", { i in directory.search(DirectoryQuery(capability: nodes[(i * 5) % nodes.count])).total }),
        ("one facet (language)", { i in directory.search(DirectoryQuery(language: languages[i % languages.count])).total }),
        ("no filter, page 1", { _ in directory.search(DirectoryQuery()).total }),
        ("no filter, page 50", { _ in directory.search(DirectoryQuery(page: 50)).total }),
        ("text only", { i in directory.search(DirectoryQuery(text: words[(i * 3) % words.count])).total }),
        ("text, two words", { i in directory.search(DirectoryQuery(text: words[i % words.count] + " " + words[(i * 13 + 5) % words.count])).total }),
        ("a supplier by id", { i in directory.supplier(id: "synthetic-\((i * 7919) % count)") == nil ? 0 : 1 }),
    ]
    _ = random.next()
    var latencies = Array(repeating: [Double](), count: kinds.count)
    var totals = Array(repeating: 0, count: kinds.count)
    for round in 0..<rounds {
        for (k, kind) in kinds.enumerated() {
            for step in 0..<perRound {
                let watch = Stopwatch()
                totals[k] += kind.run(round * perRound + step)
                latencies[k].append(watch.seconds)
            }
        }
    }

    // An upsert (one entry's legal name changes) and the next day.
    let target = count / 2
    var upserts: [Double] = []
    var current = directory
    for step in 0..<10 {
        var changed = synthetic.suppliers
        let position = changed.firstIndex { $0.id == "synthetic-\(target)" }!
        changed[position].legalName = "Révision \(step) " + changed[position].legalName
        let next = Catalog(taxonomy: taxonomy, suppliers: changed, missions: [])
        let watch = Stopwatch()
        current = current.updated(with: next, changed: ["synthetic-\(target)"])
        upserts.append(watch.seconds)
    }
    guard current.search(DirectoryQuery(text: "revision 9")).ids.contains("synthetic-\(target)") else {
        throw BenchmarkFailure("the updated directory does not find the upserted entry")
    }
    var days: [Double] = []
    var day = today
    for _ in 0..<10 {
        day = day.next
        let watch = Stopwatch()
        current = current.rebuilt(for: day)
        days.append(watch.seconds)
    }

    // The anchor: the reference search on fewer suppliers.
    let small = Directory(catalog: Catalog(taxonomy: taxonomy, suppliers: (0..<referenceCount).map(generator.supplier), missions: []), day: today)
    var referenceTimes: [Double] = [], indexedSmall: [Double] = []
    for i in 0..<20 {
        let query = DirectoryQuery(text: words[(i * 7) % words.count], region: QuebecRegion.allCases[i % 17], certification: schemes[i % 4])
        var watch = Stopwatch()
        let reference = small.referenceSearch(query)
        referenceTimes.append(watch.seconds)
        watch = Stopwatch()
        let indexed = small.search(query)
        indexedSmall.append(watch.seconds)
        guard reference.ids == indexed.ids, reference.facets == indexed.facets else {
            throw BenchmarkFailure("indexed and reference searches differ on \(referenceCount) suppliers")
        }
    }

    func us(_ seconds: Double) -> String { pad(String(format: "%.1f", seconds * 1e6), 10) }
    func ms(_ seconds: Double) -> String { pad(String(format: "%.2f", seconds * 1e3), 9) }
    func percentile(_ times: [Double], _ p: Double) -> Double {
        let sorted = times.sorted()
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }
    func mean(_ times: [Double]) -> Double { times.reduce(0, +) / Double(times.count) }
    print("directory: \(count) synthetic suppliers, \(rounds) alternating rounds of \(perRound) queries per kind, one thread (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
    print("index build (public copies, features on every core, postings): \(ms(buildSeconds)) ms")
    print("resident memory: \(residentBefore) MB with the catalogue, \(residentAfter) MB with the directory (+\(residentAfter - residentBefore) MB)")
    print("query kind                                 p50 µs     p99 µs    mean µs   mean hits")
    for (k, kind) in kinds.enumerated() {
        let name = kind.name.padding(toLength: 36, withPad: " ", startingAt: 0)
        print("\(name) \(us(percentile(latencies[k], 0.5))) \(us(percentile(latencies[k], 0.99))) \(us(mean(latencies[k])))  \(pad(String(totals[k] / latencies[k].count), 10))")
    }
    print("upsert one entry (updated(with:changed:)): median \(ms(percentile(upserts, 0.5))) ms, best \(ms(upserts.min()!)) ms")
    print("next day (rebuilt(for:)):                   median \(ms(percentile(days, 0.5))) ms, best \(ms(days.min()!)) ms")
    print("anchor, \(referenceCount) suppliers, text + two facets: reference median \(ms(percentile(referenceTimes, 0.5))) ms, indexed median \(ms(percentile(indexedSmall, 0.5))) ms (same results)")
}

/// Resident memory now (VmRSS of /proc/self/status), in megabytes; 0 where unreadable.
private func residentMegabytes() -> Int {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8),
          let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") })
    else { return 0 }
    return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
}

private struct BenchRandom {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        return z ^ (z >> 31)
    }
}

private extension CalendarDay {
    /// The following day (for the benchmark's day changes).
    var next: CalendarDay {
        if day < CalendarDay.daysIn(month, year) { return CalendarDay(year: year, month: month, day: day + 1) }
        return month < 12 ? CalendarDay(year: year, month: month + 1, day: 1) : CalendarDay(year: year + 1, month: 1, day: 1)
    }

    static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
