import AluCatalog
import Testing

@Suite("Query over the sample catalogue")
struct QuerySampleCatalogTests {
    static let loaded: CatalogIndex = try! TestCatalog.loader().loadAll()

    @Test func everySampleMissionSelectsAtLeastThreeSuppliersAndRanksEveryNeedThatAnyoneFits() {
        let catalog = Self.loaded.catalog
        #expect(catalog.missions.count == 4)
        for mission in catalog.missions {
            let selection = MissionSelection.select(mission, catalog: catalog, today: TestCatalog.today)
            #expect(selection.selected.count >= 3, "\(mission.id)")
            let matches = Matcher.match(mission, suppliers: selection.selected.suppliers, taxonomy: catalog.taxonomy, period: selection.period)
            for (buyer, result) in zip(mission.buyers, matches.buyers) {
                for (need, ranked) in zip(buyer.needs, result.needs) {
                    let anyFit = selection.selected.contains { catalog.taxonomy.bestFit($0.capabilities, for: need.capability) != nil }
                    #expect(ranked.suppliers.isEmpty == !anyFit, "\(mission.id) \(buyer.id) \(need.capability)")
                    let order = ranked.suppliers.map { (-$0.score.total, $0.supplierID) }
                    #expect(order.elementsEqual(order.sorted { $0 < $1 }, by: ==), "\(mission.id) \(need.capability)")
                }
            }
        }
    }

    @Test func gulfMissionRanksTheRoddingSpecialistFirstForTheRoddingShop() throws {
        let catalog = Self.loaded.catalog
        let mission = try #require(catalog.mission("gulf-smelters-2027"))
        let matches = Matcher.match(mission, catalog: catalog, today: TestCatalog.today)
        let rodding = try #require(matches.buyers.first?.needs.first)
        #expect(rodding.suppliers.first?.supplierID == "carbone-alma-technologies")
        let selection = MissionSelection.select(mission, catalog: catalog, today: TestCatalog.today)
        #expect(selection.selectedIDs.contains("redresseurs-monteregie"))
        #expect(!selection.selectedIDs.contains("securite-metal-liquide"))
    }

    @Test func textSearchWithoutAccentsFindsFrenchEntries() {
        let hits = SupplierQuery(validOn: TestCatalog.today, text: "electrolyse").run(Self.loaded.catalog)
        #expect(hits.map(\.supplier.id).contains("cctt-electrolyse-kenogami"))
    }
}
