/// Paths naming a field of the catalogue's model in diagnostics: the model's names,
/// zero-based indices (`contacts[2].email`, `references[0].country`, `neq`,
/// `address.postalCode`, `descriptions[1]`, `exportExperience[3]`). Each door maps a
/// path to its own place; this type maps paths to and from the XML of an entry.
public enum FieldPath {
    /// List elements and the name of their items in the XML.
    static let items: [String: String] = [
        "contacts": "contact", "descriptions": "description", "capabilities": "capability", "equipment": "line",
        "references": "reference", "certifications": "certification", "memberships": "membership",
        "buyers": "buyer", "needs": "need",
    ]

    /// Item attributes whose model name differs, by item element: (element, attribute) → field.
    private static let attributeFields: [String: String] = ["capability@ref": "taxonomyID", "line@hs": "hsCode"]
    /// Repeated children of an item, named as a list in the model.
    private static let repeatedChildren: [String: String] = [
        "line.name": "names", "reference.scope": "scope", "destination.country": "countries", "destination.city": "cities",
    ]

    /// The model path of a libxml2 element path (`contacts[0].contact[2].email[0]`,
    /// `capabilities[0].capability[1]@ref`), as `AluXML` reports it.
    public static func model(fromXML xmlPath: String) -> String {
        var path = Substring(xmlPath)
        var attribute: Substring?
        if let at = path.firstIndex(of: "@") {
            attribute = path[path.index(after: at)...]
            path = path[..<at]
        }
        let steps = path.split(separator: ".").map(split)
        var out: [String] = []
        var element = ""
        var i = 0
        while i < steps.count {
            let (name, index) = steps[i]
            if i + 1 < steps.count, let item = items[String(name)], steps[i + 1].name == item {
                out.append("\(name)[\(steps[i + 1].index)]")
                element = item
                i += 2
                continue
            }
            if let list = repeatedChildren["\(element).\(name)"] {
                out.append("\(list)[\(index)]")
            } else {
                out.append(String(name))
            }
            element = String(name)
            i += 1
        }
        if let attribute {
            out.append(attributeFields["\(element)@\(attribute)"] ?? String(attribute))
        }
        return out.joined(separator: ".")
    }

    /// `contact[2]` → (`contact`, 2); a step without index has 0.
    private static func split(_ step: Substring) -> (name: Substring, index: Int) {
        guard let open = step.firstIndex(of: "["), step.last == "]" else { return (step, 0) }
        return (step[..<open], Int(step[step.index(after: open)..<step.index(before: step.endIndex)]) ?? 0)
    }

    /// `contact[2]` → `contact`, as ``split(_:)`` names a step, without parsing its index.
    private static func stepName(_ step: Substring) -> Substring {
        guard let open = step.utf8.firstIndex(of: UInt8(ascii: "[")), step.utf8.last == UInt8(ascii: "]") else { return step }
        return step[..<open]
    }

    /// Item attributes as the XML names them: field → (item element, attribute).
    private static let attributesInXML: [String: (String, String)] = [
        "capabilities.taxonomyID": ("capability", "ref"), "capabilities.roles": ("capability", "roles"),
        "equipment.capability": ("line", "capability"), "equipment.hsCode": ("line", "hs"),
        "contacts.consent": ("contact", "consent"), "references.citable": ("reference", "citable"),
        "certifications.scheme": ("certification", "scheme"), "certifications.number": ("certification", "number"),
        "certifications.issuer": ("certification", "issuer"), "certifications.validFrom": ("certification", "validFrom"),
        "certifications.validUntil": ("certification", "validUntil"),
        // Missions.
        "dates.start": ("dates", "start"), "dates.end": ("dates", "end"), "buyers.id": ("buyer", "id"),
        "needs.capability": ("need", "capability"),
    ]

    /// What the XML door says a field is: `<email>`, `<capability> attribute 'ref'`,
    /// `<contact>` for a whole item; `root` is the document's root element, whose `id`
    /// attribute is the `id` field. Nil for taxonomy nodes, whose messages name their id.
    public static func xmlSubject(_ path: String, root: String) -> String? {
        if path.hasPrefix("nodes[") { return nil }
        // The last two non-empty segments and how many there are, found over the
        // path's bytes (it is made for every diagnostic: an array of segments and a
        // parsed index per step cost more than the rule that found the problem).
        var last: Substring?, beforeLast: Substring?, segmentCount = 0
        var start = path.utf8.startIndex, index = start
        while true {
            let atEnd = index == path.utf8.endIndex
            if atEnd || path.utf8[index] == UInt8(ascii: ".") {
                if start < index {
                    beforeLast = last
                    last = path[start..<index]
                    segmentCount += 1
                }
                if atEnd { break }
                start = path.utf8.index(after: index)
            }
            index = path.utf8.index(after: index)
        }
        guard let last else { return "<\(root)>" }
        let name = stepName(last)
        let isIndexed = last.utf8.last == UInt8(ascii: "]")
        let parent = segmentCount > 1 ? beforeLast.map { String(stepName($0)) } : nil
        if segmentCount == 1, name == "id" { return "<\(root)> attribute 'id'" }
        if let parent, let (element, attribute) = attributesInXML["\(parent).\(name)"] {
            return "<\(element)> attribute '\(attribute)'"
        }
        if parent == "selection" { return "<\(name)>" }  // a mission's lists of ids
        if name == "countries" { return "<country>" }  // a mission's destination
        if isIndexed, let item = items[String(name)] { return "<\(item)>" }
        if let parent, parent == "descriptions" { return "<descriptions>" }  // descriptions.fr: a language missing
        if let parent, parent == "titles" { return "<title>" }
        if name == "names" { return "<name>" }
        return "<\(name)>"
    }
}
