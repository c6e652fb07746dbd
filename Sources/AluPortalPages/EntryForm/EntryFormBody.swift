import AluCatalog
import AluDirectory
import AluIntake
import AluLocalization
import Foundation

/// The form's sections, in the order of the entry: identity, address, web, contacts,
/// descriptions, capabilities (the taxonomy tree), equipment, references, markets,
/// certifications, memberships, industries.
struct EntryFormBody {
    let state: EntryFormState
    let taxonomy: Taxonomy

    func write(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        identity(&html, &f)
        contacts(&html, &f)
        descriptions(&html, &f)
        capabilities(&html, &f)
        equipment(&html, &f)
        references(&html, &f)
        markets(&html, &f, "exportExperience", state.exportExperience)
        markets(&html, &f, "targetMarkets", state.targetMarkets)
        certifications(&html, &f)
        memberships(&html, &f)
        industries(&html, &f)
    }

    // MARK: - Pieces shared by sections

    private func section(_ html: inout HTMLWriter, _ f: inout EntryFormFields, _ key: String, group: String? = nil, hint: Bool = false,
                         _ body: (inout HTMLWriter, inout EntryFormFields) -> Void) {
        let titleID = "section-" + key
        html.element("section", [.init("class", "group"), .init("aria-labelledby", titleID)]) { section in
            let title = f.text("entryform.section.\(key)")
            section.element("h2", [.init("id", titleID)], text: title)
            if hint { section.element("p", [.init("class", "hint")], text: f.text("entryform.section.\(key).hint")) }
            if let group { f.groupMessages(&section, group, label: title) }
            body(&section, &f)
        }
    }

    private func row(_ html: inout HTMLWriter, _ f: inout EntryFormFields, _ group: String, _ index: Int, _ body: (inout HTMLWriter, inout EntryFormFields) -> Void) {
        html.element("fieldset", [.init("class", "row")]) { fieldset in
            fieldset.element("legend", text: f.text("entryform.row.\(group)", ["number": String(index + 1)]))
            body(&fieldset, &f)
            fieldset.element("div", [.init("class", "row-actions")]) { div in
                f.actionButton(&div, .remove(group, index), f.text("entryform.remove.\(group)", ["number": String(index + 1)]))
            }
        }
    }

    private func addButton(_ html: inout HTMLWriter, _ f: EntryFormFields, _ group: String) {
        html.element("div", [.init("class", "add")]) { div in f.actionButton(&div, .add(group), f.text("entryform.add.\(group)")) }
    }

    private func vocabulary(_ family: String, _ l: String) -> [(String, String)] {
        VocabularyNames.codes(family).map { ($0, VocabularyNames.name(family: family, $0, l)) }
    }

    private func countries(_ l: String) -> [(String, String)] {
        CountryNames.codes.map { ($0, CountryNames.name($0, l)) }
            .sorted { $0.1.compare($1.1, options: [.caseInsensitive, .diacriticInsensitive], locale: Locale(identifier: l)) == .orderedAscending }
    }

    /// Areas and capabilities of the taxonomy, grouped by domain, for a drop-down.
    private func capabilityOptions(_ l: String) -> [(group: String?, items: [(String, String)])] {
        taxonomy.domains.map { domain in
            let items = taxonomy.subtree(domain.id).compactMap { id -> (String, String)? in
                guard let node = taxonomy[id], node.level != .domain else { return nil }
                return (id, (node.level == .capability ? "— " : "") + node.label(l))
            }
            return (domain.label(l), items)
        }
    }

    /// Language and text slots (an equipment line's names, a reference's scope).
    private func slots(_ html: inout HTMLWriter, _ f: inout EntryFormFields, _ prefix: String, _ slots: [EntryFormState.Text], textKey: String) {
        for (index, slot) in slots.enumerated() {
            let number = String(index + 1)
            html.element("div", [.init("class", "slots")]) { div in
                f.input(&div, "\(prefix)[\(index)].language", label: f.text("entryform.field.slot-language", ["number": number]), value: slot.language,
                        list: "entry-languages")
                f.input(&div, "\(prefix)[\(index)].text", label: f.text(textKey, ["number": number]), value: slot.text)
            }
        }
    }

    // MARK: - Sections

    private func identity(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        let l = f.l
        // The language codes offered wherever a language is typed.
        html.element("datalist", [.init("id", "entry-languages")]) { list in
            for code in LanguageNames.codes { list.element("option", [.init("value", code)], text: LanguageNames.name(code, l)) }
        }
        section(&html, &f, "identity") { s, f in
            f.input(&s, "legalName", label: f.text("form.field.legal-name.label"), value: state.legalName,
                    hint: f.text("entryform.hint.legal-name"), autocomplete: "organization", required: true)
            f.input(&s, "operatingName", label: f.text("form.field.operating-name.label"), value: state.operatingName,
                    hint: f.text("entryform.hint.operating-name"))
            f.input(&s, "neq", label: f.text("form.field.neq.label"), value: state.neq, hint: f.text("entryform.hint.neq"),
                    inputmode: "numeric", required: true, width: "narrow")
            f.select(&s, "kind", label: f.text("form.field.kind.label"), value: state.kind, options: [(nil, vocabulary("kind", l))], required: true)
            f.select(&s, "employees", label: f.text("form.field.employees.label"), value: state.employees,
                     options: [(nil, vocabulary("employees", l))], required: true)
            f.input(&s, "founded", label: f.text("form.field.founded.label"), value: state.founded, hint: f.text("entryform.hint.founded"),
                    inputmode: "numeric", width: "narrow")
        }
        section(&html, &f, "address") { s, f in
            f.input(&s, "address.street", label: f.text("form.field.street.label"), value: state.street, hint: f.text("entryform.hint.street"),
                    autocomplete: "address-line1", required: true)
            f.input(&s, "address.city", label: f.text("form.field.city.label"), value: state.city, autocomplete: "address-level2", required: true)
            f.select(&s, "address.region", label: f.text("form.field.region.label"), value: state.region,
                     options: [(nil, QuebecRegion.allCases.map { ($0.rawValue, $0.rawValue) })], required: true)
            f.input(&s, "address.postalCode", label: f.text("form.field.postal-code.label"), value: state.postalCode,
                    hint: f.text("entryform.hint.postal-code"), autocomplete: "postal-code", required: true, width: "narrow")
        }
        section(&html, &f, "web") { s, f in
            f.input(&s, "website", label: f.text("form.field.website.label"), value: state.website, hint: f.text("entryform.hint.website"),
                    autocomplete: "url", inputmode: "url", required: true)
            f.input(&s, "email", label: f.text("form.field.email.label"), value: state.email, hint: f.text("entryform.hint.email"),
                    autocomplete: "email", inputmode: "email", required: true)
            f.input(&s, "phone", label: f.text("form.field.phone.label"), value: state.phone, hint: f.text("entryform.hint.phone"),
                    type: "tel", autocomplete: "tel", required: true, width: "narrow")
        }
    }

    private func contacts(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        let l = f.l
        section(&html, &f, "contacts", group: "contacts", hint: true) { s, f in
            for (index, contact) in state.contacts.enumerated() {
                let p = "contacts[\(index)]"
                row(&s, &f, "contacts", index) { r, f in
                    f.input(&r, p + ".name", label: f.text("form.column.contacts.name.title"), value: contact.name, autocomplete: "off", required: true)
                    f.input(&r, p + ".title", label: f.text("form.column.contacts.title.title"), value: contact.title, hint: f.text("entryform.hint.contact-title"))
                    f.select(&r, p + ".responsibility", label: f.text("form.column.contacts.responsibility.title"), value: contact.responsibility,
                             options: [(nil, vocabulary("responsibility", l))], required: true)
                    f.input(&r, p + ".languages", label: f.text("form.column.contacts.languages.title"), value: contact.languages,
                            hint: f.text("entryform.hint.contact-languages"), required: true)
                    f.input(&r, p + ".email", label: f.text("form.column.contacts.email.title"), value: contact.email, autocomplete: "off",
                            inputmode: "email", required: true)
                    f.input(&r, p + ".phone", label: f.text("form.column.contacts.phone.title"), value: contact.phone,
                            hint: f.text("entryform.hint.contact-phone"), type: "tel", autocomplete: "off", width: "narrow")
                    f.radios(&r, p + ".consent", legend: f.text("form.column.contacts.consent.title"),
                             options: [("yes", f.text("entryform.consent.yes")), ("no", f.text("entryform.consent.no"))], value: contact.consent, required: true)
                }
            }
            addButton(&s, f, "contacts")
        }
    }

    private func descriptions(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        let l = f.l
        section(&html, &f, "descriptions", group: "descriptions", hint: true) { s, f in
            for (index, description) in state.descriptions.enumerated() {
                let p = "descriptions[\(index)]"
                let fixed = description.language == "fr" || description.language == "en"
                let title = fixed
                    ? f.text("entryform.field.description", ["language": LanguageNames.name(description.language, l)])
                    : f.text("entryform.row.descriptions", ["number": String(index + 1)])
                s.element("fieldset", [.init("class", "row")]) { r in
                    r.element("legend", text: title)
                    if fixed {
                        r.element("input", [.init("type", "hidden"), .init("name", p + ".language"), .init("value", description.language)])
                    } else {
                        f.input(&r, p + ".language", label: f.text("entryform.field.language"), value: description.language,
                                hint: f.text("entryform.hint.language"), required: true, width: "narrow", list: "entry-languages")
                    }
                    f.textarea(&r, p + ".text", label: f.text("entryform.field.description-text"), value: description.text, required: fixed,
                               rows: min(16, max(5, description.text.count / 70 + 2)))
                    if !fixed {
                        r.element("div", [.init("class", "row-actions")]) { div in
                            f.actionButton(&div, .remove("descriptions", index), f.text("entryform.remove.descriptions", ["number": String(index + 1)]))
                        }
                    }
                }
            }
            addButton(&s, f, "descriptions")
        }
    }

    private func capabilities(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        let l = f.l
        let claims = Dictionary(state.capabilities.map { ($0.id, $0.roles) }, uniquingKeysWith: { first, _ in first })
        let roles = vocabulary("role", l)
        let problems = Set(f.check.map { Array($0.errors.keys) + Array($0.warnings.keys) } ?? [])
        func hasProblem(_ id: String) -> Bool {
            let name = EntryFormState.capabilityField(id)
            return problems.contains(name) || problems.contains(name + ".roles")
        }
        func capability(_ html: inout HTMLWriter, _ f: inout EntryFormFields, id: String, label: String) {
            let name = EntryFormState.capabilityField(id)
            let boxID = EntryFormFields.id(name)
            html.element("div", [.init("class", "capability")]) { div in
                var described: [String] = []
                let messages = f.messages(&div, name, label: label, anchor: boxID)
                described += messages
                div.element("label", [.init("class", "choice"), .init("for", boxID)]) { choice in
                    choice.element("input", [
                        .init("type", "checkbox"), .init("id", boxID), .init("name", name), .init("value", "on"),
                        .init("checked", claims[id] != nil ? "" : nil),
                        .init("aria-invalid", f.isInvalid(name) ? "true" : nil),
                        .init("aria-describedby", described.isEmpty ? nil : described.joined(separator: " ")),
                    ])
                    choice.text(" " + label)
                }
                f.checkboxes(&div, name + ".roles", legend: f.text("entryform.field.roles-of", ["capability": label]), options: roles,
                             ticked: claims[id] ?? [], hiddenLegend: true, compact: true)
            }
        }
        section(&html, &f, "capabilities", group: "capabilities", hint: true) { s, f in
            if !state.capabilities.isEmpty {
                s.element("input", [.init("type", "hidden"), .init("name", "capabilities.order"), .init("value", state.capabilities.map(\.id).joined(separator: " "))])
            }
            // Where the form's script puts its search box (``EntryFormScript``): hidden and
            // empty without JavaScript, the tree works alone.
            s.element("div", [
                .init("class", "capability-search"), .init("hidden", ""),
                .init("data-label", f.text("entryform.search.label")), .init("data-found", f.text("entryform.search.found")),
            ])
            for domain in taxonomy.domains {
                let inside = taxonomy.subtree(domain.id)
                let ticked = inside.filter { claims[$0] != nil }.count
                let open = ticked > 0 || inside.contains(where: hasProblem)
                s.element("details", [.init("open", open ? "" : nil)]) { details in
                    details.element("summary") { summary in
                        summary.text(domain.label(l) + " ")
                        summary.element("span", [.init("class", "count")], text: f.text("entryform.tree.count", ["count": String(ticked)]))
                    }
                    details.element("ul", [.init("class", "tree")]) { ul in
                        for areaID in domain.childIDs {
                            guard let area = taxonomy[areaID] else { continue }
                            ul.element("li") { li in
                                capability(&li, &f, id: area.id, label: area.label(l))
                                guard !area.childIDs.isEmpty else { return }
                                li.element("ul") { inner in
                                    for childID in area.childIDs {
                                        guard let node = taxonomy[childID] else { continue }
                                        inner.element("li") { capability(&$0, &f, id: node.id, label: node.label(l)) }
                                    }
                                }
                            }
                        }
                    }
                }
            }
            // Claims the tree does not show (an id no longer in the taxonomy, a domain):
            // kept, so saving loses nothing, and shown with their problem.
            let shown = Set(taxonomy.domains.flatMap { taxonomy.subtree($0.id) }.filter { taxonomy.level(of: $0) != .domain })
            let others = state.capabilities.filter { !shown.contains($0.id) }
            if !others.isEmpty {
                s.element("details", [.init("open", "")]) { details in
                    details.element("summary", text: f.text("entryform.capabilities.other"))
                    details.element("ul", [.init("class", "tree")]) { ul in
                        for claim in others { ul.element("li") { capability(&$0, &f, id: claim.id, label: claim.id) } }
                    }
                }
            }
        }
    }

    private func equipment(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        let options = capabilityOptions(f.l)
        section(&html, &f, "equipment", group: "equipment", hint: true) { s, f in
            for (index, line) in state.equipment.enumerated() {
                let p = "equipment[\(index)]"
                row(&s, &f, "equipment", index) { r, f in
                    f.select(&r, p + ".capability", label: f.text("entryform.field.equipment-capability"), value: line.capability, options: options, required: true)
                    f.input(&r, p + ".hsCode", label: f.text("form.column.equipment.hs-code.title"), value: line.hsCode,
                            hint: f.text("entryform.hint.hs-code"), inputmode: "decimal", width: "narrow")
                    slots(&r, &f, p + ".names", line.names, textKey: "entryform.field.slot-name")
                }
            }
            addButton(&s, f, "equipment")
        }
    }

    private func references(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        let l = f.l
        let countries = countries(l)
        let roles = vocabulary("role", l)
        section(&html, &f, "references", group: "references", hint: true) { s, f in
            for (index, reference) in state.references.enumerated() {
                let p = "references[\(index)]"
                row(&s, &f, "references", index) { r, f in
                    f.checkbox(&r, p + ".citable", label: f.text("entryform.field.citable"), checked: reference.citable)
                    f.input(&r, p + ".client", label: f.text("form.column.references.client.title"), value: reference.client, required: true)
                    f.input(&r, p + ".site", label: f.text("form.column.references.site.title"), value: reference.site,
                            hint: f.text("entryform.hint.site"), required: true)
                    f.select(&r, p + ".country", label: f.text("form.column.references.country.title"), value: reference.country,
                             options: [(nil, countries)], required: true)
                    f.input(&r, p + ".year", label: f.text("form.column.references.year.title"), value: reference.year,
                            hint: f.text("entryform.hint.year"), inputmode: "numeric", required: true, width: "narrow")
                    f.checkboxes(&r, p + ".roles", legend: f.text("entryform.field.roles"), options: roles, ticked: reference.roles)
                    slots(&r, &f, p + ".scope", reference.scope, textKey: "entryform.field.slot-scope")
                }
            }
            addButton(&s, f, "references")
        }
    }

    private func markets(_ html: inout HTMLWriter, _ f: inout EntryFormFields, _ group: String, _ codes: [String]) {
        let countries = countries(f.l)
        section(&html, &f, group, group: group, hint: true) { s, f in
            for (index, code) in codes.enumerated() {
                s.element("div", [.init("class", "list-row")]) { r in
                    f.select(&r, "\(group)[\(index)]", label: f.text("entryform.row.\(group)", ["number": String(index + 1)]), value: code,
                             options: [(nil, countries)])
                    f.actionButton(&r, .remove(group, index), f.text("entryform.remove.\(group)", ["number": String(index + 1)]))
                }
            }
            addButton(&s, f, group)
        }
    }

    private func certifications(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        let schemes = FormLanguage.certificationSchemes.map { ($0, $0) }
        section(&html, &f, "certifications", group: "certifications", hint: true) { s, f in
            for (index, certificate) in state.certifications.enumerated() {
                let p = "certifications[\(index)]"
                row(&s, &f, "certifications", index) { r, f in
                    f.select(&r, p + ".scheme", label: f.text("form.column.certifications.scheme.title"), value: certificate.scheme,
                             options: [(nil, schemes)], required: true)
                    f.input(&r, p + ".number", label: f.text("form.column.certifications.number.title"), value: certificate.number)
                    f.input(&r, p + ".issuer", label: f.text("form.column.certifications.issuer.title"), value: certificate.issuer)
                    f.input(&r, p + ".validFrom", label: f.text("form.column.certifications.valid-from.title"), value: certificate.validFrom,
                            hint: f.text("entryform.hint.date"), type: Self.dateType(certificate.validFrom), width: "narrow")
                    f.input(&r, p + ".validUntil", label: f.text("form.column.certifications.valid-until.title"), value: certificate.validUntil,
                            hint: f.text("entryform.hint.date"), type: Self.dateType(certificate.validUntil), width: "narrow")
                }
            }
            addButton(&s, f, "certifications")
        }
    }

    /// A date field: a date picker, unless it holds something that is no date (a picker
    /// cannot show it, and the person must see what to correct).
    static func dateType(_ value: String) -> StaticString {
        value.isEmpty || CalendarDay(value) != nil ? "date" : "text"
    }

    private func memberships(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        section(&html, &f, "memberships", group: "memberships", hint: true) { s, f in
            for (index, membership) in state.memberships.enumerated() {
                s.element("div", [.init("class", "list-row")]) { r in
                    f.input(&r, "memberships[\(index)]", label: f.text("entryform.row.memberships", ["number": String(index + 1)]), value: membership)
                    f.actionButton(&r, .remove("memberships", index), f.text("entryform.remove.memberships", ["number": String(index + 1)]))
                }
            }
            addButton(&s, f, "memberships")
        }
    }

    private func industries(_ html: inout HTMLWriter, _ f: inout EntryFormFields) {
        let l = f.l
        section(&html, &f, "industries") { s, f in
            f.checkboxes(&s, "industries", legend: f.text("entryform.field.industries"), options: vocabulary("industry", l),
                         ticked: state.industries, hint: f.text("entryform.hint.industries"))
        }
    }
}
