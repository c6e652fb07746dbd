import AluXML

/// Builds a ``Supplier`` from the tree of a supplier entry, read in place while
/// libxml2 still holds it (a supplier entry is the one document read by the
/// thousand, so it skips the copy into ``XMLElement`` values).
///
/// Lenient on purpose: it runs after schema validation, whose errors are already
/// reported, and takes what it can so the rules can still report everything else.
enum SupplierDecoder {
    /// The child elements of `<supplier>` that the model reads, named as in the schema.
    private enum Field: CaseIterable {
        case legalName, operatingName, neq, kind, employees, founded, address, website, email, phone
        case contacts, descriptions, capabilities, equipment, references, exportExperience, targetMarkets
        case certifications, memberships, industries, internalNotes, lastUpdated
    }

    /// One hash lookup per child instead of a `switch` over strings, which compares
    /// the name with each case in turn.
    private static let fields: [String: Field] = Dictionary(uniqueKeysWithValues: Field.allCases.map { ("\($0)", $0) })

    static func decode(_ root: XMLNodeView, fallbackID: String) -> Supplier {
        var s = Supplier(id: root[attribute: "id"] ?? fallbackID)
        s.lines.reserveCapacity(32)
        s.lines["id"] = root.line
        for child in root.children {
            let name = child.name
            s.lines[name] = child.line
            guard let field = fields[name] else { continue }
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
            case .contacts: s.contacts = child.children.named("contact").map(contact)
            case .descriptions:
                for description in child.children.named("description") {
                    s.descriptions.set(description.trimmedText, for: description.language ?? "")
                    s.lines["description.\(description.language ?? "")"] = description.line
                }
            case .capabilities:
                s.capabilities = child.children.named("capability").map {
                    CapabilityClaim(taxonomyID: $0[attribute: "ref"] ?? "", roles: roles($0[attribute: "roles"]), line: $0.line)
                }
            case .equipment:
                s.equipment = child.children.named("line").map { line in
                    var names = LocalizedText()
                    for name in line.children.named("name") { names.set(name.trimmedText, for: name.language ?? "") }
                    return EquipmentLine(capability: line[attribute: "capability"] ?? "", hsCode: line[attribute: "hs"], names: names, line: line.line)
                }
            case .references: s.references = child.children.named("reference").map(reference)
            case .exportExperience: s.exportExperience = child.tokens
            case .targetMarkets: s.targetMarkets = child.tokens
            case .certifications:
                s.certifications = child.children.named("certification").map {
                    Certification(
                        scheme: $0[attribute: "scheme"] ?? "", number: $0[attribute: "number"], issuer: $0[attribute: "issuer"],
                        validFrom: $0[attribute: "validFrom"].flatMap(CalendarDay.init),
                        validUntil: $0[attribute: "validUntil"].flatMap(CalendarDay.init), line: $0.line)
                }
            case .memberships: s.memberships = child.children.named("membership").map(\.trimmedText)
            case .industries: s.industries = child.tokens
            case .internalNotes: s.internalNotes = child.trimmedText
            case .lastUpdated: s.lastUpdated = CalendarDay(child.trimmedText)
            }
        }
        return s
    }

    static func roles(_ text: String?) -> [Role] {
        guard var text else { return [] }
        return text.withUTF8 { bytes in
            bytes.split(separator: UInt8(ascii: " ")).compactMap { Role(rawValue: String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self)) }
        }
    }

    private static func address(_ element: XMLNodeView) -> Address {
        var a = Address()
        a.street = element.childText("street") ?? ""
        a.city = element.childText("city") ?? ""
        a.regionName = element.childText("region") ?? ""
        a.postalCode = element.childText("postalCode") ?? ""
        a.line = element.child("postalCode")?.line ?? element.line
        a.regionLine = element.child("region")?.line ?? element.line
        return a
    }

    private static func contact(_ element: XMLNodeView) -> Contact {
        var c = Contact()
        c.consent = element[attribute: "consent"].map { $0 == "true" || $0 == "1" }
        c.name = element.childText("name") ?? ""
        c.title = element.childText("title") ?? ""
        c.responsibility = element.childText("responsibility").flatMap(Responsibility.init(rawValue:))
        c.languages = element.child("languages")?.tokens ?? []
        c.email = element.childText("email") ?? ""
        c.phone = element.childText("phone")
        c.line = element.line
        return c
    }

    private static func reference(_ element: XMLNodeView) -> ReferenceProject {
        var r = ReferenceProject(citable: element[attribute: "citable"] == "true" || element[attribute: "citable"] == "1")
        r.client = element.childText("client") ?? ""
        r.site = element.childText("site") ?? ""
        r.country = element.childText("country") ?? ""
        r.year = element.childText("year").flatMap { Int($0) }
        r.yearLine = element.child("year")?.line ?? element.line
        r.roles = roles(element.childText("roles"))
        for scope in element.children.named("scope") { r.scope.set(scope.trimmedText, for: scope.language ?? "") }
        r.line = element.line
        return r
    }
}
