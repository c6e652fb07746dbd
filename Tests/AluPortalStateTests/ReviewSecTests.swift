import AluPortalState
import Foundation
import Testing

/// Review of the password change, the sessions list and the sendmail delivery
/// (commits after b357ac5): each test here states what should hold.
@Suite("Review: own security and mail delivery")
struct ReviewSecTests {
    static let newPassword = "un tout nouveau secret de fonderie"

    // MARK: - Sessions

    @Test("changing the password (one factor given again) does not restart the absolute lifetime of a staff session signed in with two")
    func passwordChangeKeepsAbsoluteLifetime() throws {
        let fixture = try Fixture()
        try fixture.account("relecteur@grappe-aluminium.example", .reviewer)
        guard case .signedIn(let pending) = try fixture.state.signIn(email: "relecteur@grappe-aluminium.example", password: Fixture.password, address: "192.0.2.20") else {
            Issue.record("sign-in refused"); return
        }
        let full = try #require(try fixture.state.completeMFA(token: pending.token.value, address: "192.0.2.20"))
        // Used every 20 minutes (never idle) for 11 h 40 min of its 12 h.
        for _ in 0..<35 {
            fixture.clock.advance(20 * 60)
            #expect(try fixture.state.touch(token: full.token.value))
        }
        guard case .done(let grant) = try fixture.state.changePassword(
            token: full.token.value, current: Fixture.password, new: Self.newPassword, address: "192.0.2.20") else {
            Issue.record("the change was refused"); return
        }
        // 40 more minutes, still used: 12 h 20 min since the second factor was last given.
        for _ in 0..<2 {
            fixture.clock.advance(20 * 60)
            try fixture.state.touch(token: grant.token.value)
        }
        #expect(try fixture.state.session(token: grant.token.value) == nil,
                "the session outlived the 12 h absolute lifetime: the password alone renewed it without the second factor")
    }

    @Test("the list of sessions and the end form ignore a session id of another account even when it is the asker's own rowid + N")
    func foreignIDsNeverEnd() throws {
        let fixture = try Fixture()
        try fixture.account("a@electro-saguenay.example")
        try fixture.account("b@electro-saguenay.example")
        guard case .signedIn(let a) = try fixture.state.signIn(email: "a@electro-saguenay.example", password: Fixture.password, address: "192.0.2.1"),
              case .signedIn(let b) = try fixture.state.signIn(email: "b@electro-saguenay.example", password: Fixture.password, address: "192.0.2.2") else {
            Issue.record("sign-in refused"); return
        }
        var token = a.token.value
        for id: Int64 in [Int64.max, Int64.min, -1, 0, 1, 2, 3, 4] {
            guard case .done(let ended) = try fixture.state.endSessions(id, token: token, password: Fixture.password, address: "192.0.2.1") else {
                Issue.record("refused"); return
            }
            #expect(ended.count == 0, "id \(id) ended \(ended.count)")
            token = ended.grant.token.value
        }
        #expect(try fixture.state.session(token: b.token.value) != nil)
        #expect(try fixture.state.session(token: token) != nil)
    }

    // MARK: - Mail

    /// Runs `work` on its own thread; false when it has not returned within `seconds`
    /// (the thread is left to finish on its own).
    static func returns(within seconds: Double, _ work: @escaping @Sendable () -> Void) -> Bool {
        let done = DispatchSemaphore(value: 0)
        Thread {
            work()
            done.signal()
        }.start()
        return done.wait(timeout: .now() + seconds) == .success
    }

    static func script(_ body: String) throws -> (folder: String, path: String) {
        try MailTests.sendmailScript { _ in body }
    }

    @Test("a mail command that never ends does not hold the delivery (and a thread of the blocking pool) forever")
    func sendmailThatHangs() throws {
        // Reads the message, then hangs (a relay that never answers).
        let (_, script) = try Self.script("cat > /dev/null\nexec sleep 25\n")
        let message = try MailTests.largeMessage()
        let failure = Locked<PortalStateError?>(nil)
        let finished = Self.returns(within: 10) {
            do throws(PortalStateError) { try MailOutbox(.sendmail(script), timeout: 2).deliver(message) } catch { failure.set(error) }
        }
        #expect(finished, "deliver() still waiting for the mail command after 10 s: no timeout, the calling thread is stuck")
        guard case .sendmailTimedOut(script, 2)? = failure.value else { Issue.record("\(String(describing: failure.value))"); return }
        #expect(failure.value?.text("fr") == "la commande d'envoi \(script) n'a pas terminé en 2 s : elle a été arrêtée, le message n'est pas parti")
    }

    @Test("a mail command that exits at once but leaves a child holding its output does not hold the delivery")
    func sendmailLeavesAChild() throws {
        let (_, script) = try Self.script("cat > /dev/null\nsleep 25 &\nexit 0\n")
        let message = try MailTests.largeMessage()
        let failure = Locked<PortalStateError?>(nil)
        let finished = Self.returns(within: 10) {
            do throws(PortalStateError) { try MailOutbox(.sendmail(script)).deliver(message) } catch { failure.set(error) }
        }
        #expect(finished, "deliver() waits for a background child of the mail command that keeps its stdout open")
        #expect(failure.value == nil, "the command exited 0 having read the message: \(String(describing: failure.value))")
    }

    @Test("deliveries at once to a command that reads to the end all finish (no pipe end leaks into another mail command)")
    func concurrentDeliveries() throws {
        let (folder, script) = try Self.script("cat > \"$(dirname \"$0\")/out.$$\"\n")
        let message = try MailTests.largeMessage()
        let finished = Self.returns(within: 60) {
            DispatchQueue.concurrentPerform(iterations: 8) { _ in
                do { try MailOutbox(.sendmail(script)).deliver(message) } catch { Issue.record("\(error)") }
            }
        }
        #expect(finished, "concurrent deliveries deadlocked")
        let outputs = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasPrefix("out.") }
        #expect(outputs.count == 8)
        for name in outputs {
            #expect(FileManager.default.contents(atPath: folder + "/" + name).map { [UInt8]($0) } == message.bytes)
        }
    }

    @Test("a command that closes its output first and then reads is delivered; SIGPIPE stays as it was on the calling thread")
    func closesOutputEarly() throws {
        let (folder, script) = try Self.script("exec >&- 2>&-\ncat > \"$(dirname \"$0\")/in\"\n")
        let message = try MailTests.largeMessage()
        var before = sigset_t(), after = sigset_t()
        pthread_sigmask(SIG_SETMASK, nil, &before)
        try MailOutbox(.sendmail(script)).deliver(message)
        #expect(throws: PortalStateError.self) { try MailOutbox(.sendmail("/bin/false")).deliver(message) }
        pthread_sigmask(SIG_SETMASK, nil, &after)
        #expect(sigismember(&before, SIGPIPE) == sigismember(&after, SIGPIPE))
        var pending = sigset_t()
        sigpending(&pending)
        #expect(sigismember(&pending, SIGPIPE) == 0)
        #expect(FileManager.default.contents(atPath: folder + "/in").map { [UInt8]($0) } == message.bytes)
    }
}

/// A value shared with the thread a test starts.
final class Locked<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Value
    init(_ value: Value) { stored = value }
    var value: Value { lock.withLock { stored } }
    func set(_ value: Value) { lock.withLock { stored = value } }
}
