import AluXML

/// Builds a ``Supplier`` from the tree of a supplier entry.
///
/// Lenient on purpose: it runs after schema validation, whose errors are already
/// reported, and takes what it can so the rules can still report everything else.
enum SupplierDecoder {
    static func decode(_ root: XMLElement, fallbackID: String) -> Supplier {
        var s = Supplier(id: root[attribute: "id"] ?? fallbackID)
        s.lines["id"] = root.line
        for child in root.children {
            s.lines[child.name] = child.line
            switch child.name {
            case "legalName": s.legalName = child.trimmedText
            case "operatingName": s.operatingName = child.trimmedText
            case "neq": s.neq = child.trimmedText
            case "kind": s.kind = SupplierKind(rawValue: child.trimmedText)
            case "employees": s.employees = EmployeeBand(rawValue: child.trimmedText)
            case "founded": s.founded = Int(child.trimmedText)
            case "address": s.address = address(child)
            case "website": s.website = child.trimmedText
            case "email": s.email = child.trimmedText
            case "phone": s.phone = child.trimmedText
            case "contacts": s.contacts = child.children("contact").map(contact)
            case "descriptions":
                for description in child.children("description") {
                    s.descriptions.set(description.trimmedText, for: description.language ?? "")
                    s.lines["description.\(description.language ?? "")"] = description.line
                }
            case "capabilities":
                s.capabilities = child.children("capability").map {
                    CapabilityClaim(taxonomyID: $0[attribute: "ref"] ?? "", roles: roles($0[attribute: "roles"]), line: $0.line)
                }
            case "equipment":
                s.equipment = child.children("line").map { line in
                    var names = LocalizedText()
                    for name in line.children("name") { names.set(name.trimmedText, for: name.language ?? "") }
                    return EquipmentLine(capability: line[attribute: "capability"] ?? "", hsCode: line[attribute: "hs"], names: names, line: line.line)
                }
            case "references": s.references = child.children("reference").map(reference)
            case "exportExperience": s.exportExperience = child.tokens
            case "targetMarkets": s.targetMarkets = child.tokens
            case "certifications":
                s.certifications = child.children("certification").map {
                    Certification(
                        scheme: $0[attribute: "scheme"] ?? "", number: $0[attribute: "number"], issuer: $0[attribute: "issuer"],
                        validFrom: $0[attribute: "validFrom"].flatMap(CalendarDay.init),
                        validUntil: $0[attribute: "validUntil"].flatMap(CalendarDay.init), line: $0.line)
                }
            case "memberships": s.memberships = child.children("membership").map(\.trimmedText)
            case "industries": s.industries = child.tokens
            case "internalNotes": s.internalNotes = child.trimmedText
            case "lastUpdated": s.lastUpdated = CalendarDay(child.trimmedText)
            default: break
            }
        }
        return s
    }

    static func roles(_ text: String?) -> [Role] {
        (text ?? "").split(separator: " ").compactMap { Role(rawValue: String($0)) }
    }

    private static func address(_ element: XMLElement) -> Address {
        var a = Address()
        a.street = element.childText("street") ?? ""
        a.city = element.childText("city") ?? ""
        a.regionName = element.childText("region") ?? ""
        a.postalCode = element.childText("postalCode") ?? ""
        a.line = element.child("postalCode")?.line ?? element.line
        a.regionLine = element.child("region")?.line ?? element.line
        return a
    }

    private static func contact(_ element: XMLElement) -> Contact {
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

    private static func reference(_ element: XMLElement) -> ReferenceProject {
        var r = ReferenceProject(citable: element[attribute: "citable"] == "true" || element[attribute: "citable"] == "1")
        r.client = element.childText("client") ?? ""
        r.site = element.childText("site") ?? ""
        r.country = element.childText("country") ?? ""
        r.year = element.childText("year").flatMap { Int($0) }
        r.yearLine = element.child("year")?.line ?? element.line
        r.roles = roles(element.childText("roles"))
        for scope in element.children("scope") { r.scope.set(scope.trimmedText, for: scope.language ?? "") }
        r.line = element.line
        return r
    }
}
