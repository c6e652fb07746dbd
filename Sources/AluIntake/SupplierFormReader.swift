public import AluCatalog
public import AluDiagnostics
import AluLocalization
import AluZip
import Foundation
public import OpenDocument

/// A form read back: the entry it describes, where each part came from, and the problems
/// only the form can see (a free-typed value outside a list, text in a date cell, a
/// missing required cell), located by cell.
public struct FormImport: Sendable {
    public var supplier: Supplier
    public var language: FormLanguage
    /// Form-level problems, each with its cell (`Identité!B5`).
    public var diagnostics: [Diagnostic]
    /// True when the id cell was empty (a first entry) and the id was made from the name:
    /// intake may then pick a free one instead of landing on another enterprise's entry.
    public var idWasMadeFromName = false
    /// Where each item came from: (sheet, 0-based row) per item, by sheet.
    var rows: [FormSheet: [Int]] = [:]
    /// For each equipment line and reference, in item order, the pair (0, 1, 2) each of its
    /// texts came from: empty pairs are skipped, so a text's index is not its column.
    var pairIndexes: [FormSheet: [[Int]]] = [:]
    /// Market rows: row, country, export experience (true) or target (false).
    var marketRows: [(row: Int, country: String, experience: Bool)] = []
    /// Industry rows, with the industry id read.
    var industryRows: [(row: Int, industry: String)] = []
    /// Rows of the Descriptions sheet whose language cell names a language, text or not:
    /// (0-based row, language code as read).
    var descriptionLanguageRows: [(row: Int, language: String)] = []
    /// The first row below the last non-empty row of the Descriptions sheet.
    var firstFreeDescriptionRow = 1

    /// The 0-based row of the Descriptions sheet where the description in `language` is or
    /// should be written: the row that holds it; else the row whose language cell names
    /// `language` with no text beside it (the template's `fr` and `en` rows); else the first
    /// empty row. What a missing description (`supplier.description-missing`) is reported at.
    public func descriptionRow(_ language: String) -> Int {
        descriptionLanguageRows.first { $0.language == language }?.row ?? firstFreeDescriptionRow
    }

    /// The cell of the text of the description in `language` (`Descriptions!B2`): see
    /// ``descriptionRow(_:)``.
    public func descriptionCell(_ language: String) -> String {
        ReadCellAddress(sheet: FormSheet.descriptions.name(self.language), row: descriptionRow(language), column: 1).description
    }
}

/// Reads a filled-in supplier form with the hostile-safe ``SpreadsheetReader``.
public struct SupplierFormReader: Sendable {
    public var limits: SpreadsheetReadLimits

    /// Limits sized to a supplier form, not to any workbook: a form has a dozen
    /// sheets of at most a few hundred rows and a few dozen columns, so a small file
    /// that repeats one cell across a whole sheet is refused instead of charging
    /// millions of cells (a 795-byte file used to cost 460 MB under workbook limits).
    ///
    /// The limits agree with the schema's (`catalog/schema/common.xsd`, `supplier.xsd`):
    /// the longest free text is 4,000 characters, at most 16 KiB of UTF-8 (emoji are 4 bytes
    /// each), under `maxCellTextBytes`; a maximal entry (every text at its maximum, every list
    /// full: 50 contacts, 20 descriptions, 300 capabilities, 200 equipment lines, 50
    /// references…) holds about 2 MiB of text and writes a `content.xml` of about 2.3 MiB,
    /// well under `maxTextBytes` and the zip's per-entry cap. A test writes that entry's form
    /// and imports it.
    ///
    /// The zip caps are tighter than a workbook's (a maximal form is under 1 MiB zipped).
    /// The compression ratio keeps its 100:1 cap: the most compressible valid entry (every
    /// text at its maximum, all one letter) gives a `content.xml` of 1.3 MiB compressed
    /// about 36:1, as the template writes it and as LibreOffice saves it again. A
    /// 70,000-character legal name, refused as "a zip bomb" before, is now refused by
    /// `validate` (names are at most 200 characters).
    public static let formLimits = SpreadsheetReadLimits(
        zip: ZipReadLimits(maxArchiveBytes: 16 << 20, maxEntries: 200, maxEntryBytes: 24 << 20, maxTotalBytes: 32 << 20),
        maxRowsPerSheet: 10_000, maxColumnsPerSheet: 256, maxCells: 200_000, maxSheets: 32,
        maxCellTextBytes: 64 << 10, maxTextBytes: 16 << 20)

    public init(limits: SpreadsheetReadLimits = SupplierFormReader.formLimits) {
        self.limits = limits
    }

    /// Reads `path`. Throws when the file is not a readable ODS or not a supplier form;
    /// everything else is a diagnostic.
    public func read(path: String) throws(IntakeError) -> FormImport {
        let workbook: ReadWorkbook
        do {
            workbook = try SpreadsheetReader(limits: limits).read(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw .unreadableForm(path: path, error)
        }
        return try read(workbook, file: path)
    }

    func read(_ workbook: ReadWorkbook, file: String) throws(IntakeError) -> FormImport {
        var sheets: [FormSheet: ReadSheet] = [:]
        var language: FormLanguage?
        for sheet in workbook.sheets {
            guard let (kind, l) = FormSheet.identify(sheet.name) else { continue }
            if kind == .identity { language = l }
            sheets[kind] = sheet
        }
        guard let language, let identity = sheets[.identity] else { throw .notASupplierForm(path: file) }
        var parser = FormParser(file: file, language: language, sheets: sheets)
        parser.warnControlCharacters()
        parser.readIdentity(identity)
        parser.readTables()
        return parser.result
    }
}

/// One pass over the sheets of a form.
private struct FormParser {
    let file: String
    let l: FormLanguage
    let sheets: [FormSheet: ReadSheet]
    var result: FormImport

    init(file: String, language: FormLanguage, sheets: [FormSheet: ReadSheet]) {
        self.file = file
        self.l = language
        self.sheets = sheets
        result = FormImport(supplier: Supplier(id: ""), language: language, diagnostics: [])
    }

    // MARK: Cells

    func address(_ sheet: FormSheet, _ row: Int, _ column: Int) -> String {
        ReadCellAddress(sheet: sheet.name(l), row: row, column: column).description
    }

    mutating func error(_ sheet: FormSheet, _ row: Int, _ column: Int, _ message: String, code: String) {
        result.diagnostics.append(.error(.init(file: file, cell: address(sheet, row, column)), message, code: code))
    }

    /// The cell's text, trimmed and in NFC; numbers as written, links as their text.
    func text(_ sheet: FormSheet, _ row: ReadRow?, _ column: Int) -> String {
        guard let cell = row?.cells.first(where: { $0.address.column == column }) else { return "" }
        let raw: String
        switch cell.value {
        case .string(let s): raw = s
        case .int(let i): raw = String(i)
        case .float(let d): raw = d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : cell.text
        case .hyperlink(let text, _): raw = text
        case .date(let day): raw = day.description
        case .boolean, .percentage, .currency: raw = cell.text
        case .empty: raw = ""
        }
        return raw.trimmingCharacters(in: .whitespacesAndNewlines).precomposedStringWithCanonicalMapping
    }

    /// A phone typed without the text format loses its `+` to a number: give it back.
    func phone(_ sheet: FormSheet, _ row: ReadRow?, _ column: Int) -> String {
        let value = text(sheet, row, column)
        guard let cell = row?.cells.first(where: { $0.address.column == column }) else { return value }
        switch cell.value {
        case .int, .float: return value.hasPrefix("+") ? value : "+" + value
        default: return value
        }
    }

    mutating func year(_ sheet: FormSheet, _ row: ReadRow?, _ column: Int, _ index: Int) -> Int? {
        let value = text(sheet, row, column)
        if value.isEmpty { return nil }
        if let year = Int(value), value.count == 4 { return year }
        error(sheet, index, column, l.text("form.year", ["value": value]), code: "form.year")
        return nil
    }

    mutating func date(_ sheet: FormSheet, _ row: ReadRow?, _ column: Int, _ index: Int) -> AluCatalog.CalendarDay? {
        guard let cell = row?.cells.first(where: { $0.address.column == column }) else { return nil }
        if case .date(let day) = cell.value { return AluCatalog.CalendarDay(year: day.year, month: day.month, day: day.day) }
        let value = text(sheet, row, column)
        if value.isEmpty { return nil }
        if case .string = cell.value, let day = AluCatalog.CalendarDay(value) { return day }
        error(sheet, index, column, l.text("form.date", ["value": value]), code: "form.date")
        return nil
    }

    /// A drop-down value read back; reports a value outside the list.
    mutating func choice<T>(_ sheet: FormSheet, _ row: ReadRow?, _ column: Int, _ index: Int, what: String,
                            _ match: (String) -> T?) -> T? {
        let value = text(sheet, row, column)
        if value.isEmpty { return nil }
        if let found = match(value) { return found }
        error(sheet, index, column, l.text("form.not-in-list", ["value": value, "allowed": what]), code: "form.not-in-list")
        return nil
    }

    /// One warning per cell whose text holds C1 control characters (U+0080–U+009F), the
    /// trace of a Windows-1252 paste read as Latin-1 (U+0092 for an apostrophe).
    mutating func warnControlCharacters() {
        for sheet in FormSheet.allCases where sheet != .lists && sheet != .instructions {
            guard let table = sheets[sheet] else { continue }
            for row in table.rows {
                for cell in row.cells {
                    let raw: String
                    switch cell.value {
                    case .string(let s): raw = s
                    case .hyperlink(let text, let url): raw = text + url
                    default: continue
                    }
                    let found = FormValueNormaliser.controlCharacters(raw)
                    if found.isEmpty { continue }
                    let message = Message("form.control-characters", ["characters": found.joined(separator: ", ")])
                    result.diagnostics.append(.warning(.init(file: file, cell: address(sheet, row.index, cell.address.column)),
                                                       message.text(l.rawValue), code: "form.control-characters"))
                }
            }
        }
    }

    // MARK: Identity

    mutating func readIdentity(_ sheet: ReadSheet) {
        var s = Supplier(id: "")
        func row(_ field: IdentityField) -> ReadRow? { sheet.rows.first { $0.index == field.row } }
        for field in IdentityField.allCases {
            let r = row(field)
            let value = field == .phone ? phone(.identity, r, 1) : text(.identity, r, 1)
            if value.isEmpty {
                if field.required {
                    error(.identity, field.row, 1, l.text("form.required", ["field": field.label(l)]), code: "form.required")
                }
                continue
            }
            switch field {
            case .id: s.id = value
            case .legalName: s.legalName = value
            case .operatingName: s.operatingName = value
            case .neq: s.neq = value
            case .kind:
                s.kind = choice(.identity, r, 1, field.row, what: field.label(l), Vocabulary.kind)
            case .employees:
                s.employees = choice(.identity, r, 1, field.row, what: field.label(l), Vocabulary.band)
            case .founded: s.founded = year(.identity, r, 1, field.row)
            case .street: s.address.street = value
            case .city: s.address.city = value
            case .region:
                // `Saguenay-Lac-St-Jean` → `Saguenay–Lac-Saint-Jean`; else kept as typed.
                let value = FormValueNormaliser.region(value)
                if QuebecRegion(rawValue: value) == nil {
                    error(.identity, field.row, 1, l.text("form.region-not-in-list", ["value": value]), code: "form.not-in-list")
                }
                s.address.regionName = value
            case .postalCode: s.address.postalCode = FormValueNormaliser.postalCode(value)
            case .website: s.website = value
            case .email: s.email = value
            case .phone: s.phone = value
            }
        }
        if s.id.isEmpty {
            s.id = SupplierID.make(from: s.operatingName ?? s.legalName)
            result.idWasMadeFromName = true
        }
        result.supplier = s
    }

    // MARK: Tables

    /// Data rows (below the header) holding something besides the suggested languages.
    func dataRows(_ sheet: FormSheet, ignoring: Set<Int> = []) -> [ReadRow] {
        guard let table = sheets[sheet] else { return [] }
        return table.rows.filter { row in
            row.index >= 1 && row.cells.contains { !ignoring.contains($0.address.column) && !text(sheet, row, $0.address.column).isEmpty }
        }
    }

    mutating func readTables() {
        var s = result.supplier
        let roleStartCapabilities = 2
        let referenceRolesStart = 5
        let equipmentPairsStart = 2
        let referencePairsStart = referenceRolesStart + FormColumns.roleColumns
        let pairLanguageColumns = { (start: Int) in Set((0..<FormColumns.textPairs).map { start + 2 * $0 }) }

        for row in dataRows(.contacts) {
            var c = Contact()
            c.name = text(.contacts, row, 0)
            c.title = text(.contacts, row, 1)
            c.responsibility = choice(.contacts, row, 2, row.index, what: FormColumns.columns(.contacts, l)[2].title, Vocabulary.responsibility)
            c.languages = FormValueNormaliser.languages(text(.contacts, row, 3))
            c.email = text(.contacts, row, 4)
            let phone = phone(.contacts, row, 5)
            c.phone = phone.isEmpty ? nil : phone
            c.consent = choice(.contacts, row, 6, row.index, what: l.text("form.allowed.yes-no"), Vocabulary.yesNo)
            s.contacts.append(c)
            result.rows[.contacts, default: []].append(row.index)
        }
        if let table = sheets[.descriptions] {
            for row in table.rows where row.index >= 1 {
                let language = FormValueNormaliser.language(text(.descriptions, row, 0))
                if !language.isEmpty { result.descriptionLanguageRows.append((row.index, language)) }
                if row.cells.contains(where: { !text(.descriptions, row, $0.address.column).isEmpty }) {
                    result.firstFreeDescriptionRow = max(result.firstFreeDescriptionRow, row.index + 1)
                }
            }
            // The row that holds a text wins over a suggested language with none.
            let withText = Set(table.rows.filter { !text(.descriptions, $0, 1).isEmpty }.map(\.index))
            result.descriptionLanguageRows.sort { lhs, rhs in
                let l = withText.contains(lhs.row), r = withText.contains(rhs.row)
                return l != r ? l : lhs.row < rhs.row
            }
        }
        for row in dataRows(.descriptions, ignoring: [0]) {
            var language = FormValueNormaliser.language(text(.descriptions, row, 0))
            if language.isEmpty {
                error(.descriptions, row.index, 0, l.text("form.language-missing"), code: "form.language-missing")
                language = "?"
            }
            var entries = s.descriptions.entries
            entries.append((language, text(.descriptions, row, 1)))
            s.descriptions.entries = entries
            result.rows[.descriptions, default: []].append(row.index)
        }
        for row in dataRows(.capabilities, ignoring: [1]) {
            let id = Self.code(text(.capabilities, row, 0))
            s.capabilities.append(CapabilityClaim(taxonomyID: id, roles: roles(.capabilities, row, from: roleStartCapabilities)))
            result.rows[.capabilities, default: []].append(row.index)
        }
        for row in dataRows(.equipment, ignoring: pairLanguageColumns(equipmentPairsStart)) {
            let hs = text(.equipment, row, 1)
            s.equipment.append(EquipmentLine(capability: Self.code(text(.equipment, row, 0)), hsCode: hs.isEmpty ? nil : hs,
                                             names: pairs(.equipment, row, from: equipmentPairsStart)))
            result.rows[.equipment, default: []].append(row.index)
        }
        for row in dataRows(.references, ignoring: pairLanguageColumns(referencePairsStart)) {
            var r = ReferenceProject(citable: choice(.references, row, 0, row.index, what: l.text("form.allowed.yes-no"), Vocabulary.yesNo) ?? false)
            r.client = text(.references, row, 1)
            r.site = text(.references, row, 2)
            r.country = FormValueNormaliser.country(text(.references, row, 3))
            r.year = year(.references, row, 4, row.index)
            r.roles = roles(.references, row, from: referenceRolesStart)
            r.scope = pairs(.references, row, from: referencePairsStart)
            s.references.append(r)
            result.rows[.references, default: []].append(row.index)
        }
        for row in dataRows(.markets) {
            let typed = text(.markets, row, 0)
            let country = FormValueNormaliser.country(typed)
            // One row, one country: text that names none is one problem at its cell (the
            // entry stores countries as a list of codes, where "Nouvelle Zélande" would
            // read as two bad codes, one of them on the next row).
            if !country.isEmpty, !ISOCountry.codes.contains(country) {
                let problem = Message("form.country-unknown", ["value": typed]).text(l.rawValue)
                let sentence = Message("report.subject", ["subject": FormColumns.columns(.markets, l)[0].title, "problem": problem])
                error(.markets, row.index, 0, sentence.text(l.rawValue), code: "form.country")
                continue
            }
            guard let experience = choice(.markets, row, 1, row.index, what: l.text("form.allowed.market-kind"), Vocabulary.marketKind) else {
                if text(.markets, row, 1).isEmpty {
                    error(.markets, row.index, 1, l.text("form.market-kind-missing", ["experience": l.exportExperience, "target": l.targetMarket]), code: "form.required")
                }
                continue
            }
            if experience { s.exportExperience.append(country) } else { s.targetMarkets.append(country) }
            result.marketRows.append((row.index, country, experience))
        }
        for row in dataRows(.certifications) {
            let number = text(.certifications, row, 1), issuer = text(.certifications, row, 2)
            s.certifications.append(Certification(
                scheme: text(.certifications, row, 0), number: number.isEmpty ? nil : number, issuer: issuer.isEmpty ? nil : issuer,
                validFrom: date(.certifications, row, 3, row.index), validUntil: date(.certifications, row, 4, row.index)))
            result.rows[.certifications, default: []].append(row.index)
        }
        for row in dataRows(.memberships) {
            s.memberships.append(text(.memberships, row, 0))
            result.rows[.memberships, default: []].append(row.index)
        }
        for row in dataRows(.industries) {
            if let industry = choice(.industries, row, 0, row.index, what: FormSheet.industries.name(l), Vocabulary.industry) {
                s.industries.append(industry)
                result.industryRows.append((row.index, industry))
            }
        }
        result.supplier = s
    }

    /// `smelting.potroom — Salle des cuves` or `smelting.potroom`: the code before any space.
    static func code(_ text: String) -> String {
        String(text.prefix { !$0.isWhitespace })
    }

    mutating func roles(_ sheet: FormSheet, _ row: ReadRow, from start: Int) -> [Role] {
        (start..<start + FormColumns.roleColumns).compactMap { column in
            choice(sheet, row, column, row.index, what: Role.allCases.map { l.label($0) }.joined(separator: ", "), Vocabulary.role)
        }
    }

    mutating func pairs(_ sheet: FormSheet, _ row: ReadRow, from start: Int) -> LocalizedText {
        var texts = LocalizedText()
        var used: [Int] = []
        defer { result.pairIndexes[sheet, default: []].append(used) }
        for pair in 0..<FormColumns.textPairs {
            let language = FormValueNormaliser.language(text(sheet, row, start + 2 * pair)), value = text(sheet, row, start + 2 * pair + 1)
            if value.isEmpty { continue }
            if language.isEmpty {
                error(sheet, row.index, start + 2 * pair, l.text("form.language-missing"), code: "form.language-missing")
                continue
            }
            var entries = texts.entries
            entries.append((language, value))
            texts.entries = entries
            used.append(pair)
        }
        return texts
    }
}

/// Catalogue ids for new entries.
enum SupplierID {
    /// `Électro-Saguenay inc.` → `electro-saguenay-inc`.
    static func make(from name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
        var id = ""
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                id.unicodeScalars.append(scalar)
            } else if !id.isEmpty, !id.hasSuffix("-") {
                id += "-"
            }
        }
        id = String(id.prefix(60))
        while id.hasSuffix("-") { id.removeLast() }  // after the cut too: an id never ends with -
        return id
    }
}
