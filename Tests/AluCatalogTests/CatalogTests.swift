import AluCatalog
import AluDiagnostics
import Foundation
import Testing

@Suite("The sample catalogue and the pipeline")
struct CatalogTests {
    @Test("the sample catalogue is valid: no errors, and the data the issue asks for")
    func sampleCatalogueIsValid() throws {
        let result = try TestCatalog.loader().loadAll()
        let errors = result.report.diagnostics.filter { $0.severity == .error }
        #expect(errors.isEmpty, "\(errors.prefix(5).map(\.description))")
        let catalog = result.catalog
        #expect(catalog.taxonomy.nodes.count >= 150)
        #expect(catalog.suppliers.count >= 30)
        #expect(catalog.missions.count >= 3)
        #expect(Set(catalog.suppliers.compactMap(\.address.region)).count >= 8)
        let domains = Set(catalog.suppliers.flatMap { s in s.capabilities.compactMap { catalog.taxonomy.domain(of: $0.taxonomyID) } })
        #expect(domains == Set(catalog.taxonomy.domains.map(\.id)), "every taxonomy domain has suppliers")
        #expect(catalog.suppliers.contains { $0.contacts.contains { $0.consent == false } })
        #expect(catalog.suppliers.contains { $0.certifications.contains { !$0.isValid(on: TestCatalog.today) } })
        #expect(catalog.suppliers.filter { $0.descriptions.availableLanguages.count > 2 }.count >= 3)
    }

    @Test("xmllint --schema accepts the sample catalogue with our XSDs")
    func xmllintAgrees() throws {
        let loader = try TestCatalog.loader()
        func xmllint(_ schema: String, _ files: [String]) throws -> (Int32, String) {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: "/usr/bin/xmllint")
            process.arguments = ["--noout", "--nonet", "--schema", TestCatalog.catalog + "/schema/" + schema] + files
            let pipe = Pipe()
            process.standardError = pipe
            try process.run()
            let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            process.waitUntilExit()
            return (process.terminationStatus, output)
        }
        let suppliers = try FileManager.default.contentsOfDirectory(atPath: loader.suppliersDirectory).filter { $0.hasSuffix(".xml") }.sorted()
            .map { loader.suppliersDirectory + "/" + $0 }
        let missions = try FileManager.default.contentsOfDirectory(atPath: loader.missionsDirectory).filter { $0.hasSuffix(".xml") }.sorted()
            .map { loader.missionsDirectory + "/" + $0 }
        for (schema, files) in [("supplier.xsd", suppliers), ("mission.xsd", missions), ("taxonomy.xsd", [loader.taxonomyPath])] {
            let (status, output) = try xmllint(schema, files)
            #expect(status == 0, "\(schema): \(output.suffix(2000))")
            #expect(output.components(separatedBy: " validates").count - 1 == files.count)
        }
    }

    @Test("validating in parallel gives exactly the serial result")
    func parallelEqualsSerial() throws {
        let loader = try TestCatalog.loader()
        var paths = try FileManager.default.contentsOfDirectory(atPath: loader.suppliersDirectory).sorted().map { loader.suppliersDirectory + "/" + $0 }
        paths += try FileManager.default.contentsOfDirectory(atPath: TestCatalog.packageRoot + "/Tests/AluCatalogTests/Fixtures/entries").sorted()
            .map { TestCatalog.packageRoot + "/Tests/AluCatalogTests/Fixtures/entries/" + $0 }
        let parallel = try loader.load(paths: paths).report
        var serial = DiagnosticReport()
        for path in paths { serial.merge(try loader.load(paths: [path]).report) }
        // Cross-file rules (one NEQ per enterprise) only fire when files are checked together.
        #expect(parallel.sorted.filter { $0.code != "supplier.neq-duplicate" } == serial.sorted)
        #expect(parallel.errorCount > 0)
    }

    @Test("mission references and dates are checked")
    func missionRules() throws {
        let path = TestCatalog.fixture("missions/broken-mission.xml")
        let report = try TestCatalog.loader().load(paths: [path]).report
        #expect(report.sorted.map { String($0.description.dropFirst(path.count + 1)) } == [
            "8: error: <dates> attribute 'end': the mission ends (2027-02-08) before it starts (2027-02-12)",
            "21: error: <need> attribute 'capability': 'smelting.carbon.rodding-shops' is not in the taxonomy (did you mean 'smelting.carbon.rodding'?)",
            "27: error: <include>: supplier 'no-such-supplier' does not exist in the catalogue",
            "28: error: <exclude>: supplier 'no-such-supplier' does not exist in the catalogue",
            "28: error: <exclude>: supplier 'no-such-supplier' is both included and excluded",
        ])
        #expect(report.sorted.map(\.field) == [
            "dates.end", "buyers[0].needs[0].capability", "selection.include[0]", "selection.exclude[0]", "selection.exclude[0]",
        ])
    }

    @Test("a bad country in a mission is one message at its own <country> line, destination and buyer alike")
    func missionCountryIsOneMessage() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-mission-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = try String(contentsOfFile: TestCatalog.fixture("missions/broken-mission.xml"), encoding: .utf8)
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let edited = lines.enumerated().map { index, line in
            index == 5 ? line.replacingOccurrences(of: "AE", with: "UAE") : index == 18 ? line.replacingOccurrences(of: "AE", with: "Emirates") : line
        }
        let path = directory.appendingPathComponent("broken-mission.xml").path
        try edited.joined(separator: "\n").write(toFile: path, atomically: false, encoding: .utf8)
        let report = try TestCatalog.loader().load(paths: [path]).report
        let countries = report.sorted.filter { $0.field?.hasSuffix("]") == true && $0.field!.contains("countries") || $0.field == "buyers[0].country" }
        #expect(countries.map { "\($0.location.line ?? 0) \($0.field ?? "")" } == ["6 destination.countries[0]", "19 buyers[0].country"],
                "\(report.sorted.map(\.description))")
    }

    @Test("a file with tens of thousands of schema errors keeps the first thousand, says how many more, and stays linear")
    func schemaErrorsAreBounded() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-many-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: TestCatalog.fixture("missions/broken-mission.xml"), encoding: .utf8)
            .replacingOccurrences(of: "<country>AE</country>", with: Array(repeating: "<country>zz</country>", count: 30_000).joined(separator: "\n"))
        let path = directory.appendingPathComponent("broken-mission.xml").path
        try text.write(toFile: path, atomically: false, encoding: .utf8)
        let report = try TestCatalog.loader().load(paths: [path]).report
        let schema = report.diagnostics.filter { $0.code == "xml.schema" || $0.code == "xml.too-many-errors" }
        #expect(schema.count <= 1_001)
        let tooMany = try #require(report.diagnostics.first { $0.code == "xml.too-many-errors" })
        #expect(tooMany.message.hasSuffix("more problems are not shown (the first 1000 are); fix these and validate again"), "\(tooMany.message)")
        // Every bad country is still one message (the rule's), each with its own index.
        let countries = report.diagnostics.filter { $0.field?.hasPrefix("destination.countries[") == true }
        #expect(countries.count == 60_000 / 2 && Set(countries.compactMap(\.field)).count == 30_000)
    }

    @Test("two files with the same supplier id are reported")
    func duplicateIDs() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-dup-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: directory) }
        for sub in ["a", "b"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(sub), withIntermediateDirectories: true)
            try FileManager.default.copyItem(atPath: TestCatalog.fixture("entries/valid-entry.xml"), toPath: directory.appendingPathComponent("\(sub)/valid-entry.xml").path)
        }
        let report = try TestCatalog.loader().load(paths: [directory.path]).report
        #expect(report.sorted.map(\.message) == ["<supplier> attribute 'id': 'valid-entry' is already the id of \(directory.path)/a/valid-entry.xml"])
        #expect(report.diagnostics.map(\.field) == ["id"])
        #expect(report.diagnostics.first?.sentence("fr") == "<supplier> attribute 'id' : « valid-entry » est déjà l'identifiant de \(directory.path)/a/valid-entry.xml")
    }

    @Test("two entries with one NEQ get a warning naming the first")
    func duplicateNEQ() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-neq-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let text = try String(contentsOfFile: TestCatalog.fixture("entries/valid-entry.xml"), encoding: .utf8)
        try text.write(to: directory.appendingPathComponent("valid-entry.xml"), atomically: false, encoding: .utf8)
        try text.replacingOccurrences(of: "id=\"valid-entry\"", with: "id=\"valid-entry-two\"")
            .write(to: directory.appendingPathComponent("valid-entry-two.xml"), atomically: false, encoding: .utf8)
        let report = try TestCatalog.loader().load(paths: [directory.path]).report
        #expect(report.sorted.map(\.description) == [
            "\(directory.path)/valid-entry.xml:4: warning: <neq>: 1145678901 is also the NEQ of \(directory.path)/valid-entry-two.xml; one enterprise should have one entry",
        ])
    }

    @Test("the synthetic generator is deterministic and its entries pass schema and rules")
    func syntheticEntriesAreValid() throws {
        let loader = try TestCatalog.loader()
        let generator = SyntheticSuppliers(taxonomy: loader.loadAll().catalog.taxonomy)
        #expect(generator.document(7) == SyntheticSuppliers(taxonomy: loader.loadAll().catalog.taxonomy).document(7))
        #expect(generator.document(7) != generator.document(8))
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-synth-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for index in 0..<300 {
            try generator.document(index).write(to: directory.appendingPathComponent("synthetic-\(index).xml"), atomically: false, encoding: .utf8)
        }
        let report = try loader.load(paths: [directory.path]).report
        #expect(report.errorCount == 0, "\(report.sorted.prefix(5).map(\.description))")
        #expect(report.files.count == 300)
    }

    @Test("the canonical writer round-trips every sample entry")
    func canonicalRoundTrip() throws {
        let loader = try TestCatalog.loader()
        let catalog = loader.loadAll().catalog
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-rt-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        for supplier in catalog.suppliers {
            try SupplierXMLWriter.document(supplier).write(to: directory.appendingPathComponent("\(supplier.id).xml"), atomically: false, encoding: .utf8)
        }
        let reread = try loader.load(paths: [directory.path])
        #expect(reread.report.errorCount == 0, "\(reread.report.sorted.prefix(3).map(\.description))")
        for (a, b) in zip(catalog.suppliers, reread.catalog.suppliers) {
            var a = a, b = b
            a.lines = [:]; b.lines = [:]
            #expect(SupplierXMLWriter.document(a) == SupplierXMLWriter.document(b))
        }
    }

    @Test("--format json has the documented stable shape")
    func jsonShape() throws {
        let path = TestCatalog.fixture("entries/bad-neq.xml")
        let report = try TestCatalog.loader().load(paths: [path]).report
        let object = try #require(try JSONSerialization.jsonObject(with: report.jsonData()) as? [String: Any])
        #expect(object["version"] as? Int == 1)
        let summary = try #require(object["summary"] as? [String: Any])
        #expect(summary["files"] as? Int == 1)
        #expect(summary["errors"] as? Int == 1)
        #expect(summary["valid"] as? Bool == false)
        let first = try #require((object["diagnostics"] as? [[String: Any]])?.first)
        #expect(first["file"] as? String == path)
        #expect(first["line"] as? Int == 4)
        #expect(first["severity"] as? String == "error")
        #expect(first["code"] as? String == "supplier.neq")
        #expect(first["column"] == nil)
    }
}

@Suite("Report-only loading")
struct ReportOnlyLoadTests {
    @Test("a report-only load (alucat validate) reports exactly what a full load reports, and keeps no suppliers")
    func reportOnlyLoadMatchesFullLoad() throws {
        let loader = try TestCatalog.loader()
        let paths = [loader.root, TestCatalog.packageRoot + "/Tests/AluCatalogTests/Fixtures/entries"]
        let full = try loader.load(paths: paths)
        let reportOnly = try loader.load(paths: paths, keepSuppliers: false)
        #expect(reportOnly.report.sorted == full.report.sorted)
        #expect(reportOnly.report.errorCount > 0, "the fixtures hold broken entries")
        #expect(reportOnly.invalidEntryIDs == full.invalidEntryIDs)
        #expect(reportOnly.catalog.withheldSupplierIDs == full.catalog.withheldSupplierIDs)
        #expect(!full.catalog.suppliers.isEmpty)
        #expect(reportOnly.catalog.suppliers.isEmpty)
        #expect(reportOnly.catalog.missions.map(\.id) == full.catalog.missions.map(\.id))
    }
}
