import AluCatalog
import AluExport
import Foundation

/// Builds a four-language packet for `count` synthetic suppliers and prints wall
/// time (selection, matching, every file, the zip) and peak memory.
func runPacketBenchmark(count: Int, catalog: String, workDirectory: String) throws {
    let today = CalendarDay(year: 2026, month: 11, day: 22)
    let loader = try CatalogLoader(root: catalog, today: today)
    let sample = loader.loadAll().catalog
    let generator = SyntheticSuppliers(taxonomy: sample.taxonomy, today: today)
    let generation = Stopwatch()
    let suppliers = (0..<count).map(generator.supplier)
    let generationSeconds = generation.seconds

    var mission = sample.mission("gulf-smelters-2027")!
    mission.id = "benchmark-\(count)"
    mission.languages = ["en", "fr", "es", "ar"]
    mission.selection = SelectionRules()
    mission.selection.capabilities = sample.taxonomy.domains.map(\.id)
    mission.selection.match = .any
    let synthetic = Catalog(taxonomy: sample.taxonomy, suppliers: suppliers, missions: [mission])

    let out = (workDirectory as NSString).appendingPathComponent("packets")
    try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
    let builder = PacketBuilder(catalog: synthetic, schemaDirectory: loader.schemas.directory, outputRoot: out, generated: today)
    let build = Stopwatch()
    let result = try builder.build(missionID: mission.id)
    let seconds = build.seconds
    let zipBytes = (try? FileManager.default.attributesOfItem(atPath: result.zipPath)[.size] as? Int) ?? 0
    print("packet: \(count) synthetic suppliers, \(result.selectedSupplierCount) selected, languages \(mission.languages.joined(separator: " ")), \(mission.buyers.flatMap(\.needs).count) buyer needs")
    print("  generate suppliers (not counted): \(generationSeconds.formatted2) s")
    print("  build packet (select, match, 4 brochures, XML, vCard, 4 index pages, checksums, zip): \(seconds.formatted2) s")
    print("  zip: \(zipBytes / 1024) KiB, \(result.manifest.entries.count + 1) files")
    print("  peak RSS: \(peakResidentMegabytes()) MB")
}
