public import AluDiagnostics

/// Rules for trade-mission files: references resolve, dates and codes make sense.
public enum MissionRules {
    /// Checks `mission`; `supplierIDs` are the ids of every supplier in the catalogue.
    public static func check(
        _ m: Mission, file: String, fileID: String?, supplierIDs: Set<String>, context: RuleContext
    ) -> [Diagnostic] {
        var sink = RuleSink(file: file)
        let taxonomy = context.taxonomy
        if let fileID, m.id != fileID {
            sink.error(m.lines["id"], "the id '\(m.id)' must equal the file name '\(fileID).xml'", "mission.id-file")
        }
        for required in ["fr", "en"] where (m.titles[required] ?? "").isEmpty {
            sink.error(m.lines["title"] ?? m.lines["id"], "the mission needs a title in \(required == "fr" ? "French" : "English") (xml:lang=\"\(required)\")", "mission.title")
        }
        for country in m.countries {
            sink.check(FieldForms.country(country), line: m.lines["destination"], code: "mission.country")
        }
        if let start = m.start, let end = m.end, end < start {
            sink.error(m.lines["dates"], "the mission ends (\(end)) before it starts (\(start))", "mission.dates")
        }
        if m.languages.isEmpty {
            sink.error(m.lines["languages"] ?? m.lines["id"], "the mission lists no packet languages", "mission.languages")
        }
        for language in m.languages {
            sink.check(FieldForms.languageTag(language), line: m.lines["languages"], code: "mission.language")
        }
        if !m.organiser.email.isEmpty {
            sink.check(FieldForms.email(m.organiser.email).map { "organiser: \($0)" }, line: m.lines["organiser"], code: "mission.email")
        }
        if !m.organiser.phone.isEmpty {
            sink.check(FieldForms.e164(m.organiser.phone).map { "organiser: \($0)" }, line: m.lines["organiser"], code: "mission.phone")
        }
        var buyerIDs: Set<String> = []
        for buyer in m.buyers {
            if !buyerIDs.insert(buyer.id).inserted {
                sink.error(buyer.line, "buyer id '\(buyer.id)' is used twice", "mission.buyer-duplicate")
            }
            sink.check(FieldForms.country(buyer.country).map { "buyer '\(buyer.name)': \($0)" }, line: buyer.line, code: "mission.country")
            if buyer.needs.isEmpty {
                sink.warning(buyer.line, "buyer '\(buyer.name)' has no needs; nothing can be matched", "mission.buyer-needs")
            }
            for need in buyer.needs where !taxonomy.contains(need.capability) {
                sink.error(need.line, "need '\(need.capability)' is not in the taxonomy", "taxonomy.unknown-id",
                           hint: TaxonomySuggestions.suggestion(for: need.capability, in: taxonomy))
            }
        }
        for capability in m.selection.capabilities where !taxonomy.contains(capability) {
            sink.error(m.selection.line, "selection capability '\(capability)' is not in the taxonomy", "taxonomy.unknown-id",
                       hint: TaxonomySuggestions.suggestion(for: capability, in: taxonomy))
        }
        for (list, line) in [(m.selection.include, m.selection.includeLine), (m.selection.exclude, m.selection.excludeLine)] {
            for id in list where !supplierIDs.contains(id) {
                sink.error(line, "supplier '\(id)' does not exist in the catalogue", "mission.unknown-supplier")
            }
        }
        for id in Set(m.selection.include).intersection(m.selection.exclude).sorted() {
            sink.error(m.selection.excludeLine, "supplier '\(id)' is both included and excluded", "mission.include-exclude")
        }
        return sink.diagnostics
    }
}
