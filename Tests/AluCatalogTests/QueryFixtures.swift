import AluCatalog

/// Small hand-made catalogues for the query, selection, matching and coverage tests.
enum QueryFixtures {
    static let taxonomy = Taxonomy(
        ids: [
            "smelting",
            "smelting.carbon", "smelting.carbon.rodding", "smelting.carbon.baking-furnace",
            "smelting.potroom", "smelting.potroom.pot-tending-machines", "smelting.potroom.cell-startup",
            "smelting.casthouse", "smelting.casthouse.dc-casting",
            "training", "training.operators",
        ],
        labels: [
            "smelting.carbon": "Carbon plant|Secteur carbone",
            "smelting.carbon.rodding": "Rodding shop|Atelier de scellement",
            "smelting.potroom": "Potroom (electrolysis)|Salle des cuves (électrolyse)",
            "smelting.potroom.pot-tending-machines": "Pot-tending machines|Machines de service des cuves",
            "smelting.casthouse": "Casthouse|Fonderie",
        ])

    static func day(_ text: String) -> CalendarDay { CalendarDay(text)! }

    /// A supplier with the given claims (all roles `design` unless told).
    static func supplier(
        _ id: String, claims: [String] = [], roles: [Role] = [.design], name: String? = nil,
        description: String = "", region: String = "Montréal", kind: SupplierKind = .equipmentSupplier
    ) -> Supplier {
        var s = Supplier(id: id)
        s.legalName = name ?? id
        s.kind = kind
        s.address.regionName = region
        s.descriptions = LocalizedText([("fr", description), ("en", "")])
        s.capabilities = claims.map { CapabilityClaim(taxonomyID: $0, roles: roles) }
        return s
    }

    static func contact(consent: Bool?, languages: [String]) -> Contact {
        var c = Contact()
        c.consent = consent
        c.languages = languages
        return c
    }

    static func reference(_ country: String, citable: Bool = true) -> ReferenceProject {
        var r = ReferenceProject(citable: citable)
        r.country = country
        r.client = "Client"
        return r
    }

    static func mission(
        capabilities: [String], match: SelectionRules.Match = .any, certifications: [String] = [],
        include: [String] = [], exclude: [String] = [], start: String = "2027-02-07", end: String = "2027-02-11"
    ) -> Mission {
        var m = Mission(id: "test-mission")
        m.start = day(start)
        m.end = day(end)
        m.selection.capabilities = capabilities
        m.selection.match = match
        m.selection.requiredCertifications = certifications
        m.selection.include = include
        m.selection.exclude = exclude
        return m
    }

    static func catalog(_ suppliers: [Supplier], withheld: Set<String> = []) -> Catalog {
        Catalog(taxonomy: taxonomy, suppliers: suppliers, missions: [], withheldSupplierIDs: withheld)
    }
}
