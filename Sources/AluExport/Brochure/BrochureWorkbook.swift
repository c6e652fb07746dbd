public import AluCatalog
import Foundation
public import OpenDocument

/// The brochure a foreign buyer opens: one workbook per packet language, or for a
/// selection of the public directory (a search's result set, without a mission).
///
/// Sheets: cover (mission, dates, destination, organiser; or the selection's title
/// and search criteria), suppliers (one row each, with links), capability matrix
/// (suppliers × process areas), matches (buyer need → ranked suppliers with
/// reasons; a mission's brochure only), references (citable only) and contacts
/// (consented only). Headers are frozen and filterable; Arabic sheets
/// run right to left. Supplier text missing in the language falls back to English
/// and is marked as such.
///
/// **Printing.** Every sheet prints on landscape A4 or Letter (``paper``) with 1 cm
/// margins at 100 %: text columns wrap, column widths are chosen so that each band of
/// columns fits the page width (25.9 cm on Letter, 27.7 cm on A4), and a sheet wider
/// than that — the suppliers, a matrix of many areas — prints as several bands of
/// columns, each its own print range with the name column repeated at its left and the
/// header row repeated on every page. Fit-to-width remains as a safety net for a band
/// that still overflows.
public struct BrochureWorkbook {
    /// What a brochure without a mission is about: a search of the directory.
    public struct Selection: Sendable {
        /// The cover's title (the directory's name, in the workbook's language).
        public var title: String
        /// The search's criteria as the buyer chose them, each a label and its value
        /// in the workbook's language; empty for the whole directory.
        public var criteria: [(label: String, value: String)]

        public init(title: String, criteria: [(label: String, value: String)]) {
            self.title = title
            self.criteria = criteria
        }
    }

    /// The mission, for a mission's brochure; nil for a selection's.
    public let mission: Mission?
    public let selection: Selection?
    public let suppliers: PublishedSuppliers
    public let matches: MissionMatches?
    public let taxonomy: Taxonomy
    public let translations: Translations
    /// Certificates count as valid when they cover this whole period.
    public let period: ClosedRange<AluCatalog.CalendarDay>
    public let generated: AluCatalog.CalendarDay
    /// The paper the sheets are laid out for (landscape).
    public let paper: PageLayout.Paper
    /// Threads deflating the sheets (``WorkbookOptions/compressionThreads``; the bytes
    /// are the same for any number from 1). A server making several at once asks for 1.
    public var compressionThreads = WorkbookOptions.defaultCompressionThreads

    public init(
        mission: Mission, suppliers: PublishedSuppliers, matches: MissionMatches, taxonomy: Taxonomy,
        translations: Translations, period: ClosedRange<AluCatalog.CalendarDay>, generated: AluCatalog.CalendarDay,
        paper: PageLayout.Paper = .a4
    ) {
        self.paper = paper
        self.mission = mission
        self.selection = nil
        self.suppliers = suppliers
        self.matches = matches
        self.taxonomy = taxonomy
        self.translations = translations
        self.period = period
        self.generated = generated
    }

    /// The brochure of a directory selection: the same sheets but the matches, a
    /// cover naming the search instead of a mission.
    public init(
        selection: Selection, suppliers: PublishedSuppliers, taxonomy: Taxonomy, translations: Translations,
        period: ClosedRange<AluCatalog.CalendarDay>, generated: AluCatalog.CalendarDay, paper: PageLayout.Paper = .a4
    ) {
        self.paper = paper
        self.mission = nil
        self.selection = selection
        self.suppliers = suppliers
        self.matches = nil
        self.taxonomy = taxonomy
        self.translations = translations
        self.period = period
        self.generated = generated
    }

    /// The title on the cover and in the document's properties.
    private var title: String {
        if let mission { return translations.text(mission.titles) ?? mission.id }
        return selection?.title ?? ""
    }

    public static func fileName(language: String) -> String { "brochure-\(language).ods" }

    /// Writes the workbook to `path` (atomically: the zip layer writes a
    /// temporary file and renames it).
    public func write(to path: String) throws(ExportError) {
        let t = translations
        let metadata = WorkbookMetadata(
            title: title, subject: mission == nil ? t.label(.selection) : t.label(.packetTitle),
            language: t.language, generator: "AluCat",
            creationDate: Self.date(generated))
        do throws(SpreadsheetError) {
            let writer = try SpreadsheetWriter(
                path: path, metadata: metadata, options: WorkbookOptions(page: .landscapeSheet(paper), compressionThreads: compressionThreads))
            let rtl = t.isRightToLeft
            let coverRows = self.coverRows
            let cover = try writer.addSheet(
                name: t.label(.sheetCover), columns: [SheetColumn("", width: 5, wrapText: true), SheetColumn("", width: 20, wrapText: true)],
                options: SheetOptions(headerRow: false, freezeHeaderRow: false, autoFilter: false, rightToLeft: rtl,
                                      printRows: coverRows.count, estimatedRowHeights: true))
            let supplierSheet = try writer.addSheet(
                name: t.label(.sheetSuppliers), columns: supplierColumns,
                options: tableOptions(rows: suppliers.count, freezeFirstColumn: true))
            let areas = matrixAreas
            let matrix = try writer.addSheet(
                name: t.label(.sheetCapabilityMatrix),
                columns: [Self.column(t.label(.supplier), 4.2)] + areas.map { Self.column(t.markedTaxonomyLabel($0), 2.6) },
                options: tableOptions(rows: suppliers.count, freezeFirstColumn: true))
            let matchSheet = try matches.map { _ throws(SpreadsheetError) in
                try writer.addSheet(name: t.label(.sheetMatches), columns: [
                    Self.column(t.label(.buyer), 3.8), Self.column(t.label(.need), 4.8),
                    Self.column(t.label(.priority), 2.4), Self.column(t.label(.rank), 2.0),
                    Self.column(t.label(.supplier), 4.2), Self.column(t.label(.score), 2.4),
                    Self.column(t.label(.reasons), 6.2),
                ], options: tableOptions(rows: matchRowCount, repeatedColumns: 0))
            }
            let references = suppliers.flatMap { s in s.references.filter(\.citable).map { (s, $0) } }
            let referenceSheet = try writer.addSheet(name: t.label(.sheetReferences), columns: [
                Self.column(t.label(.supplier), 4.2), Self.column(t.label(.client), 4.0),
                Self.column(t.label(.site), 3.6), Self.column(t.label(.country), 2.8),
                Self.column(t.label(.year), 1.8), Self.column(t.label(.roles), 3.4),
                Self.column(t.label(.scope), 6.0),
            ], options: tableOptions(rows: references.count))
            let contacts = suppliers.flatMap { s in s.contacts.filter { $0.consent == true }.map { (s, $0) } }
            let contactSheet = try writer.addSheet(name: t.label(.sheetContacts), columns: [
                Self.column(t.label(.supplier), 3.6), Self.column(t.label(.contactName), 3.2),
                Self.column(t.label(.contactTitle), 3.4), Self.column(t.label(.responsibility), 2.6),
                Self.column(t.label(.contactLanguages), 2.6),
                Self.column(t.label(.contactEmail), SheetColumn.width(holding: contacts.map(\.1.email), minimum: 5.4, maximum: Self.maximumLinkWidth)),
                Self.column(t.label(.contactPhone), 2.8),
            ], options: tableOptions(rows: contacts.count))

            for row in coverRows { try cover.appendRow(row) }
            for supplier in suppliers { try supplierSheet.appendRow(supplierRow(supplier)) }
            for supplier in suppliers { try matrix.appendRow(matrixRow(supplier, areas: areas)) }
            if let matchSheet, let matches { try writeMatches(matches, to: matchSheet) }
            for (supplier, reference) in references {
                try referenceSheet.appendRow([
                    .string(supplier.displayName), .string(reference.client), .string(reference.site),
                    .string(t.country(reference.country)), reference.year.map { .int($0) } ?? .empty,
                    .string(t.roles(reference.roles)), .string(marked(reference.scope)),
                ])
            }
            for (supplier, contact) in contacts {
                try contactSheet.appendRow([
                    .string(supplier.displayName), .string(contact.name), .string(contact.title),
                    contact.responsibility.map { .string(t.responsibility($0)) } ?? .empty,
                    .string(t.list(contact.languages.map(t.languageName))),
                    Self.mailLink(contact.email), contact.phone.map { Self.phoneLink($0) } ?? .empty,
                ])
            }
            try writer.finish()
        } catch {
            throw .spreadsheet(path: path, error)
        }
    }

    // MARK: - Sheets

    /// A table sheet of `rows` data rows: header frozen, filtered, printed with the
    /// header row on every page and, when it is wider than the page, the first
    /// `repeatedColumns` columns at the left of every band.
    private func tableOptions(rows: Int, freezeFirstColumn: Bool = false, repeatedColumns: Int = 1) -> SheetOptions {
        SheetOptions(headerRow: true, freezeHeaderRow: true, freezeFirstColumn: freezeFirstColumn, autoFilter: true,
                     rightToLeft: translations.isRightToLeft, repeatedColumns: repeatedColumns, printRows: rows + 1,
                     estimatedRowHeights: true)
    }

    /// A wrapping column `width` cm wide: no printed cell is cut, it grows downwards.
    static func column(_ title: String, _ width: Double) -> SheetColumn {
        SheetColumn(title, width: width, wrapText: true)
    }

    /// The widest a link column gets: a Letter page width beside the name column.
    static let maximumLinkWidth = 21.7

    /// Widths in cm. Website to region fit one Letter page width beside the name (25 cm
    /// for the sample's links), kind to certifications another, contact and description
    /// a third. Link columns widen to hold their longest link, which LibreOffice never
    /// wraps; the writer then cuts the bands where the page width asks.
    private var supplierColumns: [SheetColumn] {
        let t = translations
        return [
            Self.column(t.label(.name), 4.2),
            Self.column(t.label(.website), SheetColumn.width(holding: suppliers.map(\.website), minimum: 5.4, maximum: Self.maximumLinkWidth)),
            Self.column(t.label(.email), SheetColumn.width(holding: suppliers.map(\.email), minimum: 5.6, maximum: Self.maximumLinkWidth)),
            Self.column(t.label(.phone), 3.0),
            Self.column(t.label(.region), 3.8), Self.column(t.label(.kind), 3.6),
            Self.column(t.label(.employees), 2.6), Self.column(t.label(.capabilities), 6.2),
            Self.column(t.label(.exportCountries), 4.2),
            Self.column(t.label(.validCertifications), 4.4),
            Self.column(t.label(.contact), 4.2),
            Self.column(t.label(.description), 17.2),
        ]
    }

    /// Rows of the matches sheet: one per proposed supplier, one for a need without any.
    private var matchRowCount: Int {
        (matches?.buyers ?? []).reduce(0) { total, buyer in
            total + buyer.needs.reduce(0) { $0 + max($1.suppliers.count, 1) }
        }
    }

    private var coverRows: [[CellValue]] {
        let t = translations
        guard let mission else {
            var rows: [[CellValue]] = [[.string(t.label(.selection)), .string(title)]]
            for criterion in selection?.criteria ?? [] { rows.append([.string(criterion.label), .string(criterion.value)]) }
            rows.append([.string(t.label(.sheetSuppliers)), .string(String(suppliers.count))])
            rows.append([.string(t.label(.generated)), .string(t.date(generated))])
            return rows
        }
        var rows: [[CellValue]] = [
            [.string(t.label(.mission)), .string(t.text(mission.titles) ?? mission.id)],
        ]
        if let start = mission.start, let end = mission.end {
            rows.append([.string(t.label(.dates)), .string(t.dateRange(start, end))])
        }
        let destination = t.countries(mission.countries) + (mission.cities.isEmpty ? "" : "\n" + t.list(mission.cities))
        rows.append([.string(t.label(.destination)), .string(destination)])
        let organiser = mission.organiser
        rows.append([.string(t.label(.organiser)), .string([organiser.name, organiser.organisation].filter { !$0.isEmpty }.joined(separator: ", "))])
        if !organiser.email.isEmpty { rows.append([.string(t.label(.email)), Self.mailLink(organiser.email)]) }
        if !organiser.phone.isEmpty { rows.append([.string(t.label(.phone)), Self.phoneLink(organiser.phone)]) }
        rows.append([.string(t.label(.sheetSuppliers)), .string(String(suppliers.count))])
        rows.append([.string(t.label(.languages)), .string(t.list(mission.languages.map(t.languageName)))])
        rows.append([.string(t.label(.generated)), .string(t.date(generated))])
        return rows
    }

    private func supplierRow(_ s: Supplier) -> [CellValue] {
        let t = translations
        let capabilities = s.capabilities.compactMap { taxonomy[$0.taxonomyID] }.map(t.markedTaxonomyLabel)
        let certificates = s.certifications.filter { $0.covers(period) }.map { c in
            c.validUntil.map { "\(c.scheme) (\(t.label(.validUntil)) \(t.date($0)))" } ?? c.scheme
        }
        let contact = s.contacts.first { $0.consent == true }.map { c in
            [c.name, c.title, c.email].filter { !$0.isEmpty }.joined(separator: "\n")
        }
        return [
            .string(s.displayName), Self.webLink(s.website), Self.mailLink(s.email), Self.phoneLink(s.phone),
            .string(s.address.region.map(t.region) ?? s.address.regionName),
            s.kind.map { .string(t.kind($0)) } ?? .empty,
            s.employees.map { .string(t.employees($0)) } ?? .empty,
            .string(capabilities.joined(separator: "\n")),
            .string(t.countries(s.exportExperience)),
            .string(certificates.joined(separator: "\n")),
            contact.map { .string($0) } ?? .empty,
            .string(marked(s.descriptions)),
        ]
    }

    /// The process areas shown as matrix columns: every area any selected supplier
    /// or buyer need touches, in taxonomy order.
    var matrixAreas: [Taxonomy.Node] {
        var wanted: Set<String> = []
        for s in suppliers { for c in s.capabilities { if let area = taxonomy.area(of: c.taxonomyID) { wanted.insert(area) } } }
        for buyer in mission?.buyers ?? [] { for need in buyer.needs { if let area = taxonomy.area(of: need.capability) { wanted.insert(area) } } }
        return taxonomy.nodes.filter { $0.level == .area && wanted.contains($0.id) }
    }

    private func matrixRow(_ s: Supplier, areas: [Taxonomy.Node]) -> [CellValue] {
        var rolesByArea: [String: Set<Role>] = [:]
        for claim in s.capabilities {
            if let area = taxonomy.area(of: claim.taxonomyID) { rolesByArea[area, default: []].formUnion(claim.roles) }
        }
        var row: [CellValue] = [.string(s.displayName)]
        for area in areas {
            let roles = rolesByArea[area.id] ?? []
            row.append(roles.isEmpty ? .empty : .string(translations.roles(Array(roles))))
        }
        return row
    }

    private func writeMatches(_ matches: MissionMatches, to sheet: SheetWriter) throws(SpreadsheetError) {
        let t = translations
        for buyer in matches.buyers {
            for needMatches in buyer.needs {
                let need = needMatches.need
                let needLabel = taxonomy[need.capability].map(t.markedTaxonomyLabel) ?? need.capability
                if needMatches.suppliers.isEmpty {
                    try sheet.appendRow([.string(buyer.name), .string(needLabel), .string(t.priority(need.priority)), .empty, .string(t.label(.noMatches)), .empty, .empty])
                }
                for (rank, match) in needMatches.suppliers.enumerated() {
                    try sheet.appendRow([
                        .string(buyer.name), .string(needLabel), .string(t.priority(need.priority)), .int(rank + 1),
                        .string(match.supplierName), .int(match.score.total),
                        .string(t.reasons(match.reasons)),
                    ])
                }
            }
        }
    }

    /// Supplier text in the workbook's language, else English marked as such.
    private func marked(_ text: LocalizedText) -> String { translations.text(text) ?? "" }

    // MARK: - Cells

    static func webLink(_ url: String) -> CellValue {
        guard url.lowercased().hasPrefix("https://") || url.lowercased().hasPrefix("http://") else { return url.isEmpty ? .empty : .string(url) }
        return .hyperlink(text: url, url: url)
    }

    static func mailLink(_ address: String) -> CellValue {
        guard FieldForms.email(address) == nil else { return address.isEmpty ? .empty : .string(address) }
        return .hyperlink(text: address, url: "mailto:" + address)
    }

    static func phoneLink(_ number: String) -> CellValue {
        guard FieldForms.e164(number) == nil else { return number.isEmpty ? .empty : .string(number) }
        return .hyperlink(text: number, url: "tel:" + number)
    }

    /// Midnight UTC of `day`, for document metadata.
    static func date(_ day: AluCatalog.CalendarDay) -> Date {
        var components = DateComponents()
        components.year = day.year
        components.month = day.month
        components.day = day.day
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 0)
    }
}

extension Certification {
    /// Valid from the first to the last day of `period`.
    func covers(_ period: ClosedRange<AluCatalog.CalendarDay>) -> Bool {
        isValid(on: period.lowerBound) && isValid(on: period.upperBound)
    }
}
