import AluCatalog
import Testing

@Suite("MissionSelection")
struct QueryMissionSelectionTests {
    typealias F = QueryFixtures

    func certified(_ s: Supplier, from: String?, until: String?) -> Supplier {
        var s = s
        s.certifications = [Certification(scheme: "ISO 9001:2015", validFrom: from.map(F.day), validUntil: until.map(F.day))]
        return s
    }

    @Test func anyTakesSuppliersWithOneCapabilityThroughTheTaxonomy() {
        let suppliers = [
            F.supplier("rodder", claims: ["smelting.carbon.rodding"]), F.supplier("caster", claims: ["smelting.casthouse.dc-casting"]),
            F.supplier("trainer", claims: ["training.operators"]),
        ]
        let selection = MissionSelection.select(F.mission(capabilities: ["smelting.carbon", "smelting.casthouse"]), catalog: F.catalog(suppliers))
        #expect(selection.selectedIDs == ["caster", "rodder"])
        #expect(selection.decision("trainer")?.reasons == [.capabilitiesMissing(["smelting.carbon", "smelting.casthouse"])])
        #expect(selection.decision("rodder")?.reasons == [.capabilitiesMet(["smelting.carbon"])])
    }

    @Test func allNeedsEveryCapability() {
        let suppliers = [
            F.supplier("both", claims: ["smelting.carbon.rodding", "training.operators"]),
            F.supplier("one", claims: ["smelting.carbon.rodding"]),
        ]
        let selection = MissionSelection.select(F.mission(capabilities: ["smelting", "training"], match: .all), catalog: F.catalog(suppliers))
        #expect(selection.selectedIDs == ["both"])
        #expect(selection.decision("one")?.reasons == [.capabilitiesMet(["smelting"]), .capabilitiesMissing(["training"])])
    }

    @Test(arguments: [
        ("2024-01-01", "2027-02-11", true),   // ends on the last day
        ("2027-02-07", nil, true),            // starts on the first day, open-ended
        ("2024-01-01", "2027-02-10", false),  // expires during the mission
        ("2027-02-08", "2030-01-01", false),  // starts during the mission
    ] as [(String, String?, Bool)])
    func requiredCertificationMustCoverTheWholeMission(from: String, until: String?, selected: Bool) {
        let s = certified(F.supplier("x", claims: ["smelting.carbon"]), from: from, until: until)
        let selection = MissionSelection.select(F.mission(capabilities: ["smelting"], certifications: ["ISO 9001:2015"]), catalog: F.catalog([s]))
        #expect(selection.selectedIDs == (selected ? ["x"] : []))
        if !selected {
            #expect(selection.decision("x")?.reasons.last == .certificationNotValidThroughout(
                scheme: "ISO 9001:2015", from: F.day(from), until: until.map(F.day)))
        }
    }

    @Test func missingCertificationIsNamed() {
        let s = F.supplier("x", claims: ["smelting.carbon"])
        let selection = MissionSelection.select(F.mission(capabilities: [], certifications: ["ISO 14001:2015"]), catalog: F.catalog([s]))
        #expect(selection.selectedIDs.isEmpty)
        #expect(selection.decision("x")?.reasons == [.certificationMissing(scheme: "ISO 14001:2015")])
    }

    @Test func includeOverridesRulesButNeverAnInvalidEntryAndExcludeAlwaysWins() {
        let suppliers = [
            F.supplier("included", claims: ["training.operators"]),
            F.supplier("excluded", claims: ["smelting.carbon.rodding"]),
            F.supplier("plain", claims: ["smelting.carbon.rodding"]),
        ]
        let mission = F.mission(capabilities: ["smelting.carbon"], include: ["included", "included-invalid", "ghost"], exclude: ["excluded"])
        let selection = MissionSelection.select(mission, catalog: F.catalog(suppliers, withheld: ["included-invalid", "broken"]))
        #expect(selection.selectedIDs == ["included", "plain"])
        #expect(selection.decision("included")?.reasons == [.capabilitiesMissing(["smelting.carbon"]), .included])
        #expect(selection.decision("included-invalid")?.reasons == [.included, .invalidEntry])
        #expect(selection.decision("excluded")?.reasons.last == .excluded)
        #expect(selection.decision("broken")?.reasons == [.invalidEntry])
        #expect(selection.unknownIncluded == ["ghost"])
        #expect(selection.decisions.map(\.supplierID) == selection.decisions.map(\.supplierID).sorted())
    }
}
