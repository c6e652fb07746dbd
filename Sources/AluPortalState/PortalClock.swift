public import Foundation
import Synchronization

/// Where the portal's state reads the time: sessions, throttling, links and claims
/// expire by it. Injected so tests move time instead of sleeping.
public protocol PortalClock: Sendable {
    func now() -> Date
}

/// The machine's clock.
public struct SystemClock: PortalClock {
    public init() {}
    public func now() -> Date { Date() }
}

/// A clock that moves only when told: for tests, and for a tool replaying a day.
public final class ManualClock: PortalClock {
    private let current: Mutex<Date>

    public init(_ start: Date = Date(timeIntervalSince1970: 1_770_000_000)) {
        current = Mutex(start)
    }

    public func now() -> Date { current.withLock { $0 } }

    /// Moves the clock forward by `seconds`.
    public func advance(_ seconds: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(seconds) }
    }
}
