public import AluCatalog
import AluLocalization

extension DirectoryPages {
    /// The supplier page `/{lang}/suppliers/{id}`: everything publishable of
    /// `supplier`, which must be a public copy (``Directory/supplier(id:)``): this
    /// page renders what it is given and never reads ``Supplier/internalNotes``.
    public static func supplier(_ supplier: Supplier, directory: Directory, language: PortalLanguage) -> String {
        String(decoding: supplierBytes(supplier, directory: directory, language: language), as: UTF8.self)
    }

    /// ``supplier(_:directory:language:)`` as the UTF-8 bytes the server sends.
    public static func supplierBytes(_ supplier: Supplier, directory: Directory, language: PortalLanguage) -> [UInt8] {
        let frame = PageFrame(
            language: language,
            title: supplier.displayName + " — " + Message("portal.site-name").text(language.rawValue),
            path: { DirectoryURL.supplier(supplier.id, language: $0) },
            day: directory.day)
        let page = SupplierPage(supplier: supplier, taxonomy: directory.taxonomy, frame: frame)
        return frame.renderBytes { page.main(&$0) }
    }
}

/// One supplier page being written.
struct SupplierPage {
    let supplier: Supplier
    let taxonomy: Taxonomy
    let frame: PageFrame

    var language: PortalLanguage { frame.language }
    var code: String { language.rawValue }
    func text(_ key: String, _ values: [String: String] = [:]) -> String { frame.text(key, values) }

    func main(_ html: inout HTMLWriter) {
        html.element("p", [.init("class", "back")]) { p in
            p.element("a", [.init("href", DirectoryURL.url(language: language, query: DirectoryQuery()))], text: text("portal.supplier.back"))
        }
        html.element("article", [.init("class", "supplier")]) { article in
            article.element("h1") { $0.isolated(supplier.displayName) }
            facts(&article)
            about(&article)
            capabilities(&article)
            equipment(&article)
            references(&article)
            export(&article)
            certifications(&article)
            names("portal.supplier.memberships", supplier.memberships, &article) { $0.isolated($1) }
            names("portal.supplier.industries", supplier.industries, &article) { html, industry in
                html.text(VocabularyNames.name(family: "industry", industry, code))
            }
            contacts(&article)
            downloads(&article)
        }
    }

    /// A section with a heading, left out when it would be empty.
    func section(_ key: String, _ html: inout HTMLWriter, _ body: (inout HTMLWriter) -> Void) {
        let id = key.split(separator: ".").last.map(String.init) ?? key
        html.element("section", [.init("aria-labelledby", id)]) { section in
            section.element("h2", [.init("id", id)], text: text(key))
            body(&section)
        }
    }

    /// Identity and place: a description list of what the entry states.
    func facts(_ html: inout HTMLWriter) {
        html.element("dl", [.init("class", "facts")]) { dl in
            func row(_ key: String, _ value: (inout HTMLWriter) -> Void) {
                dl.element("div") { div in
                    div.element("dt", text: text(key))
                    div.element("dd") { value(&$0) }
                }
            }
            if supplier.operatingName != nil, !supplier.legalName.isEmpty {
                row("portal.supplier.legal-name") { $0.isolated(supplier.legalName) }
            }
            if let kind = supplier.kind {
                row("portal.supplier.kind") { $0.text(VocabularyNames.name(family: "kind", kind.rawValue, code)) }
            }
            let address = supplier.address
            if !address.city.isEmpty || !address.regionName.isEmpty {
                row("portal.supplier.location") { dd in
                    if !address.city.isEmpty { dd.isolated(address.city) }
                    if !address.city.isEmpty, !address.regionName.isEmpty { dd.text(language == .ar ? "، " : ", ") }
                    if address.region != nil || !address.regionName.isEmpty {
                        // One piece, so a narrow screen moves it to the next line whole.
                        dd.element("span", [.init("class", "place")]) { $0.region(address, page: language) }
                    }
                }
            }
            if let employees = supplier.employees {
                row("portal.supplier.employees") { $0.text(VocabularyNames.name(family: "employees", employees.rawValue, code)) }
            }
            if let founded = supplier.founded {
                row("portal.supplier.founded") { $0.text(String(founded)) }
            }
            if !supplier.website.isEmpty {
                row("portal.supplier.website") { dd in
                    if let href = Links.web(supplier.website) {
                        dd.element("a", [.init("href", href), .init("dir", "ltr"), .init("rel", "external")], text: Links.shownWeb(supplier.website))
                    } else {
                        dd.isolated(supplier.website)
                    }
                }
            }
            if let updated = supplier.lastUpdated {
                row("portal.supplier.updated") { $0.day(updated) }
            }
        }
    }

    /// The description in the page's language first (or the best available), then the
    /// others, each headed by its language's name and marked with its own `lang`.
    func about(_ html: inout HTMLWriter) {
        let descriptions = supplier.descriptions
        guard let (_, first) = descriptions.resolved(code) else { return }
        let order = [first] + descriptions.availableLanguages.filter { $0 != first }
        section("portal.supplier.about", &html) { section in
            for (index, tag) in order.enumerated() {
                guard let text = descriptions[tag], !text.isEmpty else { continue }
                if index > 0 {
                    section.element("h3", text: self.text("portal.supplier.about-in", ["language": LanguageNames.name(tag, code)]))
                }
                section.element("div", [.init("class", "description"), .init("lang", tag), .init("dir", "auto")]) { div in
                    for paragraph in text.split(whereSeparator: \.isNewline) where !paragraph.allSatisfy(\.isWhitespace) {
                        div.element("p", text: String(paragraph))
                    }
                }
            }
        }
    }

    /// Each claim: its area and capability labels in the page's language, and its roles.
    func capabilities(_ html: inout HTMLWriter) {
        guard !supplier.capabilities.isEmpty else { return }
        section("portal.supplier.capabilities", &html) { section in
            section.element("ul", [.init("class", "claims")]) { ul in
                for claim in supplier.capabilities {
                    ul.element("li") { li in
                        li.element("a", [.init("href", DirectoryURL.url(language: language, query: DirectoryQuery(capability: claim.taxonomyID)))]) { a in
                            if let area = taxonomy.area(of: claim.taxonomyID), area != claim.taxonomyID, let node = taxonomy[area] {
                                a.element("span", [.init("class", "area")]) { $0.localized(node.labels, page: language) }
                                a.text(" › ")
                            }
                            if let node = taxonomy[claim.taxonomyID] {
                                a.localized(node.labels, page: language)
                            } else {
                                a.isolated(claim.taxonomyID)
                            }
                        }
                        if !claim.roles.isEmpty {
                            li.text(" ")
                            li.element("span", [.init("class", "roles")],
                                       text: ListFormat.list(claim.roles.sorted().map { VocabularyNames.name(family: "role", $0.rawValue, code) }, code))
                        }
                    }
                }
            }
        }
    }

    /// Equipment lines: the name in the page's language (or the best available) and
    /// the indicative HS subheading.
    func equipment(_ html: inout HTMLWriter) {
        guard !supplier.equipment.isEmpty else { return }
        section("portal.supplier.equipment", &html) { section in
            section.element("ul", [.init("class", "equipment")]) { ul in
                for line in supplier.equipment {
                    ul.element("li") { li in
                        li.supplierText(line.names, page: language)
                        if let hs = line.hsCode, !hs.isEmpty {
                            li.text(" ")
                            li.element("span", [.init("class", "code")], text: text("portal.supplier.hs-code", ["code": hs]))
                        }
                    }
                }
            }
        }
    }

    /// Citable references (the public copy holds no other): client, site, country, year,
    /// roles and scope.
    func references(_ html: inout HTMLWriter) {
        guard !supplier.references.isEmpty else { return }
        section("portal.supplier.references", &html) { section in
            section.element("ul", [.init("class", "references")]) { ul in
                for reference in supplier.references {
                    ul.element("li") { li in
                        li.element("p", [.init("class", "reference-head")]) { p in
                            p.element("strong") { $0.isolated(reference.client) }
                            var details: [String] = []
                            if !reference.country.isEmpty { details.append(CountryNames.name(reference.country.uppercased(), code)) }
                            if let year = reference.year { details.append(String(year)) }
                            if !details.isEmpty {
                                p.text(" — ")
                                p.text(ListFormat.list(details, code))
                            }
                        }
                        if !reference.site.isEmpty {
                            li.element("p") { p in
                                p.element("span", [.init("class", "label")], text: text("portal.supplier.reference-site"))
                                p.text(" ")
                                p.isolated(reference.site)
                            }
                        }
                        if !reference.roles.isEmpty {
                            li.element("p", [.init("class", "roles")],
                                       text: ListFormat.list(reference.roles.sorted().map { VocabularyNames.name(family: "role", $0.rawValue, code) }, code))
                        }
                        if !reference.scope.isEmpty {
                            li.element("p") { p in
                                p.element("span", [.init("class", "label")], text: text("portal.supplier.reference-scope"))
                                p.text(" ")
                                p.supplierText(reference.scope, page: language)
                            }
                        }
                    }
                }
            }
        }
    }

    /// Countries of export experience and of pursued markets, named in the page's language.
    func export(_ html: inout HTMLWriter) {
        guard !supplier.exportExperience.isEmpty || !supplier.targetMarkets.isEmpty else { return }
        section("portal.supplier.export", &html) { section in
            for (key, countries) in [("portal.supplier.export-experience", supplier.exportExperience), ("portal.supplier.target-markets", supplier.targetMarkets)] where !countries.isEmpty {
                section.element("h3", text: text(key))
                section.element("ul", [.init("class", "inline")]) { ul in
                    for country in countries {
                        ul.element("li") { li in
                            li.element("a", [.init("href", DirectoryURL.url(language: language, query: DirectoryQuery(country: country.uppercased())))],
                                       text: CountryNames.name(country.uppercased(), code))
                        }
                    }
                }
            }
        }
    }

    /// Certificates valid on the directory's day (the public copy holds no other).
    func certifications(_ html: inout HTMLWriter) {
        guard !supplier.certifications.isEmpty else { return }
        section("portal.supplier.certifications", &html) { section in
            section.element("ul", [.init("class", "certifications")]) { ul in
                for certificate in supplier.certifications {
                    ul.element("li") { li in
                        li.element("strong") { $0.isolated(certificate.scheme) }
                        if let number = certificate.number, !number.isEmpty {
                            li.text(" — ")
                            li.text(text("portal.supplier.certificate-number", ["number": number]))
                        }
                        if let issuer = certificate.issuer, !issuer.isEmpty {
                            li.element("br")
                            li.text(text("portal.supplier.issuer") + " ")
                            li.isolated(issuer)
                        }
                        li.element("br")
                        if let until = certificate.validUntil {
                            li.text(text("portal.supplier.valid-until", ["day": until.description]))
                        } else {
                            li.text(text("portal.supplier.valid-open"))
                        }
                    }
                }
            }
        }
    }

    /// A plain list of names under a heading.
    func names(_ key: String, _ items: [String], _ html: inout HTMLWriter, _ write: (inout HTMLWriter, String) -> Void) {
        guard !items.isEmpty else { return }
        section(key, &html) { section in
            section.element("ul", [.init("class", "inline")]) { ul in
                for item in items { ul.element("li") { write(&$0, item) } }
            }
        }
    }

    /// The entry's general e-mail and telephone, then each consented contact (the public
    /// copy holds no other): name, title, responsibility, languages, `mailto:` and `tel:`.
    func contacts(_ html: inout HTMLWriter) {
        guard !supplier.email.isEmpty || !supplier.phone.isEmpty || !supplier.contacts.isEmpty else { return }
        section("portal.supplier.contacts", &html) { section in
            section.element("ul", [.init("class", "contacts")]) { ul in
                if !supplier.email.isEmpty || !supplier.phone.isEmpty {
                    ul.element("li") { li in
                        li.element("p", [.init("class", "contact-name")], text: text("portal.supplier.general-contact"))
                        reachability(email: supplier.email, phone: supplier.phone, &li)
                    }
                }
                for contact in supplier.contacts {
                    ul.element("li") { li in
                        li.element("p", [.init("class", "contact-name")]) { $0.isolated(contact.name) }
                        var role: [String] = []
                        if let responsibility = contact.responsibility {
                            role.append(VocabularyNames.name(family: "responsibility", responsibility.rawValue, code))
                        }
                        if !contact.title.isEmpty || !role.isEmpty {
                            li.element("p") { p in
                                if !contact.title.isEmpty { p.isolated(contact.title) }
                                if !contact.title.isEmpty, !role.isEmpty { p.text(" — ") }
                                if !role.isEmpty { p.text(role[0]) }
                            }
                        }
                        if !contact.languages.isEmpty {
                            li.element("p") { p in
                                p.text(text("portal.supplier.contact-languages") + " ")
                                p.text(ListFormat.list(contact.languages.map { LanguageNames.name($0.lowercased(), code) }, code))
                            }
                        }
                        reachability(email: contact.email, phone: contact.phone ?? "", &li)
                    }
                }
            }
        }
    }

    private func reachability(email: String, phone: String, _ html: inout HTMLWriter) {
        if !email.isEmpty {
            html.element("p") { p in
                p.element("span", [.init("class", "label")], text: text("portal.supplier.email"))
                p.text(" ")
                if let href = Links.mail(email) {
                    p.element("a", [.init("href", href), .init("dir", "ltr")], text: email)
                } else {
                    p.isolated(email)
                }
            }
        }
        if !phone.isEmpty {
            html.element("p") { p in
                p.element("span", [.init("class", "label")], text: text("portal.supplier.phone"))
                p.text(" ")
                if let href = Links.tel(phone) {
                    p.element("a", [.init("href", href), .init("dir", "ltr")], text: Links.shownPhone(phone))
                } else {
                    p.isolated(phone)
                }
            }
        }
    }

    func downloads(_ html: inout HTMLWriter) {
        html.element("section", [.init("class", "downloads"), .init("aria-labelledby", "supplier-downloads")]) { section in
            section.element("h2", [.init("id", "supplier-downloads")], text: text("portal.supplier.downloads"))
            section.element("ul") { ul in
                for format in DirectoryURL.SupplierDownload.allCases {
                    ul.element("li") { li in
                        li.element("a", [
                            .init("href", DirectoryURL.supplierDownload(supplier.id, format: format, language: language)),
                            .init("download", ""), .init("type", format == .vcf ? "text/vcard" : "application/xml"),
                        ], text: text("portal.supplier.download." + format.rawValue))
                    }
                }
            }
        }
    }
}
