/// One supplier's catalogue entry: `catalog/suppliers/<id>.xml`.
///
/// Field meanings follow `catalog/schema/supplier.xsd`. Line numbers of the
/// elements that rules check are kept in ``lines`` so diagnostics point at them.
public struct Supplier: Sendable, Hashable, Identifiable {
    public var id: String
    public var legalName: String
    public var operatingName: String?
    public var neq: String
    public var kind: SupplierKind?
    public var employees: EmployeeBand?
    public var founded: Int?
    public var address: Address
    public var website: String
    public var email: String
    public var phone: String
    public var contacts: [Contact]
    public var descriptions: LocalizedText
    public var capabilities: [CapabilityClaim]
    public var equipment: [EquipmentLine]
    public var references: [ReferenceProject]
    public var exportExperience: [String]
    public var targetMarkets: [String]
    public var certifications: [Certification]
    public var memberships: [String]
    public var industries: [String]
    /// Staff-only remarks; never exported.
    public var internalNotes: String?
    public var lastUpdated: CalendarDay?
    /// Line of each element a rule may point at, by name (`id`, `neq`, `website`,
    /// `descriptions`, `description.fr`…).
    public var lines: [String: Int]

    /// The name a buyer knows: the operating name when there is one.
    public var displayName: String { operatingName ?? legalName }

    public init(id: String) {
        self.id = id
        legalName = ""
        neq = ""
        address = Address()
        website = ""
        email = ""
        phone = ""
        contacts = []
        descriptions = LocalizedText()
        capabilities = []
        equipment = []
        references = []
        exportExperience = []
        targetMarkets = []
        certifications = []
        memberships = []
        industries = []
        lines = [:]
    }

    public func line(_ field: String) -> Int? { lines[field] }
}

public struct Address: Sendable, Hashable {
    public var street = ""
    public var city = ""
    /// The official French name as written; ``region`` is nil when it is not one of the 17.
    public var regionName = ""
    public var postalCode = ""
    /// Line of `<postalCode>`.
    public var line = 0
    public var regionLine = 0

    public var region: QuebecRegion? { QuebecRegion(rawValue: regionName) }
    public init() {}
}

public struct Contact: Sendable, Hashable {
    /// The person agreed to be published. Unconsented contacts never leave the catalogue.
    public var consent: Bool?
    public var name = ""
    public var title = ""
    public var responsibility: Responsibility?
    public var languages: [String] = []
    public var email = ""
    public var phone: String?
    /// Line of `<contact>`; those of its `<languages>`, `<email>` and `<phone>` (0 when absent).
    public var line = 0
    public var languagesLine = 0
    public var emailLine = 0
    public var phoneLine = 0
    public init() {}
}

public struct CapabilityClaim: Sendable, Hashable {
    public var taxonomyID: String
    public var roles: [Role]
    public var line: Int
    public init(taxonomyID: String, roles: [Role], line: Int = 0) {
        self.taxonomyID = taxonomyID
        self.roles = roles
        self.line = line
    }
}

public struct EquipmentLine: Sendable, Hashable {
    public var capability: String
    /// Indicative HS 2022 subheading, `NNNN.NN`.
    public var hsCode: String?
    public var names: LocalizedText
    public var line: Int
}

public struct ReferenceProject: Sendable, Hashable {
    /// The client agreed to be cited; uncitable references are never exported.
    public var citable: Bool
    public var client = ""
    public var site = ""
    public var country = ""
    public var year: Int?
    public var roles: [Role] = []
    public var scope = LocalizedText()
    /// Line of `<reference>`; those of its `<country>`, `<year>` and first `<scope>`.
    public var line = 0
    public var countryLine = 0
    public var yearLine = 0
    public var scopeLine = 0
    public init(citable: Bool) { self.citable = citable }
}

public struct Certification: Sendable, Hashable {
    public var scheme: String
    public var number: String?
    public var issuer: String?
    public var validFrom: CalendarDay?
    public var validUntil: CalendarDay?
    public var line: Int

    /// Valid on `day`: started (when a start is known) and not yet expired.
    public func isValid(on day: CalendarDay) -> Bool {
        if let validFrom, day < validFrom { return false }
        if let validUntil, validUntil < day { return false }
        return true
    }
}
