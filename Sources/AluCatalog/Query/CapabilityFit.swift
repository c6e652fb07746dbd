/// How well a supplier's claimed taxonomy node answers a wanted one, best last.
///
/// - ``exact``: the claim is the wanted node.
/// - ``descendant``: the claim lies below the wanted node (asking for
///   `smelting.carbon` finds a `smelting.carbon.rodding` claim).
/// - ``parentArea``: the wanted node is a capability (a leaf) and the claim is its
///   area; the supplier works in the area without naming that exact capability.
///
/// Anything else — a sibling, or merely the same domain — is no fit at all.
public enum CapabilityFit: Int, Sendable, Hashable, Comparable, CaseIterable, Codable {
    case parentArea = 1
    case descendant = 2
    case exact = 3

    public static func < (a: CapabilityFit, b: CapabilityFit) -> Bool { a.rawValue < b.rawValue }

    /// A stable name for JSON output.
    public var name: String {
        switch self {
        case .exact: "exact"
        case .descendant: "descendant"
        case .parentArea: "parent-area"
        }
    }
}

extension Taxonomy {
    /// How a claim on `claim` answers a request for `wanted`; nil when it does not.
    public func fit(claim: String, for wanted: String) -> CapabilityFit? {
        if claim == wanted { return .exact }
        guard let claimNode = self[claim], let wantedNode = self[wanted] else { return nil }
        if ancestors(claim).contains(wanted) { return .descendant }
        if claimNode.level == .area, wantedNode.level == .capability, wantedNode.parentID == claim {
            return .parentArea
        }
        return nil
    }

    /// The claim of `claims` that best answers `wanted`, with its fit; the first in
    /// document order among equally good ones. Nil when none fits.
    public func bestFit(_ claims: [CapabilityClaim], for wanted: String) -> (claim: CapabilityClaim, fit: CapabilityFit)? {
        var best: (claim: CapabilityClaim, fit: CapabilityFit)?
        for claim in claims {
            guard let fit = fit(claim: claim.taxonomyID, for: wanted) else { continue }
            if best == nil || fit > best!.fit { best = (claim, fit) }
        }
        return best
    }

    /// Up to `limit` known ids close to an unknown `id`, for "did you mean" hints:
    /// ids containing what was typed (or its last segment) first, then ids within a
    /// small edit distance.
    public func suggestions(for id: String, limit: Int = 3) -> [String] {
        let wanted = SearchText.fold(id)
        let lastSegment = wanted.split(separator: ".").last.map(String.init) ?? wanted
        guard !wanted.isEmpty else { return [] }
        var scored: [(distance: Int, id: String)] = []
        for node in nodes {
            let candidate = SearchText.fold(node.id)
            if candidate.contains(wanted) || (lastSegment.count >= 3 && candidate.contains(lastSegment)) {
                scored.append((0, node.id))
                continue
            }
            let distance = Self.editDistance(wanted, candidate)
            if distance <= max(2, wanted.count / 4) { scored.append((distance, node.id)) }
        }
        return scored.sorted { ($0.distance, $0.id.count, $0.id) < ($1.distance, $1.id.count, $1.id) }
            .prefix(limit).map(\.id)
    }

    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
