import AluTestSupport
import AluCatalog
import AluDiagnostics
import AluIntake
import AluLocalization
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
        guard case .refused(let refusal, let language) = outcome else { Issue.record("\(outcome)"); return }
        #expect(refusal == .neqDiffersFromStored(id: "electro-saguenay", stored: "1148820576", submitted: "1199999990"))
        #expect(language == "en")
        #expect(refusal.message.text(language).contains("NEQ 1199999990 is not the NEQ of the entry 'electro-saguenay' (1148820576)"))
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
        guard case .refused(let refusal, _) = outcome else { Issue.record("\(outcome)"); return }
        #expect(refusal == .neqBelongsToAnotherEntry(neq: "1148820576", owner: "electro-saguenay"))
        #expect(refusal.message.text("en") == "NEQ 1148820576 already belongs to the entry 'electro-saguenay'; submit under that id")
        #expect(refusal.message.text("fr") == "le NEQ 1148820576 appartient déjà à la fiche « electro-saguenay » ; soumettez sous cet identifiant")
        #expect(files(root) == before)
    }

    @Test("an index built before another entry took an NEQ is brought up to date under the lock: the second claimant is refused")
    func staleIndexCannotLetTwoEntriesShareAnNEQ() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let intake = SupplierIntake(loader: TestCatalog.loader(root))
        let snapshot = intake.loader.loadAll()
        var first = Self.original, second = Self.original
        (first.id, first.neq) = ("acme-a", "1188888883")
        (second.id, second.neq) = ("acme-b", "1188888883")
        guard case .written = try intake.submit(path: try write(first, "acme-a.xml"), index: snapshot) else { Issue.record("first"); return }
        let outcome = try intake.submit(path: try write(second, "acme-b.xml"), index: snapshot)
        guard case .refused(let refusal, _) = outcome else { Issue.record("\(outcome)"); return }
        #expect(refusal == .neqBelongsToAnotherEntry(neq: "1188888883", owner: "acme-a"))
        #expect(!FileManager.default.fileExists(atPath: root + "/suppliers/acme-b.xml"))
    }

    @Test("the stored NEQs are read from the entries themselves: a file restored with an old time still counts")
    func storedNEQsIgnoreFileTimes() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let intake = SupplierIntake(loader: TestCatalog.loader(root))
        let snapshot = intake.loader.loadAll()
        var renumbered = Self.original
        renumbered.neq = "1188888883"
        let stored = root + "/suppliers/electro-saguenay.xml"
        try Data(SupplierXMLWriter.document(renumbered).utf8).write(to: URL(fileURLWithPath: stored))
        try FileManager.default.setAttributes([.modificationDate: Date(timeIntervalSinceNow: -86_400)], ofItemAtPath: stored)
        var newcomer = Self.original
        (newcomer.id, newcomer.neq) = ("acme-b", "1188888883")
        let outcome = try intake.submit(path: try write(newcomer, "acme-b.xml"), index: snapshot)
        guard case .refused(let refusal, _) = outcome else { Issue.record("\(outcome)"); return }
        #expect(refusal == .neqBelongsToAnotherEntry(neq: "1188888883", owner: "electro-saguenay"))
    }

    @Test("a first entry named like an existing one gets a free id, not the other enterprise's entry")
    func firstEntryNamedLikeAnotherGetsAFreeID() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let intake = SupplierIntake(loader: TestCatalog.loader(root))
        var newcomer = Self.original
        newcomer.id = ""
        newcomer.neq = "1188888883"
        newcomer.operatingName = "Électro Saguenay"
        let form = TestPaths.temporaryDirectory("newcomer") + "/fiche.ods"
        try SupplierFormTemplate(language: .fr, taxonomy: TestCatalog.taxonomy).write(to: form, supplier: newcomer)
        let check = try intake.importForm(at: form)
        #expect(check.supplier?.id == "electro-saguenay-2", "\(check.report.diagnostics.map(\.message))")
        #expect(check.isValid)
        guard case .written(let path, nil) = try intake.submit(path: form) else { Issue.record("not written"); return }
        #expect(path == root + "/suppliers/electro-saguenay-2.xml")
    }

    @Test("an invalid submission changes nothing and says why")
    func invalidSubmissionChangesNothing() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let before = files(root)
        var broken = Self.original
        broken.address.postalCode = "K1A 0B1"
        let outcome = try SupplierIntake(loader: TestCatalog.loader(root)).submit(path: try write(broken))
        guard case .invalid(let report, _) = outcome else { Issue.record("\(outcome)"); return }
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

    @Test("several submissions within one second keep their versions in history in time order")
    func historySortsInTimeOrder() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let intake = SupplierIntake(loader: TestCatalog.loader(root))
        for n in 1...4 {
            var version = Self.original
            version.memberships.append("Version \(n)")
            guard case .written = try intake.submit(path: try write(version)) else { Issue.record("version \(n) not written"); return }
        }
        let history = try intake.store.history("electro-saguenay")
        #expect(history.count == 4)
        let kept = history.map { String(decoding: FileManager.default.contents(atPath: $0)!, as: UTF8.self) }
        #expect(kept[0] == Self.originalXML)
        for n in 1...3 {
            #expect(kept[n].contains("Version \(n)") && !kept[n].contains("Version \(n + 1)"), "history \(n) is out of order: \(history)")
        }
    }

    @Test("history names sort in the order they are made: same microsecond, clock set back, names of the old scheme")
    func historyNamesSort() {
        let t = 1_770_891_300.25  // 2026-02-12T10:15:00.25Z
        var names: [String] = []
        for seconds in [t, t, t, t - 3600, t + 1] {
            names.append(FolderEntryStore.historyName(at: seconds, existing: names))
        }
        #expect(names[0] == "20260212T101500.250000Z.xml")
        #expect(names[1] == "20260212T101500.250000Z_001.xml")
        #expect(names[2] == "20260212T101500.250000Z_002.xml")
        #expect(names[3] == "20260212T101500.250000Z_003.xml", "a clock set back continues after the last name")
        #expect(names[4] == "20260212T101501.250000Z.xml")
        #expect(names == names.sorted())
        #expect(Set(names).count == names.count)
        let old = ["20260212T101500Z.xml", "20260212T101500Z-2.xml"]
        let next = FolderEntryStore.historyName(at: t, existing: old)
        #expect((old + [next]).sorted().last == next)
    }

    @Test("temporary files a killed submit left are removed by the next submit, other files are kept")
    func leftoverTemporaryFilesAreRemoved() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let history = root + "/suppliers/history/electro-saguenay"
        try FileManager.default.createDirectory(atPath: history, withIntermediateDirectories: true)
        let leftovers = [root + "/suppliers/.electro-saguenay.xml.4242.tmp", history + "/.20260212T101500.250000Z.xml.4242.tmp"]
        let kept = [root + "/suppliers/.keep", history + "/20260101T000000.000000Z.xml", root + "/suppliers/.notes.tmp"]
        for path in leftovers + kept { try Data("x".utf8).write(to: URL(fileURLWithPath: path)) }
        var changed = Self.original
        changed.memberships.append("Réseau Trans-Al")
        guard case .written = try SupplierIntake(loader: TestCatalog.loader(root)).submit(path: try write(changed)) else {
            Issue.record("not written"); return
        }
        for path in leftovers { #expect(!FileManager.default.fileExists(atPath: path), "\(path) is left") }
        for path in kept { #expect(FileManager.default.fileExists(atPath: path), "\(path) was removed") }
    }

    @Test("submit and check take bytes as well as paths: an XML entry and a form")
    func bytesInput() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let intake = SupplierIntake(loader: TestCatalog.loader(root))
        var changed = Self.original
        changed.memberships.append("Réseau Trans-Al")
        let xml = Array(SupplierXMLWriter.document(changed).utf8)
        #expect(try intake.check(bytes: xml, fileName: "upload.xml").isValid)
        guard case .written(let path, _) = try intake.submit(bytes: xml, fileName: "upload.xml") else { Issue.record("not written"); return }
        #expect(path == root + "/suppliers/electro-saguenay.xml")

        let form = TestPaths.temporaryDirectory("form") + "/fiche.ods"
        changed.memberships.append("AluQuébec")
        try SupplierFormTemplate(language: .fr, taxonomy: TestCatalog.taxonomy).write(to: form, supplier: changed)
        let formBytes = [UInt8](FileManager.default.contents(atPath: form)!)
        let check = try intake.check(bytes: formBytes, fileName: "fiche.ods")
        #expect(check.isValid, "\(check.report.diagnostics)")
        #expect(check.language == .fr)
        guard case .written = try intake.submit(bytes: formBytes, fileName: "fiche.ods") else { Issue.record("form not written"); return }
        #expect(TestCatalog.loader(root).loadAll().catalog.supplier("electro-saguenay")?.memberships.last == "AluQuébec")
    }

    @Test("import reports, at the NEQ cell and in the form's language, the NEQ another entry has, as submit would refuse it")
    func importReportsNEQOfAnotherEntry() throws {
        let root = TestPaths.scratchCatalog(entries: ["electro-saguenay": Self.originalXML])
        let intake = SupplierIntake(loader: TestCatalog.loader(root))
        var copy = Self.original
        copy.id = "electro-saguenay-bis"
        let form = TestPaths.temporaryDirectory("form") + "/fiche.ods"
        try SupplierFormTemplate(language: .fr, taxonomy: TestCatalog.taxonomy).write(to: form, supplier: copy)
        let check = try intake.importForm(at: form)
        let errors = check.report.diagnostics.filter { $0.severity == .error }
        #expect(errors.map(\.code) == ["submission.neq-taken"])
        #expect(errors.first?.location.cell == "Identité!B5")
        #expect(errors.first?.message == "NEQ : le NEQ 1148820576 appartient déjà à la fiche « electro-saguenay » ; soumettez sous cet identifiant")
        #expect(!check.isValid)
        guard case .refused(.neqBelongsToAnotherEntry, "fr") = try intake.submit(path: form) else { Issue.record("submit did not refuse"); return }

        // The XML door reports it at the <neq> line.
        let xml = try write(copy, "electro-saguenay-bis.xml")
        let xmlCheck = try intake.checkEntry(at: xml)
        #expect(xmlCheck.report.diagnostics.map(\.description) == [
            "\(xml):4: error: <neq>: NEQ 1148820576 already belongs to the entry 'electro-saguenay'; submit under that id"
        ])
    }
}
