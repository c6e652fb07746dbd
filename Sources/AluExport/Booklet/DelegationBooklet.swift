public import AluCatalog
import AluLocalization
import Foundation
public import OpenDocument

/// The delegation booklet: an OpenDocument text document per packet language, for the
/// delegation to print and staff to edit in LibreOffice before printing.
///
/// A cover (mission, dates, destination, organiser), a contents page, then one page per
/// supplier: name, kind and region, a short presentation, capabilities with their roles,
/// references (those in the buyers' countries first, then their world region), valid
/// certifications, languages spoken, export countries and the consented contact.
///
/// Only what may be published: the suppliers are a ``PublishedSuppliers`` selection,
/// contacts without consent, uncitable references, certificates not valid over the
/// whole mission and internal notes are never read (the rules of
/// `SupplierXMLWriter.Publication.publicCopy(on:)` and of the brochure). Lists are cut
/// to what fits one page (``Limits``), saying how many more there are. Arabic runs right
/// to left. Same inputs, same bytes.
public struct DelegationBooklet: Sendable {
    public let mission: Mission
    public let suppliers: PublishedSuppliers
    public let taxonomy: Taxonomy
    public let translations: Translations
    /// Certificates are shown when valid over this whole period (the mission's dates).
    public let period: ClosedRange<AluCatalog.CalendarDay>
    public let generated: AluCatalog.CalendarDay
    public let paper: PageLayout.Paper

    /// What one supplier page shows at most, so that the page holds it.
    public enum Limits {
        public static let presentationCharacters = 700
        public static let capabilities = 8
        public static let references = 4
        public static let scopeCharacters = 160
        public static let certifications = 5
    }

    public init(mission: Mission, suppliers: PublishedSuppliers, taxonomy: Taxonomy, translations: Translations,
                period: ClosedRange<AluCatalog.CalendarDay>, generated: AluCatalog.CalendarDay, paper: PageLayout.Paper = .a4) {
        self.mission = mission
        self.suppliers = suppliers
        self.taxonomy = taxonomy
        self.translations = translations
        self.period = period
        self.generated = generated
        self.paper = paper
    }

    public static func fileName(language: String) -> String { "booklet-\(language).odt" }

    /// Writes the booklet to `path` (the zip layer writes a temporary file and renames it).
    public func write(to path: String) throws(ExportError) {
        do throws(SpreadsheetError) {
            try TextDocumentWriter.write(document, to: path)
        } catch {
            throw .spreadsheet(path: path, error)
        }
    }

    /// The booklet as a document.
    public var document: TextDocument {
        let t = translations
        let title = t.text(mission.titles) ?? mission.id
        var blocks = cover(title: title)
        blocks.append(.pageBreak)
        blocks.append(.tableOfContents(title: word("booklet.contents")))
        for supplier in suppliers { blocks += page(supplier) }
        return TextDocument(
            metadata: WorkbookMetadata(title: "\(title) — \(word("booklet.subtitle"))", subject: word("booklet.subtitle"),
                                       language: t.language, generator: "AluCat", creationDate: BrochureWorkbook.date(generated)),
            page: PageLayout(paper: paper, landscape: false, sideMargin: 2, topMargin: 1.6),
            rightToLeft: t.isRightToLeft,
            footer: word("booklet.footer", ["mission": title]),
            blocks: blocks)
    }

    // MARK: - Cover

    private func cover(title: String) -> [TextBlock] {
        let t = translations
        var blocks: [TextBlock] = [
            .paragraph([TextRun(title)], kind: .title),
            .paragraph([TextRun(word("booklet.subtitle"))], kind: .subtitle),
            .paragraph([TextRun(word("booklet.intro"))], kind: .subtitle),
        ]
        if let start = mission.start, let end = mission.end {
            blocks += field(t.label(.dates), [TextRun(t.dateRange(start, end))])
        }
        let cities = mission.cities.isEmpty ? "" : "\n" + t.list(mission.cities)
        blocks += field(t.label(.destination), [TextRun(t.countries(mission.countries) + cities)])
        let organiser = mission.organiser
        let lines = [organiser.name, organiser.organisation, organiser.email, organiser.phone].filter { !$0.isEmpty }.map(isolated)
        blocks += field(t.label(.organiser), [TextRun(lines.joined(separator: "\n"))])
        blocks += field(t.label(.sheetSuppliers), [TextRun(t.label(.supplierCount, ["count": String(suppliers.count)]))])
        blocks.append(.paragraph([TextRun(word("booklet.prepared", ["date": t.date(generated)]))], kind: .caption))
        return blocks
    }

    // MARK: - A supplier's page

    private func page(_ s: Supplier) -> [TextBlock] {
        let t = translations
        var blocks: [TextBlock] = [.heading(isolated(s.displayName), level: 1, pageBreakBefore: true)]
        var identity = [s.kind.map(t.kind), s.address.region.map(t.region) ?? (s.address.regionName.isEmpty ? nil : s.address.regionName),
                        s.employees.map(t.employees)].compactMap { $0 }
        if s.operatingName != nil && s.legalName != s.displayName { identity.insert(s.legalName, at: 0) }
        blocks.append(.paragraph([TextRun(identity.map(isolated).joined(separator: " · "))], kind: .subtitle))
        let links = [s.website, s.email, s.phone].filter { !$0.isEmpty }
        if !links.isEmpty { blocks.append(.paragraph([TextRun(links.map(isolated).joined(separator: " · "))])) }

        blocks += field(word("booklet.section.presentation"), [presentation(s)])

        let claims = s.capabilities.compactMap { claim in taxonomy[claim.taxonomyID].map { ($0, claim.roles) } }
        var capabilityItems: [[TextRun]] = claims.prefix(Limits.capabilities).map { node, roles in
            [TextRun(word("booklet.capability-roles", ["capability": t.markedTaxonomyLabel(node), "roles": t.roles(roles)]))]
        }
        if claims.count > Limits.capabilities { capabilityItems.append([TextRun(more(claims.count - Limits.capabilities))]) }
        blocks.append(.paragraph([TextRun(word("booklet.section.capabilities"))], kind: .caption))
        blocks.append(capabilityItems.isEmpty ? .paragraph([TextRun(word("booklet.none.list"))]) : .bulletList(capabilityItems))

        blocks.append(.paragraph([TextRun(word("booklet.section.references"))], kind: .caption))
        let references = orderedReferences(s)
        if references.isEmpty {
            blocks.append(.paragraph([TextRun(word("booklet.none.references"))]))
        } else {
            var items: [[TextRun]] = references.prefix(Limits.references).map(referenceItem)
            if references.count > Limits.references { items.append([TextRun(more(references.count - Limits.references))]) }
            blocks.append(.bulletList(items))
        }

        let certificates = s.certifications.filter { $0.covers(period) }
        var certificateLines = certificates.prefix(Limits.certifications).map { c in
            c.validUntil.map { word("booklet.certification", ["scheme": isolated(c.scheme), "date": isolated(t.date($0))]) }
                ?? word("booklet.certification-open", ["scheme": isolated(c.scheme)])
        }
        if certificates.count > Limits.certifications { certificateLines.append(more(certificates.count - Limits.certifications)) }
        blocks += field(word("booklet.section.certifications"),
                        [TextRun(certificateLines.isEmpty ? word("booklet.none.certifications") : certificateLines.joined(separator: "\n"))])

        let consented = s.contacts.filter { $0.consent == true }
        var spoken: [String] = []
        for contact in consented { for code in contact.languages where !spoken.contains(code) { spoken.append(code) } }
        blocks += field(word("booklet.section.languages"),
                        [TextRun(spoken.isEmpty ? word("booklet.none.list") : t.list(spoken.map(t.languageName)))])
        blocks += field(word("booklet.section.export-countries"),
                        [TextRun(s.exportExperience.isEmpty ? word("booklet.none.list") : t.countries(s.exportExperience))])

        if let contact = consented.first {
            var runs = [TextRun(isolated(contact.name), bold: true)]
            let rest = [contact.title, contact.responsibility.map(t.responsibility) ?? "", contact.email, contact.phone ?? ""].filter { !$0.isEmpty }
            if !rest.isEmpty { runs.append(TextRun("\n" + rest.map(isolated).joined(separator: "\n"))) }
            blocks += field(word("booklet.section.contact"), runs)
        } else {
            blocks += field(word("booklet.section.contact"), [TextRun(word("booklet.none.contact"))])
        }
        return blocks
    }

    /// A caption and its value, as two paragraphs.
    private func field(_ label: String, _ value: [TextRun]) -> [TextBlock] {
        [.paragraph([TextRun(label)], kind: .caption), .paragraph(value)]
    }

    /// The description in this language (else English, else French, tagged with its
    /// language and marked), cut at a word before ``Limits/presentationCharacters``.
    private func presentation(_ s: Supplier) -> TextRun {
        guard let resolved = translations.resolved(s.descriptions) else { return TextRun(word("booklet.none.list")) }
        var text = resolved.text
        if text.count > Limits.presentationCharacters {
            text = Self.shortened(text, to: Limits.presentationCharacters)
        }
        guard resolved.language != translations.language else { return TextRun(text) }
        return TextRun(isolated(text) + " " + translations.marker(resolved.language), language: resolved.language)
    }

    private func referenceItem(_ r: ReferenceProject) -> [TextRun] {
        let t = translations
        var values = ["client": isolated(r.client), "site": isolated(r.site), "country": t.country(r.country)]
        let line: String
        if let year = r.year {
            values["year"] = String(year)
            line = word("booklet.reference", values)
        } else {
            line = word("booklet.reference-no-year", values)
        }
        var runs = [TextRun(line, bold: true)]
        if let scope = t.resolved(r.scope) {
            let text = Self.shortened(scope.text, to: Limits.scopeCharacters)
            let language = scope.language == t.language ? nil : scope.language
            runs.append(TextRun("\n" + (language == nil ? text : isolated(text)) + (language.map { " " + t.marker($0) } ?? ""), language: language))
        }
        return runs
    }

    /// Citable references, those in a buyer's or destination country first, then those
    /// in the same world region, then the rest; newest first within each group.
    func orderedReferences(_ s: Supplier) -> [ReferenceProject] {
        let countries = Set((mission.countries + mission.buyers.map(\.country)).map { $0.uppercased() })
        let regions = Set(countries.compactMap { WorldRegion(country: $0) })
        func rank(_ r: ReferenceProject) -> Int {
            if countries.contains(r.country.uppercased()) { return 0 }
            if let region = WorldRegion(country: r.country), regions.contains(region) { return 1 }
            return 2
        }
        return s.references.filter(\.citable).enumerated().sorted { a, b in
            let (ra, rb) = (rank(a.element), rank(b.element))
            if ra != rb { return ra < rb }
            let (ya, yb) = (a.element.year ?? 0, b.element.year ?? 0)
            if ya != yb { return ya > yb }
            return a.offset < b.offset
        }.map(\.element)
    }

    // MARK: - Words

    /// In a right-to-left booklet, `text` between FIRST STRONG ISOLATE and POP
    /// DIRECTIONAL ISOLATE (U+2068, U+2069): a Latin name, a phone number or an English
    /// sentence then reads in its own direction as one unit, and its final full stop or
    /// leading `+` stays where it belongs. Unchanged left to right.
    private func isolated(_ text: String) -> String {
        // Text already in Arabic script reads right to left with the page: left alone
        // (an isolate around it only disturbs LibreOffice's spacing).
        guard translations.isRightToLeft, !text.isEmpty,
              !text.unicodeScalars.contains(where: { (0x0600...0x06FF).contains($0.value) }) else { return text }
        return "\u{2068}" + text + "\u{2069}"
    }

    private func word(_ key: String, _ values: [String: String] = [:]) -> String {
        Message(key, values).text(translations.language)
    }

    private func more(_ count: Int) -> String {
        word(PluralCategory.key("booklet.more", count: count, language: translations.language), ["count": String(count)])
    }

    /// `text` cut at the last space before `limit` characters, with an ellipsis.
    static func shortened(_ text: String, to limit: Int) -> String {
        guard text.count > limit else { return text }
        var cut = String(text.prefix(limit))
        if let space = cut.lastIndex(where: { $0 == " " || $0 == "\n" }) { cut = String(cut[..<space]) }
        while let last = cut.last, ",;:.-–—(".contains(last) { cut.removeLast() }
        return cut + "…"
    }
}
