import Foundation

/// Counts finished steps from any thread and reports `(done, total, step)`, on
/// every `every`-th step and on the last one (long runs report about 1 % at a time).
package final class ProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var done = 0
    private let total: Int
    private let every: Int
    private let report: (@Sendable (Int, Int, String) -> Void)?

    package init(total: Int, every: Int = 1, report: (@Sendable (Int, Int, String) -> Void)?) {
        self.total = total
        self.every = max(1, every)
        self.report = report
    }

    package func tick(_ step: String = "") {
        guard let report else { return }
        lock.lock()
        done += 1
        let current = done
        lock.unlock()
        if current == total || current % every == 0 { report(current, total, step) }
    }
}
