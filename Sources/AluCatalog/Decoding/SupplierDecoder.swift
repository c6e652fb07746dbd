import AluXML

/// Builds a ``Supplier`` from the tree of a supplier entry, read in place while
/// libxml2 still holds it (a supplier entry is the one document read by the
/// thousand, so it skips the copy into ``XMLElement`` values).
///
/// Lenient on purpose: it runs after schema validation, whose errors are already
/// reported, and takes what it can so the rules can still report everything else.
/// Each element's children are read in one pass, dispatched on their name's bytes
/// (``XMLNameTable``); inside a contact, address or reference the first of a
/// repeated child counts, at the top level the last.
enum SupplierDecoder {
    /// The child elements of `<supplier>` that the model reads, named as in the schema.
    private enum Field: CaseIterable {
        case legalName, operatingName, neq, kind, employees, founded, address, website, email, phone
        case contacts, descriptions, capabilities, equipment, references, exportExperience, targetMarkets
        case certifications, memberships, industries, internalNotes, lastUpdated

        /// The element name, also the key of its line in ``Supplier/lines``.
        var name: String { "\(self)" }

        /// Elements whose line the rules may point at; only these are recorded
        /// (every entry's lines are hashed into a dictionary, so fewer is faster).
        var isChecked: Bool {
            switch self {
            case .neq, .founded, .website, .email, .phone, .contacts, .descriptions, .exportExperience, .targetMarkets, .lastUpdated: true
            default: false
            }
        }
    }

    private static let fieldList = Field.allCases
    private static let fields = XMLNameTable(fieldList.map(\.name))
    /// The names as `String`s made once: the keys of their lines.
    private static let fieldNames = fieldList.map(\.name)

    static func decode(_ root: XMLNodeView, fallbackID: String) -> Supplier {
        var s = Supplier(id: root[attribute: "id"] ?? fallbackID)
        s.lines.reserveCapacity(16)
        s.lines["id"] = root.line
        for child in root.children {
            guard let index = fields.index(of: child) else { continue }
            let field = fieldList[index]
            if field.isChecked { s.lines[fieldNames[index]] = child.line }
            switch field {
            case .legalName: s.legalName = child.trimmedText
            case .operatingName: s.operatingName = child.trimmedText
            case .neq: s.neq = child.trimmedText
            case .kind: s.kind = SupplierKind(rawValue: child.trimmedText)
            case .employees: s.employees = EmployeeBand(rawValue: child.trimmedText)
            case .founded: s.founded = Int(child.trimmedText)
            case .address: s.address = address(child)
            case .website: s.website = child.trimmedText
            case .email: s.email = child.trimmedText
            case .phone: s.phone = child.trimmedText
            case .contacts: s.contacts = each(child, "contact", contact)
            case .descriptions:
                for description in child.children where description.hasName("description") {
                    let language = description.language ?? ""
                    s.descriptions.set(description.trimmedText, for: language)
                    s.lines[language == "fr" ? "description.fr" : language == "en" ? "description.en" : "description." + language] = description.line
                }
            case .capabilities:
                s.capabilities = each(child, "capability") {
                    CapabilityClaim(taxonomyID: $0[attribute: "ref"] ?? "", roles: roles($0[attribute: "roles"]), line: $0.line)
                }
            case .equipment: s.equipment = each(child, "line", equipmentLine)
            case .references: s.references = each(child, "reference", reference)
            case .exportExperience: s.exportExperience = child.tokens
            case .targetMarkets: s.targetMarkets = child.tokens
            case .certifications: s.certifications = each(child, "certification", certification)
            case .memberships: s.memberships = each(child, "membership") { $0.trimmedText }
            case .industries: s.industries = child.tokens
            case .internalNotes: s.internalNotes = child.trimmedText
            case .lastUpdated: s.lastUpdated = CalendarDay(child.trimmedText)
            }
        }
        return s
    }

    /// The roles named in a space-separated list, unknown words skipped. Matched on
    /// bytes: every capability of every entry has such a list.
    /// `make` applied to every child of `parent` called `name`, in order.
    private static func each<T>(_ parent: XMLNodeView, _ name: StaticString, _ make: (XMLNodeView) -> T) -> [T] {
        parent.children.compactMap { $0.hasName(name) ? make($0) : nil }
    }

    static func roles(_ text: String?) -> [Role] {
        guard var text else { return [] }
        var roles: [Role] = []
        text.withUTF8 { bytes in
            var start = 0
            while start < bytes.count {
                var end = start
                while end < bytes.count, bytes[end] != UInt8(ascii: " ") { end += 1 }
                if end > start, let role = roleNames.first(where: { $0.bytes.elementsEqual(bytes[start..<end]) })?.role {
                    roles.append(role)
                }
                start = end + 1
            }
        }
        return roles
    }

    private static let roleNames = Role.allCases.map { (bytes: Array($0.rawValue.utf8), role: $0) }

    private enum AddressField: CaseIterable { case street, city, region, postalCode }
    private static let addressFieldList = AddressField.allCases
    private static let addressFields = XMLNameTable(addressFieldList.map { "\($0)" })

    private static func address(_ element: XMLNodeView) -> Address {
        var a = Address()
        var street: String?, city: String?, region: String?, postalCode: String?
        var postalLine: Int?, regionLine: Int?
        for child in element.children {
            switch addressFields.index(of: child).map({ addressFieldList[$0] }) {
            case .street: if street == nil { street = child.trimmedText }
            case .city: if city == nil { city = child.trimmedText }
            case .region: if region == nil { region = child.trimmedText; regionLine = child.line }
            case .postalCode: if postalCode == nil { postalCode = child.trimmedText; postalLine = child.line }
            case nil: break
            }
        }
        a.street = street ?? ""
        a.city = city ?? ""
        a.regionName = region ?? ""
        a.postalCode = postalCode ?? ""
        a.line = postalLine ?? element.line
        a.regionLine = regionLine ?? element.line
        return a
    }

    private enum ContactField: CaseIterable { case name, title, responsibility, languages, email, phone }
    private static let contactFieldList = ContactField.allCases
    private static let contactFields = XMLNameTable(contactFieldList.map { "\($0)" })

    private static func contact(_ element: XMLNodeView) -> Contact {
        var c = Contact()
        c.consent = element[attribute: "consent"].map { $0 == "true" || $0 == "1" }
        var name: String?, title: String?, responsibility: String?, languages: [String]?, email: String?
        for child in element.children {
            switch contactFields.index(of: child).map({ contactFieldList[$0] }) {
            case .name: if name == nil { name = child.trimmedText }
            case .title: if title == nil { title = child.trimmedText }
            case .responsibility: if responsibility == nil { responsibility = child.trimmedText }
            case .languages: if languages == nil { languages = child.tokens; c.languagesLine = child.line }
            case .email: if email == nil { email = child.trimmedText; c.emailLine = child.line }
            case .phone: if c.phone == nil { c.phone = child.trimmedText; c.phoneLine = child.line }
            case nil: break
            }
        }
        c.name = name ?? ""
        c.title = title ?? ""
        c.responsibility = responsibility.flatMap(Responsibility.init(rawValue:))
        c.languages = languages ?? []
        c.email = email ?? ""
        c.line = element.line
        return c
    }

    private static func equipmentLine(_ element: XMLNodeView) -> EquipmentLine {
        var names = LocalizedText()
        for name in element.children where name.hasName("name") { names.set(name.trimmedText, for: name.language ?? "") }
        return EquipmentLine(capability: element[attribute: "capability"] ?? "", hsCode: element[attribute: "hs"], names: names, line: element.line)
    }

    private static func certification(_ element: XMLNodeView) -> Certification {
        Certification(
            scheme: element[attribute: "scheme"] ?? "", number: element[attribute: "number"], issuer: element[attribute: "issuer"],
            validFrom: element[attribute: "validFrom"].flatMap(CalendarDay.init),
            validUntil: element[attribute: "validUntil"].flatMap(CalendarDay.init), line: element.line)
    }

    private enum ReferenceField: CaseIterable { case client, site, country, year, roles, scope }
    private static let referenceFieldList = ReferenceField.allCases
    private static let referenceFields = XMLNameTable(referenceFieldList.map { "\($0)" })

    private static func reference(_ element: XMLNodeView) -> ReferenceProject {
        let citable = element[attribute: "citable"]
        var r = ReferenceProject(citable: citable == "true" || citable == "1")
        var client: String?, site: String?, country: String?, year: String?, roles: String?
        var yearLine: Int?
        for child in element.children {
            switch referenceFields.index(of: child).map({ referenceFieldList[$0] }) {
            case .client: if client == nil { client = child.trimmedText }
            case .site: if site == nil { site = child.trimmedText }
            case .country: if country == nil { country = child.trimmedText; r.countryLine = child.line }
            case .year: if year == nil { year = child.trimmedText; yearLine = child.line }
            case .roles: if roles == nil { roles = child.trimmedText }
            case .scope:
                if r.scopeLine == 0 { r.scopeLine = child.line }
                r.scope.set(child.trimmedText, for: child.language ?? "")
            case nil: break
            }
        }
        r.client = client ?? ""
        r.site = site ?? ""
        r.country = country ?? ""
        r.year = year.flatMap { Int($0) }
        r.yearLine = yearLine ?? element.line
        r.roles = Self.roles(roles)
        r.line = element.line
        return r
    }
}
