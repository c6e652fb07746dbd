import AluCatalog
import AluXML
import Dispatch
import Foundation

/// Times the validation pipeline's phases on the files of `directory` (diagnostic aid).
func runPhaseProbe(directory: String, catalog: String) throws {
    let loader = try CatalogLoader(root: catalog, today: CalendarDay(year: 2026, month: 11, day: 22))
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".xml") }.sorted()
    let files = names.map { directory + "/" + $0 }
    var watch = Stopwatch()
    let contents = files.map { Array(FileManager.default.contents(atPath: $0)!) }
    print("read (1 thread):            \(watch.seconds.formatted2) s")
    for threads in [1, 2] {
        let chunk = (contents.count + threads - 1) / threads
        func timed(_ label: String, _ body: @escaping @Sendable ([UInt8], String) -> Void) {
            let w = Stopwatch()
            DispatchQueue.concurrentPerform(iterations: threads) { t in
                for i in (t * chunk)..<min(contents.count, (t + 1) * chunk) { body(contents[i], files[i]) }
            }
            print("\(label) (\(threads) threads): \(w.seconds.formatted2) s")
        }
        let schema = loader.schemas.supplier
        // The trees are read in place (nothing copied), as the loader does.
        timed("parse only           ") { bytes, file in _ = SafeXMLParser.parse(bytes, file: file, selectSchema: { _, _ in nil }) { $0.line } }
        timed("parse + XSD          ") { bytes, file in _ = SafeXMLParser.parse(bytes, file: file, selectSchema: { _, _ in schema }) { $0.line } }
    }
    watch = Stopwatch()
    _ = try loader.load(paths: [directory], keepSuppliers: false)
    print("whole loader, as alucat validate (2 threads): \(watch.seconds.formatted2) s")
}
