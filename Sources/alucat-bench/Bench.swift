import ArgumentParser
import Foundation

/// Release-mode benchmarks. Each prints its figures beside the tools a user would
/// otherwise use, on the same data. Build with `swift build -c release`.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "alucat-bench",
        abstract: "AluCat benchmarks (run from a release build; figures printed, no pass/fail).",
        subcommands: [ValidateBench.self, UpsertBench.self, ODSBench.self, PacketBench.self, PhaseBench.self, DirectoryBench.self, PortalBench.self, SubmissionBench.self]
    )
}

/// The synthetic catalogue a benchmark runs on: how many entries, which schemas and
/// taxonomy, where the generated files go.
struct SyntheticOptions: ParsableArguments {
    @Option(help: "Number of synthetic supplier entries.") var count = 20_000
    @Option(help: "The catalogue whose schemas and taxonomy to use.") var catalog = "catalog"
    @Option(help: "Scratch folder for the generated entries.") var out = "bench-out"
}

struct ValidateBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Time `alucat validate` on N synthetic entries (XSD + rules, all cores) beside xmllint --schema.")

    @OptionGroup var synthetic: SyntheticOptions
    @Option(help: "Timed runs of each tool, alternated (best and median printed).") var runs = 5

    func validate() throws {
        guard runs >= 1 else { throw ValidationError("--runs must be at least 1") }
    }

    func run() throws {
        try runValidationBenchmark(count: synthetic.count, runs: runs, catalog: synthetic.catalog, workDirectory: synthetic.out)
    }
}

struct UpsertBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "upsert",
        abstract: "Time the upsert of one entry into an index of N synthetic entries beside a full reload.")

    @OptionGroup var synthetic: SyntheticOptions
    @Option(help: "Rounds, alternated: upserts then a full reload (best and median printed).") var runs = 5

    func validate() throws {
        guard runs >= 1, synthetic.count >= 1 else { throw ValidationError("--runs and --count must be at least 1") }
    }

    func run() throws {
        try runUpsertBenchmark(count: synthetic.count, runs: runs, catalog: synthetic.catalog, workDirectory: synthetic.out)
    }
}

struct ODSBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ods",
        abstract: "Write N supplier-like rows as ODS beside the zlib floor, LibreOffice and odfpy.")

    @Option(help: "Rows of 12 columns.") var rows = 100_000
    @Option(help: "Output folder.") var out = "bench-out"
    @Option(help: "Deflate level (1–9).") var level = 6
    @Option(help: "Rows for the odfpy comparison (odfpy is slow; its time is scaled).") var odfpyRows = 20_000

    func run() throws {
        try runODSBenchmark(rows: rows, outputDirectory: out, compressionLevel: level, odfpyRows: odfpyRows)
    }
}

struct PacketBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "packet",
        abstract: "Build a four-language packet for N synthetic suppliers; print wall time and peak memory.")

    @Option(help: "Number of synthetic suppliers.") var suppliers = 2_000
    @Option(help: "The catalogue whose schemas and taxonomy to use.") var catalog = "catalog"
    @Option(help: "Scratch folder.") var out = "bench-out"

    func run() throws {
        try runPacketBenchmark(count: suppliers, catalog: catalog, workDirectory: out)
    }
}

struct PhaseBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "phases",
        abstract: "Time the validation pipeline's phases on a folder of entries (to find where time goes).")

    @Argument(help: "A folder of supplier entries.") var directory: String
    @Option(help: "The catalogue whose schemas and taxonomy to use.") var catalog = "catalog"

    func run() throws {
        try runPhaseProbe(directory: directory, catalog: catalog)
    }
}

struct DirectoryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "directory",
        abstract: "Time the public directory's indexed search on N synthetic suppliers (build, memory, latency per query kind, upsert, new day).")

    @OptionGroup var synthetic: SyntheticOptions
    @Option(help: "Suppliers for the reference search, the anchor.") var referenceCount = 1_000
    @Option(help: "Alternating rounds over the query kinds.") var rounds = 5
    @Option(help: "Queries per kind per round.") var perRound = 200

    func run() throws {
        try runDirectoryBenchmark(count: synthetic.count, referenceCount: referenceCount, rounds: rounds, perRound: perRound, catalog: synthetic.catalog)
    }
}

struct PortalBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "portal",
        abstract: "Issue 10: alucat serve on N synthetic entries under wrk (search, supplier page, API search, each beside /healthz); start-up, memory, goals.",
        discussion: """
            Writes N synthetic suppliers as XML files into a catalogue under --out (reused when \
            unchanged), starts the release `alucat serve --port 0 --refresh 0` on it (--startups \
            times, spawn to "ready"), then runs alternating rounds of Debian's wrk on loopback: \
            /healthz, search (text + two facets), /healthz, supplier page, /healthz, API search, \
            each kind cycling through --distinct paths with a Lua script. Build both products in \
            release mode first.
            """)

    @OptionGroup var synthetic: SyntheticOptions
    @Option(help: "Alternating rounds of the three kinds, each beside /healthz.") var rounds = 3
    @Option(help: "Spawns of the server timed from spawn to ready (the last one is measured).") var startups = 3
    @Option(help: "Distinct paths per kind (searches that find nothing are skipped).") var distinct = 600
    @Option(help: "wrk threads.") var threads = 2
    @Option(help: "wrk connections.") var connections = 64
    @Option(help: "Seconds per wrk run.") var duration = 10
    @Option(help: "The wrk executable.") var wrk = "/usr/bin/wrk"
    @Flag(help: "Also time the start-up's phases in this process (wall and CPU).") var phases = false
    @Flag(help: "Only the start-up phases and the spawns: no wrk rounds.") var startupOnly = false
    @Option(help: "Only the in-process timing of search, page and supplier page, over the paths this many times (no server, no wrk): a loop to profile.") var inProcessOnly: Int?

    func validate() throws {
        guard rounds >= 1, startups >= 1, distinct >= 1, synthetic.count >= 1, duration >= 1 else {
            throw ValidationError("--rounds, --startups, --distinct, --count and --duration must be at least 1")
        }
    }

    func run() throws {
        try runPortalBenchmark(PortalBenchmarkOptions(
            count: synthetic.count, catalog: synthetic.catalog, workDirectory: synthetic.out, rounds: rounds,
            startups: startups, distinct: distinct, phases: phases || startupOnly, startupOnly: startupOnly, inProcessOnly: inProcessOnly,
            wrk: Wrk(executable: wrk, threads: threads, connections: connections, seconds: duration)))
    }
}
