import AluTestSupport
import Foundation
import Testing

/// The `alucat` executable end to end: exit codes, output shapes.
@Suite("alucat command line")
struct CommandLineTests {
    func alucat(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let binary = try #require(TestPackage.alucat, "the alucat executable is not built")
        return try ODFTools.run(binary, arguments + [])
    }

    @Test("validate: the sample catalogue is valid (exit 0) and the summary counts files, errors and warnings")
    func validateSample() throws {
        let (status, output) = try alucat(["validate", "--catalog", TestPackage.catalog, "--today", "2026-11-22"])
        #expect(status == 0, "\(output.suffix(1500))")
        let summary = output.split(separator: "\n").last.map(String.init) ?? ""
        #expect(summary.hasPrefix("41 files, 0 errors, "))
    }

    @Test("validate: a broken entry exits 1 with a compiler-style diagnostic")
    func validateBroken() throws {
        let fixture = TestPackage.root + "/Tests/AluCatalogTests/Fixtures/entries/bad-postal-code.xml"
        let (status, output) = try alucat(["validate", "--catalog", TestPackage.catalog, "--today", "2026-11-22", fixture])
        #expect(status == 1)
        #expect(output.contains("\(fixture):12: error: <postalCode>: 'M5V 2T6' is not in Québec"))
        #expect(output.hasSuffix("1 file, 1 error, 0 warnings\n"))
    }

    @Test("validate --lang fr words each line and the summary in French")
    func validateInFrench() throws {
        let fixture = TestPackage.root + "/Tests/AluCatalogTests/Fixtures/entries/bad-reference-country.xml"
        let (status, output) = try alucat(["validate", "--catalog", TestPackage.catalog, "--today", "2026-11-22", "--lang", "fr", fixture])
        #expect(status == 1)
        #expect(output == "\(fixture):38: error: <country> : « bh » n'est pas un code de pays ISO 3166-1 (deux majuscules, comme CA, AE, IN, BR)\n1 fichier, 1 erreur, 0 avertissement\n")
    }

    @Test("import of an Excel workbook says, in the reader's language, to save it as .ods (exit 1)",
          arguments: [("fr", "enregistrez-le au format OpenDocument (.ods)"), ("en", "save it as an OpenDocument spreadsheet (.ods)")])
    func importOfAnExcelWorkbook(language: String, expected: String) throws {
        let path = temporaryFile("fiche-\(language).xlsx")
        var zip = TestZip()
        zip.deflate("[Content_Types].xml", #"<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>"#)
        zip.deflate("xl/workbook.xml", "<workbook/>")
        try Data(zip.bytes()).write(to: URL(fileURLWithPath: path))
        let (status, output) = try alucat(["import", "--catalog", TestPackage.catalog, "--lang", language, path])
        #expect(status == 1)
        #expect(output.contains(path) && output.contains(expected), "\(output)")
    }

    @Test("usage errors exit 2", arguments: [["validate", "--bogus"], ["validate", "--today", "yesterday"], ["packet", "atlantis"], ["export", "brochure", "--mission", "x", "--lang", "zz", "-o", "/dev/null"]])
    func usageErrors(arguments: [String]) throws {
        let (status, _) = try alucat(arguments + ["--catalog", TestPackage.catalog])
        #expect(status == 2)
    }

    @Test("validate --format json prints the documented object")
    func validateJSON() throws {
        let (status, output) = try alucat(["validate", "--catalog", TestPackage.catalog, "--today", "2026-11-22", "--format", "json"])
        #expect(status == 0)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect((object["summary"] as? [String: Any])?["errors"] as? Int == 0)
        #expect((object["diagnostics"] as? [Any]) != nil)
    }

    @Test("packet writes the folder and the zip and exits 0")
    func packet() throws {
        let out = temporaryDirectory("cli-packet")
        let (status, output) = try alucat(["packet", "india-aluminium-2027", "--catalog", TestPackage.catalog, "--today", "2026-11-22", "--out", out])
        #expect(status == 0, "\(output)")
        #expect(FileManager.default.fileExists(atPath: out + "/india-aluminium-2027.zip"))
        #expect(FileManager.default.fileExists(atPath: out + "/india-aluminium-2027/index.html"))
        #expect(!output.contains("\u{1B}"), "no progress escapes when not on a terminal")
    }
}
