public import AluDiagnostics

/// The rules a supplier entry must follow that XML Schema cannot express.
public enum SupplierRules {
    /// Checks `supplier`, read from `file` whose base name is `fileID`.
    public static func check(_ s: Supplier, file: String, fileID: String?, context: RuleContext) -> [Diagnostic] {
        var sink = RuleSink(file: file)
        let taxonomy = context.taxonomy

        if let fileID, s.id != fileID {
            sink.error(s.line("id"), "the id '\(s.id)' must equal the file name '\(fileID).xml'", "supplier.id-file",
                       hint: "rename the file to \(s.id).xml or change the id")
        }
        sink.check(FieldForms.neq(s.neq), line: s.line("neq"), code: "supplier.neq")
        if s.address.region == nil, !s.address.regionName.isEmpty {
            sink.error(s.address.regionLine, "region '\(s.address.regionName)' is not one of Québec's 17 administrative regions", "supplier.region")
        }
        sink.check(FieldForms.quebecPostalCode(s.address.postalCode), line: s.address.line, code: "supplier.postal-code")
        let websiteProblem = FieldForms.webURL(s.website)
        sink.check(websiteProblem, line: s.line("website"), code: "supplier.website")
        if websiteProblem == nil, FieldForms.isInsecureURL(s.website) {
            sink.warning(s.line("website"), "web address '\(s.website)' uses http://; buyers' browsers will warn, prefer https://", "supplier.website-http")
        }
        sink.check(FieldForms.email(s.email), line: s.line("email"), code: "supplier.email")
        sink.check(FieldForms.e164(s.phone), line: s.line("phone"), code: "supplier.phone")
        if let founded = s.founded, founded < 1800 || founded > context.today.year {
            sink.error(s.line("founded"), "founding year \(founded) is not plausible (1800–\(context.today.year))", "supplier.founded")
        }

        checkContacts(s, &sink)
        checkDescriptions(s, &sink)
        checkCapabilities(s, taxonomy, &sink)
        checkReferences(s, context, &sink)
        for (field, codes) in [("exportExperience", s.exportExperience), ("targetMarkets", s.targetMarkets)] {
            var seen = RepeatDetector<String>()
            for code in codes {
                sink.check(FieldForms.country(code), line: s.line(field), code: "supplier.country")
                if seen.isRepeat(code) {
                    sink.warning(s.line(field), "country \(code) is listed twice in <\(field)>", "supplier.country-duplicate")
                }
            }
        }
        for certificate in s.certifications {
            if let from = certificate.validFrom, let until = certificate.validUntil, until < from {
                sink.error(certificate.line, "certificate \(certificate.scheme) ends (\(until)) before it starts (\(from))", "supplier.certificate-dates")
            } else if let until = certificate.validUntil, until < context.today {
                sink.warning(certificate.line, "certificate \(certificate.scheme) expired on \(until); it will not be shown to buyers until renewed", "supplier.certificate-expired")
            }
        }
        if let updated = s.lastUpdated, context.today < updated {
            sink.warning(s.line("lastUpdated"), "last update \(updated) is in the future", "supplier.last-updated")
        }
        return sink.diagnostics
    }

    private static func checkContacts(_ s: Supplier, _ sink: inout RuleSink) {
        if s.contacts.isEmpty {
            sink.error(s.line("contacts") ?? s.line("id"), "at least one contact is required", "supplier.contacts")
        }
        for contact in s.contacts {
            var who: String { contact.name.isEmpty ? "a contact" : "contact '\(contact.name)'" }
            if contact.consent == nil {
                sink.error(contact.line, "\(who) has no consent flag: add consent=\"true\" only if this person agreed to be published, else consent=\"false\"", "supplier.contact-consent")
            }
            sink.check(FieldForms.email(contact.email).map { "\(who): \($0)" }, line: contact.line, code: "supplier.email")
            if let phone = contact.phone {
                sink.check(FieldForms.e164(phone).map { "\(who): \($0)" }, line: contact.line, code: "supplier.phone")
            }
            if contact.languages.isEmpty {
                sink.error(contact.line, "\(who) has no spoken languages listed", "supplier.contact-languages")
            }
            for tag in contact.languages {
                sink.check(FieldForms.languageTag(tag).map { "\(who): \($0)" }, line: contact.line, code: "supplier.language")
            }
        }
    }

    private static let requiredDescriptionLanguages = ["fr", "en"]

    private static func checkDescriptions(_ s: Supplier, _ sink: inout RuleSink) {
        let line = s.line("descriptions") ?? s.line("id")
        for required in requiredDescriptionLanguages {
            let name = required == "fr" ? "French" : "English"
            guard let text = s.descriptions[required] else {
                sink.error(line, "the \(name) description (xml:lang=\"\(required)\") is missing; French and English are both required", "supplier.description-missing")
                continue
            }
            if text.isEmpty {
                sink.error(s.line("description.\(required)") ?? line, "the \(name) description is empty", "supplier.description-empty")
            }
        }
        var seen = RepeatDetector<String>()
        for language in s.descriptions.availableLanguages {
            sink.check(FieldForms.languageTag(language).map { "description language \($0)" }, line: line, code: "supplier.language")
            if seen.isRepeat(language) {
                sink.error(line, "two descriptions in the same language '\(language)'", "supplier.description-duplicate")
            }
        }
    }

    private static func checkCapabilities(_ s: Supplier, _ taxonomy: Taxonomy, _ sink: inout RuleSink) {
        var claimed = RepeatDetector<String>()
        for claim in s.capabilities {
            checkLeafReference(claim.taxonomyID, line: claim.line, taxonomy, &sink)
            if claimed.isRepeat(claim.taxonomyID) {
                sink.warning(claim.line, "capability '\(claim.taxonomyID)' is listed twice", "supplier.capability-duplicate")
            }
            if claim.roles.isEmpty {
                sink.error(claim.line, "capability '\(claim.taxonomyID)' needs at least one role (design, manufacture, install, maintain, supply)", "supplier.capability-roles")
            }
        }
        for line in s.equipment {
            checkLeafReference(line.capability, line: line.line, taxonomy, &sink)
            if taxonomy.contains(line.capability),
               !s.capabilities.contains(where: { taxonomy.isWithin(line.capability, $0.taxonomyID) || taxonomy.isWithin($0.taxonomyID, line.capability) }) {
                sink.warning(line.line, "equipment line for '\(line.capability)' is not under any capability this supplier lists", "supplier.equipment-capability")
            }
            if let hs = line.hsCode { sink.check(FieldForms.hsCode(hs), line: line.line, code: "supplier.hs") }
        }
    }

    /// A supplier claims areas or capabilities; domains are for navigation only.
    static func checkLeafReference(_ id: String, line: Int, _ taxonomy: Taxonomy, _ sink: inout RuleSink) {
        guard let level = taxonomy.level(of: id) else {
            sink.error(line, "'\(id)' is not a capability of the taxonomy", "taxonomy.unknown-id",
                       hint: TaxonomySuggestions.suggestion(for: id, in: taxonomy))
            return
        }
        if level == .domain, let node = taxonomy[id] {
            let examples = node.childIDs.prefix(3).joined(separator: ", ")
            sink.error(line, "'\(id)' is a whole domain; choose a more precise area or capability (for example \(examples))", "taxonomy.domain-not-allowed")
        }
    }

    private static func checkReferences(_ s: Supplier, _ context: RuleContext, _ sink: inout RuleSink) {
        for reference in s.references {
            sink.check(FieldForms.country(reference.country).map { "reference '\(reference.client)': \($0)" }, line: reference.line, code: "supplier.country")
            if let year = reference.year, year < 1950 || year > context.today.year + 1 {
                sink.error(reference.yearLine, "reference '\(reference.client)': year \(year) is not plausible (1950–\(context.today.year + 1))", "supplier.reference-year")
            }
            if reference.scope.isEmpty {
                sink.error(reference.line, "reference '\(reference.client)' has no scope text", "supplier.reference-scope")
            }
        }
    }
}

/// "Did you mean" for unknown taxonomy ids: the known id sharing the longest prefix.
enum TaxonomySuggestions {
    static func suggestion(for id: String, in taxonomy: Taxonomy) -> String? {
        var best: (String, Int)?
        let target = Array(id)
        for node in taxonomy.nodes where node.level != .domain {
            let common = zip(target, node.id).prefix { $0 == $1 }.count
            let lastSegmentMatch = node.id.split(separator: ".").last == id.split(separator: ".").last
            let score = common + (lastSegmentMatch ? 100 : 0)
            if score > (best?.1 ?? 3) { best = (node.id, score) }
        }
        return best.map { "did you mean '\($0.0)'?" }
    }
}

/// Tells whether a value was seen before, for "listed twice" rules. Entries list a
/// handful of values, which a scan of an array checks faster than hashing; past
/// `scanLimit` values a set takes over, so a hostile list of a million stays linear.
struct RepeatDetector<Value: Hashable> {
    private static var scanLimit: Int { 16 }
    private var few: [Value] = []
    private var many: Set<Value>?

    /// Records `value`; true when it was already recorded.
    mutating func isRepeat(_ value: Value) -> Bool {
        if many != nil { return !many!.insert(value).inserted }
        if few.contains(value) { return true }
        few.append(value)
        if few.count > Self.scanLimit { many = Set(few); few = [] }
        return false
    }
}
