public import AluDiagnostics
import AluLocalization

/// The rules a supplier entry must follow that XML Schema cannot express.
///
/// Each problem names its field (``FieldPath``: `contacts[2].email`) and the line of
/// that field's element, and is worded as a `rule.*` ``Message``.
public enum SupplierRules {
    /// Checks `supplier`, read from `file` whose base name is `fileID`.
    public static func check(_ s: Supplier, file: String, fileID: String?, context: RuleContext) -> [Diagnostic] {
        var sink = RuleSink(file: file, root: "supplier")
        let taxonomy = context.taxonomy

        if let fileID, s.id != fileID {
            sink.error("id", line: s.line("id"), Message("rule.id-file", ["id": s.id, "file": fileID]), "supplier.id-file",
                       hint: Message("rule.hint.id-file", ["id": s.id]))
        }
        sink.check(FieldForms.neq(s.neq), "neq", line: s.line("neq"), code: "supplier.neq")
        if s.address.region == nil, !s.address.regionName.isEmpty {
            sink.error("address.region", line: s.address.regionLine, Message("rule.region", ["value": s.address.regionName]), "supplier.region")
        }
        sink.check(FieldForms.quebecPostalCode(s.address.postalCode), "address.postalCode", line: s.address.line, code: "supplier.postal-code")
        let websiteProblem = FieldForms.webURL(s.website)
        sink.check(websiteProblem, "website", line: s.line("website"), code: "supplier.website")
        if websiteProblem == nil, FieldForms.isInsecureURL(s.website) {
            sink.warning("website", line: s.line("website"), Message("rule.website.http", ["value": s.website]), "supplier.website-http")
        }
        sink.check(FieldForms.email(s.email), "email", line: s.line("email"), code: "supplier.email")
        sink.check(FieldForms.e164(s.phone), "phone", line: s.line("phone"), code: "supplier.phone")
        if let founded = s.founded, founded < 1800 || founded > context.today.year {
            sink.error("founded", line: s.line("founded"),
                       Message("rule.founded", ["year": String(founded), "min": "1800", "max": String(context.today.year)]), "supplier.founded")
        }

        checkContacts(s, &sink)
        checkDescriptions(s, &sink)
        checkCapabilities(s, taxonomy, &sink)
        checkReferences(s, context, &sink)
        for (field, codes) in [("exportExperience", s.exportExperience), ("targetMarkets", s.targetMarkets)] {
            var seen = RepeatDetector<String>()
            for (index, code) in codes.enumerated() {
                sink.check(FieldForms.country(code), "\(field)[\(index)]", line: s.line(field), code: "supplier.country")
                if seen.isRepeat(code) {
                    sink.warning("\(field)[\(index)]", line: s.line(field), Message("rule.country-duplicate", ["value": code]), "supplier.country-duplicate")
                }
            }
        }
        for (index, certificate) in s.certifications.enumerated() {
            if let from = certificate.validFrom, let until = certificate.validUntil, until < from {
                sink.error("certifications[\(index)].validUntil", line: certificate.line,
                           Message("rule.certificate-dates", ["scheme": certificate.scheme, "until": until.description, "from": from.description]),
                           "supplier.certificate-dates")
            } else if let until = certificate.validUntil, until < context.today {
                sink.warning("certifications[\(index)].validUntil", line: certificate.line,
                             Message("rule.certificate-expired", ["scheme": certificate.scheme, "until": until.description]),
                             "supplier.certificate-expired")
            }
        }
        if let updated = s.lastUpdated, context.today < updated {
            sink.warning("lastUpdated", line: s.line("lastUpdated"), Message("rule.last-updated", ["date": updated.description]), "supplier.last-updated")
        }
        return sink.diagnostics
    }

    private static func checkContacts(_ s: Supplier, _ sink: inout RuleSink) {
        if s.contacts.isEmpty {
            sink.error("contacts", line: s.line("contacts") ?? s.line("id"), Message("rule.contacts"), "supplier.contacts")
        }
        for (i, contact) in s.contacts.enumerated() {
            if contact.consent == nil {
                sink.error("contacts[\(i)].consent", line: contact.line, Message("rule.contact-consent"), "supplier.contact-consent")
            }
            sink.check(FieldForms.email(contact.email), "contacts[\(i)].email", line: RuleSink.first(contact.emailLine, contact.line), code: "supplier.email")
            if let phone = contact.phone {
                sink.check(FieldForms.e164(phone), "contacts[\(i)].phone", line: RuleSink.first(contact.phoneLine, contact.line), code: "supplier.phone")
            }
            if contact.languages.isEmpty {
                sink.error("contacts[\(i)].languages", line: RuleSink.first(contact.languagesLine, contact.line),
                           Message("rule.contact-languages"), "supplier.contact-languages")
            }
            for (j, tag) in contact.languages.enumerated() {
                sink.check(FieldForms.languageTag(tag), "contacts[\(i)].languages[\(j)]",
                           line: RuleSink.first(contact.languagesLine, contact.line), code: "supplier.language")
            }
        }
    }

    private static let requiredDescriptionLanguages = ["fr", "en"]

    private static func checkDescriptions(_ s: Supplier, _ sink: inout RuleSink) {
        let line = s.line("descriptions") ?? s.line("id")
        let languages = s.descriptions.availableLanguages
        for required in requiredDescriptionLanguages {
            guard let text = s.descriptions[required] else {
                sink.error("descriptions.\(required)", line: line, Message("rule.description-missing.\(required)"), "supplier.description-missing")
                continue
            }
            if text.isEmpty {
                let index = languages.firstIndex(of: required) ?? 0
                sink.error("descriptions[\(index)]", line: s.line("description.\(required)") ?? line,
                           Message("rule.description-empty.\(required)"), "supplier.description-empty")
            }
        }
        var seen = RepeatDetector<String>()
        for (index, language) in languages.enumerated() {
            sink.check(FieldForms.languageTag(language), "descriptions[\(index)].language", line: s.line("description.\(language)") ?? line, code: "supplier.language")
            if seen.isRepeat(language) {
                sink.error("descriptions[\(index)].language", line: line, Message("rule.description-duplicate", ["language": language]), "supplier.description-duplicate")
            }
        }
    }

    private static func checkCapabilities(_ s: Supplier, _ taxonomy: Taxonomy, _ sink: inout RuleSink) {
        var claimed = RepeatDetector<String>()
        for (i, claim) in s.capabilities.enumerated() {
            checkLeafReference(claim.taxonomyID, "capabilities[\(i)].taxonomyID", line: claim.line, taxonomy, &sink)
            if claimed.isRepeat(claim.taxonomyID) {
                sink.warning("capabilities[\(i)].taxonomyID", line: claim.line, Message("rule.capability-duplicate", ["id": claim.taxonomyID]), "supplier.capability-duplicate")
            }
            if claim.roles.isEmpty {
                sink.error("capabilities[\(i)].roles", line: claim.line, Message("rule.capability-roles", ["id": claim.taxonomyID]), "supplier.capability-roles")
            }
        }
        for (i, line) in s.equipment.enumerated() {
            checkLeafReference(line.capability, "equipment[\(i)].capability", line: line.line, taxonomy, &sink)
            if taxonomy.contains(line.capability),
               !s.capabilities.contains(where: { taxonomy.isWithin(line.capability, $0.taxonomyID) || taxonomy.isWithin($0.taxonomyID, line.capability) }) {
                sink.warning("equipment[\(i)].capability", line: line.line, Message("rule.equipment-capability", ["id": line.capability]), "supplier.equipment-capability")
            }
            if let hs = line.hsCode { sink.check(FieldForms.hsCode(hs), "equipment[\(i)].hsCode", line: line.line, code: "supplier.hs") }
        }
    }

    /// A supplier claims areas or capabilities; domains are for navigation only.
    static func checkLeafReference(_ id: String, _ field: @autoclosure () -> String, line: Int, _ taxonomy: Taxonomy, _ sink: inout RuleSink) {
        guard let level = taxonomy.level(of: id) else {
            sink.error(field(), line: line, Message("rule.taxonomy.unknown", ["id": id]), "taxonomy.unknown-id",
                       hint: TaxonomySuggestions.suggestion(for: id, in: taxonomy))
            return
        }
        if level == .domain, let node = taxonomy[id] {
            let examples = node.childIDs.prefix(3).joined(separator: ", ")
            sink.error(field(), line: line, Message("rule.taxonomy.domain", ["id": id, "examples": examples]), "taxonomy.domain-not-allowed")
        }
    }

    private static func checkReferences(_ s: Supplier, _ context: RuleContext, _ sink: inout RuleSink) {
        for (i, reference) in s.references.enumerated() {
            sink.check(FieldForms.country(reference.country), "references[\(i)].country",
                       line: RuleSink.first(reference.countryLine, reference.line), code: "supplier.country")
            if let year = reference.year, year < 1950 || year > context.today.year + 1 {
                sink.error("references[\(i)].year", line: reference.yearLine,
                           Message("rule.reference-year", ["year": String(year), "min": "1950", "max": String(context.today.year + 1)]),
                           "supplier.reference-year")
            }
            if reference.scope.isEmpty {
                sink.error("references[\(i)].scope", line: RuleSink.first(reference.scopeLine, reference.line),
                           Message("rule.reference-scope", ["client": reference.client]), "supplier.reference-scope")
            }
        }
    }
}

/// "Did you mean" for unknown taxonomy ids: the known id sharing the longest prefix.
enum TaxonomySuggestions {
    static func suggestion(for id: String, in taxonomy: Taxonomy) -> Message? {
        var best: (String, Int)?
        let target = Array(id)
        for node in taxonomy.nodes where node.level != .domain {
            let common = zip(target, node.id).prefix { $0 == $1 }.count
            let lastSegmentMatch = node.id.split(separator: ".").last == id.split(separator: ".").last
            let score = common + (lastSegmentMatch ? 100 : 0)
            if score > (best?.1 ?? 3) { best = (node.id, score) }
        }
        return best.map { Message("rule.hint.did-you-mean", ["id": $0.0]) }
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
