public import AluCatalog
import AluLocalization
import AluZip
import Foundation

/// Builds a trade-mission packet: `exports/<mission>/` and `exports/<mission>.zip`.
///
/// Contents: `index.html`, the language chooser (``LanguageChooserPage``), a landing
/// page per packet language (`index-<lang>.html`), a brochure workbook per language, the
/// selected suppliers as schema-valid XML with its schemas, consented contacts as
/// vCard, and `SHA256SUMS`. Everything is built in a staging folder next to the
/// destination and renamed into place at the end, so a failed build leaves the
/// previous packet untouched. Same catalogue, mission and `generated` day give
/// byte-identical files and zip.
public struct PacketBuilder: Sendable {
    /// At most this many suppliers per buyer need in the brochure and index page.
    public static let candidatesPerNeed = 10

    /// Valid entries only (see ``Catalog``).
    public let catalog: Catalog
    /// The catalogue's `schema/` folder, copied into the packet.
    public let schemaDirectory: String
    /// Where packets land (usually `exports`).
    public let outputRoot: String
    /// The export day: certificates must be valid, metadata dated; never the clock.
    public let generated: CalendarDay

    public init(catalog: Catalog, schemaDirectory: String, outputRoot: String, generated: CalendarDay) {
        self.catalog = catalog
        self.schemaDirectory = schemaDirectory
        self.outputRoot = outputRoot
        self.generated = generated
    }

    /// What was built.
    public struct Result: Sendable {
        public var directory: String
        public var zipPath: String
        public var manifest: PacketManifest
        public var selectedSupplierCount: Int
        public var languages: [String]
    }

    /// The schemas a reader of `catalogue.xml` needs, in include order.
    public static let schemaFiles = ["catalog.xsd", "supplier.xsd", "common.xsd", "xml.xsd"]

    /// Builds the packet of mission `missionID`, reporting `(done, total, step)`.
    public func build(missionID: String, progress: (@Sendable (Int, Int, String) -> Void)? = nil) throws(ExportError) -> Result {
        guard let mission = catalog.mission(missionID) else {
            throw .unknownMission(missionID, known: catalog.missions.map(\.id))
        }
        var translations: [Translations] = []
        for language in mission.languages {
            guard let t = Translations(language: language) else {
                throw .unsupportedLanguage(language, supported: Translations.packetLanguages)
            }
            translations.append(t)
        }
        let selection = MissionSelection.select(mission, catalog: catalog, today: generated)
        let suppliers = selection.selected
        var matches = Matcher.match(mission, suppliers: suppliers.suppliers, taxonomy: catalog.taxonomy, period: selection.period)
        matches.keepTop(Self.candidatesPerNeed)

        let fm = FileManager.default
        let staging = URL(fileURLWithPath: outputRoot).appendingPathComponent(".\(mission.id).staging-\(getpid())")
        let final = URL(fileURLWithPath: outputRoot).appendingPathComponent(mission.id)
        do {
            try? fm.removeItem(at: staging)
            try fm.createDirectory(at: staging.appendingPathComponent("schema"), withIntermediateDirectories: true)
        } catch {
            throw .file(path: staging.path, reason: error.localizedDescription)
        }

        // Every file is independent: build them on every core.
        let context = FileContext(
            builder: self, mission: mission, suppliers: suppliers, matches: matches, translations: translations,
            period: selection.period, staging: staging)
        let tasks = context.tasks()
        let counter = ProgressCounter(total: tasks.count + 1, report: progress)
        let outcomes = parallelMap(tasks.count) { index in
            let outcome = Swift.Result { () throws(ExportError) in try tasks[index].make() }
            counter.tick(tasks[index].name)
            return outcome
        }
        var manifest = PacketManifest()

        do throws(ExportError) {
            for outcome in outcomes { for entry in try outcome.get() { manifest.add(entry) } }
            try context.write(Array(manifest.text.utf8), to: PacketManifest.fileName)
            // The zip, then the folder into place.
            let zipPath = URL(fileURLWithPath: outputRoot).appendingPathComponent("\(mission.id).zip").path
            try writeZip(from: staging, files: manifest.entries.map(\.path) + [PacketManifest.fileName], root: mission.id, to: zipPath)
            counter.tick("\(mission.id).zip")
            try replace(final, with: staging)
            return Result(directory: final.path, zipPath: zipPath, manifest: manifest, selectedSupplierCount: suppliers.count, languages: mission.languages)
        } catch {
            try? fm.removeItem(at: staging)
            throw error
        }
    }

    // MARK: - Pieces

    fileprivate func indexRows(_ matches: MissionMatches, _ t: Translations) -> [IndexMatchRow] {
        matches.buyers.flatMap { buyer in
            buyer.needs.map { needMatches in
                IndexMatchRow(
                    buyerName: buyer.name,
                    needLabel: catalog.taxonomy[needMatches.need.capability].map(t.markedTaxonomyLabel) ?? needMatches.need.capability,
                    priority: needMatches.need.priority,
                    candidates: needMatches.suppliers.map {
                        .init(supplierName: $0.supplierName, supplierID: $0.supplierID, score: Double($0.score.total),
                              reasons: t.reasons($0.reasons))
                    })
            }
        }
    }

    fileprivate func packetFiles(_ all: [Translations], _ t: Translations) -> [PacketFile] {
        var files = [PacketFile(name: LanguageChooserPage.fileName, description: Message("packet.file.chooser").text(t.language))]
        for other in all {
            files.append(PacketFile(name: HTMLIndexPage.fileName(language: other.language),
                                    description: t.label(.fileIndex, ["language": t.languageName(other.language)])))
        }
        for other in all {
            files.append(PacketFile(name: BrochureWorkbook.fileName(language: other.language),
                                    description: t.label(.fileBrochure, ["language": t.languageName(other.language)])))
        }
        files.append(PacketFile(name: CatalogXMLExporter.fileName, description: t.label(.fileCatalogueXML)))
        files.append(PacketFile(name: "schema/catalog.xsd", description: t.label(.fileSchema)))
        files.append(PacketFile(name: VCardExporter.fileName, description: t.label(.fileContacts)))
        files.append(PacketFile(name: PacketManifest.fileName, description: t.label(.fileChecksums)))
        return files
    }

    /// Zips `files` of `folder` under `root/`, sorted, with fixed timestamps.
    /// Brochures are stored (already compressed); the rest is deflated.
    private func writeZip(from folder: URL, files: [String], root: String, to path: String) throws(ExportError) {
        do throws(ZipWriteError) {
            let zip = try ZipArchiveWriter(path: path)
            for file in files.sorted() {
                let compression: ZipCompression = file.hasSuffix(".ods") || file.hasSuffix(".odt") ? .store : .default
                try zip.addFile(root + "/" + file, contentsOf: folder.appendingPathComponent(file).path, compression: compression)
            }
            try zip.close()
        } catch {
            throw .zip(path: path, error)
        }
    }

    /// Puts `staging` at `final`, moving any previous packet aside first and
    /// deleting it only once the new one is in place.
    private func replace(_ final: URL, with staging: URL) throws(ExportError) {
        let fm = FileManager.default
        let old = final.deletingLastPathComponent().appendingPathComponent(".\(final.lastPathComponent).old-\(getpid())")
        do {
            try? fm.removeItem(at: old)
            if fm.fileExists(atPath: final.path) { try fm.moveItem(at: final, to: old) }
            try fm.moveItem(at: staging, to: final)
            try? fm.removeItem(at: old)
        } catch {
            throw .file(path: final.path, reason: error.localizedDescription)
        }
    }
}

extension MissionMatches {
    /// Keeps the `count` best suppliers of every need.
    public mutating func keepTop(_ count: Int) {
        for b in buyers.indices {
            for n in buyers[b].needs.indices {
                buyers[b].needs[n].suppliers = Array(buyers[b].needs[n].suppliers.prefix(count))
            }
        }
    }
}

/// One file of the packet to make, and how.
private struct PacketTask: Sendable {
    var name: String
    var make: @Sendable () throws(ExportError) -> [PacketManifest.Entry]
}

/// What every file of one packet is made from.
private struct FileContext: Sendable {
    let builder: PacketBuilder
    let mission: Mission
    let suppliers: PublishedSuppliers
    let matches: MissionMatches
    let translations: [Translations]
    let period: ClosedRange<CalendarDay>
    let staging: URL

    /// Writes `bytes` at `path` in the staging folder and returns its manifest entry.
    @discardableResult
    func write(_ bytes: [UInt8], to path: String) throws(ExportError) -> PacketManifest.Entry {
        let url = staging.appendingPathComponent(path)
        do {
            try Data(bytes).write(to: url)
        } catch {
            throw .file(path: url.path, reason: error.localizedDescription)
        }
        return PacketManifest.entry(path: path, bytes: bytes)
    }

    func tasks() -> [PacketTask] {
        let generated = builder.generated, taxonomy = builder.catalog.taxonomy
        // Longest single tasks first, so the last one to start is a short one.
        var tasks: [PacketTask] = []
        tasks.append(PacketTask(name: CatalogXMLExporter.fileName) { () throws(ExportError) in
            var entries = [try write(CatalogXMLExporter.bytes(suppliers, generated: generated, missionID: mission.id), to: CatalogXMLExporter.fileName)]
            for schema in PacketBuilder.schemaFiles {
                let source = (builder.schemaDirectory as NSString).appendingPathComponent(schema)
                guard let data = FileManager.default.contents(atPath: source) else { throw .file(path: source, reason: "cannot read the schema") }
                entries.append(try write(Array(data), to: "schema/" + schema))
            }
            return entries
        })
        tasks.append(PacketTask(name: VCardExporter.fileName) { () throws(ExportError) in
            [try write(VCardExporter.bytes(suppliers, generated: generated), to: VCardExporter.fileName)]
        })
        for t in translations {
            let name = BrochureWorkbook.fileName(language: t.language)
            tasks.append(PacketTask(name: name) { () throws(ExportError) in
                let url = staging.appendingPathComponent(name)
                try BrochureWorkbook(
                    mission: mission, suppliers: suppliers, matches: matches, taxonomy: taxonomy,
                    translations: t, period: period, generated: generated, paper: .forDestination(mission.countries)
                ).write(to: url.path)
                do { return [try PacketManifest.entry(path: name, contentsOf: url)] } catch {
                    throw .file(path: url.path, reason: error.localizedDescription)
                }
            })
        }
        // The delegation booklet, one per packet language.
        for t in translations {
            let name = DelegationBooklet.fileName(language: t.language)
            tasks.append(PacketTask(name: name) { () throws(ExportError) in
                let url = staging.appendingPathComponent(name)
                try DelegationBooklet(
                    mission: mission, suppliers: suppliers, taxonomy: taxonomy, translations: t, period: period,
                    generated: generated, paper: .forDestination(mission.countries)
                ).write(to: url.path)
                do { return [try PacketManifest.entry(path: name, contentsOf: url)] } catch {
                    throw .file(path: url.path, reason: error.localizedDescription)
                }
            })
        }
        tasks.append(PacketTask(name: LanguageChooserPage.fileName) { () throws(ExportError) in
            [try write(LanguageChooserPage(mission: mission).bytes(), to: LanguageChooserPage.fileName)]
        })
        for t in translations {
            let name = HTMLIndexPage.fileName(language: t.language)
            tasks.append(PacketTask(name: name) { () throws(ExportError) in
                let page = HTMLIndexPage(
                    mission: mission, suppliers: suppliers, taxonomy: taxonomy,
                    matches: builder.indexRows(matches, t), files: builder.packetFiles(translations, t), generated: generated)
                return [try write(page.bytes(t), to: name)]
            })
        }
        return tasks
    }
}
