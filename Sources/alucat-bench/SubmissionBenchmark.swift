import AluCatalog
import AluIntake
import AluPortalState
import AluXML
import ArgumentParser
import Foundation
import Synchronization

struct SubmissionBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "submissions",
        abstract: "Issue 11: portal submissions validated and stored (saveDraft + submit), approvals, with the live index and without, sequential and concurrent.",
        discussion: """
            Copies the catalogue (--catalog, its entries; or its schemas and taxonomy with \
            --synthetic N generated entries) into a scratch folder under --out with a fresh \
            portal data folder, makes one supplier account per entry used and one reviewer, \
            the real way (invitation, then acceptance: bcrypt at PortalStoreConfiguration.testing's \
            cost 4, not the service's 12), and times, in alternating rounds: anchors (XSD of \
            one entry, the pipeline of one entry, intake.check with and without the index, an \
            atomic file write, loadAll), --count saveDraft + submit of a changed entry with the \
            live CatalogIndex (as the portal does) and as many without (nil: the store loads \
            the catalogue each time), claim + approve of each, then the same from --tasks \
            threads at once. Prints p50, p99 and max, throughput, and VmHWM.
            """)

    @Option(help: "Submissions per mode (with the index, without), spread over the rounds.") var count = 200
    @Option(help: "Alternating rounds.") var rounds = 3
    @Option(help: "The catalogue to copy (entries, schemas, taxonomy).") var catalog = "catalog"
    @Option(help: "Generate this many synthetic entries instead of copying the catalogue's.") var synthetic: Int?
    @Option(help: "Concurrent submitters (and reviewers) in the concurrent part.") var tasks = 8
    @Option(help: "Where the scratch catalogue and data folder go (removed at the end).") var out = "bench-out"

    func validate() throws {
        guard count >= 1, rounds >= 1, tasks >= 1 else { throw ValidationError("--count, --rounds and --tasks must be at least 1") }
        if let synthetic, synthetic < 1 { throw ValidationError("--synthetic must be at least 1") }
    }

    func run() throws {
        try SubmissionBenchmark(
            count: count, rounds: rounds, catalog: catalog, synthetic: synthetic, tasks: tasks, workDirectory: out
        ).run()
    }
}

/// The portal's submission path timed on a private catalogue: see ``SubmissionBench``.
struct SubmissionBenchmark {
    let count: Int
    let rounds: Int
    let catalog: String
    let synthetic: Int?
    let tasks: Int
    let workDirectory: String

    static let today = CalendarDay(year: 2026, month: 11, day: 22)

    func run() throws {
        let scratch = (workDirectory as NSString).appendingPathComponent("submissions-\(getpid())")
        let fm = FileManager.default
        try? fm.removeItem(atPath: scratch)
        // Removed once the portal state is closed (its database released below).
        defer { try? fm.removeItem(atPath: scratch) }
        try measure(scratch)
    }

    private func measure(_ scratch: String) throws {
        let setup = Stopwatch()
        let bed = try SubmissionBed(scratch: scratch, catalog: catalog, synthetic: synthetic, accounts: count, today: Self.today)
        let setupSeconds = setup.seconds
        let afterSetup = peakMemory()

        var table = LatencyTable()
        for seconds in bed.accountSeconds { table.add(LatencyTable.account, seconds) }
        var serial = 0
        // One at a time: anchors, then both modes in alternating order, then approvals.
        for round in 0..<rounds {
            try bed.anchors(into: &table, cheap: 50, costly: 5)
            var pending: [Bool: [Submission]] = [:]
            for withIndex in modes(round) {
                for _ in 0..<perRound(round) {
                    let times = try bed.submitOne(serial, tag: "\(round)-\(serial)", withIndex: withIndex)
                    table.add(LatencyTable.saveDraft, withIndex, times.saveDraft)
                    table.add(LatencyTable.submit, withIndex, times.submit)
                    table.add(LatencyTable.submission, withIndex, times.saveDraft + times.submit)
                    pending[withIndex, default: []].append(times.submission)
                    serial += 1
                }
            }
            for k in 0..<perRound(round) {
                for withIndex in modes(round + k) {
                    guard let made = pending[withIndex], k < made.count else { continue }
                    let submission = made[k]
                    let times = try bed.approveOne(submission, withIndex: withIndex)
                    table.add(LatencyTable.claim, withIndex, times.claim)
                    table.add(LatencyTable.approve, withIndex, times.approve)
                    table.add(LatencyTable.approval, withIndex, times.claim + times.approve)
                    if withIndex { table.add(LatencyTable.refresh, true, times.refresh) }
                }
            }
        }

        // --tasks threads at once: submitters, then reviewers.
        var submitRates: [Bool: [Double]] = [:], approveRates: [Bool: [Double]] = [:]
        let tasks = self.tasks
        for round in 0..<rounds {
            var pending: [Bool: [Submission]] = [:]
            for withIndex in modes(round) {
                let range = serial..<(serial + perRound(round))
                serial = range.upperBound
                let (results, seconds) = try onThreads(tasks) { t in
                    try range.filter { $0 % bed.suppliers.count % tasks == t }.map { serial in
                        try bed.submitOne(serial, tag: "c\(round)-\(serial)", withIndex: withIndex)
                    }
                }
                for times in results.joined() {
                    table.add("concurrent " + LatencyTable.submission, withIndex, times.saveDraft + times.submit)
                    pending[withIndex, default: []].append(times.submission)
                }
                submitRates[withIndex, default: []].append(Double(range.count) / seconds)
            }
            for withIndex in modes(round) {
                let submissions = pending[withIndex] ?? []
                let slot = Dictionary(uniqueKeysWithValues: bed.suppliers.enumerated().map { ($1.id, $0 % tasks) })
                let (results, seconds) = try onThreads(tasks) { t in
                    try submissions.filter { slot[$0.supplierID] == t }.map { try bed.approveOne($0, withIndex: withIndex) }
                }
                for times in results.joined() {
                    table.add("concurrent " + LatencyTable.approval, withIndex, times.claim + times.approve)
                }
                approveRates[withIndex, default: []].append(Double(submissions.count) / seconds)
            }
        }

        let kind = synthetic.map { "\($0) synthetic entries (schemas and taxonomy of \(catalog))" } ?? "a copy of \(catalog)"
        print("submissions on \(kind): \(bed.entryCount) entries, \(bed.suppliers.count) suppliers submitting, each with its own account")
        print("\(count) submissions per mode over \(rounds) alternating rounds, then the same from \(tasks) threads; \(ProcessInfo.processInfo.activeProcessorCount) cores; catalogue day \(Self.today)")
        print("accounts made by invitation + acceptance, bcrypt cost \(bed.store.configuration.bcryptCost) (PortalStoreConfiguration.testing; the service's is 12); set-up \(String(format: "%.2f", setupSeconds)) s")
        print("")
        table.print(concurrent: [
            (operation: LatencyTable.submission, tasks: tasks, throughput: submitRates),
            (operation: LatencyTable.approval, tasks: tasks, throughput: approveRates),
        ])
        print("")
        let end = peakMemory()
        print("memory: VmHWM \(afterSetup.hwm) MB after set-up, \(end.hwm) MB at the end (VmRSS \(end.rss) MB)")
        let collisions = bed.collisions.withLock { $0 }
        if collisions > 0 { print("approvals tried again (another decision on the same supplier under way): \(collisions)") }
    }

    /// Submissions per mode in `round`: --count spread over the rounds.
    private func perRound(_ round: Int) -> Int { count / rounds + (round < count % rounds ? 1 : 0) }

    /// With the index first in even rounds, without first in odd ones.
    private func modes(_ round: Int) -> [Bool] { round % 2 == 0 ? [true, false] : [false, true] }
}

/// VmRSS and VmHWM of this process, in MB, from /proc/self/status.
func peakMemory() -> (rss: Int, hwm: Int) {
    guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return (0, 0) }
    func field(_ name: String) -> Int {
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix(name + ":") }) else { return 0 }
        return (Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" })[1]) ?? 0) / 1024
    }
    return (field("VmRSS"), field("VmHWM"))
}
