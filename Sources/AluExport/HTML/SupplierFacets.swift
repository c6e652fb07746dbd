import AluCatalog

/// What the landing page's search and filters know of one supplier: its facet
/// values (ids and codes, never words) and the text the search box looks in.
struct SupplierFacets {
    /// Process areas of its capabilities (taxonomy ids, in taxonomy order).
    var areas: [String]
    /// Its Québec administrative region, when it is one of the 17.
    var region: QuebecRegion?
    /// Countries it has exported to (ISO 3166-1 alpha-2).
    var countries: [String]
    /// Certification schemes valid on the export day, as written.
    var certifications: [String]
    /// Languages spoken by its consented contacts (BCP 47).
    var languages: [String]
    /// What the search box matches, word by word: names, the description shown,
    /// capability labels, city and region.
    var searchText: String

    init(_ s: Supplier, taxonomy: Taxonomy, generated: CalendarDay, _ t: Translations) {
        var seen: Set<String> = []
        let areaIDs = Set(s.capabilities.compactMap { taxonomy.area(of: $0.taxonomyID) })
        areas = taxonomy.nodes.filter { $0.level == .area && areaIDs.contains($0.id) }.map(\.id)
        region = s.address.region
        countries = s.exportExperience.filter { seen.insert("c" + $0).inserted }
        certifications = s.certifications.filter { $0.isValid(on: generated) }.map { Self.value($0.scheme) }.filter { seen.insert("z" + $0).inserted }
        languages = s.contacts.filter { $0.consent == true }.flatMap(\.languages).filter { seen.insert("l" + $0).inserted }
        var texts = s.legalName == s.displayName ? [s.displayName] : [s.displayName, s.legalName]
        if let description = t.resolved(s.descriptions) { texts.append(description.text) }
        texts += s.capabilities.compactMap { taxonomy[$0.taxonomyID] }.map { t.markedTaxonomyLabel($0) }
        texts += [s.address.city, s.address.regionName]
        searchText = texts.map(InlineText.singleLine).filter { !$0.isEmpty }.joined(separator: " · ")
    }

    /// A facet value as stored in a `data-` list and an `<option value>`: one line,
    /// and no `|`, the list's separator.
    static func value(_ text: String) -> String {
        InlineText.singleLine(text.replacing("|", with: " "))
    }

    /// `|a|b|`: the script looks for `|value|` in it.
    static func list(_ values: [String]) -> String {
        values.isEmpty ? "" : "|" + values.joined(separator: "|") + "|"
    }

    /// The `data-` attributes of the supplier's card.
    var attributes: String {
        let e = HTMLText.escape
        var out = " data-search=\"\(e(searchText))\""
        out += " data-area=\"\(e(Self.list(areas)))\""
        out += " data-region=\"\(e(Self.list(region.map { [Self.regionValue($0)] } ?? [])))\""
        out += " data-country=\"\(e(Self.list(countries)))\""
        out += " data-certification=\"\(e(Self.list(certifications)))\""
        out += " data-language=\"\(e(Self.list(languages)))\""
        return out
    }

    /// The official region number, two digits (`02` for Saguenay–Lac-Saint-Jean).
    static func regionValue(_ region: QuebecRegion) -> String {
        region.number < 10 ? "0\(region.number)" : "\(region.number)"
    }
}
