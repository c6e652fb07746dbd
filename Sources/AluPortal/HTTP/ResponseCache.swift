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
/// Bounded in bytes, counting what an entry really holds: its key, its buffer's
/// capacity (NIO rounds a buffer up to a power of two) and a fixed overhead for the
/// dictionary slot and bookkeeping, so thousands of tiny answers to long, distinct
/// queries cannot hold many times the bound. A key over ``longestKey`` bytes, or a
/// body over an eighth of the bound, is never kept. When full, the oldest entries go
/// first (insertion order). Bodies are `ByteBuffer`s so a
/// hit shares the storage with the response (no copy).
///
/// Only public, anonymous answers may be kept: the key holds nothing of the person
/// asking, so a page that depends on a session, a cookie or a header other than the
/// URL must never go through it.
final class ResponseCache: Sendable {
    private struct State {
        var version = 0
        /// Each body with the number of its insertion, to tell it from an older
        /// insertion of the same key still waiting in `order`.
        var bodies: [String: (body: ByteBuffer, insertion: Int)] = [:]
        /// Keys with their insertion numbers, oldest first from `head` on (the rest already evicted).
        var order: [(key: String, insertion: Int)] = []
        var insertions = 0
        var head = 0
        var bytes = 0
        var hits = 0
        var misses = 0
    }

    /// The bound in bytes; 0 keeps nothing.
    let capacity: Int
    /// Longest key kept, in UTF-8 bytes (a canonical search URL is far shorter).
    static let longestKey = 1_024
    /// Bytes charged per entry beyond its key and buffer.
    static let entryOverhead = 128

    private static func cost(_ key: String, _ body: ByteBuffer) -> Int {
        key.utf8.count + body.capacity + entryOverhead
    }
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
            let body = state.bodies[key]?.body
            if body != nil { state.hits += 1 }
            return body
        }) {
            return hit
        }
        let body = ByteBuffer(bytes: make())
        let cost = Self.cost(key, body)
        // A new version's first request swaps the old entries out; they are freed
        // after the lock is let go, not while every other request waits for it.
        let dropped = state.withLock { state -> State? in
            state.misses += 1
            var dropped: State?
            if version > state.version {
                dropped = state
                state = State(version: version, hits: state.hits, misses: state.misses)
            }
            guard version == state.version, state.bodies[key] == nil,
                  key.utf8.count <= Self.longestKey, cost <= capacity / 8 else { return dropped }
            state.insertions += 1
            state.bodies[key] = (body, state.insertions)
            state.order.append((key, state.insertions))
            state.bytes += cost
            while state.bytes > capacity, state.head < state.order.count {
                let oldest = state.order[state.head]
                state.head += 1
                if let kept = state.bodies[oldest.key], kept.insertion == oldest.insertion {
                    state.bodies[oldest.key] = nil
                    state.bytes -= Self.cost(oldest.key, kept.body)
                }
            }
            if state.head > 1024, state.head * 2 > state.order.count {
                state.order.removeFirst(state.head)
                state.head = 0
            }
            return dropped
        }
        _ = dropped
        return body
    }

    /// What is kept now, and how requests fared since the start (for `/readyz` and tests).
    var statistics: (entries: Int, bytes: Int, hits: Int, misses: Int) {
        state.withLock { ($0.bodies.count, $0.bytes, $0.hits, $0.misses) }
    }
}
