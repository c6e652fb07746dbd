import AluCatalog
import OpenDocument

/// The rows of the table sheets for one entry: the inverse of ``SupplierFormReader``.
struct FormSheets {
    let language: FormLanguage
    /// Capability codes on the Lists sheet (rows 2…count+1 of columns A and B), which
    /// the label formula beside each capability code looks up.
    var capabilityCount = 0

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
            return s.descriptions.entries.map { [language($0.language), text($0.text)] }
        case .capabilities:
            return s.capabilities.map { claim in
                [text(claim.taxonomyID), capabilityLabel(taxonomy[claim.taxonomyID]?.label(l.rawValue) ?? "")] + roles(claim.roles)
            }
        case .equipment:
            return s.equipment.map { line in
                [text(line.capability), text(line.hsCode)] + pairs(line.names)
            }
        case .references:
            return s.references.map { r in
                [text(r.citable ? l.yes : l.no), text(r.client), text(r.site), country(r.country), r.year.map { .int($0) } ?? .empty]
                    + roles(r.roles) + pairs(r.scope)
            }
        case .markets:
            return s.exportExperience.map { [country($0), text(l.exportExperience)] }
                + s.targetMarkets.map { [country($0), text(l.targetMarket)] }
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
            row[0] = language(index == 0 ? "fr" : "en")
        case .capabilities:
            row[1] = capabilityLabel("")
        case .equipment, .references:
            let first = sheet == .equipment ? 2 : 5 + FormColumns.roleColumns
            row[first] = language("fr")
            row[first + 2] = language("en")
        default:
            break
        }
        return row
    }

    /// The label beside a capability code: a lookup of the code in the Lists sheet, so it
    /// follows the code a supplier chooses; `cached` is shown until a program recalculates.
    func capabilityLabel(_ cached: String) -> CellValue {
        let lists = FormExpression.listsRange(language, capabilityCount)
        return .formula(CellFormula(.exactLookup(.sameRowCell(column: 1), in: lists, column: 2), cachedText: cached))
    }

    /// A country as the drop-down shows it (`Canada (CA)`).
    private func country(_ code: String?) -> CellValue {
        guard let code, !code.isEmpty else { return .empty }
        return .string(FormValueNormaliser.display(country: code, language))
    }

    /// A language as the drop-down shows it (`français (fr)`).
    private func language(_ code: String?) -> CellValue {
        guard let code, !code.isEmpty else { return .empty }
        return .string(FormValueNormaliser.display(language: code, language))
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
            index < entries.count ? [language(entries[index].language), text(entries[index].text)] : [.empty, .empty]
        }
    }
}

/// The ranges of the Lists sheet the form's formulas read.
enum FormExpression {
    /// Columns A (capability code) and B (label) of the Lists sheet's capability rows.
    static func listsRange(_ l: FormLanguage, _ capabilityCount: Int) -> FormulaExpression {
        .range(sheet: FormSheet.lists.name(l), firstColumn: 1, firstRow: 2, lastColumn: 2, lastRow: max(2, capabilityCount + 1))
    }
}
