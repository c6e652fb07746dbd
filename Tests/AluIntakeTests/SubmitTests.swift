import AluTestSupport
import AluCatalog
import AluDiagnostics
import AluIntake
import Foundation
import Testing

@Suite("Submitting an entry to the catalogue")
struct SubmitTests {
    static let original = TestCatalog.entry("electro-saguenay")
    static var originalXML: String { SupplierXMLWriter.document(original) }

    func files(_ root: String) -> [String: [UInt8]] {
        var result: [String: [UInt8]] = [:]
        let enumerator = FileManager.default.enumerator(atPath: root + "/suppliers")!
        while let relative = enumerator.nextObject() as? String {
            let path = root + "/suppliers/" + relative
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                result[relative] = [UInt8](FileManager.default.contents(atPath: path)!)
            }
        }
        return result
    }

    func write(_ supplier: Supplier, _ name: String = "submission.xml") throws -> String {
        let path = TestPaths.temporaryDirectory("submission") + "/" + name
        try Data(SupplierXMLWriter.document(supplier).utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    @Test("a changed entry replaces the old one and the old one goes to history; the same entry again is unchanged")
    func changedEntryIsStoredWithHistory() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let intake = SupplierIntake(loader: TestCatalog.loader(root))
        var changed = Self.original
        changed.memberships.append("Réseau Trans-Al")
        let outcome = try intake.submit(path: try write(changed))
        guard case .written(let path, let previous?) = outcome else { Issue.record("\(outcome)"); return }
        #expect(path == root + "/suppliers/electro-saguenay.xml")
        var stored = changed
        stored.lastUpdated = TestCatalog.today
        #expect(String(decoding: FileManager.default.contents(atPath: path)!, as: UTF8.self) == SupplierXMLWriter.document(stored))
        #expect(previous.hasPrefix(root + "/suppliers/history/electro-saguenay/"))
        #expect(String(decoding: FileManager.default.contents(atPath: previous)!, as: UTF8.self) == Self.originalXML)
        guard case .unchanged = try intake.submit(path: try write(changed)) else { Issue.record("expected unchanged"); return }
        // The loader still sees one entry: history is skipped.
        #expect(TestCatalog.loader(root).loadAll().catalog.suppliers.map(\.id) == ["electro-saguenay"])
    }

    @Test("a submission whose NEQ differs from the existing entry's changes nothing")
    func otherEnterpriseIsRefused() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let before = files(root)
        var impostor = Self.original
        impostor.neq = "1199999990"
        let outcome = try SupplierIntake(loader: TestCatalog.loader(root)).submit(path: try write(impostor))
        guard case .refused(let reason) = outcome else { Issue.record("\(outcome)"); return }
        #expect(reason.contains("belongs to another enterprise (NEQ 1148820576, this submission has NEQ 1199999990)"))
        #expect(files(root) == before)
    }

    @Test("an XML submission cannot set the staff's internal notes or the update date")
    func staffFieldsAreNotTheSubmitters() throws {
        var withNotes = Self.original
        withNotes.internalNotes = "Staff: audit pending."
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": SupplierXMLWriter.document(withNotes)])
        var forged = withNotes
        forged.internalNotes = "Excellent supplier, certificates verified."
        forged.lastUpdated = CalendarDay(year: 2030, month: 1, day: 1)
        forged.memberships.append("Réseau Trans-Al")
        let outcome = try SupplierIntake(loader: TestCatalog.loader(root)).submit(path: try write(forged))
        guard case .written(let path, _) = outcome else { Issue.record("\(outcome)"); return }
        let stored = TestCatalog.loader(root).loadAll().catalog.supplier("electro-saguenay")
        #expect(stored?.internalNotes == "Staff: audit pending.")
        #expect(stored?.lastUpdated == TestCatalog.today)
        #expect(stored?.memberships.last == "Réseau Trans-Al")
        #expect(path.hasSuffix("/electro-saguenay.xml"))
    }

    @Test("a new entry cannot take an NEQ another entry already has")
    func neqTakenByAnotherEntry() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let before = files(root)
        var copy = Self.original
        copy.id = "electro-saguenay-bis"
        let outcome = try SupplierIntake(loader: TestCatalog.loader(root)).submit(path: try write(copy, "electro-saguenay-bis.xml"))
        guard case .refused(let reason) = outcome else { Issue.record("\(outcome)"); return }
        #expect(reason == "NEQ 1148820576 already belongs to the entry 'electro-saguenay'; submit under that id, nothing was changed")
        #expect(files(root) == before)
    }

    @Test("an invalid submission changes nothing and says why")
    func invalidSubmissionChangesNothing() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let before = files(root)
        var broken = Self.original
        broken.address.postalCode = "K1A 0B1"
        let outcome = try SupplierIntake(loader: TestCatalog.loader(root)).submit(path: try write(broken))
        guard case .invalid(let report) = outcome else { Issue.record("\(outcome)"); return }
        #expect(report.diagnostics.contains { $0.code == "supplier.postal-code" && $0.message.contains("is not in Québec") })
        #expect(files(root) == before)
    }

    @Test("a submitted form is stored in canonical form with the staff's internal notes kept")
    func submittedFormKeepsInternalNotes() throws {
        let withNotes = TestCatalog.entry("forges-du-fjord")
        let root = TestPaths.scratchCatalog(entries: ["forges-du-fjord": SupplierXMLWriter.document(withNotes)])
        let form = TestPaths.temporaryDirectory("form") + "/update.ods"
        try SupplierFormTemplate(language: .en, taxonomy: TestCatalog.taxonomy).write(to: form, supplier: withNotes)
        let intake = SupplierIntake(loader: try CatalogLoader(root: root, today: withNotes.lastUpdated!))
        let outcome = try intake.submit(path: form)
        guard case .unchanged = outcome else { Issue.record("\(outcome)"); return }
    }

    @Test("submit killed at any moment leaves the old entry or the new one, never a mix")
    func killedSubmitLeavesOldOrNew() throws {
        guard let alucat = TestPaths.alucat else {
            if TestPaths.isCI { Issue.record("alucat is not built") }
            return
        }
        var big = Self.original
        // As big as a valid entry gets (the schema bounds counts and lengths): 50
        // memberships, 20 descriptions of nearly 4,000 characters, half Arabic.
        big.memberships = (1...50).map { "Association régionale numéro \($0) — مجموعة الألمنيوم" }
        let languages = ["fr", "en", "es", "ar", "pt", "de", "it", "zh", "ja", "ko", "ru", "nl", "pl", "sv", "fi", "da", "tr", "he", "hi", "el"]
        big.descriptions = LocalizedText(languages.map { ($0, Array(repeating: "Barres omnibus — مجموعة الألمنيوم", count: 115).joined(separator: " ")) })
        let oldXML = SupplierXMLWriter.document(big)
        var newer = big
        newer.memberships = newer.memberships.map { $0 + " (2026)" }
        var stored = newer
        stored.lastUpdated = TestCatalog.today  // submit dates what it stores
        let newXML = SupplierXMLWriter.document(stored)
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": oldXML])
        let submission = try write(newer)
        let target = root + "/suppliers/electro-saguenay.xml"
        var sawNew = false, sawOld = false
        for iteration in 0..<20 {
            try Data(oldXML.utf8).write(to: URL(fileURLWithPath: target))
            let process = Process()
            process.executableURL = URL(fileURLWithPath: alucat)
            process.arguments = ["submit", "--catalog", root, "--today", "2026-02-12", submission]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            usleep(UInt32(iteration * 10_000))  // 0 to 190 ms
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            let text = String(decoding: FileManager.default.contents(atPath: target) ?? Data(), as: UTF8.self)
            #expect(text == oldXML || text == newXML, "iteration \(iteration): \(text.utf8.count) bytes")
            if text == newXML { sawNew = true } else { sawOld = true }
            #expect(TestCatalog.loader(root).validate(bytes: Array(text.utf8), file: target).supplier != nil)
        }
        #expect(sawOld)
        _ = sawNew  // how far a child gets before the kill depends on the machine
        // Not killed, the same submission stores the new entry.
        try Data(oldXML.utf8).write(to: URL(fileURLWithPath: target))
        let (status, output) = try run(alucat, ["submit", "--catalog", root, "--today", "2026-02-12", submission])
        #expect(status == 0, "\(output)")
        #expect(String(decoding: FileManager.default.contents(atPath: target) ?? Data(), as: UTF8.self) == newXML)
    }

    @Test("two submissions of one entry at once: both versions survive, one stored and one in history")
    func concurrentSubmitsAreSerialised() throws {
        guard let alucat = TestPaths.alucat else {
            if TestPaths.isCI { Issue.record("alucat is not built") }
            return
        }
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        var b = Self.original, c = Self.original
        b.memberships.append("Version B")
        c.memberships.append("Version C")
        let paths = [try write(b, "b.xml"), try write(c, "c.xml")]
        let processes = paths.map { path in
            let process = Process()
            process.executableURL = URL(fileURLWithPath: alucat)
            process.arguments = ["submit", "--catalog", root, "--today", "2026-02-12", path]
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            return process
        }
        for process in processes { try process.run() }
        for process in processes { process.waitUntilExit() }
        #expect(processes.allSatisfy { $0.terminationStatus == 0 })
        let texts = files(root).values.map { String(decoding: $0, as: UTF8.self) }
        #expect(texts.count == 3, "current entry + two history versions")
        for marker in ["Version B", "Version C"] {
            #expect(texts.contains { $0.contains(marker) }, "\(marker) was lost")
        }
    }
}
