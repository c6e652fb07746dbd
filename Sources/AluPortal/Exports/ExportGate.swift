import Synchronization

/// How many result-set downloads may be prepared at once. A brochure of the whole
/// directory is seconds of work; without a bound, a few clients asking for many of
/// them would take every core from the buyers who only search. Past the bound the
/// client is told to come back (503 with `Retry-After`) rather than queued.
final class ExportGate: Sendable {
    let limit: Int
    private let running = Mutex(0)

    init(limit: Int) {
        self.limit = max(1, limit)
    }

    /// Takes a place; false when all are taken. A taken place is given back with ``leave()``.
    func enter() -> Bool {
        running.withLock { count in
            guard count < limit else { return false }
            count += 1
            return true
        }
    }

    func leave() {
        running.withLock { $0 -= 1 }
    }

    var inUse: Int { running.withLock { $0 } }
}
