public import AluCatalog
import OpenDocument

/// Writes the fillable supplier form: an instructions sheet, one sheet per part of the
/// entry, and a Lists sheet the drop-downs read from, in French or English.
///
/// Every input cell carries a help tip; closed vocabularies are drop-down lists (ODF
/// content validations). Text input cells use the text format, so LibreOffice keeps
/// `+14185550123` or `0123` as typed. Prefilled from `supplier` for a yearly update.
public struct SupplierFormTemplate: Sendable {
    public var language: FormLanguage
    public var taxonomy: Taxonomy
    /// Where the form goes once filled in (shown on the instructions sheet).
    public var sendTo: String
    /// Blank rows offered below the prefilled ones on each table sheet.
    public var blankRows: Int

    public init(language: FormLanguage, taxonomy: Taxonomy, sendTo: String = "catalogue@aluquebec.example", blankRows: Int = 8) {
        self.language = language
        self.taxonomy = taxonomy
        self.sendTo = sendTo
        self.blankRows = blankRows
    }

    /// Taxonomy nodes a supplier may claim (areas and capabilities), in document order.
    var claimable: [Taxonomy.Node] { taxonomy.nodes.filter { $0.level != .domain } }

    /// Writes the form to `path` (atomically: nothing appears there on failure).
    public func write(to path: String, supplier: Supplier? = nil) throws(IntakeError) {
        do {
            try writeWorkbook(path, supplier)
        } catch {
            throw .writeFailed(error)
        }
    }

    private func writeWorkbook(_ path: String, _ supplier: Supplier?) throws(SpreadsheetError) {
        let l = language
        let title = supplier.map { l.text("form.title.supplier", ["supplier": $0.displayName]) } ?? l.text("form.title")
        // The workbook's language tag (fr-CA, en-CA): metadata, not a wording.
        let writer = try SpreadsheetWriter(path: path, metadata: WorkbookMetadata(title: title, language: "\(l.rawValue)-CA", generator: "AluCat"))
        var form = FormSheets(language: l)
        form.capabilityCount = claimable.count
        let countries = FormValueNormaliser.countryList(l), languages = FormValueNormaliser.languageList(l)
        let noFilter = SheetOptions(headerRow: true, freezeHeaderRow: true, autoFilter: false)

        // Sheets first (content.xml is streamed), then validations, then rows.
        let instructions = try writer.addSheet(name: FormSheet.instructions.name(l), columns: [SheetColumn(title, width: 25, wrapText: true)], options: noFilter)
        let identity = try writer.addSheet(name: FormSheet.identity.name(l), columns: [
            SheetColumn(l.text("form.identity.field.title"), width: 5.5),
            SheetColumn(l.text("form.identity.value.title"), width: 9),
            SheetColumn(l.text("form.identity.help.title"), width: 11, wrapText: true),
        ], options: noFilter)
        var tables: [(FormSheet, SheetWriter)] = []
        for sheet in form.tableSheets {
            let columns = FormColumns.columns(sheet, l).map { SheetColumn($0.title, width: $0.width, wrapText: true) }
            tables.append((sheet, try writer.addSheet(name: sheet.name(l), columns: columns, options: noFilter)))
        }
        let listsName = FormSheet.lists.name(l)
        let lists = try writer.addSheet(name: listsName, columns: [
            SheetColumn(l.text("form.lists.capability.title"), width: 7),
            SheetColumn(l.text("form.lists.label.title"), width: 10, wrapText: true),
            SheetColumn(l.text("form.lists.country.title"), width: 6),
            SheetColumn(l.text("form.lists.language.title"), width: 5),
        ], options: noFilter)

        var validations = Validations(writer: writer, language: l, listsSheet: listsName,
                                      taxonomyCount: claimable.count, countryCount: countries.count,
                                      languageCount: languages.count)

        // Every validation before the first row.
        var identityValidations: [ContentValidationID] = []
        for field in IdentityField.allCases {
            identityValidations.append(try validations.id(list: field.list, title: field.label(l), help: field.help(l)))
        }
        var tableOptions: [[CellOptions]] = []
        for (sheet, _) in tables {
            var options: [CellOptions] = []
            for column in FormColumns.columns(sheet, l) {
                if column.isReference {
                    options.append(.muted)
                } else {
                    let validation = try validations.id(list: column.list, title: column.title, help: column.help)
                    options.append(CellOptions(validation: validation, look: column.isDate ? .date : .input))
                }
            }
            tableOptions.append(options)
        }

        // Instructions.
        for paragraph in instructionText(supplier) {
            try instructions.appendRow([.string(paragraph)], options: [.wrapped])
        }

        // Identity: label, value, help.
        for (index, field) in IdentityField.allCases.enumerated() {
            let validation = identityValidations[index]
            let value = supplier.map { identityValue(field, $0) } ?? .empty
            let look: CellOptions.Look = field == .id ? .muted : .input
            try identity.appendRow([.string(field.label(l) + (field.required ? " *" : "")), value, .string(field.help(l))],
                                   options: [.label, CellOptions(validation: validation, look: look), .muted])
        }

        // Table sheets.
        for (index, (sheet, writerSheet)) in tables.enumerated() {
            let columns = FormColumns.columns(sheet, l)
            let options = tableOptions[index]
            let rows = supplier.map { form.rows(sheet, $0, taxonomy: taxonomy) } ?? []
            for row in rows { try writerSheet.appendRow(row, options: options) }
            let blanks = max(blankRows, (sheet == .descriptions ? 2 : 0))
            for index in 0..<blanks {
                try writerSheet.appendRow(form.blankRow(sheet, index: index, hasRows: !rows.isEmpty, width: columns.count), options: options)
            }
        }

        // Lists: the long vocabularies the drop-downs read; countries and languages by
        // name with their code (`Canada (CA)`), sorted by name.
        let nodes = claimable
        let rowCount = max(nodes.count, countries.count, languages.count)
        for index in 0..<rowCount {
            var row: [CellValue] = [.empty, .empty, .empty, .empty]
            if index < nodes.count {
                row[0] = .string(nodes[index].id)
                row[1] = .string(nodes[index].label(l.rawValue))
            }
            if index < countries.count { row[2] = .string(countries[index]) }
            if index < languages.count { row[3] = .string(languages[index]) }
            try lists.appendRow(row)
        }
        try writer.finish()
    }

    private func identityValue(_ field: IdentityField, _ s: Supplier) -> CellValue {
        let l = language
        func text(_ value: String?) -> CellValue { value.map { $0.isEmpty ? .empty : .string($0) } ?? .empty }
        switch field {
        case .id: return text(s.id)
        case .legalName: return text(s.legalName)
        case .operatingName: return text(s.operatingName)
        case .neq: return text(s.neq)
        case .kind: return text(s.kind.map { l.label($0) })
        case .employees: return text(s.employees.map { l.label($0) })
        case .founded: return s.founded.map { .int($0) } ?? .empty
        case .street: return text(s.address.street)
        case .city: return text(s.address.city)
        case .region: return text(s.address.regionName)
        case .postalCode: return text(s.address.postalCode)
        case .website: return text(s.website)
        case .email: return text(s.email)
        case .phone: return text(s.phone)
        }
    }

    private func instructionText(_ supplier: Supplier?) -> [String] {
        let l = language
        let sheets = FormSheet.allCases.filter { $0 != .instructions }.map { $0.name(l) }.joined(separator: ", ")
        return [
            l.text("form.instructions.about"),
            supplier == nil
                ? l.text("form.instructions.fill-in", ["sheets": sheets])
                : l.text("form.instructions.update"),
            l.text("form.instructions.how"),
            l.text("form.instructions.tables"),
            l.text("form.instructions.formats"),
            l.text("form.instructions.consent"),
            l.text("form.instructions.no-consent"),
            l.text("form.instructions.references"),
            l.text("form.instructions.lists", ["sheet": FormSheet.lists.name(l)]),
            l.text("form.instructions.send", ["address": sendTo]),
        ]
    }
}

/// Content validations declared once per distinct (list, help) pair.
private struct Validations {
    let writer: SpreadsheetWriter
    let language: FormLanguage
    let listsSheet: String
    let taxonomyCount: Int
    let countryCount: Int
    let languageCount: Int

    mutating func id(list: FormList?, title: String, help: String) throws(SpreadsheetError) -> ContentValidationID {
        let l = language
        let source: ContentValidation.Source
        switch list {
        case nil: source = .anyValue
        case .yesNo: source = .values([l.yes, l.no])
        case .kinds: source = .values(SupplierKind.allCases.map { l.label($0) })
        case .bands: source = .values(EmployeeBand.allCases.map { l.label($0) })
        case .regions: source = .values(QuebecRegion.allCases.map(\.rawValue))
        case .roles: source = .values(Role.allCases.map { l.label($0) })
        case .responsibilities: source = .values(Responsibility.allCases.map { l.label($0) })
        case .schemes: source = .values(FormLanguage.certificationSchemes)
        case .industries: source = .values(FormLanguage.industries.map { l.label(industry: $0) })
        case .marketKind: source = .values([l.exportExperience, l.targetMarket])
        case .taxonomy: source = .range(sheet: listsSheet, column: 1, firstRow: 2, lastRow: taxonomyCount + 1)
        case .countries: source = .range(sheet: listsSheet, column: 3, firstRow: 2, lastRow: countryCount + 1)
        case .languages: source = .range(sheet: listsSheet, column: 4, firstRow: 2, lastRow: languageCount + 1)
        }
        let error = list == nil ? nil : l.text("form.validation.error")
        return try writer.addValidation(ContentValidation(source: source, helpTitle: title, helpMessage: help, errorMessage: error))
    }
}
