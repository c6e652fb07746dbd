import AluCatalog
import AluLocalization

extension HTMLIndexPage {
    /// The search panel above the cards: a text box and one filter per facet that
    /// has values in this packet (process area, Québec region, country of export
    /// experience, valid certification, language spoken), a count of the cards shown
    /// and a line for when none is. `hidden` until ``FinderScript`` runs, so a
    /// reader without JavaScript is not offered controls that do nothing.
    func finderSection(_ t: Translations, facets: [SupplierFacets]) -> String {
        let e = HTMLText.escape
        func word(_ key: String) -> String { e(Message("packet." + key).text(t.language)) }
        var out = "<div class=\"finder\" id=\"finder\" role=\"search\" aria-labelledby=\"finder-heading\" hidden=\"hidden\">\n"
        out += "<h3 id=\"finder-heading\">\(word("search.heading"))</h3>\n<div class=\"finder-fields\">\n"
        out += "<div><label for=\"finder-text\">\(word("search.label"))</label>"
        out += "<input type=\"search\" id=\"finder-text\" placeholder=\"\(word("search.placeholder"))\" autocomplete=\"off\"/></div>\n"

        let areaIDs = Set(facets.flatMap(\.areas))
        let areas = taxonomy.nodes.filter { $0.level == .area && areaIDs.contains($0.id) }
            .map { (value: $0.id, label: t.markedTaxonomyLabel($0), language: nil as String?) }
        out += select("area", word("filter.area"), areas, t)
        let regions = Set(facets.compactMap(\.region)).sorted { $0.number < $1.number }
            .map { (value: SupplierFacets.regionValue($0), label: t.region($0), language: "fr" as String?) }
        out += select("region", word("filter.region"), regions, t)
        let countries = Set(facets.flatMap(\.countries)).map { (value: $0, label: t.country($0), language: nil as String?) }
            .sorted { ($0.label, $0.value) < ($1.label, $1.value) }
        out += select("country", word("filter.country"), countries, t)
        let schemes = Set(facets.flatMap(\.certifications)).sorted().map { (value: $0, label: $0, language: "" as String?) }
        out += select("certification", word("filter.certification"), schemes, t)
        let languages = Set(facets.flatMap(\.languages)).map { (value: $0, label: t.languageName($0), language: nil as String?) }
            .sorted { ($0.label, $0.value) < ($1.label, $1.value) }
        out += select("language", word("filter.language"), languages, t)

        out += "</div>\n<div class=\"finder-status\">"
        out += "<p id=\"finder-count\" aria-live=\"polite\" data-template=\"\(word("search.count"))\"></p>"
        out += "<button type=\"button\" id=\"finder-reset\">\(word("search.reset"))</button></div>\n"
        out += "<p class=\"finder-none\" id=\"finder-none\" hidden=\"hidden\">\(word("search.none"))</p>\n"
        return out + "</div>\n"
    }

    /// One labelled `<select name="…">` whose name is the card's `data-` attribute;
    /// empty when there is nothing to choose. An option in another language than
    /// the page's (official French region names; certification schemes, in none)
    /// carries its `lang`.
    private func select(_ name: String, _ label: String, _ options: [(value: String, label: String, language: String?)], _ t: Translations) -> String {
        guard !options.isEmpty else { return "" }
        let e = HTMLText.escape
        var out = "<div><label for=\"finder-\(name)\">\(label)</label><select id=\"finder-\(name)\" name=\"\(name)\">"
        out += "<option value=\"\">\(e(Message("packet.filter.any").text(t.language)))</option>"
        for option in options {
            let lang = option.language.map { " lang=\"\(e($0))\" xml:lang=\"\(e($0))\"" } ?? ""
            out += "<option value=\"\(e(option.value))\"\(lang)>\(e(option.label))</option>"
        }
        return out + "</select></div>\n"
    }
}
