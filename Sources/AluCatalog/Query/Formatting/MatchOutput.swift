import Foundation

/// What `alucat match` prints.
public enum MatchOutput {
    /// For each buyer and need, the top `top` suppliers (all when nil) with score and reasons.
    public static func text(_ matches: MissionMatches, mission: Mission, selectedCount: Int, top: Int? = nil) -> String {
        let title = mission.titles.resolved("en")?.text ?? mission.id
        var out = "\(title) (\(mission.id)), \(matches.period.lowerBound) to \(matches.period.upperBound): "
        out += "\(selectedCount) supplier\(selectedCount == 1 ? "" : "s") selected\n"
        for buyer in matches.buyers {
            out += "\n\(buyer.name) [\(buyer.buyerID), \(buyer.country)]\n"
            for need in buyer.needs {
                out += "  \(need.need.capability) (priority \(need.need.priority.rawValue))"
                out += need.suppliers.isEmpty ? ": no fitting supplier\n" : "\n"
                for (rank, match) in need.suppliers.prefix(top ?? .max).enumerated() {
                    out += "    \(rank + 1). \(match.score.total)  \(match.supplierName) [\(match.supplierID)]\n"
                    out += "       \(match.summary())\n"
                }
                if let top, need.suppliers.count > top { out += "       … \(need.suppliers.count - top) more\n" }
            }
        }
        return out
    }

    /// JSON, keys sorted: `{missionID, start, end, buyers: [{id, name, country, needs:
    /// [{capability, priority, suppliers: [{rank, id, name, score, components:
    /// {fit, references, market, languages, certifications, roles}, reasons: [text]}]}]}]}`.
    public static func json(_ matches: MissionMatches, top: Int? = nil) -> String {
        struct Candidate: Encodable {
            var rank: Int, id: String, name: String, score: Int, components: MatchScore, reasons: [String]
        }
        struct NeedRow: Encodable { var capability: String, priority: String, suppliers: [Candidate] }
        struct BuyerRow: Encodable { var id: String, name: String, country: String, needs: [NeedRow] }
        struct Document: Encodable { var missionID: String, start: String, end: String, buyers: [BuyerRow] }
        let buyers = matches.buyers.map { buyer in
            BuyerRow(id: buyer.buyerID, name: buyer.name, country: buyer.country, needs: buyer.needs.map { need in
                NeedRow(capability: need.need.capability, priority: need.need.priority.rawValue,
                        suppliers: need.suppliers.prefix(top ?? .max).enumerated().map { rank, match in
                            Candidate(rank: rank + 1, id: match.supplierID, name: match.supplierName, score: match.score.total,
                                      components: match.score, reasons: match.reasons.map(\.text))
                        })
            })
        }
        return JSONText.encode(Document(
            missionID: matches.missionID, start: matches.period.lowerBound.description,
            end: matches.period.upperBound.description, buyers: buyers))
    }
}
