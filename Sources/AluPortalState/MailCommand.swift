import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One run of a sendmail-compatible command: the message written to its standard input,
/// what it prints collected, all within a deadline.
///
/// A mail command can misbehave in every way a pipe allows, and the portal must outlive
/// each: exit before reading (the write then fails with EPIPE instead of the process-wide
/// SIGPIPE), print a lot before reading (its output is drained on another thread while
/// we write), hang (killed at the deadline: delivery runs on the blocking pool that every
/// signed-in request also needs), or leave a background child holding its output (we stop
/// reading shortly after the command itself exits).
struct MailCommand {
    /// How a run ended.
    enum Outcome {
        /// Exited with this status; `unread` says why the message was not wholly written (nil: it was).
        case exited(status: Int32, output: String, unread: String?)
        /// Did not start.
        case notStarted(String)
        /// Still running at the deadline: killed.
        case timedOut
    }

    let executable: String
    let arguments: [String]
    let timeout: TimeInterval

    private static let spawnLock = NSLock()

    func run(input: [UInt8]) -> Outcome {
        // posix_spawn and waitpid rather than Foundation's Process: on Linux, Process learns
        // of the exit only once every descendant has closed what it inherited, so a child
        // left running in the background would hold the delivery.
        var toChild: [Int32] = [-1, -1], fromChild: [Int32] = [-1, -1]
        var pid: pid_t = 0
        // The pipes are made close-on-exec and the command started under one lock: two
        // deliveries at once must not leak their pipe ends into each other's command (a
        // leaked write end of a command's input would keep it waiting for the end of its
        // message). pipe2(O_CLOEXEC) would do it atomically, but Glibc's module hides it.
        let spawned: Int32 = Self.spawnLock.withLock {
            guard pipe(&toChild) == 0 else { return errno }
            guard pipe(&fromChild) == 0 else {
                let failure = errno
                close(toChild[0]); close(toChild[1])
                return failure
            }
            for fd in toChild + fromChild { _ = fcntl(fd, F_SETFD, FD_CLOEXEC) }
            let result = Self.spawn(executable, arguments, stdin: toChild[0], stdout: fromChild[1], pid: &pid)
            close(toChild[0])
            close(fromChild[1])
            if result != 0 { close(toChild[1]); close(fromChild[0]) }
            return result
        }
        guard spawned == 0 else { return .notStarted(String(cString: strerror(spawned))) }
        let deadline = Date().addingTimeInterval(timeout)
        let output = OutputDrain(fd: fromChild[0], deadline: deadline)
        output.start()
        let unread = Self.write(input, to: toChild[1], until: deadline)
        close(toChild[1])

        var status: Int32 = 0
        let exited = Self.reap(pid, &status, until: deadline)
        if !exited {
            kill(pid, SIGTERM)
            if !Self.reap(pid, &status, until: Date().addingTimeInterval(1)) {
                kill(pid, SIGKILL)
                _ = Self.reap(pid, &status, until: Date().addingTimeInterval(5))
            }
        }
        // A child the command left behind may hold the output open: a short grace, then stop.
        let text = output.finish(grace: 0.5)
        close(fromChild[0])
        guard exited else { return .timedOut }
        // Exit status, or 128 + the signal that ended it, as a shell says.
        let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        return .exited(status: code, output: text, unread: unread)
    }

    /// Starts `executable` with `arguments`, `stdin` and `stdout` (stderr too) as its
    /// standard streams, every other descriptor closed (ours are all close-on-exec), the
    /// signal mask empty and SIGPIPE at its default; 0 or an errno.
    private static func spawn(_ executable: String, _ arguments: [String], stdin: Int32, stdout: Int32, pid: inout pid_t) -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, stdin, 0)
        posix_spawn_file_actions_adddup2(&actions, stdout, 1)
        posix_spawn_file_actions_adddup2(&actions, stdout, 2)
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t(), defaults = sigset_t()
        sigemptyset(&empty)
        sigemptyset(&defaults)
        sigaddset(&defaults, SIGPIPE)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        return posix_spawn(&pid, executable, &actions, &attributes, argv, environ)
    }

    /// Waits for `pid` to exit until `deadline` (polling: a wait with a timeout does not
    /// exist for one child); true when it did, its status in `status`.
    private static func reap(_ pid: pid_t, _ status: inout Int32, until deadline: Date) -> Bool {
        while true {
            let result = waitpid(pid, &status, WNOHANG)
            if result == pid { return true }
            if result < 0, errno != EINTR {
                // Reaped by someone else: its status is unknown, so it is not a success.
                status = -1
                return true
            }
            if deadline.timeIntervalSinceNow <= 0 { return false }
            usleep(5_000)
        }
    }

    /// Writes all of `bytes` to the pipe `fd` before `deadline`; nil when done, else why not.
    ///
    /// The pipe end is made non-blocking and waited on with `poll`, so a command that never
    /// reads cannot hold us past the deadline. SIGPIPE is blocked on this thread for the
    /// write (a write's SIGPIPE goes to the writing thread), the write then fails with
    /// EPIPE, and the signal left pending is taken before the mask is restored: nothing
    /// process-wide changes.
    static func write(_ bytes: [UInt8], to fd: Int32, until deadline: Date) -> String? {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        var pipeSignal = sigset_t(), previous = sigset_t(), before = sigset_t()
        sigemptyset(&pipeSignal)
        sigaddset(&pipeSignal, SIGPIPE)
        sigpending(&before)
        let alreadyPending = sigismember(&before, SIGPIPE) == 1
        pthread_sigmask(SIG_BLOCK, &pipeSignal, &previous)
        defer {
            var pending = sigset_t()
            sigpending(&pending)
            if !alreadyPending, sigismember(&pending, SIGPIPE) == 1 {
                // Pending, so sigwait returns at once, taking it.
                var taken: Int32 = 0
                sigwait(&pipeSignal, &taken)
            }
            pthread_sigmask(SIG_SETMASK, &previous, nil)
        }
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { systemWrite(fd, $0.baseAddress, $0.count) }
            if n >= 0 {
                offset += n
                continue
            }
            switch errno {
            case EINTR: continue
            case EAGAIN:
                var ready = pollfd(fd: fd, events: Int16(POLLOUT), revents: 0)
                let waited = poll(&ready, 1, Self.milliseconds(until: deadline))
                if waited == 0 { return "timed out" }
            default:
                return String(cString: strerror(errno))
            }
        }
        return nil
    }

    static func milliseconds(until deadline: Date) -> Int32 {
        Int32(clamping: max(0, Int((deadline.timeIntervalSinceNow * 1000).rounded(.up))))
    }
}

#if canImport(Glibc)
private let systemWrite = Glibc.write
#elseif canImport(Darwin)
private let systemWrite = Darwin.write
#endif

/// Reads a pipe on its own thread until end of file, the deadline, or a stop asked by
/// ``finish(grace:)``; keeps the first 64 KiB.
private final class OutputDrain: @unchecked Sendable {
    private let fd: Int32
    private let condition = NSCondition()
    private var deadline: Date
    private var data: [UInt8] = []
    private var done = false

    init(fd: Int32, deadline: Date) {
        self.fd = fd
        self.deadline = deadline
    }

    func start() {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        Thread { [self] in
            drain()
            condition.lock()
            done = true
            condition.broadcast()
            condition.unlock()
        }.start()
    }

    private func drain() {
        var buffer = [UInt8](repeating: 0, count: 16_384)
        while true {
            condition.lock()
            let until = deadline
            condition.unlock()
            if until.timeIntervalSinceNow <= 0 { return }
            var ready = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            // Short waits, so that a new deadline from finish(grace:) is seen soon.
            let waited = poll(&ready, 1, min(100, MailCommand.milliseconds(until: until)))
            if waited == 0 || (waited < 0 && errno == EINTR) { continue }
            if waited < 0 { return }
            let n = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n == 0 { return }
            if n < 0 {
                if errno == EAGAIN || errno == EINTR { continue }
                return
            }
            condition.lock()
            if data.count < 65_536 { data += buffer[0..<min(n, 65_536 - data.count)] }
            condition.unlock()
        }
    }

    /// Stops reading at most `grace` seconds from now (sooner at end of file); what was read.
    func finish(grace: TimeInterval) -> String {
        condition.lock()
        defer { condition.unlock() }
        deadline = min(deadline, Date().addingTimeInterval(grace))
        while !done { condition.wait() }
        return String(decoding: data, as: UTF8.self)
    }
}
