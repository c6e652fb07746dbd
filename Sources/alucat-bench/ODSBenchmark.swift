import CZlib
import Foundation
import OpenDocument

/// Deterministic supplier-like rows: 12 columns, French and English descriptions of
/// 300–800 characters. A linear congruential generator keeps runs reproducible.
struct SupplierRows {
    private var state: UInt64

    static let columns: [SheetColumn] = [
        SheetColumn("Identifiant", width: 2.8), SheetColumn("Nom", width: 6), SheetColumn("Région", width: 4.5),
        SheetColumn("Courriel", width: 6), SheetColumn("Site web", width: 6), SheetColumn("Employés", width: 2.2),
        SheetColumn("Chiffre d'affaires (M$)", width: 3), SheetColumn("Fondée le", width: 2.8),
        SheetColumn("Exportateur", width: 2.5), SheetColumn("Part export", width: 2.5),
        SheetColumn("Description (fr)", width: 12, wrapText: true), SheetColumn("Description (en)", width: 12, wrapText: true),
    ]
    static let regions = ["Saguenay–Lac-Saint-Jean", "Côte-Nord", "Centre-du-Québec", "Montérégie", "Mauricie",
                          "Capitale-Nationale", "Montréal", "Estrie", "Laurentides", "Chaudière-Appalaches"]
    static let prefixes = ["Équipements", "Usinage", "Métallurgie", "Fonderie", "Automatisation", "Électrolyse", "Soudure", "Ingénierie"]
    static let suffixes = ["Boréal", "du Fjord", "Lévesque", "Côté & Fils", "Innovatech", "Alu-Nord", "Tremblay", "Gagné"]
    static let french = [
        "Conception et fabrication de machines de service des cuves d'électrolyse pour les alumineries.",
        "Entretien préventif des ponts roulants, des creusets et des équipements de coulée à haute température.",
        "Nous fabriquons des tiges d'anode, des bains de scellement et des systèmes de manutention robotisés.",
        "Traitement des gaz, récupération de chaleur et réduction des émissions de fluorures, certifiés ISO 14001.",
        "Intégration d'automates, de capteurs et de logiciels de supervision pour les salles de cuves et les fonderies.",
        "Plus de trente ans d'expérience au Québec, en Norvège, aux Émirats arabes unis et en Islande.",
    ]
    static let english = [
        "Design and manufacture of pot-tending machines and crucible handling equipment for primary smelters.",
        "Preventive maintenance of overhead cranes, casting wheels and high-temperature furnace refractory.",
        "We build anode rods, rodding-shop lines and robotic material-handling systems to client specifications.",
        "Gas treatment centres, heat recovery and fluoride emission reduction, ISO 9001 and ISO 14001 certified.",
        "Integration of PLCs, sensors and supervisory software for potrooms, casthouses and extrusion plants.",
        "Over thirty years of experience in Québec, Norway, the United Arab Emirates and Iceland.",
    ]

    mutating func next(_ bound: Int) -> Int {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return Int((state >> 33) % UInt64(bound))
    }

    /// 300–800 characters of sentences from `pool`.
    mutating func description(_ pool: [String]) -> String {
        let target = 300 + next(501)
        var text = ""
        while text.unicodeScalars.count < target {
            if !text.isEmpty { text += next(8) == 0 ? "\n" : " " }
            text += pool[next(pool.count)]
        }
        return String(text.unicodeScalars.prefix(target))
    }

    /// Descriptions are drawn from 1,024 pre-built ones per language, as a catalogue held in
    /// memory would supply them: the benchmark then times the writer, not string building.
    static let frenchPool: [String] = { var g = SupplierRows(seed: 1); return (0..<1024).map { _ in g.description(french) } }()
    static let englishPool: [String] = { var g = SupplierRows(seed: 2); return (0..<1024).map { _ in g.description(english) } }()

    init(seed: UInt64 = 0x9E37_79B9_7F4A_7C15) { state = seed }

    mutating func row(_ index: Int) -> [CellValue] {
        let name = "\(Self.prefixes[next(Self.prefixes.count)]) \(Self.suffixes[next(Self.suffixes.count)]) \(index)"
        let slug = "fournisseur\(index)"
        return [
            .string("QC-\(100_000 + index)"),
            .string(name),
            .string(Self.regions[next(Self.regions.count)]),
            .hyperlink(text: "ventes@\(slug).example", url: "mailto:ventes@\(slug).example"),
            .hyperlink(text: "www.\(slug).example", url: "https://www.\(slug).example/fr/"),
            .int(5 + next(2000)),
            .float(Double(next(5_000_000)) / 100),
            .date(CalendarDay(year: 1950 + next(75), month: 1 + next(12), day: 1 + next(28))),
            .boolean(next(2) == 0),
            .percentage(Double(next(1000)) / 1000),
            .string(Self.frenchPool[next(1024)]),
            .string(Self.englishPool[next(1024)]),
        ]
    }
}

private func now() -> Double {
    var spec = timespec()
    clock_gettime(CLOCK_MONOTONIC, &spec)
    return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
}

private func peakRSSMegabytes() -> Double {
    var usage = rusage()
    getrusage(RUSAGE_SELF.rawValue, &usage)
    return Double(usage.ru_maxrss) / 1024
}

@discardableResult
private func shell(_ arguments: [String], output: String? = nil) throws -> (status: Int32, text: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = arguments
    let pipe = Pipe()
    if let output {
        _ = FileManager.default.createFile(atPath: output, contents: nil)
        process.standardOutput = FileHandle(forWritingAtPath: output)
    } else {
        process.standardOutput = pipe
    }
    process.standardError = pipe
    try process.run()
    let data = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: data, as: UTF8.self))
}

/// Raw DEFLATE of `bytes` at `level`, as libzip does it; returns (seconds, compressed size).
private func zlibFloor(_ bytes: [UInt8], level: Int32) -> (seconds: Double, size: Int, crcSeconds: Double) {
    var stream = z_stream()
    precondition(alucat_deflate_init_raw(&stream, level) == Z_OK)
    defer { deflateEnd(&stream) }
    var output = [UInt8](repeating: 0, count: 1 << 20)
    var size = 0
    let start = now()
    bytes.withUnsafeBufferPointer { input in
        stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress)
        stream.avail_in = UInt32(input.count)
        var status = Z_OK
        // libzip feeds deflate 8 KiB at a time; one big input changes nothing for zlib's speed.
        repeat {
            output.withUnsafeMutableBufferPointer { out in
                stream.next_out = out.baseAddress
                stream.avail_out = UInt32(out.count)
                status = deflate(&stream, Z_FINISH)
                size += out.count - Int(stream.avail_out)
            }
        } while status == Z_OK
    }
    let seconds = now() - start
    let crcStart = now()
    _ = bytes.withUnsafeBufferPointer { crc32(0, $0.baseAddress, UInt32($0.count)) }
    return (seconds, size, now() - crcStart)
}

/// Writes `rows` supplier rows as ODS and compares with zlib alone, LibreOffice and odfpy.
public func runODSBenchmark(rows: Int, outputDirectory relativeOutput: String, compressionLevel: Int = 6, odfpyRows: Int = 20_000) throws {
    try FileManager.default.createDirectory(atPath: relativeOutput, withIntermediateDirectories: true)
    // Absolute: LibreOffice hangs on a relative -env:UserInstallation URL.
    let outputDirectory = URL(fileURLWithPath: relativeOutput).standardizedFileURL.path
    let odsPath = outputDirectory + "/alucat-bench.ods"
    print("alucat-bench ods: \(rows) rows × 12 columns, deflate level \(compressionLevel), output in \(outputDirectory)")

    // 1. Row generation alone, to separate it from the writer.
    _ = (SupplierRows.frenchPool.count, SupplierRows.englishPool.count)
    var generator = SupplierRows()
    var start = now()
    var characters = 0
    for i in 0..<rows {
        for case .string(let text) in generator.row(i) { characters += text.utf8.count }
    }
    let generation = now() - start

    // 2. The writer (generation included: rows arrive as they are produced).
    var writerCPU: [Double] = []
    func writeWorkbook() throws -> (seconds: Double, statistics: SpreadsheetWriterStatistics) {
        var generator = SupplierRows()
        let cpuStart = processCPUSeconds()
        defer { writerCPU.append(processCPUSeconds() - cpuStart) }
        let start = now()
        let writer = try SpreadsheetWriter(
            path: odsPath,
            metadata: WorkbookMetadata(title: "Fournisseurs", language: "fr-CA", generator: "alucat-bench",
                                       creationDate: Date(timeIntervalSince1970: 1_767_225_600)),
            options: WorkbookOptions(compressionLevel: compressionLevel, compressionThreads: Int(ProcessInfo.processInfo.environment["ALUCAT_BENCH_THREADS"] ?? "") ?? WorkbookOptions.machineCompressionThreads))
        let sheet = try writer.addSheet(name: "Fournisseurs", columns: SupplierRows.columns)
        for i in 0..<rows { try sheet.appendRow(generator.row(i)) }
        let statistics = try writer.finish()
        return (now() - start, statistics)
    }
    let first = try writeWorkbook()
    let wall = first.seconds, statistics = first.statistics
    // Before the floor reads content.xml into memory: the writer's own peak.
    let rss = peakRSSMegabytes()
    let odsSize = (try FileManager.default.attributesOfItem(atPath: odsPath)[.size] as? Int) ?? 0

    // 3. The floor: zlib alone on the identical content.xml bytes.
    let contentPath = outputDirectory + "/content.xml"
    try shell(["unzip", "-p", odsPath, "content.xml"], output: contentPath)
    let content = Array(try Data(contentsOf: URL(fileURLWithPath: contentPath)))
    let floor = zlibFloor(content, level: Int32(compressionLevel))

    if ProcessInfo.processInfo.environment["ALUCAT_BENCH_WRITER_ONLY"] != nil {
        // Alternating rounds (writer, floor, pigz; then pigz, floor, writer; …) so that a
        // slow moment of the machine falls on every kind in turn.
        let rounds = max(1, Int(ProcessInfo.processInfo.environment["ALUCAT_BENCH_ROUNDS"] ?? "") ?? 1)
        let pigz = ["/usr/bin/pigz", "/bin/pigz"].first { FileManager.default.isExecutableFile(atPath: $0) }
        func pigzSeconds() throws -> Double? {
            guard let pigz else { return nil }
            let start = now()
            try shell([pigz, "-p", "2", "-\(compressionLevel)", "-c", contentPath], output: "/dev/null")
            return now() - start
        }
        var writers = [wall], floors = [floor.seconds], pigzs: [Double] = []
        if let p = try pigzSeconds() { pigzs.append(p) }
        print(String(format: "content.xml %.0f MB; writer's peak RSS %.1f MB; machine load %@", Double(content.count) / 1e6, rss,
                     (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8).split(separator: " ").prefix(3).joined(separator: " ")) ?? "?"))
        func report(_ round: Int) {
            let w = writers[round], f = floors[round]
            var line = String(format: "round %d: writer %.2f s (CPU %.2f s), zlib floor %.2f s, writer/floor %.2f×", round + 1, w, writerCPU[round], f, w / f)
            if round < pigzs.count { line += String(format: ", pigz -p 2 %.2f s (%.2f× floor)", pigzs[round], pigzs[round] / f) }
            print(line)
        }
        report(0)
        for round in 1..<rounds {
            if round % 2 == 1 {
                if let p = try pigzSeconds() { pigzs.append(p) }
                floors.append(zlibFloor(content, level: Int32(compressionLevel)).seconds)
                writers.append(try writeWorkbook().seconds)
            } else {
                writers.append(try writeWorkbook().seconds)
                floors.append(zlibFloor(content, level: Int32(compressionLevel)).seconds)
                if let p = try pigzSeconds() { pigzs.append(p) }
            }
            report(round)
        }
        func spread(_ values: [Double]) -> String {
            let sorted = values.sorted()
            return String(format: "%.2f/%.2f/%.2f", sorted.first ?? 0, sorted[sorted.count / 2], sorted.last ?? 0)
        }
        let ratios = zip(writers, floors).map { $0 / $1 }
        print("min/median/max over \(rounds) rounds: writer \(spread(writers)) s (CPU \(spread(writerCPU)) s), floor \(spread(floors)) s, writer/floor \(spread(ratios))×"
              + (pigzs.isEmpty ? " (pigz not installed)" : ", pigz -p 2 \(spread(pigzs)) s, pigz/floor \(spread(zip(pigzs, floors).map { $0 / $1 }))×"))
        print(String(format: "generation alone %.2f s; goal: writer median ≤ 1.00× floor, peak < 64 MB", generation))
        return
    }

    // 4. The same rows as CSV for the other tools (not timed).
    let csvPath = outputDirectory + "/alucat-bench.csv"
    generator = SupplierRows()
    _ = FileManager.default.createFile(atPath: csvPath, contents: nil)
    let csv = FileHandle(forWritingAtPath: csvPath)!
    func field(_ cell: CellValue) -> String {
        let text: String = switch cell {
        case .string(let s): s
        case .int(let v): String(v)
        case .float(let v): String(v)
        case .percentage(let v): String(v)
        case .currency(let amount, _): String(amount)
        case .date(let day): day.description
        case .boolean(let b): b ? "TRUE" : "FALSE"
        case .hyperlink(let text, _): text
        case .formula(let formula): formula.cachedText
        case .empty: ""
        }
        return text.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" })
            ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
    var chunk = SupplierRows.columns.map { field(.string($0.title)) }.joined(separator: ",") + "\n"
    for i in 0..<rows {
        chunk += generator.row(i).map(field).joined(separator: ",") + "\n"
        if chunk.utf8.count > 1 << 20 { csv.write(Data(chunk.utf8)); chunk = "" }
    }
    csv.write(Data(chunk.utf8))
    try csv.close()

    // 5. LibreOffice headless CSV → ODS, throwaway profile.
    var office: Double?
    let profile = "file://" + outputDirectory + "/lo-profile-\(getpid())"
    start = now()
    let lo = try shell(["soffice", "-env:UserInstallation=\(profile)", "--headless", "--norestore",
                        "--infilter=CSV:44,34,76,1", "--convert-to", "ods", "--outdir", outputDirectory + "/lo", csvPath])
    if lo.status == 0, FileManager.default.fileExists(atPath: outputDirectory + "/lo/alucat-bench.ods") {
        office = now() - start
    } else {
        print("LibreOffice failed: \(lo.text)")
    }
    try? FileManager.default.removeItem(atPath: outputDirectory + "/lo-profile-\(getpid())")

    // 6. odfpy on the first `odfpyRows` rows (it holds the whole document in memory).
    let scriptURL = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("scripts/odfpy_bench.py")
    let pyRows = min(rows, odfpyRows)
    var odfpy: Double?
    let py = try shell(["/usr/bin/python3", scriptURL.path, csvPath, outputDirectory + "/odfpy.ods", String(pyRows)])
    if py.status == 0, let seconds = Double(py.text.trimmingCharacters(in: .whitespacesAndNewlines).split(separator: "\n").last ?? "") {
        odfpy = seconds
    } else {
        print("odfpy failed: \(py.text)")
    }

    func mb(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }
    func line(_ name: String, _ seconds: Double?, _ count: Int, _ note: String) {
        guard let seconds else { print(name.padding(toLength: 34, withPad: " ", startingAt: 0) + "  n/a"); return }
        let rate = Double(count) / seconds
        print(name.padding(toLength: 34, withPad: " ", startingAt: 0)
              + String(format: "%9.2f s %11.0f rows/s  %6.2f× floor  ", seconds, rate, seconds / floor.seconds * Double(rows) / Double(count)) + note)
    }
    print("")
    print("content.xml \(mb(content.count)) (\(characters / max(rows, 1)) text bytes/row), .ods \(mb(odsSize)), peak RSS \(String(format: "%.1f", rss)) MB, peak buffer \(mb(statistics.peakBufferedBytes)), peak queue \(mb(statistics.peakQueuedBytes))")
    print("")
    print("what".padding(toLength: 34, withPad: " ", startingAt: 0) + "     wall        rate      vs floor")
    line("zlib deflate alone (floor)", floor.seconds, rows, "level \(compressionLevel), \(mb(floor.size)) out; crc32 alone \(String(format: "%.2f", floor.crcSeconds)) s")
    line("AluCat SpreadsheetWriter", wall, rows, "includes row generation (\(String(format: "%.2f", generation)) s alone)")
    line("LibreOffice --convert-to ods", office, rows, "CSV import + ODS export")
    line("odfpy 1.4 (\(pyRows) rows)", odfpy, pyRows, "scaled to \(rows) rows for the ratio")
}
