import AluTestSupport
import Foundation
import Testing

/// `alucat export booklet` end to end: what it writes and how it refuses.
@Suite("alucat export booklet")
struct BookletCommandTests {
    func alucat(_ arguments: [String]) throws -> (status: Int32, output: String) {
        let binary = try #require(TestPackage.alucat, "the alucat executable is not built")
        return try ODFTools.run(binary, ["export", "booklet", "--catalog", TestPackage.catalog, "--today", "2026-11-22"] + arguments)
    }

    @Test("writes the booklet of a mission in one of its languages")
    func writes() throws {
        let path = temporaryFile("cli-booklet-ar.odt")
        let (status, output) = try alucat(["--mission", "gulf-smelters-2027", "--lang", "ar", "-o", path])
        #expect(status == 0, "\(output)")
        #expect(output.contains("wrote \(path): 10 suppliers"))
        #expect(try part("mimetype", of: path) == "application/vnd.oasis.opendocument.text")
    }

    @Test("refuses an unknown mission, a language the mission is not prepared in, and an unwritable output (exit 2)",
          arguments: [
              (["--mission", "nowhere-2030", "--lang", "fr", "-o", "/tmp/x.odt"], "no mission 'nowhere-2030'; known missions: gulf-smelters-2027"),
              (["--mission", "gulf-smelters-2027", "--lang", "pt", "-o", "/tmp/x.odt"], "mission 'gulf-smelters-2027' is prepared in en, ar, fr, not 'pt'"),
              (["--mission", "gulf-smelters-2027", "--lang", "fr", "-o", "/nonexistent-folder/x.odt"], "cannot write /nonexistent-folder/x.odt: folder '/nonexistent-folder' does not exist"),
              (["--mission", "gulf-smelters-2027", "--lang", "fr", "-o", "/tmp/x.pdf"], "-o must name an .odt file"),
          ])
    func refuses(arguments: [String], message: String) throws {
        let (status, output) = try alucat(arguments)
        #expect(status == 2)
        #expect(output.contains(message), "\(output)")
    }
}
