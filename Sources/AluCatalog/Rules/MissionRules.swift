public import AluDiagnostics
import AluLocalization

/// Rules for trade-mission files: references resolve, dates and codes make sense.
public enum MissionRules {
    /// Checks `mission`; `supplierIDs` are the ids of every supplier in the catalogue.
    public static func check(
        _ m: Mission, file: String, fileID: String?, supplierIDs: Set<String>, context: RuleContext
    ) -> [Diagnostic] {
        var sink = RuleSink(file: file, root: "mission")
        let taxonomy = context.taxonomy
        if let fileID, m.id != fileID {
            sink.error("id", line: m.lines["id"], Message("rule.id-file", ["id": m.id, "file": fileID]), "mission.id-file",
                       hint: Message("rule.hint.id-file", ["id": m.id]))
        }
        for required in ["fr", "en"] where (m.titles[required] ?? "").isEmpty {
            sink.error("titles.\(required)", line: m.lines["title"] ?? m.lines["id"], Message("rule.mission.title.\(required)"), "mission.title")
        }
        for (i, country) in m.countries.enumerated() {
            sink.check(FieldForms.country(country), "destination.countries[\(i)]", line: m.lines["countries[\(i)]"] ?? m.lines["destination"], code: "mission.country")
        }
        if let start = m.start, let end = m.end, end < start {
            sink.error("dates.end", line: m.lines["dates"], Message("rule.mission.dates", ["end": end.description, "start": start.description]), "mission.dates")
        }
        if m.languages.isEmpty {
            sink.error("languages", line: m.lines["languages"] ?? m.lines["id"], Message("rule.mission.languages"), "mission.languages")
        }
        for (i, language) in m.languages.enumerated() {
            sink.check(FieldForms.languageTag(language), "languages[\(i)]", line: m.lines["languages"], code: "mission.language")
        }
        if !m.organiser.email.isEmpty {
            sink.check(FieldForms.email(m.organiser.email), "organiser.email", line: m.lines["organiser"], code: "mission.email")
        }
        if !m.organiser.phone.isEmpty {
            sink.check(FieldForms.e164(m.organiser.phone), "organiser.phone", line: m.lines["organiser"], code: "mission.phone")
        }
        var buyerIDs: Set<String> = []
        for (i, buyer) in m.buyers.enumerated() {
            if !buyerIDs.insert(buyer.id).inserted {
                sink.error("buyers[\(i)].id", line: buyer.line, Message("rule.mission.buyer-duplicate", ["id": buyer.id]), "mission.buyer-duplicate")
            }
            sink.check(FieldForms.country(buyer.country), "buyers[\(i)].country", line: buyer.line, code: "mission.country")
            if buyer.needs.isEmpty {
                sink.warning("buyers[\(i)].needs", line: buyer.line, Message("rule.mission.buyer-needs", ["name": buyer.name]), "mission.buyer-needs")
            }
            for (j, need) in buyer.needs.enumerated() where !taxonomy.contains(need.capability) {
                sink.error("buyers[\(i)].needs[\(j)].capability", line: need.line, Message("rule.mission.unknown-capability", ["id": need.capability]),
                           "taxonomy.unknown-id", hint: TaxonomySuggestions.suggestion(for: need.capability, in: taxonomy))
            }
        }
        for (i, capability) in m.selection.capabilities.enumerated() where !taxonomy.contains(capability) {
            sink.error("selection.capabilities[\(i)]", line: m.selection.line, Message("rule.mission.unknown-capability", ["id": capability]),
                       "taxonomy.unknown-id", hint: TaxonomySuggestions.suggestion(for: capability, in: taxonomy))
        }
        for (name, list, line) in [("include", m.selection.include, m.selection.includeLine), ("exclude", m.selection.exclude, m.selection.excludeLine)] {
            for (i, id) in list.enumerated() where !supplierIDs.contains(id) {
                sink.error("selection.\(name)[\(i)]", line: line, Message("rule.mission.unknown-supplier", ["id": id]), "mission.unknown-supplier")
            }
        }
        for id in Set(m.selection.include).intersection(m.selection.exclude).sorted() {
            let index = m.selection.exclude.firstIndex(of: id) ?? 0
            sink.error("selection.exclude[\(index)]", line: m.selection.excludeLine, Message("rule.mission.include-exclude", ["id": id]), "mission.include-exclude")
        }
        return sink.diagnostics
    }
}
