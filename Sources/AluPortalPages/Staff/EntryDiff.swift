public import AluCatalog
import AluLocalization

/// What a submission changes in a supplier's entry, field by field: the published entry
/// (nil for a first entry) against the submitted one. Unchanged fields are not listed.
///
/// Repeated groups are matched by what names an item — a contact by its name, a
/// capability by its taxonomy id, a reference by client and site, a certification by its
/// scheme, a description by its language, a country or membership by itself — and only
/// equipment lines, which have no name of their own, by position. A matched item lists
/// the fields that differ; an item on one side only lists each of its filled fields as
/// added or removed. Line numbers are not compared (they move with every edit).
public struct EntryDiff: Sendable, Hashable {
    /// What happened to a field.
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case added, removed, changed
    }

    /// A field's value, kept as data so the page words it in its own language.
    public enum Value: Sendable, Hashable {
        /// The supplier's own words (a name, an address, a description): shown as written.
        case text(String)
        /// Codes of a vocabulary family (`role`, `kind`, `employees`, `industry`, `responsibility`).
        case terms(family: String, codes: [String])
        /// ISO 3166 country codes.
        case countries([String])
        /// BCP 47 language codes.
        case languages([String])
        case yesNo(Bool)
        case day(CalendarDay)

        /// The value as a reader of `language` reads it (`fr` or `en`).
        public func text(_ language: String) -> String {
            switch self {
            case .text(let text): text
            case .terms(let family, let codes): ListFormat.list(codes.map { VocabularyNames.name(family: family, $0, language) }, language)
            case .countries(let codes): ListFormat.list(codes.map { CountryNames.name($0, language) }, language)
            case .languages(let codes): ListFormat.list(codes.map { LanguageNames.name($0, language) }, language)
            case .yesNo(let yes): VocabularyNames.name(family: "answer", yes ? "yes" : "no", language)
            case .day(let day): day.description
            }
        }

        /// True when the value comes from the supplier's typing (to isolate its direction).
        public var isSupplierText: Bool { if case .text = self { true } else { false } }
    }

    /// One changed field.
    public struct Row: Sendable, Hashable {
        /// The field's name in the model, without indices (`legalName`, `contacts.email`,
        /// `descriptions`): ``labelKey`` words it.
        public var field: String
        /// Where the field is, with the item's index on the side that has it (the
        /// submitted one, the published one for a removal): `contacts[1].email`.
        public var path: String
        /// The repeated item it belongs to, as the entry names it (a contact's name, a
        /// capability's id, a certification's scheme); nil for a field of the entry itself.
        public var item: String?
        /// The language of a text given in several (`descriptions`, an equipment name, a scope).
        public var language: String?
        public var old: Value?
        public var new: Value?
        public var kind: Kind

        /// The message key of the field's label (`staff.field.contacts.email`).
        public var labelKey: String { "staff.field." + field }
    }

    public var rows: [Row]

    /// Nothing changed.
    public var isEmpty: Bool { rows.isEmpty }

    /// The changes that turn `published` (nil: nothing published yet) into `submitted`.
    public init(published: Supplier?, submitted: Supplier) {
        var rows: [Row] = []
        Self.compare(published.map(Self.fields) ?? [], Self.fields(submitted), prefix: "", item: nil, into: &rows)
        Self.groups(published, submitted, into: &rows)
        self.rows = rows
    }

    // MARK: - Fields

    /// A field as compared: its model name, its language qualifier, its value (nil when empty).
    struct Field {
        var name: String
        var language: String? = nil
        var value: Value?
        var id: String { language.map { "\(name)[\($0)]" } ?? name }
    }

    /// Empty text is no value: an operating name removed reads as removed, not changed to "".
    private static func text(_ string: String?) -> Value? {
        guard let string, !string.isEmpty else { return nil }
        return .text(string)
    }

    private static func terms(_ family: String, _ codes: [String]) -> Value? { codes.isEmpty ? nil : .terms(family: family, codes: codes) }

    private static func localized(_ name: String, _ text: LocalizedText) -> [Field] {
        text.entries.map { Field(name: name, language: $0.language, value: Self.text($0.text)) }
    }

    /// The entry's own fields, in the order the form shows them.
    static func fields(_ s: Supplier) -> [Field] {
        [
            Field(name: "id", value: text(s.id)),
            Field(name: "legalName", value: text(s.legalName)),
            Field(name: "operatingName", value: text(s.operatingName)),
            Field(name: "neq", value: text(s.neq)),
            Field(name: "kind", value: s.kind.map { Value.terms(family: "kind", codes: [$0.rawValue]) }),
            Field(name: "employees", value: s.employees.map { Value.terms(family: "employees", codes: [$0.rawValue]) }),
            Field(name: "founded", value: text(s.founded.map(String.init))),
            Field(name: "address.street", value: text(s.address.street)),
            Field(name: "address.city", value: text(s.address.city)),
            Field(name: "address.region", value: text(s.address.regionName)),
            Field(name: "address.postalCode", value: text(s.address.postalCode)),
            Field(name: "website", value: text(s.website)),
            Field(name: "email", value: text(s.email)),
            Field(name: "phone", value: text(s.phone)),
        ] + localized("descriptions", s.descriptions) + [
            Field(name: "internalNotes", value: text(s.internalNotes)),
            Field(name: "lastUpdated", value: s.lastUpdated.map(Value.day)),
        ]
    }

    /// Compares two lists of fields by name (and language); appends a row for each difference.
    private static func compare(_ old: [Field], _ new: [Field], prefix: String, item: String?, into rows: inout [Row]) {
        let oldByID = Dictionary(old.map { ($0.id, $0.value) }, uniquingKeysWith: { first, _ in first })
        let newIDs = Set(new.map(\.id))
        let path = { (field: Field) in prefix + (field.language.map { "\(field.name)[\($0)]" } ?? field.name) }
        let label = { (name: String) in prefix.isEmpty ? name : String(prefix.prefix { $0 != "[" }) + "." + name }
        for field in new {
            let before = oldByID[field.id] ?? nil
            switch (before, field.value) {
            case (nil, nil): break
            case (nil, let value?):
                rows.append(Row(field: label(field.name), path: path(field), item: item, language: field.language, old: nil, new: value, kind: .added))
            case (let value?, nil):
                rows.append(Row(field: label(field.name), path: path(field), item: item, language: field.language, old: value, new: nil, kind: .removed))
            case (let a?, let b?) where a != b:
                rows.append(Row(field: label(field.name), path: path(field), item: item, language: field.language, old: a, new: b, kind: .changed))
            default: break
            }
        }
        for field in old where !newIDs.contains(field.id) {
            guard let value = field.value else { continue }
            rows.append(Row(field: label(field.name), path: path(field), item: item, language: field.language, old: value, new: nil, kind: .removed))
        }
    }

    // MARK: - Repeated groups

    /// An item of a repeated group: what matches it (nil: match by position), how the page names it, its fields.
    struct Item {
        var key: String?
        var name: String
        var fields: [Field]
    }

    private static func groups(_ old: Supplier?, _ new: Supplier, into rows: inout [Row]) {
        func group(_ name: String, _ items: (Supplier) -> [Item]) {
            compareGroup(name, old.map(items) ?? [], items(new), into: &rows)
        }
        group("contacts") { s in
            s.contacts.map { c in
                Item(key: folded(c.name), name: c.name, fields: [
                    Field(name: "name", value: text(c.name)), Field(name: "title", value: text(c.title)),
                    Field(name: "responsibility", value: c.responsibility.map { Value.terms(family: "responsibility", codes: [$0.rawValue]) }),
                    Field(name: "languages", value: c.languages.isEmpty ? nil : .languages(c.languages)),
                    Field(name: "email", value: text(c.email)), Field(name: "phone", value: text(c.phone)),
                    Field(name: "consent", value: c.consent.map(Value.yesNo)),
                ])
            }
        }
        group("capabilities") { s in
            s.capabilities.map { c in
                Item(key: c.taxonomyID, name: c.taxonomyID, fields: [
                    Field(name: "taxonomyID", value: text(c.taxonomyID)),
                    Field(name: "roles", value: terms("role", c.roles.map(\.rawValue))),
                ])
            }
        }
        group("equipment") { s in
            s.equipment.map { e in
                Item(key: nil, name: e.names.resolved("en")?.text ?? e.capability, fields: [
                    Field(name: "capability", value: text(e.capability)), Field(name: "hsCode", value: text(e.hsCode)),
                ] + localized("names", e.names))
            }
        }
        group("references") { s in
            s.references.map { r in
                Item(key: folded(r.client) + "|" + folded(r.site), name: r.site.isEmpty ? r.client : r.client + " — " + r.site, fields: [
                    Field(name: "client", value: text(r.client)), Field(name: "site", value: text(r.site)),
                    Field(name: "country", value: r.country.isEmpty ? nil : .countries([r.country])),
                    Field(name: "year", value: text(r.year.map(String.init))),
                    Field(name: "roles", value: terms("role", r.roles.map(\.rawValue))),
                    Field(name: "citable", value: .yesNo(r.citable)),
                ] + localized("scope", r.scope))
            }
        }
        group("certifications") { s in
            s.certifications.map { c in
                Item(key: folded(c.scheme), name: c.scheme, fields: [
                    Field(name: "scheme", value: text(c.scheme)), Field(name: "number", value: text(c.number)),
                    Field(name: "issuer", value: text(c.issuer)), Field(name: "validFrom", value: c.validFrom.map(Value.day)),
                    Field(name: "validUntil", value: c.validUntil.map(Value.day)),
                ])
            }
        }
        func list(_ name: String, _ values: (Supplier) -> [String], _ value: (String) -> Value) {
            group(name) { s in values(s).map { Item(key: $0, name: $0, fields: [Field(name: "value", value: value($0))]) } }
        }
        list("exportExperience", \.exportExperience) { .countries([$0]) }
        list("targetMarkets", \.targetMarkets) { .countries([$0]) }
        list("memberships", \.memberships) { .text($0) }
        list("industries", \.industries) { .terms(family: "industry", codes: [$0]) }
    }

    /// Pairs items with equal keys (repeated keys in order), then keyless items by
    /// position; compares each pair; the rest are added or removed.
    private static func compareGroup(_ name: String, _ old: [Item], _ new: [Item], into rows: inout [Row]) {
        var unmatchedOld = Array(old.indices)
        var pairs: [(old: Int?, new: Int)] = []
        for (index, item) in new.enumerated() {
            if let match = unmatchedOld.firstIndex(where: { old[$0].key == item.key }) {
                pairs.append((unmatchedOld[match], index))
                unmatchedOld.remove(at: match)
            } else {
                pairs.append((nil, index))
            }
        }
        let single = { (item: Item, field: Field) in field.name == "value" && item.fields.count == 1 }
        for (oldIndex, newIndex) in pairs {
            let item = new[newIndex]
            if single(item, item.fields[0]) {
                if oldIndex == nil, let value = item.fields[0].value {
                    rows.append(Row(field: name, path: "\(name)[\(newIndex)]", item: nil, language: nil, old: nil, new: value, kind: .added))
                }
                continue
            }
            compare(oldIndex.map { old[$0].fields } ?? [], item.fields, prefix: "\(name)[\(newIndex)].", item: item.name, into: &rows)
        }
        for oldIndex in unmatchedOld {
            let item = old[oldIndex]
            if single(item, item.fields[0]) {
                if let value = item.fields[0].value {
                    rows.append(Row(field: name, path: "\(name)[\(oldIndex)]", item: nil, language: nil, old: value, new: nil, kind: .removed))
                }
                continue
            }
            compare(item.fields, [], prefix: "\(name)[\(oldIndex)].", item: item.name, into: &rows)
        }
    }

    /// Case and surrounding spaces do not make another item.
    private static func folded(_ text: String) -> String {
        String(text.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()).lowercased()
    }
}
