import AluCatalog
import AluIntake
import AluLocalization
import Foundation

/// Where each item of the entry built from a form came from: the form's rows skip empty
/// rows and empty text slots, so the entry's `contacts[1]` may be the form's `contacts[2]`.
struct EntryFormLocator {
    /// Entry index → form row, per repeated group.
    var rows: [String: [Int]] = [:]
    /// Entry index of an equipment line or reference → (entry index of a text → form slot).
    var slots: [String: [[Int]]] = [:]
    /// Entry index of a claim → its taxonomy id.
    var capabilities: [String] = []
    /// Entry index of a description → its language.
    var descriptionLanguages: [String] = []

    func row(_ group: String, _ index: Int?) -> Int? {
        guard let index, let rows = rows[group], index < rows.count else { return nil }
        return rows[index]
    }

    func slot(_ group: String, _ item: Int?, _ index: Int?) -> Int {
        guard let item, let slots = slots[group], item < slots.count, let index, index < slots[item].count else { return 0 }
        return slots[item][index]
    }
}

/// A problem the form finds before the entry exists: a value the model cannot hold (a
/// year that is not a number), or a required choice left empty.
struct EntryFormProblem {
    var field: String
    var message: Message
}

extension EntryFormState {
    /// The entry this form describes (id and last update as given; no internal notes),
    /// with where each of its items came from and what could not be put in it.
    func supplier(id: String, lastUpdated: CalendarDay) -> (Supplier, EntryFormLocator, [EntryFormProblem]) {
        var s = Supplier(id: id)
        var locator = EntryFormLocator()
        var problems: [EntryFormProblem] = []
        func trimmed(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        func optional(_ text: String) -> String? { trimmed(text).isEmpty ? nil : trimmed(text) }
        func year(_ text: String, _ field: String) -> Int? {
            guard let value = optional(text) else { return nil }
            guard value.count == 4, value.allSatisfy({ ("0"..."9").contains($0) }), let year = Int(value) else {
                problems.append(EntryFormProblem(field: field, message: Message("entryform.problem.year", ["value": value])))
                return nil
            }
            return year
        }
        func day(_ text: String, _ field: String) -> CalendarDay? {
            guard let value = optional(text) else { return nil }
            guard let day = CalendarDay(value) else {
                problems.append(EntryFormProblem(field: field, message: Message("entryform.problem.date", ["value": value])))
                return nil
            }
            return day
        }
        func required(_ text: String, _ field: String) {
            if trimmed(text).isEmpty { problems.append(EntryFormProblem(field: field, message: Message("entryform.problem.choose"))) }
        }

        s.legalName = trimmed(legalName)
        s.operatingName = optional(operatingName)
        s.neq = trimmed(neq)
        s.kind = SupplierKind(rawValue: trimmed(kind))
        required(kind, "kind")
        s.employees = EmployeeBand(rawValue: trimmed(employees))
        required(employees, "employees")
        s.founded = year(founded, "founded")
        s.address.street = trimmed(street)
        s.address.city = trimmed(city)
        s.address.regionName = trimmed(region)
        required(region, "address.region")
        s.address.postalCode = trimmed(postalCode)
        s.website = trimmed(website)
        s.email = trimmed(email)
        s.phone = trimmed(phone)

        for (r, row) in contacts.enumerated() {
            let texts = [row.name, row.title, row.responsibility, row.languages, row.email, row.phone, row.consent]
            if texts.allSatisfy({ trimmed($0).isEmpty }) { continue }
            var c = AluCatalog.Contact()
            c.name = trimmed(row.name)
            c.title = trimmed(row.title)
            c.responsibility = Responsibility(rawValue: trimmed(row.responsibility))
            required(row.responsibility, "contacts[\(r)].responsibility")
            c.languages = FormValueNormaliser.languages(row.languages)
            c.email = trimmed(row.email)
            c.phone = optional(row.phone)
            c.consent = row.consent == "yes" ? true : row.consent == "no" ? false : nil
            s.contacts.append(c)
            locator.rows["contacts", default: []].append(r)
        }

        var descriptions = LocalizedText()
        for (r, row) in self.descriptions.enumerated() where !trimmed(row.text).isEmpty {
            let language = trimmed(row.language)
            // A second text in a language is kept as a second entry so the rules name it.
            var entries = descriptions.entries
            entries.append((language, trimmed(row.text)))
            descriptions.entries = entries
            locator.rows["descriptions", default: []].append(r)
            locator.descriptionLanguages.append(language)
        }
        s.descriptions = descriptions

        for claim in capabilities {
            s.capabilities.append(CapabilityClaim(taxonomyID: claim.id, roles: claim.roles.compactMap(Role.init(rawValue:))))
            locator.capabilities.append(claim.id)
        }

        for (r, row) in equipment.enumerated() {
            let (names, used) = Self.localized(row.names)
            if trimmed(row.capability).isEmpty, trimmed(row.hsCode).isEmpty, names.isEmpty { continue }
            s.equipment.append(EquipmentLine(capability: trimmed(row.capability), hsCode: optional(row.hsCode), names: names))
            locator.rows["equipment", default: []].append(r)
            locator.slots["equipment", default: []].append(used)
        }

        for (r, row) in references.enumerated() {
            let (scope, used) = Self.localized(row.scope)
            if [row.client, row.site, row.country, row.year].allSatisfy({ trimmed($0).isEmpty }), row.roles.isEmpty, scope.isEmpty { continue }
            var reference = ReferenceProject(citable: row.citable)
            reference.client = trimmed(row.client)
            reference.site = trimmed(row.site)
            reference.country = trimmed(row.country)
            reference.year = year(row.year, "references[\(r)].year")
            reference.roles = row.roles.compactMap(Role.init(rawValue:))
            reference.scope = scope
            s.references.append(reference)
            locator.rows["references", default: []].append(r)
            locator.slots["references", default: []].append(used)
        }

        for (group, rows) in [("exportExperience", exportExperience), ("targetMarkets", targetMarkets), ("memberships", memberships)] {
            var values: [String] = []
            for (r, value) in rows.enumerated() where !trimmed(value).isEmpty {
                values.append(trimmed(value))
                locator.rows[group, default: []].append(r)
            }
            switch group {
            case "exportExperience": s.exportExperience = values
            case "targetMarkets": s.targetMarkets = values
            default: s.memberships = values
            }
        }

        for (r, row) in certifications.enumerated() {
            if [row.scheme, row.number, row.issuer, row.validFrom, row.validUntil].allSatisfy({ trimmed($0).isEmpty }) { continue }
            s.certifications.append(AluCatalog.Certification(
                scheme: trimmed(row.scheme), number: optional(row.number), issuer: optional(row.issuer),
                validFrom: day(row.validFrom, "certifications[\(r)].validFrom"),
                validUntil: day(row.validUntil, "certifications[\(r)].validUntil")))
            locator.rows["certifications", default: []].append(r)
        }

        s.industries = industries
        s.lastUpdated = lastUpdated
        return (s, locator, problems)
    }

    /// The filled slots as a text per language, and the slot each entry came from.
    static func localized(_ slots: [Text]) -> (LocalizedText, [Int]) {
        var entries: [(language: String, text: String)] = []
        var used: [Int] = []
        for (index, slot) in slots.enumerated() {
            let text = slot.text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            entries.append((slot.language.trimmingCharacters(in: .whitespacesAndNewlines), text))
            used.append(index)
        }
        return (LocalizedText(entries), used)
    }
}
