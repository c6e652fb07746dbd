import AluCatalog
import AluDiagnostics
import AluIntake
import AluZip
import OpenDocument
import Foundation
import Testing

@Suite("Lengths: the schema bounds every free text, and the form carries what the schema allows")
struct EntryLengthTests {
    static let loader = TestCatalog.loader()
    static let maximal = MaximalEntry.supplier(from: TestCatalog.entry("electro-saguenay"), taxonomy: TestCatalog.taxonomy)

    static func check(_ supplier: Supplier) -> (xml: String, diagnostics: [Diagnostic]) {
        let xml = SupplierXMLWriter.document(supplier)
        let result = loader.validate(bytes: Array(xml.utf8), file: "maximal-entry.xml", fileID: supplier.id, taxonomy: TestCatalog.taxonomy)
        return (xml, result.diagnostics)
    }

    @Test("an entry with every text at its maximum, emoji-heavy, and every list full is valid")
    func maximalEntryIsValid() {
        let (xml, diagnostics) = Self.check(Self.maximal)
        #expect(diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(xml.utf8.count > 1_400_000, "the entry is as big as the schema allows: \(xml.utf8.count) bytes")
    }

    @Test("the maximal entry survives entry → form → import unchanged, in French and English", arguments: [FormLanguage.fr, .en])
    func maximalEntryRoundTripsThroughTheForm(_ language: FormLanguage) throws {
        let path = TestPaths.temporaryDirectory("maximal") + "/maximal-\(language.rawValue).ods"
        try SupplierFormTemplate(language: language, taxonomy: TestCatalog.taxonomy).write(to: path, supplier: Self.maximal)
        let form = try SupplierFormReader().read(path: path)
        #expect(form.diagnostics.isEmpty, "\(form.diagnostics.prefix(3))")
        var back = form.supplier
        back.internalNotes = Self.maximal.internalNotes
        back.lastUpdated = Self.maximal.lastUpdated
        #expect(SupplierXMLWriter.document(back) == SupplierXMLWriter.document(Self.maximal))
    }

    @Test("a maximal entry of repetitive text, which compresses about 40 to 1, is not taken for a zip bomb")
    func repetitiveMaximalEntryImports() throws {
        let entry = MaximalEntry.supplier(from: TestCatalog.entry("electro-saguenay"), taxonomy: TestCatalog.taxonomy, repetitive: true)
        #expect(Self.check(entry).diagnostics.filter { $0.severity == .error }.isEmpty)
        let path = TestPaths.temporaryDirectory("maximal") + "/repetitive.ods"
        try SupplierFormTemplate(language: .fr, taxonomy: TestCatalog.taxonomy).write(to: path, supplier: entry)
        // Well inside the reader's 100:1 ratio cap.
        let zip = try ZipArchiveReader(contentsOf: URL(fileURLWithPath: path))
        let content = try #require(zip.entries.first { $0.name == "content.xml" })
        #expect(content.declaredSize / content.compressedSize < SupplierFormReader.formLimits.zip.maxCompressionRatio / 2)
        let form = try SupplierFormReader().read(path: path)
        #expect(form.supplier.legalName == entry.legalName)
        #expect(form.supplier.descriptions.entries.count == 20)
    }

    /// One character over the maximum, per kind of free text: the element, its limit.
    static let overLimit: [(String, Int, @Sendable (inout Supplier) -> Void)] = [
        ("legalName", 200, { $0.legalName += "x" }),
        ("street", 200, { $0.address.street += "x" }),
        ("name", 200, { $0.contacts[0].name += "x" }),
        ("title", 150, { $0.contacts[0].title += "x" }),
        ("description", 4000, { s in s.descriptions = LocalizedText(s.descriptions.entries.map { ($0.language, $0.text + "x") }) }),
        ("scope", 1000, { s in s.references[0].scope = LocalizedText(s.references[0].scope.entries.map { ($0.language, $0.text + "x") }) }),
        ("membership", 200, { $0.memberships[0] += "x" }),
        ("internalNotes", 4000, { $0.internalNotes! += "x" }),
    ]

    @Test("one character over is refused at that element's line, with the limit", arguments: overLimit.map(\.0))
    func oneCharacterOverIsRefused(_ element: String) throws {
        let (_, limit, grow) = Self.overLimit.first { $0.0 == element }!
        var supplier = Self.maximal
        grow(&supplier)
        let (xml, diagnostics) = Self.check(supplier)
        let errors = diagnostics.filter { $0.severity == .error }
        try #require(!errors.isEmpty, "\(element) at \(limit + 1) characters must be refused")
        // The first element of that name that is over: its line in the document.
        let lines = xml.split(separator: "\n", omittingEmptySubsequences: false)
        let line = try #require(lines.firstIndex { line in
            line.contains("<\(element)") && (line.split(separator: ">").dropFirst().first.map { $0.prefix { $0 != "<" }.unicodeScalars.count > limit } ?? false)
        }) + 1
        #expect(errors.contains { $0.location.line == line && $0.message.contains(String(limit)) }, "\(errors.map(\.description))")
    }

    @Test("counts are bounded too: a 51st reference is refused")
    func tooManyReferencesAreRefused() {
        var supplier = Self.maximal
        supplier.references.append(supplier.references[0])
        #expect(Self.check(supplier).diagnostics.contains { $0.severity == .error })
    }

    @Test("a contact speaking more than 30 languages is refused")
    func tooManyLanguagesAreRefused() {
        var supplier = TestCatalog.entry("electro-saguenay")
        supplier.contacts[0].languages = Array(["aa", "ab", "af", "ak", "am", "an", "ar", "as", "av", "ay", "az", "ba", "be", "bg", "bi", "bm",
                                                "bn", "bo", "br", "bs", "ca", "ce", "ch", "co", "cr", "cs", "cu", "cv", "cy", "da", "de"].prefix(31))
        #expect(Self.check(supplier).diagnostics.contains { $0.severity == .error })
        supplier.contacts[0].languages.removeLast()
        #expect(!Self.check(supplier).diagnostics.contains { $0.severity == .error })
    }
}
