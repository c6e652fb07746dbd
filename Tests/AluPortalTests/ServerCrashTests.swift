import AluCatalog
import AluDirectory
import AluPortalPages
import AluPortalState
import AluTestSupport
import Foundation
import HummingbirdOTP
import Logging
import Testing
@testable import AluPortal
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `alucat serve` killed with SIGKILL at random moments while reviewers approve over
/// HTTP, then started again on the same data folder (start-up runs the store's
/// recovery). After every restart: each submission is approved (with its one
/// `approved` event, its supplier's file holding the last approved entry) or still
/// pending (and approvable: the pending ones are fired again in the next round, and
/// all of them at the end without a kill); every supplier file parses and validates,
/// no temporary file is left beside them, and SQLite's integrity check is ok.
///
/// The test process opens the same data folder itself (SQLite in WAL mode allows it)
/// to make the accounts, drafts and submissions, and a reviewer's session with its
/// second factor done: the session token and CSRF token the approve posts carry.
/// The seed is printed; `ALUCAT_CRASH_SEED=N` replays a run.
@Suite("The server killed during approvals", .serialized)
struct ServerCrashTests {
    static let rounds = 6
    static let batch = 12
    static let reviewer = "revue@grappe.example"
    static let password = "correct horse battery staple"

    @Test("SIGKILL of the server at random moments during concurrent approve posts, 6 rounds of 12 suppliers: after each restart every submission is approved with its event and file or still pending, files whole, no temporary file, integrity ok; the pending ones approve after the last restart")
    func killedServerRecovers() async throws {
        guard TestPackage.alucat != nil else {
            if TestPackage.isCI { Issue.record("the alucat executable is not built") }
            return
        }
        let seed = ProcessInfo.processInfo.environment["ALUCAT_CRASH_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64(UInt32.max))
        print("server crash test: seed \(seed) (ALUCAT_CRASH_SEED=\(seed) replays its delays)")
        var dice = SplitMix64(seed: seed)  // the kill delays from one printed seed

        let folder = temporaryDirectory("server-crash-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let catalog = folder + "/catalog", data = folder + "/data"
        try FileManager.default.copyItem(atPath: TestPackage.catalog, toPath: catalog)

        // The test's own view of the state: the portal's parts on the same folders, never served.
        var configuration = PortalConfiguration(
            catalogRoot: URL(fileURLWithPath: catalog), dataDirectory: URL(fileURLWithPath: data), store: .testing)
        configuration.announce = { _ in }
        let local = try assemblePortal(configuration, logger: Logger(label: "server-crash-test"))
        let store = local.accounts.store
        let original = local.state.catalog.index
        let suppliers = Array(original.entries.filter(\.isValid).map(\.id).prefix(Self.batch))
        try #require(suppliers.count == Self.batch)
        var people: [String: Caller] = [:]
        for id in suppliers {
            let link = try store.invite(email: "contact@\(id).example", role: .supplier, supplierID: id, language: "fr", by: .system)
            people[id] = Caller(account: try store.acceptInvitation(token: link.token.value, password: Self.password, caller: .system), address: "127.0.0.1")
        }
        let invitation = try store.invite(email: Self.reviewer, role: .reviewer, supplierID: nil, language: "fr", by: .system)
        let reviewer = Caller(account: try store.acceptInvitation(token: invitation.token.value, password: Self.password, caller: .system), address: "127.0.0.1")
        let session = try Self.reviewerSession(store)

        var made: [Int64] = []            // every submission, in order
        var lastMade: [String: (id: Int64, membership: String)] = [:]
        var markers: [Int64: String] = [:]  // the membership each submission added
        var totals = (approvedBeforeKill: 0, completed: 0, reverted: 0, accepted: 0)
        var server = try ServedPortal(catalog: catalog, data: URL(fileURLWithPath: data))
        defer { _ = server.terminate() }

        for round in 0..<Self.rounds {
            // A new version for each supplier with nothing pending (a membership changed).
            let pendingNow = Set(try store.pending(by: reviewer).map(\.supplierID))
            for id in suppliers where !pendingNow.contains(id) {
                var entry = try #require(original.supplier(id: id))
                let membership = "Essai \(round)-\(UUID().uuidString.prefix(8))"
                entry.memberships = entry.memberships + [membership]
                let caller = try #require(people[id])
                let draft = try store.saveDraft(Array(SupplierXMLWriter.document(entry).utf8), fileName: "\(id).xml", by: caller)
                let submitted = try store.submit(draft.id, by: caller)
                made.append(submitted.id)
                lastMade[id] = (submitted.id, membership)
                markers[submitted.id] = membership
            }
            let pending = try store.pending(by: reviewer)
            #expect(pending.count == Self.batch, "round \(round): \(pending.count) pending")

            // Every pending one approved at once, the server killed after a random delay.
            // 12 approvals take about half a second here: the kill falls before, among or just after them.
            let delay = 60 + Int(dice.next() % 540)
            let base = server.base, port = server.port
            let posts = Task { await Self.approveAll(pending, base: base, origin: "http://127.0.0.1:\(port)", session: session) }
            try await Task.sleep(for: .milliseconds(delay))
            server.crash()
            let statuses = await posts.value
            let pendingAfterKill = try store.pending(by: reviewer).count
            server = try ServedPortal(catalog: catalog, data: URL(fileURLWithPath: data))
            let recovered = Self.recovery(in: server.log)
            totals.completed += recovered.completed
            totals.reverted += recovered.reverted
            totals.accepted += statuses.filter { $0 == 303 || $0 == 200 }.count
            totals.approvedBeforeKill += Self.batch - pendingAfterKill
            print("server crash test: round \(round), killed after \(delay) ms: \(statuses.filter { $0 == 303 || $0 == 200 }.count) approvals answered, "
                  + "\(recovered.completed) completed and \(recovered.reverted) undone at restart")
            let published = try Self.checkInvariants(store, catalog: catalog, made: made, reviewer: reviewer, round: round, seed: seed)
            // The restarted server serves what its recovery finished, not the files as they were before it.
            for (id, submission) in published {
                let served = try await Self.get("\(server.base)/api/v1/suppliers/\(id)")
                #expect(served.contains(markers[submission.id] ?? "?"),
                        "seed \(seed), round \(round): the restarted server does not serve \(id)'s approved submission \(submission.id)")
            }
        }

        // After the last restart, nothing kills the server: every pending one approves.
        let left = try store.pending(by: reviewer)
        let statuses = await Self.approveAll(left, base: server.base, origin: "http://127.0.0.1:\(server.port)", session: session)
        #expect(statuses.allSatisfy { $0 == 303 || $0 == 200 }, "seed \(seed): approvals after the last restart answered \(statuses)")
        #expect(try store.pending(by: reviewer).isEmpty, "seed \(seed): still pending after approving them all")
        _ = try Self.checkInvariants(store, catalog: catalog, made: made, reviewer: reviewer, round: Self.rounds, seed: seed)
        // Each supplier's file holds its last submission, and the live directory serves it.
        for id in suppliers {
            let last = try store.submission(try #require(lastMade[id]).id, by: reviewer)
            #expect(last.state == .approved)
            #expect(try store.catalogueHolds(last), "seed \(seed): \(id).xml does not hold its last submission \(last.id)")
        }
        let marker = try #require(lastMade[suppliers[0]]).membership
        #expect(try await Self.get("\(server.base)/api/v1/suppliers/\(suppliers[0])").contains(marker), "the restarted server does not serve \(suppliers[0])'s last approval")
        print("server crash test: \(Self.rounds) kills, \(made.count) submissions, \(totals.accepted) approvals answered before kills, "
              + "\(totals.completed) completed and \(totals.reverted) undone at restarts")
        // Some kill fell among the approvals: some got through before it, or one was cut and undone.
        #expect(totals.approvedBeforeKill + totals.completed + totals.reverted > 0, "seed \(seed): every kill missed the approvals")
        #expect(server.terminate() == 0)
    }

    // MARK: - Helpers

    /// The reviewer's session: its password, then its TOTP code (enrolling), as the code page would.
    static func reviewerSession(_ store: PortalStore) throws -> (cookie: String, csrf: String) {
        guard case .signedIn(let grant) = try store.signIn(email: reviewer, password: password, address: "127.0.0.1") else {
            throw SignedInPortal.SignInFailed()
        }
        let outcome = try store.completeSecondFactor(token: grant.token.value, address: "127.0.0.1") { secret in
            let code = String(format: "%06d", TOTP(secret: secret).compute(date: Date()))
            return AccountRoutes.matchingStep(code, secret: secret, at: Date())
        }
        guard case .completed(let full) = outcome, let active = try store.session(token: full.token.value) else { throw SignedInPortal.SignInFailed() }
        return ("\(SessionCookies.session)=\(full.token.value)", active.csrfToken)
    }

    /// Posts the approval of each submission at once, as a reviewer's browser would;
    /// the status of each (0 when the connection broke: the server was killed).
    static func approveAll(_ submissions: [Submission], base: String, origin: String, session: (cookie: String, csrf: String)) async -> [Int] {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.httpShouldSetCookies = false
        configuration.timeoutIntervalForRequest = 20
        let http = URLSession(configuration: configuration, delegate: NoRedirects(), delegateQueue: nil)
        return await withTaskGroup(of: Int.self) { group in
            for submission in submissions {
                group.addTask {
                    var request = URLRequest(url: URL(string: base + PortalPaths.approve(.fr, submission.id))!)
                    request.httpMethod = "POST"
                    request.setValue("application/x-www-form-urlencoded", forHTTPHeaderField: "Content-Type")
                    request.setValue(origin, forHTTPHeaderField: "Origin")
                    request.setValue(session.cookie, forHTTPHeaderField: "Cookie")
                    request.httpBody = Data("csrf=\(Visitor.encode(session.csrf))&revision=\(submission.revision)".utf8)
                    guard let (_, response) = try? await http.data(for: request) else { return 0 }
                    return (response as? HTTPURLResponse)?.statusCode ?? 0
                }
            }
            var statuses: [Int] = []
            for await status in group { statuses.append(status) }
            return statuses
        }
    }

    /// What the restarted server's recovery finished and undid, from its log line.
    static func recovery(in log: String) -> (completed: Int, reverted: Int) {
        guard let line = log.split(separator: "\n").first(where: { $0.contains("approvals interrupted") }) else { return (0, 0) }
        func count(_ key: String) -> Int {
            guard let range = line.range(of: key + "=[") else { return 0 }
            let list = line[range.upperBound...].prefix { $0 != "]" }
            return list.split(separator: ",").count
        }
        return (count("completed"), count("reverted"))
    }

    /// Checks the state and the files; returns each supplier's last approved submission.
    static func checkInvariants(
        _ store: PortalStore, catalog: String, made: [Int64], reviewer: Caller, round: Int, seed: UInt64
    ) throws -> [String: Submission] {
        let context = "seed \(seed), round \(round)"
        #expect(try store.database.integrityCheck() == ["ok"], "\(context)")
        var lastApproved: [String: Submission] = [:]
        for id in made {
            let submission = try store.submission(id, by: reviewer)
            let approvals = try store.events(id, by: reviewer).filter { $0.kind == .approved }
            switch submission.state {
            case .approved:
                #expect(approvals.count == 1, "\(context): submission \(id) approved with \(approvals.count) approved events")
                if let previous = lastApproved[submission.supplierID], (previous.decidedAt ?? .distantPast) > (submission.decidedAt ?? .distantPast) { continue }
                lastApproved[submission.supplierID] = submission
            case .pending:
                #expect(approvals.isEmpty, "\(context): submission \(id) pending with an approved event")
            default:
                Issue.record("\(context): submission \(id) is \(submission.state)")
            }
        }
        for (supplier, submission) in lastApproved {
            #expect(try store.catalogueHolds(submission), "\(context): \(supplier).xml does not hold its last approved submission \(submission.id)")
        }
        // Every file whole and valid; nothing temporary beside them.
        let folder = catalog + "/suppliers"
        let loader = try CatalogLoader(root: catalog, today: .today())
        let names = try FileManager.default.contentsOfDirectory(atPath: folder)
        #expect(names.filter { $0.hasPrefix(".") || $0.hasSuffix(".tmp") }.isEmpty, "\(context): \(names.sorted())")
        for name in names where name.hasSuffix(".xml") {
            let bytes = [UInt8](FileManager.default.contents(atPath: folder + "/" + name) ?? Data())
            let check = loader.validate(bytes: bytes, file: name)
            #expect(check.isValid, "\(context): \(name) is not a valid entry: \(check.diagnostics.prefix(3))")
        }
        return lastApproved
    }

    /// A GET's body as text ("" when it failed).
    static func get(_ url: String) async throws -> String {
        let (body, _) = try await URLSession(configuration: .ephemeral).data(from: URL(string: url)!)
        return String(decoding: body, as: UTF8.self)
    }
}

/// The approve answer itself (303 to the submission), not the page it leads to.
private final class NoRedirects: NSObject, URLSessionTaskDelegate, Sendable {
    func urlSession(
        _ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse, newRequest request: URLRequest,
        completionHandler: @escaping (URLRequest?) -> Void
    ) {
        completionHandler(nil)
    }
}

