/// Where everything sits in the supplier form: sheets, the identity rows, the columns of
/// the table sheets, with their labels and help (worded by the `form.*` rows of
/// AluLocalization, through ``FormLanguage/text(_:_:)``). The template writer and the
/// importer both read it, so a cell is written and read at the same place.
enum FormSheet: CaseIterable {
    case instructions, identity, contacts, descriptions, capabilities, equipment, references
    case markets, certifications, memberships, industries, lists

    func name(_ l: FormLanguage) -> String {
        switch self {
        case .instructions: l.text("form.sheet.instructions")
        case .identity: l.text("form.sheet.identity")
        case .contacts: l.text("form.sheet.contacts")
        case .descriptions: l.text("form.sheet.descriptions")
        case .capabilities: l.text("form.sheet.capabilities")
        case .equipment: l.text("form.sheet.equipment")
        case .references: l.text("form.sheet.references")
        case .markets: l.text("form.sheet.markets")
        case .certifications: l.text("form.sheet.certifications")
        case .memberships: l.text("form.sheet.memberships")
        case .industries: l.text("form.sheet.industries")
        case .lists: l.text("form.sheet.lists")
        }
    }

    /// The sheet a workbook's sheet name stands for, with the form's language.
    static func identify(_ name: String) -> (FormSheet, FormLanguage)? {
        for language in [FormLanguage.fr, .en] {
            if let sheet = allCases.first(where: { $0.name(language) == name }) { return (sheet, language) }
        }
        return nil
    }
}

/// The drop-down lists of the form.
enum FormList: Hashable {
    case yesNo, kinds, bands, regions, roles, responsibilities, taxonomy, countries, languages
    case schemes, industries, marketKind
}

/// One row of the identity sheet (label in A, value in B, help in C).
enum IdentityField: CaseIterable {
    case id, legalName, operatingName, neq, kind, employees, founded, street, city, region
    case postalCode, website, email, phone

    /// 0-based row (row 1 is the header).
    var row: Int { IdentityField.allCases.firstIndex(of: self)! + 1 }

    var required: Bool {
        switch self {
        case .id, .operatingName, .founded: false
        default: true
        }
    }

    var list: FormList? {
        switch self {
        case .kind: .kinds
        case .employees: .bands
        case .region: .regions
        default: nil
        }
    }

    func label(_ l: FormLanguage) -> String {
        switch self {
        case .id: l.text("form.field.id.label")
        case .legalName: l.text("form.field.legal-name.label")
        case .operatingName: l.text("form.field.operating-name.label")
        case .neq: l.text("form.field.neq.label")
        case .kind: l.text("form.field.kind.label")
        case .employees: l.text("form.field.employees.label")
        case .founded: l.text("form.field.founded.label")
        case .street: l.text("form.field.street.label")
        case .city: l.text("form.field.city.label")
        case .region: l.text("form.field.region.label")
        case .postalCode: l.text("form.field.postal-code.label")
        case .website: l.text("form.field.website.label")
        case .email: l.text("form.field.email.label")
        case .phone: l.text("form.field.phone.label")
        }
    }

    func help(_ l: FormLanguage) -> String {
        switch self {
        case .id: l.text("form.field.id.help")
        case .legalName: l.text("form.field.legal-name.help")
        case .operatingName: l.text("form.field.operating-name.help")
        case .neq: l.text("form.field.neq.help")
        case .kind: l.text("form.field.kind.help")
        case .employees: l.text("form.field.employees.help")
        case .founded: l.text("form.field.founded.help")
        case .street: l.text("form.field.street.help")
        case .city: l.text("form.field.city.help")
        case .region: l.text("form.field.region.help")
        case .postalCode: l.text("form.field.postal-code.help")
        case .website: l.text("form.field.website.help")
        case .email: l.text("form.field.email.help")
        case .phone: l.text("form.field.phone.help")
        }
    }
}

/// One column of a table sheet.
struct FormColumn {
    var title: String
    var help: String
    /// Width in centimetres.
    var width: Double
    var list: FormList?
    var isDate = false
    /// Filled by the form from a neighbouring cell; grey, not read back.
    var isReference = false
}

/// The columns of each table sheet, in order.
enum FormColumns {
    /// Language/text pairs per equipment line or reference.
    static let textPairs = 3
    /// Role columns per capability or reference.
    static let roleColumns = 5

    static func columns(_ sheet: FormSheet, _ l: FormLanguage) -> [FormColumn] {
        switch sheet {
        case .contacts:
            return [
                FormColumn(title: l.text("form.column.contacts.name.title"), help: l.text("form.column.contacts.name.help"), width: 4.5),
                FormColumn(title: l.text("form.column.contacts.title.title"), help: l.text("form.column.contacts.title.help"), width: 5),
                FormColumn(title: l.text("form.column.contacts.responsibility.title"), help: l.text("form.column.contacts.responsibility.help"), width: 4, list: .responsibilities),
                FormColumn(title: l.text("form.column.contacts.languages.title"), help: l.text("form.help.languages"), width: 4),
                FormColumn(title: l.text("form.column.contacts.email.title"), help: l.text("form.column.contacts.email.help"), width: 6.5),
                FormColumn(title: l.text("form.column.contacts.phone.title"), help: l.text("form.column.contacts.phone.help"), width: 3.5),
                FormColumn(title: l.text("form.column.contacts.consent.title"), help: l.text("form.column.contacts.consent.help"), width: 3.2, list: .yesNo),
            ]
        case .descriptions:
            return [
                FormColumn(title: l.text("form.column.descriptions.language.title"), help: l.text("form.column.descriptions.language.help"), width: 3.5, list: .languages),
                FormColumn(title: l.text("form.column.descriptions.text.title"), help: l.text("form.column.descriptions.text.help"), width: 22),
            ]
        case .capabilities:
            return [
                FormColumn(title: l.text("form.column.capabilities.code.title"), help: l.text("form.column.capabilities.code.help"), width: 7, list: .taxonomy),
                FormColumn(title: l.text("form.column.capabilities.label.title"), help: l.text("form.help.capability-label"), width: 7, isReference: true),
            ] + roleColumnDefinitions(l)
        case .equipment:
            return [
                FormColumn(title: l.text("form.column.equipment.code.title"), help: l.text("form.column.equipment.code.help"), width: 6, list: .taxonomy),
                FormColumn(title: l.text("form.column.equipment.hs-code.title"), help: l.text("form.column.equipment.hs-code.help"), width: 2.2),
            ] + textPairDefinitions(l, text: l.text("form.column.equipment.name.title"))
        case .references:
            return [
                FormColumn(title: l.text("form.column.references.citable.title"), help: l.text("form.column.references.citable.help"), width: 2, list: .yesNo),
                FormColumn(title: l.text("form.column.references.client.title"), help: l.text("form.column.references.client.help"), width: 4),
                FormColumn(title: l.text("form.column.references.site.title"), help: l.text("form.column.references.site.help"), width: 4),
                FormColumn(title: l.text("form.column.references.country.title"), help: l.text("form.help.country"), width: 4.5, list: .countries),
                FormColumn(title: l.text("form.column.references.year.title"), help: l.text("form.column.references.year.help"), width: 1.8),
            ] + roleColumnDefinitions(l) + textPairDefinitions(l, text: l.text("form.column.references.scope.title"))
        case .markets:
            return [
                FormColumn(title: l.text("form.column.markets.country.title"), help: l.text("form.help.country"), width: 4.5, list: .countries),
                FormColumn(title: l.text("form.column.markets.kind.title"), help: l.text("form.column.markets.kind.help"), width: 3.5, list: .marketKind),
            ]
        case .certifications:
            return [
                FormColumn(title: l.text("form.column.certifications.scheme.title"), help: l.text("form.column.certifications.scheme.help"), width: 5, list: .schemes),
                FormColumn(title: l.text("form.column.certifications.number.title"), help: l.text("form.column.certifications.number.help"), width: 4),
                FormColumn(title: l.text("form.column.certifications.issuer.title"), help: l.text("form.column.certifications.issuer.help"), width: 4),
                FormColumn(title: l.text("form.column.certifications.valid-from.title"), help: l.text("form.column.certifications.valid-from.help"), width: 2.8, isDate: true),
                FormColumn(title: l.text("form.column.certifications.valid-until.title"), help: l.text("form.column.certifications.valid-until.help"), width: 2.8, isDate: true),
            ]
        case .memberships:
            return [FormColumn(title: l.text("form.column.memberships.organisation.title"), help: l.text("form.column.memberships.organisation.help"), width: 12)]
        case .industries:
            return [FormColumn(title: l.text("form.column.industries.industry.title"), help: l.text("form.column.industries.industry.help"), width: 8, list: .industries)]
        case .instructions, .identity, .lists:
            return []
        }
    }

    private static func roleColumnDefinitions(_ l: FormLanguage) -> [FormColumn] {
        (1...roleColumns).map {
            FormColumn(title: l.text("form.column.role.title", ["number": String($0)]),
                       help: l.text("form.column.role.help"),
                       width: 2.3, list: .roles)
        }
    }

    private static func textPairDefinitions(_ l: FormLanguage, text: String) -> [FormColumn] {
        (1...textPairs).flatMap { n -> [FormColumn] in
            let language = n == 1 ? "fr" : n == 2 ? "en" : l.text("form.column.pair.other-language")
            return [
                FormColumn(title: l.text("form.column.pair.language.title", ["number": String(n)]), help: l.text("form.help.language"), width: 3.5, list: .languages),
                FormColumn(title: l.text("form.column.pair.text.title", ["text": text, "language": language]), help: l.text("form.column.pair.text.help"), width: 5.5),
            ]
        }
    }
}
