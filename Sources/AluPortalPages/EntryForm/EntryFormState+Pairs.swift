public import Foundation

/// Why a posted entry form was not read. The page is not shown again: such a body does
/// not come from the form (which never sends these), so the portal answers with a notice.
public enum EntryFormError: Error, Sendable, Equatable, LocalizedError, CustomStringConvertible {
    /// A repeated group (`contacts`, `equipment`…) with more rows than ``EntryFormState/maxRows``.
    case tooManyRows(group: String, count: Int)
    /// A field value longer than ``EntryFormState/maxValueLength`` characters.
    case valueTooLong(field: String)

    public var description: String {
        switch self {
        case .tooManyRows(let group, let count): "the form's \(group) has \(count) rows, more than \(EntryFormState.maxRows)"
        case .valueTooLong(let field): "the form's field \(field) is longer than \(EntryFormState.maxValueLength) characters"
        }
    }

    public var errorDescription: String? { description }
}

extension EntryFormState {
    /// The longest value a field may hold: a description of a few pages, far below what
    /// the portal's body limit already lets through. Longer values are refused, not cut.
    public static let maxValueLength = 20_000

    /// The form as posted: the decoded `application/x-www-form-urlencoded` pairs, in the
    /// body's order (repeated names for ticked checkboxes). Names the form never sends
    /// (`csrf`, `action`, anything else) are ignored; a row index past ``maxRows``, or
    /// more ticked capabilities than that, throws.
    public init(pairs: [(String, String)]) throws(EntryFormError) {
        self.init()
        var fields: [String: [String]] = [:]
        for (name, value) in pairs {
            guard value.count <= Self.maxValueLength else { throw .valueTooLong(field: String(name.prefix(100))) }
            // Browsers send line breaks in a textarea as CR LF.
            fields[name, default: []].append(value.replacingOccurrences(of: "\r\n", with: "\n"))
        }
        func value(_ name: String) -> String { fields[name]?.first ?? "" }
        func values(_ name: String) -> [String] { fields[name] ?? [] }

        legalName = value("legalName")
        operatingName = value("operatingName")
        neq = value("neq")
        kind = value("kind")
        employees = value("employees")
        founded = value("founded")
        street = value("address.street")
        city = value("address.city")
        region = value("address.region")
        postalCode = value("address.postalCode")
        website = value("website")
        email = value("email")
        phone = value("phone")

        let names = Array(fields.keys)
        contacts = try Self.rows("contacts", names).map { p in
            var c = Contact()
            c.name = value(p + ".name")
            c.title = value(p + ".title")
            c.responsibility = value(p + ".responsibility")
            c.languages = value(p + ".languages")
            c.email = value(p + ".email")
            c.phone = value(p + ".phone")
            c.consent = value(p + ".consent")
            return c
        }
        descriptions = try Self.rows("descriptions", names).map { p in Text(language: value(p + ".language"), text: value(p + ".text")) }
        equipment = try Self.rows("equipment", names).map { p in
            var e = Equipment()
            e.capability = value(p + ".capability")
            e.hsCode = value(p + ".hsCode")
            e.names = Self.slots(p + ".names", value)
            return e
        }
        references = try Self.rows("references", names).map { p in
            var r = Reference()
            r.citable = value(p + ".citable") == "yes"
            r.client = value(p + ".client")
            r.site = value(p + ".site")
            r.country = value(p + ".country")
            r.year = value(p + ".year")
            r.roles = Self.ordered(values(p + ".roles"), hint: value(p + ".roles.order"))
            r.scope = Self.slots(p + ".scope", value)
            return r
        }
        exportExperience = try Self.rows("exportExperience", names).map(value)
        targetMarkets = try Self.rows("targetMarkets", names).map(value)
        certifications = try Self.rows("certifications", names).map { p in
            var c = Certification()
            c.scheme = value(p + ".scheme")
            c.number = value(p + ".number")
            c.issuer = value(p + ".issuer")
            c.validFrom = value(p + ".validFrom")
            c.validUntil = value(p + ".validUntil")
            return c
        }
        memberships = try Self.rows("memberships", names).map(value)
        industries = Self.ordered(values("industries"), hint: value("industries.order"))

        // Ticked capabilities, in the order the entry had them (`capabilities.order`),
        // then the newly ticked ones in the page's order.
        var ticked: [String] = []
        for (name, value) in pairs where value == "on" {
            guard let id = Self.capabilityID(name), !ticked.contains(id) else { continue }
            ticked.append(id)
            if ticked.count > Self.maxRows { throw .tooManyRows(group: "capabilities", count: ticked.count) }
        }
        capabilities = Self.ordered(ticked, hint: value("capabilities.order")).map { id in
            let prefix = Self.capabilityField(id)
            return Capability(id: id, roles: Self.ordered(values(prefix + ".roles"), hint: value(prefix + ".roles.order")))
        }
    }

    /// `capabilities[ID]` → ID; nil for any other name.
    static func capabilityID(_ name: String) -> String? {
        guard name.hasPrefix("capabilities["), name.hasSuffix("]") else { return nil }
        let id = name.dropFirst("capabilities[".count).dropLast()
        return id.isEmpty || id.contains("[") || id.contains("]") ? nil : String(id)
    }

    /// The field name of a capability's checkbox.
    static func capabilityField(_ id: String) -> String { "capabilities[\(id)]" }

    /// The prefixes `group[0]` … `group[n-1]` of the rows posted for `group`: as many as
    /// the highest index says (a row whose fields were all left out is an empty row).
    static func rows(_ group: String, _ names: [String]) throws(EntryFormError) -> [String] {
        let prefix = group + "["
        var highest = -1
        for name in names where name.hasPrefix(prefix) {
            let digits = name.dropFirst(prefix.count).prefix { $0 != "]" }
            guard !digits.isEmpty, digits.allSatisfy({ ("0"..."9").contains($0) }) else { continue }
            // A row index of more digits than any allowed one is refused before it is read.
            guard digits.count <= 6, let index = Int(digits), index < Self.maxRows else {
                throw .tooManyRows(group: group, count: Int(digits).map { $0 + 1 } ?? Int.max)
            }
            highest = max(highest, index)
        }
        return (0..<(highest + 1)).map { "\(group)[\($0)]" }
    }

    /// ``textSlots`` language and text pairs under `prefix` (`equipment[0].names`).
    static func slots(_ prefix: String, _ value: (String) -> String) -> [Text] {
        (0..<textSlots).map { Text(language: value("\(prefix)[\($0)].language"), text: value("\(prefix)[\($0)].text")) }
    }

    /// The ticked `values` (each once) in the order `hint` (space-separated) lists them,
    /// then the others in the order posted: checkboxes post in the page's order, the hint
    /// keeps the entry's so that saving an unchanged entry changes nothing.
    static func ordered(_ values: [String], hint: String) -> [String] {
        var seen = Set<String>()
        let unique = values.filter { seen.insert($0).inserted }
        let order = hint.split(separator: " ").map(String.init)
        return order.filter { seen.contains($0) }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            + unique.filter { !order.contains($0) }
    }
}
