extension Supplier {
    /// What may be shown to anyone of this entry on `day`: contacts who consented,
    /// citable references, certificates valid that day, and no internal notes — the
    /// rules every export follows (``SupplierXMLWriter/Publication/publicCopy(on:)``).
    public func publicCopy(on day: CalendarDay) -> Supplier {
        var copy = self
        copy.contacts = contacts.filter { $0.consent == true }
        copy.references = references.filter(\.citable)
        copy.certifications = certifications.filter { $0.isValid(on: day) }
        copy.internalNotes = nil
        return copy
    }
}

extension Certification {
    /// The scheme without its edition: `ISO 9001` for `ISO 9001:2015`.
    public var schemeWithoutEdition: String {
        let base = scheme.split(separator: ":", maxSplits: 1).first.map(String.init) ?? scheme
        return base.trimmingWhitespace
    }
}
