import AluCatalog
import Testing

/// One row of the score table: a supplier, a need of a buyer in the United Arab
/// Emirates (packet languages en, ar, fr; mission 2027-02-07 to 2027-02-11), the
/// expected total and reasons in English.
struct ScoreCase: Sendable, CustomTestStringConvertible {
    var name: String
    var supplier: Supplier
    var need = "smelting.carbon.rodding"
    var total: Int?
    var reasons: [String] = []
    var testDescription: String { name }
}

@Suite("MatchScore")
struct MatcherScoreTests {
    typealias F = QueryFixtures
    static let period = F.day("2027-02-07")...F.day("2027-02-11")

    static func rodder(_ change: (inout Supplier) -> Void = { _ in }) -> Supplier {
        var s = F.supplier("rodder", claims: ["smelting.carbon.rodding"])
        change(&s)
        return s
    }

    static let cases: [ScoreCase] = [
        ScoreCase(name: "exact claim: 50", supplier: rodder(), total: 50, reasons: ["Rodding shop, exact"]),
        ScoreCase(name: "claim below the need: 40", supplier: rodder(), need: "smelting.carbon", total: 40,
                  reasons: ["Rodding shop, within the need"]),
        ScoreCase(name: "claim on the need's area: 25", supplier: F.supplier("area", claims: ["smelting.carbon"]), total: 25,
                  reasons: ["Carbon plant, the need's area"]),
        ScoreCase(name: "same domain only: not listed", supplier: F.supplier("caster", claims: ["smelting.casthouse"]), total: nil),
        ScoreCase(name: "sibling capability: not listed", supplier: F.supplier("baker", claims: ["smelting.carbon.baking-furnace"]), total: nil),
        ScoreCase(name: "citable references in the country: 10 each", supplier: rodder { $0.references = [F.reference("AE"), F.reference("AE")] },
                  total: 70, reasons: ["Rodding shop, exact", "2 references in United Arab Emirates"]),
        ScoreCase(name: "references in the country: 3 counted, all told",
                  supplier: rodder { $0.references = Array(repeating: F.reference("ae"), count: 5) },
                  total: 80, reasons: ["Rodding shop, exact", "5 references in United Arab Emirates"]),
        ScoreCase(name: "uncitable references do not count", supplier: rodder { $0.references = [F.reference("AE", citable: false)] },
                  total: 50, reasons: ["Rodding shop, exact"]),
        ScoreCase(name: "references elsewhere in the Gulf: 4 each", supplier: rodder { $0.references = [F.reference("BH"), F.reference("SA"), F.reference("CA")] },
                  total: 58, reasons: ["Rodding shop, exact", "2 references elsewhere in the Gulf"]),
        ScoreCase(name: "export experience: 8", supplier: rodder { $0.exportExperience = ["AE"]; $0.targetMarkets = ["AE"] },
                  total: 58, reasons: ["Rodding shop, exact", "has exported to United Arab Emirates"]),
        ScoreCase(name: "pursued market: 3", supplier: rodder { $0.targetMarkets = ["AE"] },
                  total: 53, reasons: ["Rodding shop, exact", "pursues United Arab Emirates"]),
        ScoreCase(name: "consented contact speaks the buyer's language: 8, packet languages 2 each",
                  supplier: rodder { $0.contacts = [F.contact(consent: true, languages: ["fr", "ar", "es"])] },
                  total: 60, reasons: ["Rodding shop, exact", "speaks Arabic, French"]),
        ScoreCase(name: "packet languages: at most 4",
                  supplier: rodder { $0.contacts = [F.contact(consent: true, languages: ["en"]), F.contact(consent: true, languages: ["fr"])] },
                  total: 54, reasons: ["Rodding shop, exact", "speaks English, French"]),
        ScoreCase(name: "unconsented contacts' languages do not count",
                  supplier: rodder { $0.contacts = [F.contact(consent: false, languages: ["ar", "en"])] }, total: 50, reasons: ["Rodding shop, exact"]),
        ScoreCase(name: "certificates valid over the mission: 2 each, at most 3 counted",
                  supplier: rodder {
                      $0.certifications = [
                          Certification(scheme: "ISO 9001:2015", validFrom: F.day("2024-03-10"), validUntil: F.day("2027-03-09")),
                          Certification(scheme: "CE", validFrom: nil, validUntil: F.day("2027-02-10")),
                          Certification(scheme: "ISO 14001:2015", validFrom: nil, validUntil: nil),
                          Certification(scheme: "ISO 45001:2018", validFrom: nil, validUntil: F.day("2028-01-01")),
                          Certification(scheme: "ASME", validFrom: nil, validUntil: F.day("2029-01-01")),
                      ]
                  },
                  total: 56, reasons: ["Rodding shop, exact", "ASME valid to 2029-01", "ISO 14001:2015 valid", "ISO 45001:2018 valid to 2028-01", "ISO 9001:2015 valid to 2027-03"]),
        ScoreCase(name: "install and maintain on the fitting claim: 2 each",
                  supplier: F.supplier("installer", claims: ["smelting.carbon.rodding"], roles: [.maintain, .supply, .install]),
                  total: 54, reasons: ["Rodding shop, exact", "installs and maintains on site"]),
    ]

    @Test(arguments: cases)
    func scoreAndReasons(_ row: ScoreCase) {
        let match = Matcher.evaluate(
            row.supplier, need: Need(capability: row.need), buyerCountry: "AE", packetLanguages: ["en", "ar", "fr"],
            taxonomy: F.taxonomy, period: Self.period)
        #expect(match?.score.total == row.total)
        if row.total != nil { #expect(match?.reasons.map(\.text) == row.reasons) }
    }

    @Test func reasonsAreStructuredAndReadInFrench() throws {
        let s = Self.rodder {
            $0.references = [F.reference("AE"), F.reference("BH")]
            $0.exportExperience = ["AE"]
            $0.contacts = [F.contact(consent: true, languages: ["ar"])]
            $0.certifications = [Certification(scheme: "ISO 9001:2015", validFrom: nil, validUntil: F.day("2027-03-09"))]
        }
        let match = try #require(Matcher.evaluate(
            s, need: Need(capability: "smelting.carbon.rodding"), buyerCountry: "AE", packetLanguages: ["ar"],
            taxonomy: F.taxonomy, period: Self.period))
        #expect(match.reasons[1] == .referencesInCountry(count: 1, country: "AE"))
        #expect(match.reasons[2] == .referencesInRegion(count: 1, region: .gulf))
        #expect(match.summary(language: "fr") == "Atelier de scellement, correspondance exacte; 1 référence citable (Émirats arabes unis); "
            + "1 référence ailleurs dans le Golfe; a déjà exporté (Émirats arabes unis); parle arabe; ISO 9001:2015 valide jusqu'en 03/2027")
        #expect(match.summary() == "Rodding shop, exact; 1 reference in United Arab Emirates; 1 reference elsewhere in the Gulf; "
            + "has exported to United Arab Emirates; speaks Arabic; ISO 9001:2015 valid to 2027-03")
    }

    @Test("the buyer's language and the packet's are one sentence, the buyer's first, and both still score")
    func languagesAreOneSentence() throws {
        let s = Self.rodder { $0.contacts = [F.contact(consent: true, languages: ["fr", "ar", "en"])] }
        let match = try #require(Matcher.evaluate(
            s, need: Need(capability: "smelting.carbon.rodding"), buyerCountry: "AE", packetLanguages: ["en", "ar", "fr"],
            taxonomy: F.taxonomy, period: Self.period))
        #expect(match.reasons.map(\.text) == ["Rodding shop, exact", "speaks Arabic, English, French"])
        #expect(match.reasons.map { $0.text(language: "es") }.last == "habla árabe, inglés, francés")
        let alone = try #require(Matcher.evaluate(
            Self.rodder { $0.contacts = [F.contact(consent: true, languages: ["ar"])] }, need: Need(capability: "smelting.carbon.rodding"),
            buyerCountry: "AE", packetLanguages: ["en", "ar", "fr"], taxonomy: F.taxonomy, period: Self.period))
        #expect(match.score.languages > alone.score.languages && alone.score.languages > 0)
    }

    @Test("reasons are whole sentences in Arabic, Spanish and Portuguese, with Arabic singular, dual and plurals")
    func reasonsReadInEveryPacketLanguage() {
        let label = LocalizedText([("fr", "Atelier de scellement"), ("en", "Rodding shop"), ("es", "Taller de envarillado"),
                                   ("ar", "ورشة تركيب الأقطاب"), ("pt", "Sala de montagem de anodos")])
        let reasons: [MatchReason] = [
            .capability(fit: .exact, node: "smelting.carbon.rodding", label: label),
            .referencesInCountry(count: 1, country: "AE"), .referencesInRegion(count: 2, region: .gulf),
            .speaksPacketLanguages(["en", "fr"]), .roles([.install, .maintain]),
        ]
        #expect(MatchReason.line(reasons, language: "ar") == "ورشة تركيب الأقطاب، تطابق تام؛ مرجع واحد في الإمارات العربية المتحدة؛ "
            + "مرجعان في مكان آخر من منطقة الخليج؛ يتحدث الإنجليزية، الفرنسية؛ يتولى التركيب والصيانة في الموقع")
        #expect(MatchReason.line(reasons, language: "es") == "Taller de envarillado, coincidencia exacta; 1 referencia en Emiratos Árabes Unidos; "
            + "2 referencias en otras partes del Golfo; habla inglés, francés; instala y da mantenimiento en sitio")
        #expect(MatchReason.line(reasons, language: "pt") == "Sala de montagem de anodos, correspondência exata; 1 referência citável (Emirados Árabes Unidos); "
            + "2 referências em outras partes do Golfo; fala inglês, francês; instala e faz manutenção no local")
        let arabicCounts = [3, 11, 100].map { MatchReason.referencesInCountry(count: $0, country: "BR").text(language: "ar") }
        #expect(arabicCounts == ["3 مراجع في البرازيل", "11 مرجعًا في البرازيل", "100 مرجع في البرازيل"])
        #expect(MatchReason.certification(scheme: "CE", validUntil: F.day("2027-02-10")).text(language: "pt") == "CE válida até 02/2027")
        #expect(MatchReason.roles([.supply, .design]).text == "on site: design, supply")
        #expect(WorldRegion.southAmerica.name(language: "pt-BR") == "América do Sul")
    }

    @Test func equalScoresAreOrderedBySupplierIDAndPriorityIsCarriedButDoesNotWeigh() {
        var mission = F.mission(capabilities: [])
        mission.languages = ["en"]
        var buyer = Buyer(id: "ega")
        buyer.country = "AE"
        buyer.needs = [Need(capability: "smelting.carbon.rodding", priority: .low), Need(capability: "smelting.carbon.rodding", priority: .high)]
        mission.buyers = [buyer]
        let suppliers = [
            F.supplier("zeta", claims: ["smelting.carbon.rodding"]), F.supplier("alpha", claims: ["smelting.carbon.rodding"]),
            F.supplier("area", claims: ["smelting.carbon"]), F.supplier("mid", claims: ["smelting.carbon.rodding"]),
        ]
        let result = Matcher.match(mission, suppliers: suppliers, taxonomy: F.taxonomy, period: Self.period)
        let needs = result.buyers[0].needs
        #expect(needs.map(\.need.priority) == [.low, .high])
        for need in needs {
            #expect(need.suppliers.map(\.supplierID) == ["alpha", "mid", "zeta", "area"])
            #expect(need.suppliers.map(\.score.total) == [50, 50, 50, 25])
        }
    }

    @Test func aWorseFitOvertakesOnlyWithStrongLocalPresence() {
        let local = F.supplier("local", claims: ["smelting.carbon"]) // area only: 25
        var strong = local
        strong.id = "strong"
        strong.references = Array(repeating: F.reference("AE"), count: 3)
        strong.exportExperience = ["AE"]
        let exact = F.supplier("exact", claims: ["smelting.carbon.rodding"])
        func total(_ s: Supplier) -> Int? {
            Matcher.evaluate(s, need: Need(capability: "smelting.carbon.rodding"), buyerCountry: "AE", packetLanguages: [],
                             taxonomy: F.taxonomy, period: Self.period)?.score.total
        }
        #expect(total(local)! < total(exact)!)
        #expect(total(strong)! > total(exact)!)
    }

    @Test(arguments: [("AE", "ar"), ("BR", "pt"), ("AR", "es"), ("IN", "en"), ("IS", "is"), ("NO", "no")])
    func mainLanguageTable(country: String, language: String) {
        #expect(WorldRegion.mainLanguage(of: country) == language)
    }

    @Test func everyCountryIsInOneRegionAtMost() {
        let all = WorldRegion.allCases.flatMap(\.countries)
        #expect(all.count == Set(all).count)
        #expect(WorldRegion(country: "qa") == .gulf)
        #expect(WorldRegion(country: "CL") == .southAmerica)
    }
}
