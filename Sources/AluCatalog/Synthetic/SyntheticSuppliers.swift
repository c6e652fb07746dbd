/// A deterministic generator of valid supplier entries, for scale tests and
/// benchmarks: the same `count` and `seed` always give the same entries.
///
/// Entries use real taxonomy ids (areas and capabilities), real region names,
/// valid NEQ, postal codes, phones and countries, so the whole pipeline —
/// schema and rules — accepts them.
public struct SyntheticSuppliers: Sendable {
    public let taxonomy: Taxonomy
    public let seed: UInt64
    /// Reference "today": certificates are valid around it.
    public let today: CalendarDay
    /// Nodes an entry may claim (areas and capabilities), picked once.
    private let claimable: [Taxonomy.Node]

    public init(taxonomy: Taxonomy, seed: UInt64 = 2026, today: CalendarDay = CalendarDay(year: 2026, month: 11, day: 22)) {
        self.taxonomy = taxonomy
        self.seed = seed
        self.today = today
        claimable = taxonomy.nodes.filter { $0.level != .domain }
    }

    /// The supplier at `index`; independent of any other index.
    public func supplier(_ index: Int) -> Supplier {
        var rng = SplitMix64(seed: seed &+ UInt64(index) &* 0x9E37_79B9_7F4A_7C15)
        let id = "synthetic-\(String(index, radix: 10))"
        var s = Supplier(id: id)
        let stem = rng.pick(Self.stems)
        let trade = rng.pick(Self.trades)
        s.legalName = "\(stem) \(trade.fr) \(index) inc."
        s.operatingName = "\(stem) \(index)"
        s.neq = "11" + String(format8(rng.next() % 100_000_000))
        s.kind = rng.pick(SupplierKind.allCases)
        s.employees = rng.pick(EmployeeBand.allCases)
        s.founded = 1950 + Int(rng.next() % 70)
        let place = rng.pick(Self.places)
        s.address.street = "\(100 + rng.next() % 8900), \(rng.pick(Self.streets))"
        s.address.city = place.city
        s.address.regionName = place.region.rawValue
        s.address.postalCode = place.postal
        s.website = "https://www.\(id).example"
        s.email = "info@\(id).example"
        s.phone = "+1\(place.area)555\(format4(rng.next() % 10_000))"
        for n in 0..<(1 + Int(rng.next() % 3)) {
            var c = Contact()
            c.consent = n != 2
            c.name = "\(rng.pick(Self.firstNames)) \(rng.pick(Self.lastNames))"
            c.title = rng.pick(["Directrice des ventes", "Directeur technique", "Chargée de projets", "Président", "Export Manager"])
            c.responsibility = rng.pick(Responsibility.allCases)
            c.languages = rng.pick([["fr", "en"], ["fr"], ["fr", "en", "es"], ["en", "ar"], ["fr", "en", "pt"]])
            c.email = "contact\(n)@\(id).example"
            c.phone = "+1\(place.area)555\(format4(rng.next() % 10_000))"
            s.contacts.append(c)
        }
        let claims = (0..<(2 + Int(rng.next() % 4))).map { _ in rng.pick(claimable) }
        var seen: Set<String> = []
        for node in claims where seen.insert(node.id).inserted {
            let roles = Role.allCases.filter { _ in rng.next() % 2 == 0 }
            s.capabilities.append(CapabilityClaim(taxonomyID: node.id, roles: roles.isEmpty ? [.supply] : roles))
        }
        let first = taxonomy[s.capabilities[0].taxonomyID]!
        s.descriptions.set(
            "\(s.legalName) conçoit et fabrique des équipements de \(first.label("fr").lowercased()) pour les alumineries et les transformateurs. "
                + "Fondée en \(s.founded!), l'entreprise de \(place.city) livre des projets clés en main au Québec et à l'étranger, "
                + "de l'ingénierie à la mise en service, avec un service après-vente réactif en français, en anglais et en espagnol.",
            for: "fr")
        s.descriptions.set(
            "\(s.legalName) designs and builds \(first.label("en").lowercased()) equipment for smelters and processors. "
                + "Founded in \(s.founded!), the \(place.city) company delivers turnkey projects in Québec and abroad, "
                + "from engineering to commissioning, with responsive after-sales service in French, English and Spanish.",
            for: "en")
        if let hs = first.hsCodes.first {
            var names = LocalizedText()
            names.set("\(first.label("fr")) modèle \(index % 97)", for: "fr")
            names.set("\(first.label("en")) model \(index % 97)", for: "en")
            s.equipment.append(EquipmentLine(capability: first.id, hsCode: hs, names: names, line: 0))
        }
        for _ in 0..<Int(rng.next() % 3) {
            let site = rng.pick(Self.sites)
            var r = ReferenceProject(citable: rng.next() % 4 != 0)
            r.client = site.client
            r.site = site.site
            r.country = site.country
            r.year = 2000 + Int(rng.next() % 26)
            r.roles = [rng.pick(Role.allCases)]
            r.scope.set("Fourniture et mise en service pour \(site.site).", for: "fr")
            r.scope.set("Supply and commissioning for \(site.site).", for: "en")
            s.references.append(r)
        }
        s.exportExperience = Array(Set((0..<Int(rng.next() % 4)).map { _ in rng.pick(Self.countries) })).sorted()
        s.targetMarkets = Array(Set((0..<Int(rng.next() % 3)).map { _ in rng.pick(Self.countries) })).sorted()
        if rng.next() % 3 != 0 {
            let until = CalendarDay(year: today.year + Int(rng.next() % 3), month: 1 + Int(rng.next() % 12), day: 1 + Int(rng.next() % 28))
            s.certifications.append(Certification(
                scheme: rng.pick(["ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018", "CWB CSA W47.1"]),
                number: "C-\(index)", issuer: rng.pick(["BNQ", "SGS", "Bureau Veritas", "QMI-SAI"]),
                validFrom: CalendarDay(year: until.year - 3, month: until.month, day: until.day), validUntil: until, line: 0))
        }
        s.memberships = rng.next() % 2 == 0 ? ["AluQuébec"] : ["AluQuébec", "Trans-Al"]
        s.industries = ["primary-aluminium"]
        s.lastUpdated = CalendarDay(year: today.year, month: 1 + Int(rng.next() % 10), day: 1 + Int(rng.next() % 28))
        return s
    }

    /// The XML text of the supplier at `index`, in canonical form.
    public func document(_ index: Int) -> String {
        SupplierXMLWriter.document(supplier(index))
    }

    // MARK: - Vocabulary

    static let stems = ["Métallurgie", "Mécanique", "Usinage", "Automatisation", "Électro", "Ingénierie", "Fabrication", "Technologies", "Systèmes", "Équipements"]
    static let trades: [(fr: String, en: String)] = [("Boréal", "Boreal"), ("du Fjord", "Fjord"), ("Laurentienne", "Laurentian"), ("Nordique", "Nordic"), ("Côtière", "Coastal")]
    static let streets = ["boulevard Talbot", "rue Racine Est", "boulevard Laure", "rue de l'Aluminium", "chemin de la Réserve", "boulevard Industriel"]
    static let places: [(city: String, region: QuebecRegion, postal: String, area: String)] = [
        ("Saguenay", .saguenayLacSaintJean, "G7H 5B1", "418"), ("Alma", .saguenayLacSaintJean, "G8B 5V2", "418"),
        ("Sept-Îles", .coteNord, "G4R 4K2", "418"), ("Baie-Comeau", .coteNord, "G4Z 1A8", "418"),
        ("Québec", .capitaleNationale, "G1K 3Y2", "418"), ("Trois-Rivières", .mauricie, "G9A 5H7", "819"),
        ("Bécancour", .centreDuQuebec, "G9H 2X2", "819"), ("Montréal", .montreal, "H3B 4W8", "514"),
        ("Longueuil", .monteregie, "J4K 2T5", "450"), ("Sherbrooke", .estrie, "J1H 4A7", "819"),
    ]
    static let firstNames = ["Marie", "Jean", "Sophie", "Luc", "Nadia", "Karim", "Julie", "Éric", "Chloé", "Mathieu"]
    static let lastNames = ["Tremblay", "Gagnon", "Bouchard", "Côté", "Lavoie", "Fortin", "Gauthier", "Morin", "Pelletier", "Girard"]
    static let sites: [(client: String, site: String, country: String)] = [
        ("Aluminium Bahrain (Alba)", "Askar, Line 6", "BH"), ("Emirates Global Aluminium", "Al Taweelah", "AE"),
        ("Ma'aden Aluminium", "Ras Al Khair", "SA"), ("Hindalco", "Mahan", "IN"), ("Albras", "Barcarena", "BR"),
        ("Aluminerie Alouette", "Sept-Îles", "CA"), ("Alcoa", "Fjarðaál", "IS"), ("Norsk Hydro", "Karmøy", "NO"),
    ]
    static let countries = ["AE", "BH", "SA", "OM", "QA", "IN", "BR", "AR", "NO", "IS", "US", "FR", "AU"]
}

/// A small, fast, seedable generator (Steele, Lea & Flood's SplitMix64).
package struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64
    package init(seed: UInt64) { state = seed }

    package mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    package mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    /// A number in `0..<bound` (bound > 0).
    package mutating func below(_ bound: Int) -> Int { Int(next() % UInt64(bound)) }
}

private func format8(_ n: UInt64) -> String { pad(n, 8) }
private func format4(_ n: UInt64) -> String { pad(n, 4) }
private func pad(_ n: UInt64, _ width: Int) -> String {
    let s = String(n)
    return String(repeating: "0", count: max(0, width - s.count)) + s
}
