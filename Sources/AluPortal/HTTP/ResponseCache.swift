import NIOCore
import Synchronization

/// Bodies already rendered for the catalogue's current version, by canonical URL.
///
/// A search page costs about half a millisecond of CPU (search, facet counts, a
/// hundred links), a `/healthz` a few microseconds; buyers ask the same popular
/// searches again and again. The body depends only on the catalogue's version and
/// the canonical URL (the language is in it), so a body made once serves every later
/// request for it until the catalogue changes: then the whole cache is dropped at
/// the first request that sees the new version, and no stale body can be served.
///
/// Bounded in bytes; when full, the oldest bodies go first (insertion order). A body
/// larger than an eighth of the bound is never kept. Bodies are `ByteBuffer`s so a
/// hit shares the storage with the response (no copy).
///
/// Only public, anonymous answers may be kept: the key holds nothing of the person
/// asking, so a page that depends on a session, a cookie or a header other than the
/// URL must never go through it.
final class ResponseCache: Sendable {
    private struct State {
        var version = 0
        var bodies: [String: ByteBuffer] = [:]
        /// Keys in insertion order from `head` on (the rest already evicted).
        var order: [String] = []
        var head = 0
        var bytes = 0
        var hits = 0
        var misses = 0
    }

    /// The bound in bytes; 0 keeps nothing.
    let capacity: Int
    private let state = Mutex(State())

    init(capacity: Int) {
        self.capacity = max(0, capacity)
    }

    /// The body for `key` at catalogue `version`: the kept one, or `make()`'s, kept
    /// for next time. `make` runs outside the lock (two requests missing at once both
    /// render; the second body replaces nothing, both are equal).
    func body(_ key: String, version: Int, make: () -> [UInt8]) -> ByteBuffer {
        guard capacity > 0 else { return ByteBuffer(bytes: make()) }
        if let hit = state.withLock({ state -> ByteBuffer? in
            if state.version != version { return nil }
            let body = state.bodies[key]
            if body != nil { state.hits += 1 }
            return body
        }) {
            return hit
        }
        let body = ByteBuffer(bytes: make())
        state.withLock { state in
            state.misses += 1
            if version > state.version {
                state = State(version: version, hits: state.hits, misses: state.misses)
            }
            guard version == state.version, state.bodies[key] == nil, body.readableBytes <= capacity / 8 else { return }
            state.bodies[key] = body
            state.order.append(key)
            state.bytes += body.readableBytes
            while state.bytes > capacity, state.head < state.order.count {
                let oldest = state.order[state.head]
                state.head += 1
                if let evicted = state.bodies.removeValue(forKey: oldest) { state.bytes -= evicted.readableBytes }
            }
            if state.head > 1024, state.head * 2 > state.order.count {
                state.order.removeFirst(state.head)
                state.head = 0
            }
        }
        return body
    }

    /// What is kept now, and how requests fared since the start (for `/readyz` and tests).
    var statistics: (entries: Int, bytes: Int, hits: Int, misses: Int) {
        state.withLock { ($0.bodies.count, $0.bytes, $0.hits, $0.misses) }
    }
}
