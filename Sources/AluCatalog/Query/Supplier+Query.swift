extension Supplier {
    /// Languages spoken by contacts who consented to be published, in first-seen order.
    /// Unconsented contacts never count: their languages would reveal them.
    public var publishedLanguages: [String] {
        var seen: Set<String> = []
        var result: [String] = []
        for contact in contacts where contact.consent == true {
            for language in contact.languages where seen.insert(language.lowercased()).inserted {
                result.append(language.lowercased())
            }
        }
        return result
    }

    /// A consented contact speaks `language` (BCP 47; `pt` matches a `pt-BR` speaker,
    /// `pt-BR` matches only `pt-BR`; case does not matter).
    public func speaks(_ language: String) -> Bool {
        publishedLanguages.contains { Self.language($0, answers: language) }
    }

    static func language(_ spoken: String, answers wanted: String) -> Bool {
        let spoken = spoken.lowercased(), wanted = wanted.lowercased()
        return spoken == wanted || spoken.split(separator: "-").first.map(String.init) == wanted
    }

    /// Certifications of `scheme` (see ``Certification/hasScheme(_:)``) valid on every
    /// day of `period`.
    public func certifications(_ scheme: String, validThrough period: ClosedRange<CalendarDay>) -> [Certification] {
        certifications.filter { $0.hasScheme(scheme) && $0.isValid(throughout: period) }
    }

    /// Citable references in `country` (uncitable ones are never shown to a buyer,
    /// so they never count).
    public func citableReferences(in country: String) -> [ReferenceProject] {
        references.filter { $0.citable && $0.country.uppercased() == country.uppercased() }
    }
}

extension Certification {
    /// The certificate is of `scheme`: the same name in any case, or the same name
    /// followed by an edition (`ISO 9001` matches `ISO 9001:2015`; `ISO 9001:2015`
    /// does not match `ISO 9001:2008`).
    public func hasScheme(_ scheme: String) -> Bool {
        let own = SearchText.fold(self.scheme).trimmingWhitespace
        let wanted = SearchText.fold(scheme).trimmingWhitespace
        return own == wanted || own.hasPrefix(wanted + ":")
    }

    /// Valid on every day of `period`: started by its first day, not expired before its last.
    public func isValid(throughout period: ClosedRange<CalendarDay>) -> Bool {
        isValid(on: period.lowerBound) && isValid(on: period.upperBound)
    }
}

extension Mission {
    /// The mission's days; `fallback` (usually today) for any date the mission lacks.
    public func period(fallback: CalendarDay) -> ClosedRange<CalendarDay> {
        let first = start ?? end ?? fallback
        let last = end ?? start ?? fallback
        return first <= last ? first...last : last...first
    }
}
