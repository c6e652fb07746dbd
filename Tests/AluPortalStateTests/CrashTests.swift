import AluCatalog
import AluDiagnostics
import AluIntake
import AluPortalState
import AluTestSupport
import Foundation
import GRDB
import Testing

@Suite("Approvals killed at any moment")
struct CrashTests {
    static let suppliers = ["electro-saguenay", "automatisation-kenogami", "carbone-alma-technologies"]

    /// The built child: next to the test bundle, else in `.build/debug`.
    static var crasher: String? {
        var candidates: [String] = []
        if let bundle = Bundle.main.executableURL?.deletingLastPathComponent() {
            candidates.append(bundle.appendingPathComponent("alucat-portal-state-crasher").path)
        }
        let argument0 = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        candidates.append(argument0.appendingPathComponent("alucat-portal-state-crasher").path)
        candidates.append(argument0.deletingLastPathComponent().appendingPathComponent("alucat-portal-state-crasher").path)
        candidates.append("\(TestPackage.root)/.build/debug/alucat-portal-state-crasher")
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test("SIGKILL during approvals, 24 times: after recovery every submission is approved with its event and file, or pending; no partial file; integrity ok")
    func killedApprovalsRecover() throws {
        guard let crasher = Self.crasher else {
            if TestPackage.isCI { Issue.record("alucat-portal-state-crasher is not built") }
            return
        }
        var entries: [String: String] = [:]
        for id in Self.suppliers {
            entries[id] = String(decoding: FileManager.default.contents(atPath: TestPackage.catalog + "/suppliers/\(id).xml")!, as: UTF8.self)
        }
        let fixture = try Fixture(entries: entries)
        for id in Self.suppliers { try fixture.account("contact@\(id).example", supplier: id) }
        try fixture.account("evaluatrice@grappe.example", .reviewer)

        var generator = SplitMix(seed: 20261206)
        var completed = 0, reverted = 0, approvedBefore = 0
        let kills = 24
        for round in 0..<kills {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: crasher)
            process.arguments = [fixture.data, fixture.catalog] + Self.suppliers
            process.standardOutput = FileHandle.nullDevice
            let errors = Pipe()
            process.standardError = errors
            try process.run()
            usleep(UInt32(150_000 + generator.next() % 1_350_000))  // 0.15 to 1.5 s
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            #expect(process.terminationReason == .uncaughtSignal,
                    "round \(round): the child ended by itself: \(String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self))")

            // Restart: open, recover, check.
            let state = try fixture.reopened()
            let report = try state.recover()
            completed += report.completed.count
            reverted += report.reverted.count
            try checkInvariants(state, fixture, round: round)
            let approved = try state.database.pool.read { db in
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM submission WHERE state = 'approved'") ?? 0
            }
            #expect(approved >= approvedBefore)
            approvedBefore = approved
        }
        print("crash test: \(kills) kills, \(approvedBefore) approvals in all, \(completed) completed at recovery, \(reverted) reverted to pending")
        #expect(approvedBefore > kills / 2, "the child hardly got to approve anything")
    }

    func checkInvariants(_ state: PortalStore, _ fixture: Fixture, round: Int) throws {
        #expect(try state.database.integrityCheck() == ["ok"], "round \(round)")
        try state.database.pool.read { db in
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM approvalIntent") == 0, "round \(round): an intent survived recovery")
            let states = try String.fetchAll(db, sql: "SELECT DISTINCT state FROM submission")
            #expect(Set(states).isSubset(of: ["draft", "pending", "approved"]), "round \(round): \(states)")
            // Every approved submission has exactly one approval event and one audit line.
            let lonely = try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM submission s WHERE s.state = 'approved' AND (
                    (SELECT COUNT(*) FROM reviewEvent e WHERE e.submissionID = s.id AND e.kind = 'approved') != 1
                    OR (SELECT COUNT(*) FROM auditLog a WHERE a.target = 'submission:' || s.id AND a.action = 'submission.approved') != 1)
                """)
            #expect(lonely == 0, "round \(round): approved without its event or audit line")
            // No event says approved for a submission that is not.
            #expect(try Int.fetchOne(db, sql: """
                SELECT COUNT(*) FROM reviewEvent e JOIN submission s ON s.id = e.submissionID WHERE e.kind = 'approved' AND s.state != 'approved'
                """) == 0, "round \(round)")
        }
        let admin = Caller(account: try state.account(email: "evaluatrice@grappe.example"), address: "local")
        for id in Self.suppliers {
            // The catalogue file is whole, valid, and holds the last approved submission.
            let path = fixture.catalog + "/suppliers/\(id).xml"
            let bytes = [UInt8](FileManager.default.contents(atPath: path) ?? Data())
            let check = state.intake.loader.validate(bytes: bytes, file: path)
            #expect(check.isValid, "round \(round): \(id).xml is not a valid entry: \(check.diagnostics.map(\.description))")
            let lastApproved = try state.database.pool.read { db in
                try Int64.fetchOne(db, sql: """
                    SELECT e.submissionID FROM reviewEvent e JOIN submission s ON s.id = e.submissionID
                    WHERE e.kind = 'approved' AND s.supplierID = ? ORDER BY e.id DESC LIMIT 1
                    """, arguments: [id])
            }
            if let lastApproved {
                let submission = try state.submission(lastApproved, by: admin)
                #expect(try state.catalogueHolds(submission), "round \(round): \(id).xml does not hold approved submission \(lastApproved)")
            }
        }
        // No temporary file left beside the entries (the store's lock removed any).
        let names = try FileManager.default.contentsOfDirectory(atPath: fixture.catalog + "/suppliers")
        #expect(names.filter { $0.hasPrefix(".") }.isEmpty, "round \(round): \(names)")
        // Every kept version is whole.
        for id in Self.suppliers {
            let folder = fixture.catalog + "/suppliers/history/\(id)"
            for name in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where !name.hasPrefix(".") {
                let bytes = [UInt8](FileManager.default.contents(atPath: folder + "/" + name) ?? Data())
                #expect(state.intake.loader.validate(bytes: bytes, file: name).supplier != nil, "round \(round): history \(name) is partial")
            }
        }
    }
}

/// A small deterministic generator (SplitMix64), so a failing run can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt32 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return UInt32(truncatingIfNeeded: z ^ (z >> 31))
    }
}
