/// The suppliers a mission takes, chosen by its selection rules, with the reasons
/// for each decision so staff can see why an entry is in or out.
///
/// Rules, in order of precedence:
/// 1. An entry with errors is never selected: ``Catalog`` holds none, and names the
///    withheld ones only so their decision can say why.
/// 2. The exclude list is always out.
/// 3. The include list is always in, whatever the other rules say.
/// 4. Otherwise a supplier needs the capabilities — one of them (`any`) or each
///    (`all`), a claim on the node or below it counting — and every required
///    certification with a certificate valid over the whole mission (valid from
///    the first day, not expiring before the last).
///
/// A mission without capabilities takes every supplier that passes the other rules.
public struct MissionSelection: Sendable, Hashable {
    /// Why a supplier is in or out; a decision lists every reason that applied.
    public enum Reason: Sendable, Hashable, CustomStringConvertible {
        /// The selection capabilities the supplier's claims cover.
        case capabilitiesMet([String])
        /// Selection capabilities not covered: all of them with `any`, the missing ones with `all`.
        case capabilitiesMissing([String])
        case certificationValid(scheme: String, until: CalendarDay?)
        /// No certificate of the scheme at all.
        case certificationMissing(scheme: String)
        /// Held, but not valid on every mission day.
        case certificationNotValidThroughout(scheme: String, from: CalendarDay?, until: CalendarDay?)
        case included
        case excluded
        case invalidEntry

        public var description: String {
            switch self {
            case .capabilitiesMet(let ids): "covers \(ids.joined(separator: ", "))"
            case .capabilitiesMissing(let ids): "does not cover \(ids.joined(separator: ", "))"
            case .certificationValid(let scheme, let until):
                "\(scheme) valid over the mission" + (until.map { " (to \($0))" } ?? "")
            case .certificationMissing(let scheme): "no \(scheme) certificate"
            case .certificationNotValidThroughout(let scheme, let from, let until):
                "\(scheme) not valid over the mission (" + [from.map { "from \($0)" }, until.map { "to \($0)" }]
                    .compactMap { $0 }.joined(separator: " ") + ")"
            case .included: "on the mission's include list"
            case .excluded: "on the mission's exclude list"
            case .invalidEntry: "the entry has errors (run alucat validate)"
            }
        }
    }

    public struct Decision: Sendable, Hashable {
        public var supplierID: String
        public var selected: Bool
        public var reasons: [Reason]
    }

    public var missionID: String
    /// The days certificates must cover.
    public var period: ClosedRange<CalendarDay>
    /// Selected suppliers, sorted by id.
    public var selected: PublishedSuppliers
    /// One decision per supplier of the catalogue, sorted by id.
    public var decisions: [Decision]
    /// Ids on the include list with no entry in the catalogue.
    public var unknownIncluded: [String]

    public var selectedIDs: [String] { selected.map(\.id) }

    /// Applies `mission`'s selection rules to `catalog`. `today` stands in for any
    /// mission date that is missing.
    public static func select(
        _ mission: Mission, catalog: Catalog, today: CalendarDay = .today()
    ) -> MissionSelection {
        let rules = mission.selection
        let period = mission.period(fallback: today)
        let include = Set(rules.include), exclude = Set(rules.exclude)
        var selected: [Supplier] = []
        var decisions: [Decision] = []
        for supplier in catalog.suppliers.sorted(by: { $0.id < $1.id }) {
            var reasons: [Reason] = []
            var passes = true
            if !rules.capabilities.isEmpty {
                let met = rules.capabilities.filter { wanted in
                    supplier.capabilities.contains { catalog.taxonomy.isWithin($0.taxonomyID, wanted) }
                }
                let missing = rules.capabilities.filter { !met.contains($0) }
                if !met.isEmpty { reasons.append(.capabilitiesMet(met)) }
                if !missing.isEmpty && (rules.match == .all || met.isEmpty) {
                    reasons.append(.capabilitiesMissing(missing))
                    passes = false
                }
            }
            for scheme in rules.requiredCertifications {
                let held = supplier.certifications.filter { $0.hasScheme(scheme) }
                if let valid = held.first(where: { $0.isValid(throughout: period) }) {
                    reasons.append(.certificationValid(scheme: scheme, until: valid.validUntil))
                } else if let latest = held.max(by: { ($0.validUntil ?? period.upperBound) < ($1.validUntil ?? period.upperBound) }) {
                    reasons.append(.certificationNotValidThroughout(scheme: scheme, from: latest.validFrom, until: latest.validUntil))
                    passes = false
                } else {
                    reasons.append(.certificationMissing(scheme: scheme))
                    passes = false
                }
            }
            if include.contains(supplier.id) {
                reasons.append(.included)
                passes = true
            }
            if exclude.contains(supplier.id) {
                reasons.append(.excluded)
                passes = false
            }
            if passes { selected.append(supplier) }
            decisions.append(Decision(supplierID: supplier.id, selected: passes, reasons: reasons))
        }
        // Entries with errors: out, whatever the lists say; their model is not ours to read.
        for id in catalog.withheldSupplierIDs where catalog.supplier(id) == nil {
            var reasons: [Reason] = []
            if include.contains(id) { reasons.append(.included) }
            if exclude.contains(id) { reasons.append(.excluded) }
            reasons.append(.invalidEntry)
            decisions.append(Decision(supplierID: id, selected: false, reasons: reasons))
        }
        decisions.sort { $0.supplierID < $1.supplierID }
        let known = Set(catalog.suppliers.map(\.id)).union(catalog.withheldSupplierIDs)
        return MissionSelection(
            missionID: mission.id, period: period, selected: PublishedSuppliers(selected), decisions: decisions,
            unknownIncluded: rules.include.filter { !known.contains($0) })
    }

    /// The decision about `supplierID`, if it is in the catalogue.
    public func decision(_ supplierID: String) -> Decision? {
        decisions.first { $0.supplierID == supplierID }
    }
}
