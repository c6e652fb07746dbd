import AluCatalog
import Testing

@Suite("Query output formats")
struct QueryFormattingTests {
    @Test(arguments: [
        ("plain", "\"plain\""), ("=SUM(A1)", "\"'=SUM(A1)\""), ("+1", "\"'+1\""), ("-2", "\"'-2\""), ("@cmd", "\"'@cmd\""),
        ("\tx", "\"'\tx\""), ("\rx", "\"'\rx\""), ("say \"hi\"", "\"say \"\"hi\"\"\""), ("a,b\nc", "\"a,b\nc\""),
        // A combining mark after a quote must not hide the quote from escaping.
        ("Electro\"\u{301},=1+2,\"x", "\"Electro\"\"\u{301},=1+2,\"\"x\""),
    ])
    func csvFieldsAreQuotedAndFormulasDefused(value: String, field: String) {
        #expect(CSV.field(value) == field)
    }

    @Test func csvLinesEndInCRLF() {
        #expect(CSV.render(header: ["a", "b"], rows: [["1", "2"]]) == "\"a\",\"b\"\r\n\"1\",\"2\"\r\n")
    }

    @Test func tableColumnsAreAlignedWithoutTrailingSpaces() {
        let table = TextTable(header: ["ID", "NAME"], rows: [["électro", "É"], ["a", ""]])
        #expect(table.render() == "ID       NAME\n-------  ----\nélectro  É\na\n")
    }

    @Test func findJSONIsStable() {
        var s = QueryFixtures.supplier("x", claims: ["smelting.carbon.rodding"], name: "X inc.")
        s.exportExperience = ["AE"]
        let hits = SupplierQuery(capability: "smelting.carbon", validOn: QueryFixtures.day("2026-11-22")).run([s], taxonomy: QueryFixtures.taxonomy)
        let json = FindOutput.json(hits)
        #expect(json == FindOutput.json(hits))
        #expect(json.contains("\"fit\" : \"descendant\""))
        #expect(json.hasPrefix("{\n  \"count\" : 1,\n  \"suppliers\" : ["))
    }
}
