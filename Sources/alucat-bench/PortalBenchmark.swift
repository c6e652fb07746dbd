import AluCatalog
import AluDirectory
import Foundation

/// What the portal benchmark measures and against which goals (issue 10).
struct PortalBenchmarkOptions {
    var count: Int
    var catalog: String
    var workDirectory: String
    var rounds: Int
    var startups: Int
    var distinct: Int
    /// Also time the start-up's phases in this process (before the server runs).
    var phases: Bool
    /// Stop after the start-ups (no wrk rounds).
    var startupOnly: Bool
    /// Only the in-process timing, repeated this many times (no server, no wrk): for a profiler.
    var inProcessOnly: Int?
    var wrk: Wrk
}

/// Issue 10's benchmark: `count` synthetic entries as XML files in a catalogue folder,
/// the release `alucat serve` started on them (`startups` times: spawn → "ready"), then
/// alternating rounds of `wrk` on loopback, each kind beside `/healthz` of the same
/// server in the same round: search (text + two facets), a supplier page, an API search,
/// each cycling through `distinct` paths. Prints every round, min/median/max, resident
/// memory, and the goals passed or failed.
func runPortalBenchmark(_ options: PortalBenchmarkOptions) throws {
    let alucat = Bundle.main.executableURL!.deletingLastPathComponent().appendingPathComponent("alucat").path
    guard FileManager.default.isExecutableFile(atPath: alucat) else {
        throw BenchmarkFailure("\(alucat) not found: build it first (swift build -c release --product alucat)")
    }
    guard FileManager.default.isExecutableFile(atPath: options.wrk.executable) else {
        throw BenchmarkFailure("\(options.wrk.executable) not found (apt-get install wrk)")
    }
    print("portal benchmark: \(options.count) synthetic suppliers, \(ProcessInfo.processInfo.activeProcessorCount) cores, load average \(loadAverage()) at start")

    // The catalogue: the sample's schemas and taxonomy, the synthetic entries as files.
    let day = CalendarDay.today()
    let loader = try CatalogLoader(root: options.catalog, today: day)
    let taxonomy = loader.loadTaxonomy()
    let generator = SyntheticSuppliers(taxonomy: taxonomy, today: day)
    let root = try writeSyntheticCatalogue(generator: generator, count: options.count, source: options.catalog,
                                           into: (options.workDirectory as NSString).appendingPathComponent("portal-\(options.count)"))

    if options.phases { try printStartupPhases(root: root, day: day) }

    let scratch = (options.workDirectory as NSString).appendingPathComponent("portal-wrk")
    try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)

    if let repeats = options.inProcessOnly {
        let directory = Directory(catalog: Catalog(taxonomy: taxonomy, suppliers: (0..<options.count).map(generator.supplier), missions: []), day: day)
        let sets = PortalURLSets(directory: directory, count: options.count, distinct: options.distinct)
        measureInProcess(directory: directory, sets: sets, repeats: repeats)
        return
    }

    // Start-up: spawn → "ready", `startups` times; the last server stays for the rounds.
    var startups: [Double] = []
    var phases: [String] = []
    var server: PortalServer?
    for attempt in 0..<options.startups {
        server?.stop()
        let started = try PortalServer.start(alucat: alucat, catalog: root, log: (scratch as NSString).appendingPathComponent("serve-\(attempt).log"))
        startups.append(started.startupSeconds)
        phases.append(started.phases)
        server = started
    }
    guard let server else { throw BenchmarkFailure("no start-up") }
    defer { server.stop() }
    let afterLoad = server.memory()
    print("")
    print("start-up (spawn → ready: load, validate, index), \(startups.count) spawns: " + startups.map { $0.formatted2 + " s" }.joined(separator: ", "))
    for (k, line) in phases.enumerated() { print("  server's phases, spawn \(k + 1): \(line)") }
    print("resident after load: VmRSS \(afterLoad.rss) MB, VmHWM \(afterLoad.hwm) MB")
    if options.startupOnly { return }

    // The paths: drawn from the taxonomy and the synthetic words, kept when they find something.
    let watch = Stopwatch()
    let directory = Directory(catalog: Catalog(taxonomy: taxonomy, suppliers: (0..<options.count).map(generator.supplier), missions: []), day: day)
    let sets = PortalURLSets(directory: directory, count: options.count, distinct: options.distinct)
    let hits = sets.hits.sorted()
    print("paths: \(sets.search.count) distinct searches (text + two facets; hits per search min \(hits.first ?? 0), median \(hits.isEmpty ? 0 : hits[hits.count / 2]), max \(hits.last ?? 0)), the same \(sets.api.count) as API searches, \(sets.supplier.count) supplier pages; every language in turn (drawn in \(watch.seconds.formatted2) s)")
    measureInProcess(directory: directory, sets: sets, repeats: 2)
    func script(_ name: String, _ paths: [String]) throws -> String {
        let pathsFile = (scratch as NSString).appendingPathComponent("\(name).txt")
        try (paths.joined(separator: "\n") + "\n").write(toFile: pathsFile, atomically: true, encoding: .utf8)
        let scriptFile = (scratch as NSString).appendingPathComponent("\(name).lua")
        try Wrk.cyclingScript(pathsFile: (pathsFile as NSString).standardizingPath).write(toFile: scriptFile, atomically: true, encoding: .utf8)
        return scriptFile
    }
    // A second server that renders every request (`--cache-mb 0`): what a search costs
    // when its page was not asked for since the catalogue last changed.
    let uncached = try PortalServer.start(alucat: alucat, catalog: root, log: (scratch as NSString).appendingPathComponent("serve-uncached.log"),
                                          extra: ["--cache-mb", "0"])
    defer { uncached.stop() }
    let kinds: [(name: String, script: String, server: PortalServer)] = [
        ("search", try script("search", sets.search), server),
        ("supplier page", try script("supplier", sets.supplier), server),
        ("API search", try script("api", sets.api), server),
        ("search, uncached", try script("search", sets.search), uncached),
    ]

    // Rounds: /healthz, then each kind beside it, on the same server.
    var rows: [String: [(result: WrkResult, ratio: Double)]] = [:]
    var ceilings: [WrkResult] = []
    var hitRatios: [String: [Double]] = [:]
    print("")
    print("wrk -t\(options.wrk.threads) -c\(options.wrk.connections) -d\(options.wrk.seconds)s --latency, \(options.rounds) alternating rounds")
    print("search, supplier page, API search: the server as started by default (rendered answers kept until the catalogue changes;")
    print("each row's share of requests served from that cache is measured from /readyz before and after it);")
    print("search, uncached: a second server with --cache-mb 0, rendering every request.")
    print("round  kind               requests/s     p50 ms     p99 ms   ratio to /healthz before it")
    for round in 1...options.rounds {
        for kind in kinds {
            let base = "http://127.0.0.1:\(kind.server.port)"
            let ceiling = try options.wrk.run(url: base + "/healthz")
            ceilings.append(ceiling)
            print(row(round, "/healthz", ceiling, ratio: nil))
            let before = kind.server.cacheCounts()
            let result = try options.wrk.run(url: base + "/", script: kind.script)
            let after = kind.server.cacheCounts()
            let served = (after.hits - before.hits) + (after.misses - before.misses)
            let hitRatio = served > 0 ? Double(after.hits - before.hits) / Double(served) : 0
            guard result.failures == 0 else {
                throw BenchmarkFailure("\(kind.name): \(result.failures) answers were not 2xx/3xx or failed (see \(kind.server.log))")
            }
            let ratio = result.requestsPerSecond / ceiling.requestsPerSecond
            rows[kind.name, default: []].append((result, ratio))
            hitRatios[kind.name, default: []].append(hitRatio)
            print(row(round, kind.name, result, ratio: ratio) + String(format: "   %5.1f %% from the cache", hitRatio * 100))
        }
    }
    let atEnd = server.memory()

    print("")
    print("summary over \(options.rounds) rounds                min     median        max")
    func summary(_ label: String, _ values: [Double], _ format: (Double) -> String) {
        let sorted = values.sorted()
        print(label.padding(toLength: 36, withPad: " ", startingAt: 0) + pad(format(sorted.first!), 9) + pad(format(sorted[sorted.count / 2]), 11) + pad(format(sorted.last!), 11))
    }
    let integer = { (value: Double) in String(Int(value.rounded())) }
    let millis = { (value: Double) in String(format: "%.2f", value * 1000) }
    let percent = { (value: Double) in String(format: "%.1f %%", value * 100) }
    summary("/healthz requests/s", ceilings.map(\.requestsPerSecond), integer)
    summary("/healthz p99 ms", ceilings.map(\.p99), millis)
    for kind in kinds {
        let results = rows[kind.name] ?? []
        summary("\(kind.name) requests/s", results.map(\.result.requestsPerSecond), integer)
        summary("\(kind.name) p50 ms", results.map(\.result.p50), millis)
        summary("\(kind.name) p99 ms", results.map(\.result.p99), millis)
        summary("\(kind.name) / healthz", results.map(\.ratio), percent)
        summary("\(kind.name) from the cache", hitRatios[kind.name] ?? [0], percent)
    }
    print("resident at the end: VmRSS \(atEnd.rss) MB, VmHWM \(atEnd.hwm) MB")
    print("load average at the end: \(loadAverage())")

    // The goals, plainly.
    print("")
    print("goals (issue 10; median over rounds):")
    func median(_ values: [Double]) -> Double { values.sorted()[values.count / 2] }
    func verdict(_ pass: Bool) -> String { pass ? "PASS" : "FAIL" }
    for kind in kinds {
        let results = rows[kind.name] ?? []
        let ratio = median(results.map(\.ratio)), p99 = median(results.map(\.result.p99))
        let cached = String(format: "%.1f %%", median(hitRatios[kind.name] ?? [0]) * 100)
        let goal = (kind.name == "search" ? "goal, as served by default" : "same goal, for information") + "; \(cached) from the cache"
        print("  \(verdict(ratio >= 0.2 && p99 < 0.020))  \(kind.name): \(percent(ratio)) of /healthz (≥ 20 %), p99 \(millis(p99)) ms (< 20 ms) at \(options.wrk.connections) connections [\(goal)]")
    }
    let startup = median(startups)
    print("  \(verdict(startup < 3))  start-up: \(startup.formatted2) s median (< 3 s)")
    print("  \(verdict(atEnd.hwm < 500))  resident memory: VmHWM \(atEnd.hwm) MB (< 500 MB)")
}

private func row(_ round: Int, _ name: String, _ result: WrkResult, ratio: Double?) -> String {
    pad(String(round), 5) + "  " + name.padding(toLength: 18, withPad: " ", startingAt: 0)
        + pad(String(Int(result.requestsPerSecond.rounded())), 13) + pad(String(format: "%.2f", result.p50 * 1000), 11)
        + pad(String(format: "%.2f", result.p99 * 1000), 11) + (ratio.map { pad(String(format: "%.1f %%", $0 * 100), 12) } ?? "")
}

/// `/proc/loadavg`'s three averages.
func loadAverage() -> String {
    ((try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8)) ?? "?").split(separator: " ").prefix(3).joined(separator: " ")
}

/// The synthetic catalogue at `folder` (schemas and taxonomy copied from `source`, the
/// entries written as files), reused when a previous run wrote the same one.
private func writeSyntheticCatalogue(generator: SyntheticSuppliers, count: Int, source: String, into folder: String) throws -> String {
    let marker = (folder as NSString).appendingPathComponent(".complete")
    let stamp = "\(count) \(generator.today) \(generator.seed)\n"
    if (try? String(contentsOfFile: marker, encoding: .utf8)) == stamp {
        print("catalogue: \(folder) (reused)")
        return folder
    }
    let watch = Stopwatch()
    let manager = FileManager.default
    try? manager.removeItem(atPath: folder)
    let suppliers = (folder as NSString).appendingPathComponent("suppliers")
    try manager.createDirectory(atPath: suppliers, withIntermediateDirectories: true)
    try manager.copyItem(atPath: (source as NSString).appendingPathComponent("schema"), toPath: (folder as NSString).appendingPathComponent("schema"))
    try manager.copyItem(atPath: (source as NSString).appendingPathComponent("taxonomy.xml"), toPath: (folder as NSString).appendingPathComponent("taxonomy.xml"))
    let written = parallelMap(count) { index -> Bool in
        let path = (suppliers as NSString).appendingPathComponent("synthetic-\(index).xml")
        return FileManager.default.createFile(atPath: path, contents: Data(generator.document(index).utf8))
    }
    guard written.allSatisfy({ $0 }) else { throw BenchmarkFailure("cannot write the entries under \(suppliers)") }
    try stamp.write(toFile: marker, atomically: true, encoding: .utf8)
    print("catalogue: \(folder) (\(count) entries written in \(watch.seconds.formatted2) s)")
    return folder
}

/// A running `alucat serve` and what its start-up said.
final class PortalServer {
    let process: Process
    let port: Int
    let startupSeconds: Double
    /// The server's own "catalogue phases" log line (folder, load, published, directory).
    let phases: String
    let log: String

    private init(process: Process, port: Int, startupSeconds: Double, phases: String, log: String) {
        self.process = process
        self.port = port
        self.startupSeconds = startupSeconds
        self.phases = phases
        self.log = log
    }

    /// Spawns `alucat serve --port 0 --refresh 0 --catalog DIR`, its log to a file (a
    /// pipe nobody drains would stop it), and waits for "ready at http://…:PORT/".
    static func start(alucat: String, catalog: String, log: String, extra: [String] = []) throws -> PortalServer {
        _ = FileManager.default.createFile(atPath: log, contents: nil)
        guard let handle = FileHandle(forWritingAtPath: log) else { throw BenchmarkFailure("cannot write \(log)") }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: alucat)
        process.arguments = ["serve", "--port", "0", "--refresh", "0", "--catalog", catalog] + extra
        process.standardOutput = FileHandle.nullDevice
        process.standardError = handle
        let watch = Stopwatch()
        try process.run()
        try? handle.close()
        while true {
            let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
            if let range = text.range(of: "ready at http://127.0.0.1:") {
                let seconds = watch.seconds
                let port = Int(text[range.upperBound...].prefix { $0.isNumber }) ?? 0
                let phases = text.split(separator: "\n").first { $0.contains("catalogue phases") }
                    .map { line in line.split(separator: " ").filter { $0.contains("=") }.joined(separator: " ") } ?? "(not logged)"
                return PortalServer(process: process, port: port, startupSeconds: seconds, phases: phases, log: log)
            }
            guard process.isRunning else { throw BenchmarkFailure("alucat serve exited before it was ready:\n\(text)") }
            guard watch.seconds < 300 else {
                process.terminate()
                throw BenchmarkFailure("alucat serve not ready after 300 s")
            }
            usleep(2_000)
        }
    }

    /// The response cache's hits and misses since the server started, from `/readyz`
    /// (read with curl; zeros when it cannot be read).
    func cacheCounts() -> (hits: Int, misses: Int) {
        let curl = Process()
        curl.executableURL = URL(fileURLWithPath: "/usr/bin/curl")
        curl.arguments = ["-s", "--max-time", "10", "http://127.0.0.1:\(port)/readyz"]
        let output = Pipe()
        curl.standardOutput = output
        guard (try? curl.run()) != nil else { return (0, 0) }
        let data = output.fileHandleForReading.readDataToEndOfFile()
        curl.waitUntilExit()
        struct Ready: Decodable { struct Cache: Decodable { var hits: Int; var misses: Int }; var responseCache: Cache }
        guard let ready = try? JSONDecoder().decode(Ready.self, from: data) else { return (0, 0) }
        return (ready.responseCache.hits, ready.responseCache.misses)
    }

    /// VmRSS and VmHWM of the server, in MB.
    func memory() -> (rss: Int, hwm: Int) {
        let status = (try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8)) ?? ""
        func field(_ name: String) -> Int {
            guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
            return (Int(line.split(separator: " ").dropFirst().first ?? "") ?? 0) / 1024
        }
        return (field("VmRSS"), field("VmHWM"))
    }

    func stop() {
        guard process.isRunning else { return }
        process.terminate()
        process.waitUntilExit()
    }
}

/// The same work as the search and supplier requests, in this process without HTTP:
/// what one request costs the server's CPU.
private func measureInProcess(directory: Directory, sets: PortalURLSets, repeats: Int) {
    var searchTimes: [Double] = [], pageTimes: [Double] = [], supplierTimes: [Double] = []
    for _ in 0..<repeats {
        for (query, language) in sets.queries {
            var cpu = processCPUSeconds()
            let result = directory.search(query)
            searchTimes.append(processCPUSeconds() - cpu)
            cpu = processCPUSeconds()
            _ = DirectoryPages.search(result: result, directory: directory, language: language)
            pageTimes.append(processCPUSeconds() - cpu)
        }
        for k in 0..<sets.queries.count {
            let cpu = processCPUSeconds()
            _ = DirectoryPages.supplier(directory.suppliers[(k * 7919) % directory.suppliers.count], directory: directory,
                                        language: PortalLanguage.allCases[k % PortalLanguage.allCases.count])
            supplierTimes.append(processCPUSeconds() - cpu)
        }
    }
    func microseconds(_ times: [Double]) -> String {
        let sorted = times.sorted()
        func at(_ p: Double) -> String { String(format: "%.0f", sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))] * 1e6) }
        return "mean " + String(format: "%.0f", times.reduce(0, +) / Double(max(1, times.count)) * 1e6) + ", p50 " + at(0.5) + ", p90 " + at(0.9) + ", p99 " + at(0.99) + " µs"
    }
    print("in process, CPU per request (\(searchTimes.count) each): search \(microseconds(searchTimes)); its page \(microseconds(pageTimes)); supplier page \(microseconds(supplierTimes))")
}
