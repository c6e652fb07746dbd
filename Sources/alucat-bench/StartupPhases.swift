import AluCatalog
import AluDirectory
import AluXML
import Dispatch
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Where the portal's start-up goes, measured in this process on the same catalogue as
/// the server loads it: wall time and CPU time (both cores) per phase. CPU time is the
/// steadier figure on a shared machine.
func printStartupPhases(root: String, day: CalendarDay) throws {
    let loader = try CatalogLoader(root: root, today: day)
    let files = CatalogLoaderFiles.suppliers(under: (root as NSString).appendingPathComponent("suppliers"))
    var rows: [(String, Double, Double)] = []
    func measure<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
        let cpu = processCPUSeconds(), watch = Stopwatch()
        let value = try body()
        rows.append((name, watch.seconds, processCPUSeconds() - cpu))
        return value
    }
    let contents = measure("read the files (1 thread)") { files.map { FileManager.default.contents(atPath: $0).map { [UInt8]($0) } ?? [] } }
    let schema = loader.schemas.supplier
    measure("libxml2 parse + XSD (2 threads)") {
        DispatchQueue.concurrentPerform(iterations: 2) { t in
            for i in stride(from: t, to: contents.count, by: 2) {
                _ = SafeXMLParser.parse(contents[i], file: files[i], selectSchema: { _, _ in schema }) { $0.line }
            }
        }
    }
    let index = try measure("whole load: read, parse, XSD, model, rules, cross-file (CatalogLoader.load)") { try loader.load(paths: [root]) }
    let catalog = measure("published view (CatalogIndex.catalog)") { index.catalog }
    let directory = measure("directory: public copies and the search index") { Directory(catalog: catalog, day: day) }
    print("start-up phases in this process (\(directory.suppliers.count) suppliers):      wall s    CPU s")
    for (name, wall, cpu) in rows {
        print("  " + name.padding(toLength: 72, withPad: " ", startingAt: 0) + pad(wall.formatted2, 7) + pad(cpu.formatted2, 9))
    }
}

/// CPU time of this process (every thread), in seconds.
func processCPUSeconds() -> Double {
    Double(clock()) / Double(CLOCKS_PER_SEC)
}

enum CatalogLoaderFiles {
    static func suppliers(under folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasSuffix(".xml") }.sorted()
            .map { (folder as NSString).appendingPathComponent($0) }
    }
}
