public import AluCatalog

/// The supplier's entry as the web form holds it: every field as typed, so a form sent
/// back with a mistake shows the mistake, not a value the model could not hold.
///
/// Field names of the form are the model's paths (`contacts[2].email`, `address.city`):
/// the same paths diagnostics name, so a problem finds its field without a table of
/// labels. Capabilities are keyed by taxonomy id (`capabilities[smelting.potroom].roles`),
/// since they are ticked in the tree rather than listed as rows.
///
/// Staff-only fields (internal notes), the id and the last update are not part of the
/// form: ``check(with:index:id:lastUpdated:language:)`` is given the id and day, and the
/// submission policy restores the stored notes, as for every other door.
public struct EntryFormState: Sendable, Equatable {
    /// One contact row.
    public struct Contact: Sendable, Equatable {
        public var name = "", title = "", responsibility = "", languages = "", email = "", phone = ""
        /// `yes`, `no`, or empty when neither is chosen (then the entry is refused).
        public var consent = ""
        public init() {}
    }

    /// A text in a language: a description, an equipment name, a reference's scope.
    public struct Text: Sendable, Equatable {
        public var language: String
        public var text: String
        public init(language: String = "", text: String = "") {
            self.language = language
            self.text = text
        }
    }

    /// A ticked capability and the roles ticked beside it (role codes, in the entry's order).
    public struct Capability: Sendable, Equatable {
        public var id: String
        public var roles: [String]
        public init(id: String, roles: [String]) {
            self.id = id
            self.roles = roles
        }
    }

    public struct Equipment: Sendable, Equatable {
        public var capability = "", hsCode = ""
        /// Always ``EntryFormState/textSlots`` slots; empty ones are left out of the entry.
        public var names: [Text] = EntryFormState.defaultSlots
        public init() {}
    }

    public struct Reference: Sendable, Equatable {
        public var citable = false
        public var client = "", site = "", country = "", year = ""
        public var roles: [String] = []
        /// Always ``EntryFormState/textSlots`` slots; empty ones are left out of the entry.
        public var scope: [Text] = EntryFormState.defaultSlots
        public init() {}
    }

    public struct Certification: Sendable, Equatable {
        public var scheme = "", number = "", issuer = "", validFrom = "", validUntil = ""
        public init() {}
    }

    // Identity, address, web.
    public var legalName = "", operatingName = "", neq = "", kind = "", employees = "", founded = ""
    public var street = "", city = "", region = "", postalCode = ""
    public var website = "", email = "", phone = ""
    public var contacts: [Contact] = []
    /// Rows of descriptions; French and English are always offered.
    public var descriptions: [Text] = [Text(language: "fr"), Text(language: "en")]
    /// Ticked capabilities, in the entry's order (new ones after, in the tree's order).
    public var capabilities: [Capability] = []
    public var equipment: [Equipment] = []
    public var references: [Reference] = []
    /// Country codes, one row each.
    public var exportExperience: [String] = []
    public var targetMarkets: [String] = []
    public var certifications: [Certification] = []
    public var memberships: [String] = []
    /// Industry codes, in the entry's order.
    public var industries: [String] = []

    /// Language and text slots per equipment line and per reference (the schema's maximum).
    public static let textSlots = 3
    static let defaultSlots = [Text(language: "fr"), Text(language: "en"), Text()]

    /// The most rows a posted group may have: far above the schema's maxima (300
    /// capabilities, 200 equipment lines, 50 of the others), far below what would cost.
    public static let maxRows = 500

    /// The groups that have "add one" and "remove" buttons, as the actions name them.
    public static let groups = [
        "contacts", "descriptions", "equipment", "references", "exportExperience", "targetMarkets", "certifications", "memberships",
    ]

    /// An empty form (a first entry), with French and English description rows and one contact row.
    public init() {
        contacts = [Contact()]
    }

    /// The form prefilled from an entry (the published one, or a draft).
    public init(supplier s: Supplier) {
        legalName = s.legalName
        operatingName = s.operatingName ?? ""
        neq = s.neq
        kind = s.kind?.rawValue ?? ""
        employees = s.employees?.rawValue ?? ""
        founded = s.founded.map(String.init) ?? ""
        street = s.address.street
        city = s.address.city
        region = s.address.regionName
        postalCode = s.address.postalCode
        website = s.website
        email = s.email
        phone = s.phone
        contacts = s.contacts.map { c in
            var row = Contact()
            row.name = c.name
            row.title = c.title
            row.responsibility = c.responsibility?.rawValue ?? ""
            row.languages = c.languages.joined(separator: " ")
            row.email = c.email
            row.phone = c.phone ?? ""
            row.consent = c.consent.map { $0 ? "yes" : "no" } ?? ""
            return row
        }
        descriptions = s.descriptions.entries.map { Text(language: $0.language, text: $0.text) }
        for required in ["fr", "en"] where !descriptions.contains(where: { $0.language == required }) {
            descriptions.append(Text(language: required))
        }
        capabilities = s.capabilities.map { Capability(id: $0.taxonomyID, roles: $0.roles.map(\.rawValue)) }
        equipment = s.equipment.map { line in
            var row = Equipment()
            row.capability = line.capability
            row.hsCode = line.hsCode ?? ""
            row.names = Self.slots(line.names)
            return row
        }
        references = s.references.map { r in
            var row = Reference()
            row.citable = r.citable
            row.client = r.client
            row.site = r.site
            row.country = r.country
            row.year = r.year.map(String.init) ?? ""
            row.roles = r.roles.map(\.rawValue)
            row.scope = Self.slots(r.scope)
            return row
        }
        exportExperience = s.exportExperience
        targetMarkets = s.targetMarkets
        certifications = s.certifications.map { c in
            var row = Certification()
            row.scheme = c.scheme
            row.number = c.number ?? ""
            row.issuer = c.issuer ?? ""
            row.validFrom = c.validFrom?.description ?? ""
            row.validUntil = c.validUntil?.description ?? ""
            return row
        }
        memberships = s.memberships
        industries = s.industries
    }

    /// `text`'s entries in order, then empty slots offering French and English if unused.
    static func slots(_ text: LocalizedText) -> [Text] {
        var slots = text.entries.prefix(textSlots).map { Text(language: $0.language, text: $0.text) }
        for language in ["fr", "en", ""] where slots.count < textSlots {
            if language.isEmpty || !slots.contains(where: { $0.language == language }) { slots.append(Text(language: language)) }
        }
        while slots.count < textSlots { slots.append(Text()) }
        return slots
    }

    /// Adds an empty row to a group, or removes one; `save` and `submit` change nothing.
    /// Unknown groups, out-of-range rows and a group already at ``maxRows`` are ignored.
    public mutating func apply(_ action: EntryFormAction) {
        switch action {
        case .save, .submit:
            return
        case .add(let group):
            guard rowCount(group).map({ $0 < Self.maxRows }) ?? false else { return }
            switch group {
            case "contacts": contacts.append(Contact())
            case "descriptions": descriptions.append(Text())
            case "equipment": equipment.append(Equipment())
            case "references": references.append(Reference())
            case "exportExperience": exportExperience.append("")
            case "targetMarkets": targetMarkets.append("")
            case "certifications": certifications.append(Certification())
            case "memberships": memberships.append("")
            default: return
            }
        case .remove(let group, let index):
            guard let count = rowCount(group), index >= 0, index < count else { return }
            switch group {
            case "contacts": contacts.remove(at: index)
            case "descriptions": descriptions.remove(at: index)
            case "equipment": equipment.remove(at: index)
            case "references": references.remove(at: index)
            case "exportExperience": exportExperience.remove(at: index)
            case "targetMarkets": targetMarkets.remove(at: index)
            case "certifications": certifications.remove(at: index)
            case "memberships": memberships.remove(at: index)
            default: return
            }
        }
    }

    /// The number of rows of a repeated group; nil for a name that is not one.
    public func rowCount(_ group: String) -> Int? {
        switch group {
        case "contacts": contacts.count
        case "descriptions": descriptions.count
        case "equipment": equipment.count
        case "references": references.count
        case "exportExperience": exportExperience.count
        case "targetMarkets": targetMarkets.count
        case "certifications": certifications.count
        case "memberships": memberships.count
        default: nil
        }
    }
}

/// What the person pressed: one of the form's submit buttons (`name="action"`).
public enum EntryFormAction: Sendable, Equatable {
    case save, submit
    /// An empty row at the end of a group (`add:contacts`).
    case add(String)
    /// Row `index` (0-based) of a group removed (`remove:contacts:2`).
    case remove(String, Int)

    /// The action of a posted form: the value of its `action` field; `.save` when it has
    /// none or one this form never sends (Enter in a field sends the default button's).
    public static func posted(in pairs: [(String, String)]) -> EntryFormAction {
        guard let value = pairs.first(where: { $0.0 == "action" })?.1 else { return .save }
        return EntryFormAction(value) ?? .save
    }

    /// `save`, `submit`, `add:GROUP`, `remove:GROUP:N`.
    init?(_ value: String) {
        let parts = value.split(separator: ":", omittingEmptySubsequences: false).map(String.init)
        switch (parts.first, parts.count) {
        case ("save", 1): self = .save
        case ("submit", 1): self = .submit
        case ("add", 2) where EntryFormState.groups.contains(parts[1]): self = .add(parts[1])
        case ("remove", 3) where EntryFormState.groups.contains(parts[1]):
            guard let index = Int(parts[2]), index >= 0 else { return nil }
            self = .remove(parts[1], index)
        default: return nil
        }
    }

    /// The button value that posts this action.
    var value: String {
        switch self {
        case .save: "save"
        case .submit: "submit"
        case .add(let group): "add:\(group)"
        case .remove(let group, let index): "remove:\(group):\(index)"
        }
    }
}
