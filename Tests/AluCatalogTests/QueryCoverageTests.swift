import AluCatalog
import Testing

@Suite("Coverage")
struct QueryCoverageTests {
    typealias F = QueryFixtures

    @Test func areasWithoutAnySelectedSupplierAreGaps() {
        let suppliers = [
            F.supplier("b-rodder", claims: ["smelting.carbon.rodding"]),
            F.supplier("a-carbon", claims: ["smelting.carbon", "training.operators"]),
        ]
        let coverage = Coverage.compute(suppliers, taxonomy: F.taxonomy, scope: ["smelting"])
        #expect(coverage.areas.map(\.id) == ["smelting.carbon", "smelting.potroom", "smelting.casthouse"])
        #expect(coverage.areas[0].supplierIDs == ["a-carbon", "b-rodder"])
        #expect(coverage.areas[0].count == 2)
        #expect(coverage.gaps.map(\.id) == ["smelting.potroom", "smelting.casthouse"])
    }

    @Test func defaultScopeIsTheDomainsOfTheBuyerNeedsInOrder() {
        var mission = F.mission(capabilities: [])
        var buyer = Buyer(id: "b")
        buyer.needs = [Need(capability: "training.operators"), Need(capability: "smelting.carbon.rodding"), Need(capability: "smelting")]
        mission.buyers = [buyer]
        #expect(Coverage.defaultScope(for: mission, taxonomy: F.taxonomy) == ["training", "smelting"])
    }
}
