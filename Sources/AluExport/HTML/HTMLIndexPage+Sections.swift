import AluCatalog

extension HTMLIndexPage {
    func missionSection(_ t: Translations) -> String {
        let e = HTMLText.escape
        var out = "<section id=\"mission\">\n<h2>\(e(t.label(.missionHeading)))</h2>\n<dl class=\"facts\">\n"
        func row(_ label: Translations.Label, _ html: String) {
            out += "<div><dt>\(e(t.label(label)))</dt><dd>\(html)</dd></div>\n"
        }
        if let start = mission.start, let end = mission.end { row(.dates, e(t.dateRange(start, end))) }
        let places = mission.cities.map(HTMLText.isolated) + [e(t.countries(mission.countries))].filter { !$0.isEmpty }
        row(.destination, t.list(places))
        let o = mission.organiser
        // One line each: two Latin names joined by an Arabic comma read in the wrong order to a Latin reader.
        var organiser = [o.name, o.organisation].filter { !$0.isEmpty }.map { "<p>" + HTMLText.isolated($0) + "</p>" }.joined()
        if !o.email.isEmpty { organiser += "<p>" + HTMLText.mailLink(o.email) + "</p>" }
        if !o.phone.isEmpty { organiser += "<p>" + HTMLText.telLink(o.phone) + "</p>" }
        row(.organiser, organiser)
        row(.suppliersHeading, e(t.label(.supplierCount, ["count": String(suppliers.count)])))
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
        out += BarList(title: t.label(.chartSuppliersPerArea), bars: areaBars).render(id: "chart-areas")
        out += BarList(title: t.label(.chartExportCountries), bars: countryBars).render(id: "chart-countries")
        return out + "</section>\n"
    }

    func suppliersSection(_ t: Translations) -> String {
        let e = HTMLText.escape
        var out = "<section id=\"suppliers\">\n<h2>\(e(t.label(.suppliersHeading)))</h2>\n"
        if suppliers.isEmpty { return out + "<p>\(e(t.label(.noSuppliers)))</p>\n</section>\n" }
        // Sort indices, not the (large) supplier values.
        let order = suppliers.indices.sorted { (suppliers[$0].displayName, suppliers[$0].id) < (suppliers[$1].displayName, suppliers[$1].id) }
        let facets = order.map { SupplierFacets(suppliers[$0], taxonomy: taxonomy, generated: generated, t) }
        out += finderSection(t, facets: facets)
        out += "<div class=\"cards\">\n"
        for (index, facet) in zip(order, facets) { out += card(suppliers[index], facet, t) }
        return out + "</div>\n</section>\n"
    }

    /// The anchor of a supplier's card: what the match tables link to.
    static func anchor(_ supplierID: String) -> String { "supplier-" + supplierID }

    private func card(_ s: Supplier, _ facets: SupplierFacets, _ t: Translations) -> String {
        let e = HTMLText.escape
        var out = "<article id=\"\(e(Self.anchor(s.id)))\"\(facets.attributes)>\n<h3>\(HTMLText.isolated(s.displayName))</h3>\n"
        if !s.legalName.isEmpty, InlineText.singleLine(s.legalName) != InlineText.singleLine(s.displayName) {
            out += "<p class=\"legal\">\(HTMLText.isolated(s.legalName))</p>\n"
        }
        out += HTMLText.localizedBlock("p", s.descriptions, t, class: "description") ?? ""
        out += "<dl>\n"
        func row(_ label: Translations.Label, _ html: String) {
            if !html.isEmpty { out += "<div><dt>\(e(t.label(label)))</dt><dd>\(html)</dd></div>\n" }
        }
        // Official French names (see Translations.region); a free-text region is in no known language.
        row(.region, s.address.region.map { HTMLText.isolated(t.region($0), language: "fr") } ?? HTMLText.isolated(s.address.regionName, language: ""))
        row(.kind, s.kind.map { e(t.kind($0)) } ?? "")
        var seen: Set<String> = []
        let capabilities = s.capabilities.filter { seen.insert($0.taxonomyID).inserted }
            .map { claim in taxonomy[claim.taxonomyID].map { e(t.markedTaxonomyLabel($0)) } ?? HTMLText.isolated(claim.taxonomyID, language: "") }
        row(.capabilities, capabilities.isEmpty ? "" : "<ul>" + capabilities.map { "<li>\($0)</li>" }.joined() + "</ul>")
        row(.exportCountries, e(t.countries(s.exportExperience)))
        // Scheme names are in no language of the page: each isolated, joined by the page's comma.
        row(.validCertifications, t.list(facets.certifications.map { HTMLText.isolated($0, language: "") }))
        row(.website, s.website.isEmpty ? "" : HTMLText.webLink(s.website))
        var contacts = ""
        for c in s.contacts where c.consent == true {
            contacts += "<div class=\"contact\"><p class=\"person\">\(HTMLText.isolated(c.name))</p>"
            // A title is supplier text in a language the entry does not state: its own line, its own direction.
            if !c.title.isEmpty { contacts += "<p>\(HTMLText.isolated(c.title, language: ""))</p>" }
            if !c.email.isEmpty { contacts += "<p>\(HTMLText.mailLink(c.email))</p>" }
            if let phone = c.phone, !phone.isEmpty { contacts += "<p>\(HTMLText.telLink(phone))</p>" }
            if !c.languages.isEmpty { contacts += "<p>" + e(t.label(.contactLanguages) + ": " + t.list(c.languages.map(t.languageName))) + "</p>" }
            contacts += "</div>"
        }
        row(.contact, contacts)
        return out + "</dl>\n</article>\n"
    }

    func matchesSection(_ t: Translations) -> String {
        let e = HTMLText.escape
        guard !matches.isEmpty else { return "" }
        let shown = Set(suppliers.map(\.id))
        var out = "<section id=\"matches\">\n<h2>\(e(t.label(.matchesHeading)))</h2>\n"
        for match in matches {
            out += "<h3>\(HTMLText.isolated(match.buyerName)) — \(e(match.needLabel))"
            out += " <span class=\"muted\">(\(e(t.label(.priority))): \(e(t.priority(match.priority))))</span></h3>\n"
            guard !match.candidates.isEmpty else {
                out += "<p>\(e(t.label(.noMatches)))</p>\n"
                continue
            }
            // On a phone each row stacks (see PageStyle): the score and reasons then name themselves.
            out += "<table class=\"ranked\">\n<thead><tr><th>\(e(t.label(.rank)))</th><th>\(e(t.label(.supplier)))</th>"
            out += "<th>\(e(t.label(.score)))</th><th>\(e(t.label(.reasons)))</th></tr></thead>\n<tbody>\n"
            for (rank, c) in match.candidates.enumerated() {
                let name = HTMLText.isolated(c.supplierName)
                let linked = c.supplierID.flatMap { shown.contains($0) ? $0 : nil }.map { "<a href=\"#\(e(Self.anchor($0)))\">\(name)</a>" } ?? name
                out += "<tr><td class=\"rank\">\(rank + 1)</td><td>\(linked)</td>"
                out += "<td class=\"score\" data-label=\"\(e(t.label(.score)))\">\(e(Self.formatScore(c.score, language: t.language)))</td>"
                out += "<td class=\"reasons\" data-label=\"\(e(t.label(.reasons)))\">\(e(c.reasons))</td></tr>\n"
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
