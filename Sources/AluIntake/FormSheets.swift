import AluCatalog
import OpenDocument

/// The rows of the table sheets for one entry: the inverse of ``SupplierFormReader``.
struct FormSheets {
    let language: FormLanguage

    /// Table sheets, in workbook order.
    var tableSheets: [FormSheet] {
        [.contacts, .descriptions, .capabilities, .equipment, .references, .markets, .certifications, .memberships, .industries]
    }

    func rows(_ sheet: FormSheet, _ s: Supplier, taxonomy: Taxonomy) -> [[CellValue]] {
        let l = language
        switch sheet {
        case .contacts:
            return s.contacts.map { c in
                [text(c.name), text(c.title), text(c.responsibility.map { l.label($0) }), text(c.languages.joined(separator: " ")),
                 text(c.email), text(c.phone), text(c.consent.map { $0 ? l.yes : l.no })]
            }
        case .descriptions:
            return s.descriptions.entries.map { [text($0.language), text($0.text)] }
        case .capabilities:
            return s.capabilities.map { claim in
                [text(claim.taxonomyID), text(taxonomy[claim.taxonomyID]?.label(l.rawValue))] + roles(claim.roles)
            }
        case .equipment:
            return s.equipment.map { line in
                [text(line.capability), text(line.hsCode)] + pairs(line.names)
            }
        case .references:
            return s.references.map { r in
                [text(r.citable ? l.yes : l.no), text(r.client), text(r.site), text(r.country), r.year.map { .int($0) } ?? .empty]
                    + roles(r.roles) + pairs(r.scope)
            }
        case .markets:
            return s.exportExperience.map { [text($0), text(l.exportExperience)] }
                + s.targetMarkets.map { [text($0), text(l.targetMarket)] }
        case .certifications:
            return s.certifications.map { c in
                [text(c.scheme), text(c.number), text(c.issuer), date(c.validFrom), date(c.validUntil)]
            }
        case .memberships:
            return s.memberships.map { [text($0)] }
        case .industries:
            return s.industries.map { [text(l.label(industry: $0))] }
        case .instructions, .identity, .lists:
            return []
        }
    }

    /// An empty row; the first blank rows of a new form suggest the languages to use.
    func blankRow(_ sheet: FormSheet, index: Int, hasRows: Bool, width: Int) -> [CellValue] {
        var row = [CellValue](repeating: .empty, count: width)
        switch sheet {
        case .descriptions where !hasRows && index < 2:
            row[0] = .string(index == 0 ? "fr" : "en")
        case .equipment, .references:
            let first = sheet == .equipment ? 2 : 5 + FormColumns.roleColumns
            row[first] = .string("fr")
            row[first + 2] = .string("en")
        default:
            break
        }
        return row
    }

    private func text(_ value: String?) -> CellValue {
        guard let value, !value.isEmpty else { return .empty }
        return .string(value)
    }

    private func date(_ day: AluCatalog.CalendarDay?) -> CellValue {
        guard let day else { return .empty }
        return .date(OpenDocument.CalendarDay(year: day.year, month: day.month, day: day.day))
    }

    private func roles(_ roles: [Role]) -> [CellValue] {
        (0..<FormColumns.roleColumns).map { $0 < roles.count ? text(language.label(roles[$0])) : .empty }
    }

    private func pairs(_ texts: LocalizedText) -> [CellValue] {
        let entries = texts.entries
        return (0..<FormColumns.textPairs).flatMap { index -> [CellValue] in
            index < entries.count ? [text(entries[index].language), text(entries[index].text)] : [.empty, .empty]
        }
    }
}
