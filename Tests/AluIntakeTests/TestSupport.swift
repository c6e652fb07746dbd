import AluCatalog
import AluIntake
import AluTestSupport
import AluZip
import Foundation
import Testing

/// Paths and helpers shared by the intake tests.
enum TestPaths {
    static var packageRoot: String { TestPackage.root }
    static var catalog: String { TestPackage.catalog }
    static var odfTools: String { ODFTools.directory }
    static var isCI: Bool { TestPackage.isCI }

    static var alucat: String? { TestPackage.alucat }

    static func temporaryDirectory(_ label: String = "intake") -> String {
        let path = NSTemporaryDirectory() + "alucat-\(label)-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A private copy of the catalogue's schemas and taxonomy with the given entries.
    static func scratchCatalog(entries: [String: String] = [:]) -> String {
        let root = temporaryDirectory("catalog")
        let fm = FileManager.default
        try! fm.copyItem(atPath: catalog + "/schema", toPath: root + "/schema")
        try! fm.copyItem(atPath: catalog + "/taxonomy.xml", toPath: root + "/taxonomy.xml")
        try! fm.createDirectory(atPath: root + "/suppliers", withIntermediateDirectories: true)
        for (id, xml) in entries { try! Data(xml.utf8).write(to: URL(fileURLWithPath: root + "/suppliers/\(id).xml")) }
        return root
    }
}

enum TestCatalog {
    static let today = CalendarDay(year: 2026, month: 2, day: 12)
    static func loader(_ root: String = TestPaths.catalog) -> CatalogLoader {
        try! CatalogLoader(root: root, today: today)
    }
    static let taxonomy = loader().loadTaxonomy()
    static func entry(_ id: String) -> Supplier {
        try! SupplierIntake(loader: loader()).existingEntry(id, taxonomy: taxonomy)!.supplier!
    }
}

/// Runs a command, returning its exit status and output.
@discardableResult
func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
    try ODFTools.run(executable, arguments)
}

/// Edits the cells of an ODS the way a person does in LibreOffice: the typed value replaces
/// the cell's content, its drop-down and format stay.
struct FormEditor {
    var parts: [(name: String, bytes: [UInt8])]

    init(path: String) throws {
        let zip = try ZipArchiveReader(contentsOf: URL(fileURLWithPath: path))
        parts = try zip.entries.map { ($0.name, [UInt8](try zip.read($0.name))) }
    }

    enum Typed {
        case text(String)
        case number(Int)
        case date(String)
        case empty
    }

    /// Sets the cell at 1-based `row` and 0-based `column` of `sheet`.
    mutating func set(_ sheet: String, row: Int, column: Int, _ value: Typed) {
        let index = parts.firstIndex { $0.name == "content.xml" }!
        var xml = String(decoding: parts[index].bytes, as: UTF8.self)
        guard let tableStart = xml.range(of: "<table:table table:name=\"\(sheet)\"") else { fatalError("no sheet \(sheet)") }
        var cursor = tableStart.upperBound
        for _ in 0..<row { cursor = xml.range(of: "<table:table-row", range: cursor..<xml.endIndex)!.upperBound }
        for _ in 0...column { cursor = xml.range(of: "<table:table-cell", range: cursor..<xml.endIndex)!.upperBound }
        let cellStart = xml.index(cursor, offsetBy: -"<table:table-cell".count)
        let tagEnd = xml.range(of: ">", range: cursor..<xml.endIndex)!
        let cellEnd = xml[xml.index(before: tagEnd.lowerBound)] == "/" ? tagEnd.upperBound
            : xml.range(of: "</table:table-cell>", range: cursor..<xml.endIndex)!.upperBound
        let old = String(xml[cellStart..<cellEnd])
        var kept = ""
        for attribute in ["table:content-validation-name", "table:style-name"] {
            if let r = old.range(of: "\(attribute)=\"[^\"]*\"", options: .regularExpression) { kept += " " + old[r] }
        }
        func escape(_ s: String) -> String {
            s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        }
        let new: String
        switch value {
        case .text(let s):
            let paragraphs = s.split(separator: "\n", omittingEmptySubsequences: false).map { "<text:p>\(escape(String($0)))</text:p>" }.joined()
            new = "<table:table-cell\(kept) office:value-type=\"string\">\(paragraphs)</table:table-cell>"
        case .number(let n):
            new = "<table:table-cell\(kept) office:value-type=\"float\" office:value=\"\(n)\"><text:p>\(n)</text:p></table:table-cell>"
        case .date(let d):
            new = "<table:table-cell\(kept) office:value-type=\"date\" office:date-value=\"\(d)\"><text:p>\(d)</text:p></table:table-cell>"
        case .empty:
            new = "<table:table-cell\(kept)/>"
        }
        xml.replaceSubrange(cellStart..<cellEnd, with: new)
        parts[index].bytes = Array(xml.utf8)
    }

    /// Writes the package back, `mimetype` first and stored.
    func write(to path: String) throws {
        var zip = TestZip()
        for part in parts {
            if part.name == "mimetype" { zip.store(part.name, part.bytes) } else { zip.deflate(part.name, part.bytes) }
        }
        try Data(zip.bytes()).write(to: URL(fileURLWithPath: path))
    }
}
