/// The kind of organisation a supplier is.
public enum SupplierKind: String, Sendable, Hashable, Codable, CaseIterable {
    case equipmentSupplier = "equipment-supplier"
    case manufacturer
    case serviceProvider = "service-provider"
    case researchTrainingCentre = "research-training-centre"
}

/// What a supplier does for a capability or did in a reference project.
public enum Role: String, Sendable, Hashable, Codable, CaseIterable, Comparable {
    case design, manufacture, install, maintain, supply

    public static func < (a: Role, b: Role) -> Bool {
        allCases.firstIndex(of: a)! < allCases.firstIndex(of: b)!
    }
}

/// A contact's area of responsibility.
public enum Responsibility: String, Sendable, Hashable, Codable, CaseIterable {
    case management, sales, exportSales = "export-sales", engineering
    case projectManagement = "project-management", afterSales = "after-sales"
    case quality, purchasing, research, training, other
}

/// Head-count bands, as buyers and the federal capability directory use them.
public enum EmployeeBand: String, Sendable, Hashable, Codable, CaseIterable {
    case upTo9 = "1-9", upTo49 = "10-49", upTo99 = "50-99", upTo249 = "100-249"
    case upTo499 = "250-499", over500 = "500+"
}

/// How much a buyer needs a capability.
public enum Priority: String, Sendable, Hashable, Codable, CaseIterable {
    case high, medium, low
}

/// The 17 administrative regions of Québec, by official French name.
public enum QuebecRegion: String, Sendable, Hashable, Codable, CaseIterable {
    case basSaintLaurent = "Bas-Saint-Laurent"
    case saguenayLacSaintJean = "Saguenay–Lac-Saint-Jean"
    case capitaleNationale = "Capitale-Nationale"
    case mauricie = "Mauricie"
    case estrie = "Estrie"
    case montreal = "Montréal"
    case outaouais = "Outaouais"
    case abitibiTemiscamingue = "Abitibi-Témiscamingue"
    case coteNord = "Côte-Nord"
    case nordDuQuebec = "Nord-du-Québec"
    case gaspesieIlesDeLaMadeleine = "Gaspésie–Îles-de-la-Madeleine"
    case chaudiereAppalaches = "Chaudière-Appalaches"
    case laval = "Laval"
    case lanaudiere = "Lanaudière"
    case laurentides = "Laurentides"
    case monteregie = "Montérégie"
    case centreDuQuebec = "Centre-du-Québec"

    /// The official region number (01–17), used for sorting and codes.
    public var number: Int {
        switch self {
        case .basSaintLaurent: 1
        case .saguenayLacSaintJean: 2
        case .capitaleNationale: 3
        case .mauricie: 4
        case .estrie: 5
        case .montreal: 6
        case .outaouais: 7
        case .abitibiTemiscamingue: 8
        case .coteNord: 9
        case .nordDuQuebec: 10
        case .gaspesieIlesDeLaMadeleine: 11
        case .chaudiereAppalaches: 12
        case .laval: 13
        case .lanaudiere: 14
        case .laurentides: 15
        case .monteregie: 16
        case .centreDuQuebec: 17
        }
    }
}
