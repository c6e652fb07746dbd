public import AluCatalog
import Foundation
import OpenDocument

/// The brochure a foreign buyer opens: one workbook per packet language.
///
/// Sheets: cover (mission, dates, destination, organiser), suppliers (one row
/// each, with links), capability matrix (suppliers × process areas), matches
/// (buyer need → ranked suppliers with reasons), references (citable only) and
/// contacts (consented only). Headers are frozen and filterable; Arabic sheets
/// run right to left. Supplier text missing in the language falls back to English
/// and is marked as such.
public struct BrochureWorkbook {
    public let mission: Mission
    public let suppliers: PublishedSuppliers
    public let matches: MissionMatches
    public let taxonomy: Taxonomy
    public let translations: Translations
    /// Certificates count as valid when they cover this whole period.
    public let period: ClosedRange<AluCatalog.CalendarDay>
    public let generated: AluCatalog.CalendarDay

    public init(
        mission: Mission, suppliers: PublishedSuppliers, matches: MissionMatches, taxonomy: Taxonomy,
        translations: Translations, period: ClosedRange<AluCatalog.CalendarDay>, generated: AluCatalog.CalendarDay
    ) {
        self.mission = mission
        self.suppliers = suppliers
        self.matches = matches
        self.taxonomy = taxonomy
        self.translations = translations
        self.period = period
        self.generated = generated
    }

    public static func fileName(language: String) -> String { "brochure-\(language).ods" }

    /// Writes the workbook to `path` (atomically: the zip layer writes a
    /// temporary file and renames it).
    public func write(to path: String) throws(ExportError) {
        let t = translations
        let metadata = WorkbookMetadata(
            title: "\(t.text(mission.titles) ?? mission.id)", subject: t.label(.packetTitle),
            language: t.language, generator: "AluCat",
            creationDate: Self.date(generated))
        do throws(SpreadsheetError) {
            let writer = try SpreadsheetWriter(path: path, metadata: metadata)
            let rtl = t.isRightToLeft
            let cover = try writer.addSheet(
                name: t.label(.sheetCover), columns: [SheetColumn("", width: 5), SheetColumn("", width: 20, wrapText: true)],
                options: SheetOptions(headerRow: false, freezeHeaderRow: false, autoFilter: false, rightToLeft: rtl))
            let supplierSheet = try writer.addSheet(name: t.label(.sheetSuppliers), columns: supplierColumns, options: tableOptions(freezeFirstColumn: true))
            let areas = matrixAreas
            let matrix = try writer.addSheet(
                name: t.label(.sheetCapabilityMatrix),
                columns: [SheetColumn(t.label(.supplier), width: 6)] + areas.map { SheetColumn(t.markedTaxonomyLabel($0), width: 3.2, wrapText: true) },
                options: tableOptions(freezeFirstColumn: true))
            let matchSheet = try writer.addSheet(name: t.label(.sheetMatches), columns: [
                SheetColumn(t.label(.buyer), width: 6, wrapText: true), SheetColumn(t.label(.need), width: 7, wrapText: true),
                SheetColumn(t.label(.priority), width: 2.5), SheetColumn(t.label(.rank), width: 1.8),
                SheetColumn(t.label(.supplier), width: 6), SheetColumn(t.label(.score), width: 2),
                SheetColumn(t.label(.reasons), width: 16, wrapText: true),
            ], options: tableOptions())
            let referenceSheet = try writer.addSheet(name: t.label(.sheetReferences), columns: [
                SheetColumn(t.label(.supplier), width: 6), SheetColumn(t.label(.client), width: 6, wrapText: true),
                SheetColumn(t.label(.site), width: 5, wrapText: true), SheetColumn(t.label(.country), width: 4),
                SheetColumn(t.label(.year), width: 1.8), SheetColumn(t.label(.roles), width: 5, wrapText: true),
                SheetColumn(t.label(.scope), width: 14, wrapText: true),
            ], options: tableOptions())
            let contactSheet = try writer.addSheet(name: t.label(.sheetContacts), columns: [
                SheetColumn(t.label(.supplier), width: 6), SheetColumn(t.label(.contactName), width: 5),
                SheetColumn(t.label(.contactTitle), width: 6, wrapText: true), SheetColumn(t.label(.responsibility), width: 4),
                SheetColumn(t.label(.contactLanguages), width: 4), SheetColumn(t.label(.contactEmail), width: 6),
                SheetColumn(t.label(.contactPhone), width: 3.5),
            ], options: tableOptions())

            try writeCover(cover)
            for supplier in suppliers { try supplierSheet.appendRow(supplierRow(supplier)) }
            for supplier in suppliers { try matrix.appendRow(matrixRow(supplier, areas: areas)) }
            try writeMatches(matchSheet)
            for supplier in suppliers {
                for reference in supplier.references where reference.citable {
                    try referenceSheet.appendRow([
                        .string(supplier.displayName), .string(reference.client), .string(reference.site),
                        .string(t.country(reference.country)), reference.year.map { .int($0) } ?? .empty,
                        .string(t.roles(reference.roles)), .string(marked(reference.scope)),
                    ])
                }
            }
            for supplier in suppliers {
                for contact in supplier.contacts where contact.consent == true {
                    try contactSheet.appendRow([
                        .string(supplier.displayName), .string(contact.name), .string(contact.title),
                        contact.responsibility.map { .string(t.responsibility($0)) } ?? .empty,
                        .string(t.list(contact.languages.map(t.languageName))),
                        Self.mailLink(contact.email), contact.phone.map { Self.phoneLink($0) } ?? .empty,
                    ])
                }
            }
            try writer.finish()
        } catch {
            throw .spreadsheet(path: path, error)
        }
    }

    // MARK: - Sheets

    private func tableOptions(freezeFirstColumn: Bool = false) -> SheetOptions {
        SheetOptions(headerRow: true, freezeHeaderRow: true, freezeFirstColumn: freezeFirstColumn, autoFilter: true, rightToLeft: translations.isRightToLeft)
    }

    private var supplierColumns: [SheetColumn] {
        let t = translations
        return [
            SheetColumn(t.label(.name), width: 6, wrapText: true), SheetColumn(t.label(.website), width: 6),
            SheetColumn(t.label(.email), width: 6), SheetColumn(t.label(.phone), width: 3.5),
            SheetColumn(t.label(.region), width: 5), SheetColumn(t.label(.kind), width: 4.5, wrapText: true),
            SheetColumn(t.label(.employees), width: 2.5), SheetColumn(t.label(.capabilities), width: 12, wrapText: true),
            SheetColumn(t.label(.exportCountries), width: 7, wrapText: true),
            SheetColumn(t.label(.validCertifications), width: 7, wrapText: true),
            SheetColumn(t.label(.contact), width: 8, wrapText: true),
            SheetColumn(t.label(.description), width: 18, wrapText: true),
        ]
    }

    private func writeCover(_ sheet: SheetWriter) throws(SpreadsheetError) {
        let t = translations
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
        for row in rows { try sheet.appendRow(row) }
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
        for buyer in mission.buyers { for need in buyer.needs { if let area = taxonomy.area(of: need.capability) { wanted.insert(area) } } }
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

    private func writeMatches(_ sheet: SheetWriter) throws(SpreadsheetError) {
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
