import Dispatch

/// Runs `body` for 0..<count on every core and returns the results in index order.
///
/// Results never depend on scheduling: each index writes its own slot.
package func parallelMap<T: Sendable>(_ count: Int, _ body: @Sendable (Int) -> T) -> [T] {
    guard count > 1 else { return (0..<count).map(body) }
    let slots = Slots<T>(count: count)
    DispatchQueue.concurrentPerform(iterations: count) { index in
        slots.set(index, body(index))
    }
    return slots.values()
}

/// Write-once slots, one per index; concurrentPerform never gives an index twice.
private final class Slots<T>: @unchecked Sendable {
    private var storage: UnsafeMutableBufferPointer<T?>

    init(count: Int) {
        storage = .allocate(capacity: count)
        storage.initialize(repeating: nil)
    }

    func set(_ index: Int, _ value: T) { storage[index] = value }

    func values() -> [T] { storage.map { $0! } }

    deinit {
        storage.deinitialize()
        storage.deallocate()
    }
}
