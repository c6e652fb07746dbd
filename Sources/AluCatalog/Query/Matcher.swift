/// Ranks a mission's selected suppliers for every buyer need, with reasons
/// (see ``MatchScore`` for the formula).
public enum Matcher {
    /// Selects `mission`'s suppliers from `catalog` (``MissionSelection``) and ranks
    /// them for every need. `today` stands in for missing mission dates.
    public static func match(
        _ mission: Mission, catalog: Catalog, today: CalendarDay = .today()
    ) -> MissionMatches {
        let selection = MissionSelection.select(mission, catalog: catalog, today: today)
        return match(mission, suppliers: selection.selected.suppliers, taxonomy: catalog.taxonomy, period: selection.period)
    }

    /// Ranks `suppliers` (already selected) for every need of `mission`; certificates
    /// count when valid over `period`.
    public static func match(
        _ mission: Mission, suppliers: [Supplier], taxonomy: Taxonomy, period: ClosedRange<CalendarDay>
    ) -> MissionMatches {
        let buyers = mission.buyers.map { buyer in
            BuyerMatches(
                buyerID: buyer.id, name: buyer.name, country: buyer.country,
                needs: buyer.needs.map { need in
                    let ranked = suppliers
                        .compactMap { evaluate($0, need: need, buyerCountry: buyer.country, packetLanguages: mission.languages, taxonomy: taxonomy, period: period) }
                        .sorted { $0.score.total != $1.score.total ? $0.score.total > $1.score.total : $0.supplierID < $1.supplierID }
                    return NeedMatches(need: need, suppliers: ranked)
                })
        }
        return MissionMatches(missionID: mission.id, period: period, buyers: buyers)
    }

    /// The score and reasons of one supplier for one need; nil when no claim fits.
    public static func evaluate(
        _ supplier: Supplier, need: Need, buyerCountry: String, packetLanguages: [String],
        taxonomy: Taxonomy, period: ClosedRange<CalendarDay>
    ) -> SupplierMatch? {
        typealias W = MatchScore.Weight
        guard let (claim, fit) = taxonomy.bestFit(supplier.capabilities, for: need.capability) else { return nil }
        var score = MatchScore(fit: W.fit(fit))
        var reasons: [MatchReason] = [
            .capability(fit: fit, node: claim.taxonomyID, label: taxonomy[claim.taxonomyID]?.labels ?? LocalizedText()),
        ]
        let country = buyerCountry.uppercased()

        let inCountry = supplier.citableReferences(in: country).count
        if inCountry > 0 {
            score.references += W.referenceInCountry * min(inCountry, W.referencesCounted)
            reasons.append(.referencesInCountry(count: inCountry, country: country))
        }
        if let region = WorldRegion(country: country) {
            let nearby = supplier.references.filter {
                $0.citable && $0.country.uppercased() != country && region.countries.contains($0.country.uppercased())
            }.count
            if nearby > 0 {
                score.references += W.referenceInRegion * min(nearby, W.referencesCounted)
                reasons.append(.referencesInRegion(count: nearby, region: region))
            }
        }

        if supplier.exportExperience.contains(where: { $0.uppercased() == country }) {
            score.market = W.exportExperience
            reasons.append(.exportExperience(country: country))
        } else if supplier.targetMarkets.contains(where: { $0.uppercased() == country }) {
            score.market = W.pursuedMarket
            reasons.append(.pursuedMarket(country: country))
        }

        let main = WorldRegion.mainLanguage(of: country)
        let speaksMain = main.map { supplier.speaks($0) } ?? false
        if speaksMain { score.languages += W.buyerLanguage }
        let packet = packetLanguages.filter { $0.lowercased() != main && supplier.speaks($0) }
        if !packet.isEmpty { score.languages += min(W.packetLanguage * packet.count, W.packetLanguagesCap) }
        // One sentence for the languages, the buyer's first: "speaks Portuguese, Spanish,
        // English", never "speaks Portuguese; speaks Spanish, English".
        if let main, speaksMain, !packet.isEmpty {
            reasons.append(.speaksBuyerLanguageAnd(main, packet))
        } else if let main, speaksMain {
            reasons.append(.speaksBuyerLanguage(main))
        } else if !packet.isEmpty {
            reasons.append(.speaksPacketLanguages(packet))
        }

        let certificates = supplier.certifications
            .filter { $0.isValid(throughout: period) }
            .sorted { ($0.scheme, $0.validUntil?.description ?? "") < ($1.scheme, $1.validUntil?.description ?? "") }
        score.certifications = W.certification * min(certificates.count, W.certificationsCounted)
        reasons += certificates.map { .certification(scheme: $0.scheme, validUntil: $0.validUntil) }

        let onSite = claim.roles.filter { $0 == .install || $0 == .maintain }.sorted()
        if !onSite.isEmpty {
            score.roles = W.onSiteRole * onSite.count
            reasons.append(.roles(onSite))
        }
        return SupplierMatch(supplierID: supplier.id, supplierName: supplier.displayName, score: score, reasons: reasons)
    }
}

/// One supplier ranked for one need.
public struct SupplierMatch: Sendable, Hashable {
    public var supplierID: String
    public var supplierName: String
    public var score: MatchScore
    /// In a fixed order: capability, references, market, languages, certifications, roles.
    public var reasons: [MatchReason]

    /// The reasons joined as one line in `language`.
    public func summary(language: String = "en") -> String {
        reasons.map { $0.text(language: language) }.joined(separator: "; ")
    }
}

/// The ranked suppliers for one buyer need. Suppliers with no fit are not listed.
public struct NeedMatches: Sendable, Hashable {
    /// The need as the mission states it, priority included (which does not weigh in the score).
    public var need: Need
    /// Best first: score descending, then supplier id ascending.
    public var suppliers: [SupplierMatch]
}

public struct BuyerMatches: Sendable, Hashable {
    public var buyerID: String
    public var name: String
    public var country: String
    public var needs: [NeedMatches]
}

/// Every buyer need of a mission with its ranked suppliers, buyers and needs in the
/// mission's order.
public struct MissionMatches: Sendable, Hashable {
    public var missionID: String
    public var period: ClosedRange<CalendarDay>
    public var buyers: [BuyerMatches]
}
