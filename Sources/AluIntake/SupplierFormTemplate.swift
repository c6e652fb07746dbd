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
        let title = l.pick("Fiche fournisseur AluCat", "AluCat supplier form") + (supplier.map { " — \($0.displayName)" } ?? "")
        let writer = try SpreadsheetWriter(path: path, metadata: WorkbookMetadata(title: title, language: l.pick("fr-CA", "en-CA"), generator: "AluCat"))
        var form = FormSheets(language: l)
        form.capabilityCount = claimable.count
        let countries = FormValueNormaliser.countryList(l), languages = FormValueNormaliser.languageList(l)
        let noFilter = SheetOptions(headerRow: true, freezeHeaderRow: true, autoFilter: false)

        // Sheets first (content.xml is streamed), then validations, then rows.
        let instructions = try writer.addSheet(name: FormSheet.instructions.name(l), columns: [SheetColumn(title, width: 25, wrapText: true)], options: noFilter)
        let identity = try writer.addSheet(name: FormSheet.identity.name(l), columns: [
            SheetColumn(l.pick("Champ", "Field"), width: 5.5),
            SheetColumn(l.pick("Valeur", "Value"), width: 9),
            SheetColumn(l.pick("Aide", "Help"), width: 11, wrapText: true),
        ], options: noFilter)
        var tables: [(FormSheet, SheetWriter)] = []
        for sheet in form.tableSheets {
            let columns = FormColumns.columns(sheet, l).map { SheetColumn($0.title, width: $0.width, wrapText: true) }
            tables.append((sheet, try writer.addSheet(name: sheet.name(l), columns: columns, options: noFilter)))
        }
        let listsName = FormSheet.lists.name(l)
        let lists = try writer.addSheet(name: listsName, columns: [
            SheetColumn(l.pick("Code de capacité", "Capability code"), width: 7),
            SheetColumn(l.pick("Libellé", "Label"), width: 10, wrapText: true),
            SheetColumn(l.pick("Pays", "Country"), width: 6),
            SheetColumn(l.pick("Langue", "Language"), width: 5),
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
            l.pick("Cette fiche décrit votre entreprise dans le catalogue des fournisseurs de la grappe de l'aluminium du Québec. Les acheteurs étrangers la reçoivent lors des missions commerciales.",
                   "This form describes your business in the Québec aluminium cluster's supplier catalogue. Foreign buyers receive it during trade missions."),
            supplier == nil
                ? l.pick("Remplissez chaque feuille (\(sheets)). Les champs marqués * sont obligatoires.",
                         "Fill in each sheet (\(sheets)). Fields marked * are required.")
                : l.pick("Votre fiche actuelle est déjà remplie : corrigez ce qui a changé, ajoutez ce qui manque, videz les lignes qui ne s'appliquent plus.",
                         "Your current entry is already filled in: correct what changed, add what is missing, empty the rows that no longer apply."),
            l.pick("Comment remplir : une valeur par cellule. Sélectionnez une cellule pour voir son aide. Les cellules à liste déroulante n'acceptent que les valeurs de la liste.",
                   "How to fill it in: one value per cell. Select a cell to see its help. Cells with a drop-down list accept only the values in the list."),
            l.pick("Sur les feuilles en tableau, une ligne par élément ; ajoutez des lignes au besoin sous la dernière.",
                   "On table sheets, one row per item; add rows below the last one if you need more."),
            l.pick("Les dates s'écrivent AAAA-MM-JJ (p. ex. 2027-03-31). Les numéros de téléphone s'écrivent en forme internationale : +14185550123.",
                   "Dates are written YYYY-MM-DD (e.g. 2027-03-31). Phone numbers are written in international form: +14185550123."),
            l.pick("Consentement : inscrivez « oui » dans la colonne Consentement d'un contact seulement si cette personne a accepté que son nom, son titre, son courriel et son téléphone soient publiés dans le catalogue et remis à des acheteurs.",
                   "Consent: write \"yes\" in a contact's Consent column only if that person agreed that their name, title, e-mail and phone be published in the catalogue and given to buyers."),
            l.pick("Sinon inscrivez « non » : la personne reste connue de la grappe mais n'est jamais publiée.",
                   "Otherwise write \"no\": the person stays known to the cluster but is never published."),
            l.pick("Références : « Citable » = oui seulement si le client accepte d'être nommé auprès d'acheteurs.",
                   "References: \"Citable\" = yes only if the client agreed to be named to buyers."),
            l.pick("La feuille \(FormSheet.lists.name(l)) donne le libellé de chaque code de capacité et les codes de pays et de langue.",
                   "The \(FormSheet.lists.name(l)) sheet gives the label of every capability code and the country and language codes."),
            l.pick("Enregistrez au format .ods (sans mot de passe) et envoyez le fichier à \(sendTo). Nous le vérifions et vous répondons avec la liste précise de ce qui reste à corriger, cellule par cellule.",
                   "Save as .ods (without a password) and send the file to \(sendTo). We check it and reply with the exact list of anything left to correct, cell by cell."),
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
        let error = list == nil ? nil : l.pick("Choisissez une valeur de la liste déroulante.", "Choose a value from the drop-down list.")
        return try writer.addValidation(ContentValidation(source: source, helpTitle: title, helpMessage: help, errorMessage: error))
    }
}
