package import AluCatalog

/// Ways to write text whose language or direction is not the page's.
extension HTMLWriter {
    /// A name or code written by a supplier (company, person, city, certification
    /// scheme): isolated in `<bdi>` so a Latin name keeps its order in the Arabic page
    /// and an Arabic one in the others.
    package mutating func isolated(_ text: String) {
        element("bdi", text: text)
    }

    /// Text in a known language that may not be the page's (a description, a
    /// taxonomy label that falls back to English): a `span` with its own `lang` and
    /// `dir="auto"` when it differs, plain text otherwise.
    package mutating func text(_ text: String, language: String, page: PortalLanguage) {
        if language == page.rawValue {
            self.text(text)
        } else {
            element("span", [.init("lang", language), .init("dir", "auto")], text: text)
        }
    }

    /// The best wording of `localized` for `page` (its language, else English, else
    /// French, else the first), marked with its language when it is another.
    package mutating func localized(_ localized: LocalizedText, page: PortalLanguage) {
        guard let (text, language) = localized.resolved(page.rawValue) else { return }
        self.text(text, language: language, page: page)
    }

    /// Supplier-written text in several languages (an equipment name, a reference's
    /// scope): the best wording for `page`, always with its own `lang` and
    /// `dir="auto"`, even in the page's language, so a name in another script or a
    /// word shared by two languages reads as the supplier's, in its own order.
    package mutating func supplierText(_ localized: LocalizedText, page: PortalLanguage) {
        guard let (text, language) = localized.resolved(page.rawValue) else { return }
        element("span", [.init("lang", language), .init("dir", "auto")], text: text)
    }

    /// A Québec region: its official French name, marked French (names of places are
    /// not translated); the raw name when it is not one of the 17.
    package mutating func region(_ address: Address, page: PortalLanguage) {
        if let region = address.region {
            text(region.rawValue, language: "fr", page: page)
        } else if !address.regionName.isEmpty {
            isolated(address.regionName)
        }
    }

    /// A calendar day as a `<time>` (ISO 8601, read the same in every language).
    package mutating func day(_ day: CalendarDay) {
        element("time", [.init("datetime", day.description)], text: day.description)
    }
}
