import AluLocalization
public import AluCatalog

/// The vocabulary as exports word it: forwards to `AluLocalization`'s
/// `VocabularyNames`, the one table the form and the portal read too.
extension Translations {
    /// The name of a kind of organisation.
    public func kind(_ kind: SupplierKind) -> String { kind.name(language) }

    /// The name of a role (design, manufacture…).
    public func role(_ role: Role) -> String { role.name(language) }

    /// Roles in their canonical order, joined with the language's list separator.
    public func roles(_ roles: [Role]) -> String { list(roles.sorted().map(role)) }

    public func responsibility(_ responsibility: Responsibility) -> String { responsibility.name(language) }

    /// A head-count band as a phrase (`10 à 49 employés`).
    public func employees(_ band: EmployeeBand) -> String { band.name(language) }

    public func priority(_ priority: Priority) -> String { priority.name(language) }

    /// An industry served, by its schema code (`primary-aluminium`).
    public func industry(_ code: String) -> String { VocabularyNames.name(family: "industry", code, language) }

    /// A group of countries (`Gulf`, `Golfe`, `الخليج`).
    public func worldRegion(_ region: WorldRegion) -> String { region.name(language) }

    /// The region's official French name, in every language.
    ///
    /// Decision: the 17 names are proper names that appear as such on the
    /// supplier's address, on maps and in Québec government documents; there is
    /// no official Spanish, Portuguese or Arabic form, and an English form
    /// (`Montreal`, `Eastern Townships`) would not match the address. Arabic
    /// pages keep the Latin-script name too (isolated with `<bdi>` in HTML)
    /// rather than an ad-hoc transliteration a buyer could not look up.
    public func region(_ region: QuebecRegion) -> String { region.rawValue }

    /// Items joined with `, ` (`، ` in Arabic).
    public func list(_ items: [String]) -> String { ListFormat.list(items, language) }

    /// A supplier's match reasons as one line (`; `, `؛ ` in Arabic).
    public func reasons(_ reasons: [MatchReason]) -> String { MatchReason.line(reasons, language: language) }
}
