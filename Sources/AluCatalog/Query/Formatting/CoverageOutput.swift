/// What `alucat coverage` prints.
public enum CoverageOutput {
    /// One line per area (id, English label, count, covering ids), then the gaps.
    public static func text(_ coverage: Coverage, missionID: String, selectedCount: Int) -> String {
        var out = "Coverage of \(coverage.scope.joined(separator: ", ")) by the \(selectedCount) suppliers selected for \(missionID)\n\n"
        var table = TextTable(header: ["AREA", "LABEL", "N", "SUPPLIERS"])
        for area in coverage.areas {
            table.rows.append([area.id, area.labels.resolved("en")?.text ?? area.id, String(area.count),
                               area.isGap ? "GAP" : area.supplierIDs.joined(separator: " ")])
        }
        out += table.render()
        let gaps = coverage.gaps
        out += gaps.isEmpty ? "\nNo gaps.\n" : "\n\(gaps.count) gap\(gaps.count == 1 ? "" : "s"): " + gaps.map(\.id).joined(separator: ", ") + "\n"
        return out
    }

    /// JSON, keys sorted: `{missionID, scope, areas: [{id, label, scope, count, suppliers, gap}], gaps: [id]}`.
    public static func json(_ coverage: Coverage, missionID: String) -> String {
        struct AreaRow: Encodable { var id, label, scope: String, count: Int, suppliers: [String], gap: Bool }
        struct Document: Encodable { var missionID: String, scope: [String], areas: [AreaRow], gaps: [String] }
        return JSONText.encode(Document(
            missionID: missionID, scope: coverage.scope,
            areas: coverage.areas.map {
                AreaRow(id: $0.id, label: $0.labels.resolved("en")?.text ?? $0.id, scope: $0.scope,
                        count: $0.count, suppliers: $0.supplierIDs, gap: $0.isGap)
            },
            gaps: coverage.gaps.map(\.id)))
    }
}
