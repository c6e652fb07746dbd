import AluCatalog
import Testing

@Suite("SupplierQuery")
struct QuerySupplierQueryTests {
    typealias F = QueryFixtures
    let today = F.day("2026-11-22")

    func ids(_ query: SupplierQuery, _ suppliers: [Supplier]) -> [String] {
        query.run(suppliers, taxonomy: F.taxonomy).map(\.supplier.id)
    }

    @Test func askingForAnAreaFindsClaimsBelowIt() {
        let suppliers = [F.supplier("rodder", claims: ["smelting.carbon.rodding"]), F.supplier("caster", claims: ["smelting.casthouse.dc-casting"])]
        let hits = SupplierQuery(capability: "smelting.carbon", validOn: today).run(suppliers, taxonomy: F.taxonomy)
        #expect(hits.map(\.supplier.id) == ["rodder"])
        #expect(hits[0].capabilityFit == .descendant)
        #expect(hits[0].matchedCapabilities == ["smelting.carbon.rodding"])
    }

    @Test func askingForALeafAlsoFindsTheAreaClaimRankedLower() {
        let suppliers = [
            F.supplier("a-area", claims: ["smelting.carbon"]),
            F.supplier("z-exact", claims: ["smelting.carbon.rodding"]),
            F.supplier("m-sibling", claims: ["smelting.carbon.baking-furnace"]),
        ]
        let hits = SupplierQuery(capability: "smelting.carbon.rodding", validOn: today).run(suppliers, taxonomy: F.taxonomy)
        #expect(hits.map(\.supplier.id) == ["z-exact", "a-area"])
        #expect(hits.map(\.capabilityFit) == [.exact, .parentArea])
    }

    @Test func roleMustBePlayedOnSomeClaim() {
        let suppliers = [
            F.supplier("designer", claims: ["smelting.carbon.rodding", "smelting.carbon"], roles: [.design]),
            F.supplier("installer", claims: ["smelting.carbon.rodding"], roles: [.install, .maintain]),
            F.supplier("no-claim"),
        ]
        #expect(ids(SupplierQuery(validOn: today, role: .design), suppliers) == ["designer"])
        #expect(ids(SupplierQuery(validOn: today, role: .maintain), suppliers) == ["installer"])
        #expect(ids(SupplierQuery(validOn: today, role: .supply), suppliers).isEmpty)
        #expect(ids(SupplierQuery(capability: "smelting.carbon.rodding", validOn: today, role: .install), suppliers) == ["installer"])
    }

    @Test func sameDomainAloneIsNoMatch() {
        let suppliers = [F.supplier("caster", claims: ["smelting.casthouse"])]
        #expect(ids(SupplierQuery(capability: "smelting.carbon.rodding", validOn: today), suppliers).isEmpty)
    }

    @Test(arguments: [
        ("electrolyse", true), ("ÉLECTROLYSE", true), ("electro", true), ("oeuvre", true),
        ("cuves electrolyse", true), ("cuves fonderie", false), ("lyse", false),
    ])
    func textIsAccentAndCaseInsensitiveAndNeedsEveryWord(words: String, found: Bool) {
        let s = F.supplier("x", description: "Maîtres d'œuvre en électrolyse : cuves et anodes.")
        #expect(ids(SupplierQuery(validOn: today, text: words), [s]) == (found ? ["x"] : []))
    }

    @Test func textSearchesTheLabelsOfClaimedNodesAndBothNames() {
        var s = F.supplier("x", claims: ["smelting.carbon.rodding"], name: "Acme inc.")
        s.operatingName = "Scellex"
        for words in ["atelier scellement", "rodding shop", "acme", "scellex"] {
            #expect(ids(SupplierQuery(validOn: today, text: words), [s]) == ["x"], "\(words)")
        }
        #expect(ids(SupplierQuery(validOn: today, text: "fonderie"), [s]).isEmpty)
    }

    @Test(arguments: [
        ("2027-03-09", true), ("2027-03-10", false), ("2024-03-09", false), ("2024-03-10", true),
    ])
    func certificationMustBeValidOnTheDay(day: String, found: Bool) {
        var s = F.supplier("x")
        s.certifications = [Certification(scheme: "ISO 9001:2015", validFrom: F.day("2024-03-10"), validUntil: F.day("2027-03-09"))]
        #expect(ids(SupplierQuery(certification: "iso 9001", validOn: F.day(day)), [s]) == (found ? ["x"] : []))
    }

    @Test func certificationSchemeWithAnotherEditionDoesNotMatch() {
        var s = F.supplier("x")
        s.certifications = [Certification(scheme: "ISO 9001:2008", validFrom: nil, validUntil: nil)]
        #expect(ids(SupplierQuery(certification: "ISO 9001:2015", validOn: today), [s]).isEmpty)
        #expect(ids(SupplierQuery(certification: "ISO 9001", validOn: today), [s]) == ["x"])
    }

    @Test func languageCountsOnlyConsentedContacts() {
        var s = F.supplier("x")
        s.contacts = [F.contact(consent: false, languages: ["ar"]), F.contact(consent: nil, languages: ["es"]), F.contact(consent: true, languages: ["fr", "pt-BR"])]
        #expect(ids(SupplierQuery(validOn: today, language: "ar"), [s]).isEmpty)
        #expect(ids(SupplierQuery(validOn: today, language: "es"), [s]).isEmpty)
        #expect(ids(SupplierQuery(validOn: today, language: "pt"), [s]) == ["x"])
        #expect(ids(SupplierQuery(validOn: today, language: "FR"), [s]) == ["x"])
    }

    @Test func countryIsExperienceOrPursuedMarketUnlessExperienceOnly() {
        var s = F.supplier("x")
        s.exportExperience = ["SA"]
        s.targetMarkets = ["BH"]
        #expect(ids(SupplierQuery(country: "sa", validOn: today), [s]) == ["x"])
        #expect(ids(SupplierQuery(country: "BH", validOn: today), [s]) == ["x"])
        #expect(ids(SupplierQuery(country: "BH", experienceOnly: true, validOn: today), [s]).isEmpty)
    }

    @Test func regionAndKindFilterAndResultsAreSortedByID() {
        let suppliers = [
            F.supplier("c", region: "Saguenay–Lac-Saint-Jean"), F.supplier("a", region: "Saguenay–Lac-Saint-Jean", kind: .manufacturer),
            F.supplier("b", region: "Montréal"),
        ]
        #expect(ids(SupplierQuery(region: .saguenayLacSaintJean, validOn: today), suppliers) == ["a", "c"])
        #expect(ids(SupplierQuery(kind: .manufacturer, validOn: today), suppliers) == ["a"])
        #expect(ids(SupplierQuery(validOn: today), suppliers) == ["a", "b", "c"])
    }

    @Test(arguments: [
        ("2", QuebecRegion.saguenayLacSaintJean), ("02", .saguenayLacSaintJean), ("saguenay-lac-saint-jean", .saguenayLacSaintJean),
        ("Saguenay", .saguenayLacSaintJean), ("montreal", .montreal), ("17", .centreDuQuebec), ("ABITIBI TEMISCAMINGUE", .abitibiTemiscamingue),
    ])
    func regionLookupTakesNumbersAndFoldedNames(text: String, region: QuebecRegion) {
        #expect(QuebecRegion(lookup: text) == region)
    }

    @Test(arguments: ["18", "0", "nowhere", "c"])
    func regionLookupRejectsUnknownAndAmbiguousNames(text: String) {
        #expect(QuebecRegion(lookup: text) == nil)
    }

    @Test func unknownCapabilityGetsASuggestion() {
        #expect(F.taxonomy.suggestions(for: "smelting.carbon.rodin").first == "smelting.carbon.rodding")
        #expect(F.taxonomy.suggestions(for: "rodding") == ["smelting.carbon.rodding"])
    }

    @Test func foldingSpellsOutLigatures() {
        #expect(SearchText.words("Œuvre Straße Norðurál Saguenay–Lac") == ["oeuvre", "strasse", "nordural", "saguenay", "lac"])
    }
}
