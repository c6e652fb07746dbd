import AluCatalog

extension HTMLIndexPage {
    func missionSection(_ t: Translations) -> String {
        let e = HTMLText.escape
        var out = "<section id=\"mission\">\n<h2>\(e(t.label(.missionHeading)))</h2>\n<dl>\n"
        if let start = mission.start, let end = mission.end {
            out += "<dt>\(e(t.label(.dates)))</dt><dd>\(e(t.dateRange(start, end)))</dd>\n"
        }
        let places = mission.cities.map(HTMLText.isolated) + [e(t.countries(mission.countries))].filter { !$0.isEmpty }
        out += "<dt>\(e(t.label(.destination)))</dt><dd>\(t.list(places))</dd>\n"
        let o = mission.organiser
        var organiser = t.list([HTMLText.isolated(o.name), HTMLText.isolated(o.organisation)])
        if !o.email.isEmpty { organiser += " — " + HTMLText.mailLink(o.email) }
        if !o.phone.isEmpty { organiser += " — <bdi>\(e(o.phone))</bdi>" }
        out += "<dt>\(e(t.label(.organiser)))</dt><dd>\(organiser)</dd>\n"
        out += "<dt>\(e(t.label(.suppliersHeading)))</dt><dd>\(e(t.label(.supplierCount, ["count": String(suppliers.count)])))</dd>\n"
        return out + "</dl>\n</section>\n"
    }

    func chartsSection(_ t: Translations) -> String {
        var perArea: [String: Int] = [:]
        var perCountry: [String: Int] = [:]
        for s in suppliers {
            for area in Set(s.capabilities.compactMap { taxonomy.area(of: $0.taxonomyID) }) { perArea[area, default: 0] += 1 }
            for country in Set(s.exportExperience) { perCountry[country, default: 0] += 1 }
        }
        let areaOrder = taxonomy.nodes.filter { $0.level == .area }
        let areaBars = areaOrder.compactMap { node in perArea[node.id].map { (node, $0) } }
            .enumerated().sorted { ($0.element.1, -$0.offset) > ($1.element.1, -$1.offset) }
            .map { (label: t.markedTaxonomyLabel($0.element.0), value: $0.element.1) }
        let countryBars = perCountry.map { (label: t.country($0.key), value: $0.value) }
            .sorted { ($0.value, $1.label) > ($1.value, $0.label) }
        var out = "<section id=\"charts\">\n<h2>\(HTMLText.escape(t.label(.chartsHeading)))</h2>\n"
        for (id, title, bars) in [("chart-areas", t.label(.chartSuppliersPerArea), areaBars),
                                  ("chart-countries", t.label(.chartExportCountries), countryBars)] {
            let chart = SVGBarChart(title: title, bars: bars, unit: t.label(.suppliersAxis), rightToLeft: t.isRightToLeft)
            out += "<figure>\n<figcaption>\(HTMLText.escape(title))</figcaption>\n\(chart.render(id: id + "-title"))\n</figure>\n"
        }
        return out + "</section>\n"
    }

    func suppliersSection(_ t: Translations) -> String {
        let e = HTMLText.escape
        var out = "<section id=\"suppliers\">\n<h2>\(e(t.label(.suppliersHeading)))</h2>\n"
        if suppliers.isEmpty { return out + "<p>\(e(t.label(.noSuppliers)))</p>\n</section>\n" }
        out += "<div class=\"cards\">\n"
        // Sort indices, not the (large) supplier values.
        let order = suppliers.indices.sorted { (suppliers[$0].displayName, suppliers[$0].id) < (suppliers[$1].displayName, suppliers[$1].id) }
        for index in order { out += card(suppliers[index], t) }
        return out + "</div>\n</section>\n"
    }

    private func card(_ s: Supplier, _ t: Translations) -> String {
        let e = HTMLText.escape
        var out = "<article id=\"supplier-\(e(s.id))\">\n<h3>\(HTMLText.isolated(s.displayName))</h3>\n"
        if let description = HTMLText.localized(s.descriptions, t) { out += "<p>\(description)</p>\n" }
        out += "<dl>\n"
        func row(_ label: Translations.Label, _ html: String) {
            if !html.isEmpty { out += "<dt>\(e(t.label(label)))</dt><dd>\(html)</dd>\n" }
        }
        // Official French names (see Translations.region); a free-text region is in no known language.
        row(.region, s.address.region.map { HTMLText.isolated(t.region($0), language: "fr") } ?? HTMLText.isolated(s.address.regionName, language: ""))
        row(.kind, s.kind.map { e(t.kind($0)) } ?? "")
        var seen: Set<String> = []
        let capabilities = s.capabilities.filter { seen.insert($0.taxonomyID).inserted }
            .map { claim in taxonomy[claim.taxonomyID].map { t.markedTaxonomyLabel($0) } ?? claim.taxonomyID }
        row(.capabilities, capabilities.isEmpty ? "" : "<ul>" + capabilities.map { "<li>\(e($0))</li>" }.joined() + "</ul>")
        row(.exportCountries, e(t.countries(s.exportExperience)))
        let valid = s.certifications.filter { $0.isValid(on: generated) }.map(\.scheme)
        row(.validCertifications, e(t.list(valid)))
        row(.website, s.website.isEmpty ? "" : HTMLText.webLink(s.website))
        for c in s.contacts where c.consent == true {
            var contact = HTMLText.isolated(c.name)
            // A title is supplier text in a language the entry does not state.
            if !c.title.isEmpty { contact += ", " + HTMLText.isolated(c.title, language: "") }
            if !c.email.isEmpty { contact += "<br/>" + HTMLText.mailLink(c.email) }
            if let phone = c.phone, !phone.isEmpty { contact += "<br/><bdi>\(e(phone))</bdi>" }
            if !c.languages.isEmpty { contact += "<br/>" + e(t.label(.contactLanguages) + ": " + t.list(c.languages.map(t.languageName))) }
            row(.contact, contact)
        }
        return out + "</dl>\n</article>\n"
    }

    func matchesSection(_ t: Translations) -> String {
        let e = HTMLText.escape
        guard !matches.isEmpty else { return "" }
        var out = "<section id=\"matches\">\n<h2>\(e(t.label(.matchesHeading)))</h2>\n"
        for match in matches {
            out += "<h3>\(HTMLText.isolated(match.buyerName)) — \(e(match.needLabel))"
            out += " <span class=\"muted\">(\(e(t.label(.priority))): \(e(t.priority(match.priority))))</span></h3>\n"
            guard !match.candidates.isEmpty else {
                out += "<p>\(e(t.label(.noMatches)))</p>\n"
                continue
            }
            out += "<table>\n<thead><tr><th>\(e(t.label(.rank)))</th><th>\(e(t.label(.supplier)))</th>"
            out += "<th>\(e(t.label(.score)))</th><th>\(e(t.label(.reasons)))</th></tr></thead>\n<tbody>\n"
            for (rank, c) in match.candidates.enumerated() {
                out += "<tr><td>\(rank + 1)</td><td>\(HTMLText.isolated(c.supplierName))</td>"
                out += "<td>\(e(Self.formatScore(c.score, language: t.language)))</td><td>\(e(c.reasons))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        return out + "</section>\n"
    }

    func filesSection(_ t: Translations) -> String {
        let e = HTMLText.escape
        guard !files.isEmpty else { return "" }
        var out = "<section id=\"files\">\n<h2>\(e(t.label(.filesHeading)))</h2>\n<table>\n"
        out += "<thead><tr><th>\(e(t.label(.fileColumn)))</th><th>\(e(t.label(.description)))</th></tr></thead>\n<tbody>\n"
        for file in files {
            let name = file.isLinkable ? "<a href=\"\(e(file.name))\">\(e(file.name))</a>" : e(file.name)
            out += "<tr><td><bdi>\(name)</bdi></td><td>\(e(file.description))</td></tr>\n"
        }
        return out + "</tbody>\n</table>\n</section>\n"
    }

    /// Two decimals, rounded half away from zero; decimal comma in fr, es, pt.
    static func formatScore(_ score: Double, language: String) -> String {
        guard score.isFinite else { return "—" }
        let hundredths = Int((abs(score) * 100).rounded())
        let fraction = hundredths % 100
        let text = (score < 0 && hundredths > 0 ? "-" : "") + "\(hundredths / 100)" + (["fr", "es", "pt"].contains(language) ? "," : ".")
            + (fraction < 10 ? "0" : "") + "\(fraction)"
        return text
    }
}
