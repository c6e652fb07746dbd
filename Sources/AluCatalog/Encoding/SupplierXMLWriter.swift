public import AluXML

/// Writes a ``Supplier`` in the canonical form of `catalog/schema/supplier.xsd`.
///
/// One form for every writer (intake, generator, exports): elements in schema
/// order, two-space indentation, lists space-separated. Reading it back gives the
/// same ``Supplier`` (apart from line numbers).
public enum SupplierXMLWriter {
    /// What to leave out when the document leaves the cluster.
    public struct Publication: Sendable {
        /// Keep contacts without consent, uncitable references and internal notes.
        public static let internalCopy = Publication(isPublic: false, certificatesValidOn: nil)
        /// Only what may be published: consented contacts, citable references, no
        /// notes, and only certificates still valid on `day` (expired ones are not
        /// shown to buyers until renewed).
        public static func publicCopy(on day: CalendarDay) -> Publication {
            Publication(isPublic: true, certificatesValidOn: day)
        }
        public var isPublic: Bool
        public var certificatesValidOn: CalendarDay?
    }

    /// A complete document with the XML declaration and namespace.
    public static func document(_ s: Supplier, publication: Publication = .internalCopy) -> String {
        var builder = XMLBuilder()
        write(s, into: &builder, publication: publication, namespace: CatalogSchemas.namespace)
        return builder.text
    }

    /// Appends `<supplier>` to `builder`; `namespace` nil when the parent declares it.
    public static func write(_ s: Supplier, into b: inout XMLBuilder, publication: Publication, namespace: String?) {
        b.open("supplier", ["xmlns": namespace, "id": s.id, "schemaVersion": "1.0"])
        b.element("legalName", s.legalName)
        b.element("operatingName", s.operatingName)
        b.element("neq", s.neq)
        b.element("kind", s.kind?.rawValue ?? "")
        b.element("employees", s.employees?.rawValue ?? "")
        b.element("founded", s.founded.map(String.init))
        b.open("address")
        b.element("street", s.address.street)
        b.element("city", s.address.city)
        b.element("region", s.address.regionName)
        b.element("postalCode", s.address.postalCode)
        b.close()
        b.element("website", s.website)
        b.element("email", s.email)
        b.element("phone", s.phone)
        // A public copy may have no consented contact left: the element is then
        // omitted (the schema makes it optional; the rules require it of entries).
        let contacts = s.contacts.filter { !publication.isPublic || $0.consent == true }
        if !contacts.isEmpty { b.open("contacts") }
        for c in contacts {
            b.open("contact", ["consent": c.consent.map { $0 ? "true" : "false" }])
            b.element("name", c.name)
            b.element("title", c.title)
            b.element("responsibility", c.responsibility?.rawValue ?? "")
            b.element("languages", c.languages.joined(separator: " "))
            b.element("email", c.email)
            b.element("phone", c.phone)
            b.close()
        }
        if !contacts.isEmpty { b.close() }
        b.open("descriptions")
        for (language, text) in s.descriptions.entries {
            b.element("description", ["xml:lang": language], text)
        }
        b.close()
        b.open("capabilities")
        for claim in s.capabilities {
            b.empty("capability", ["ref": claim.taxonomyID, "roles": claim.roles.map(\.rawValue).joined(separator: " ")])
        }
        b.close()
        if !s.equipment.isEmpty {
            b.open("equipment")
            for line in s.equipment {
                b.open("line", ["capability": line.capability, "hs": line.hsCode])
                for (language, name) in line.names.entries { b.element("name", ["xml:lang": language], name) }
                b.close()
            }
            b.close()
        }
        let references = s.references.filter { !publication.isPublic || $0.citable }
        if !references.isEmpty {
            b.open("references")
            for r in references {
                b.open("reference", ["citable": r.citable ? "true" : "false"])
                b.element("client", r.client)
                b.element("site", r.site)
                b.element("country", r.country)
                b.element("year", r.year.map(String.init))
                b.element("roles", r.roles.map(\.rawValue).joined(separator: " "))
                for (language, scope) in r.scope.entries { b.element("scope", ["xml:lang": language], scope) }
                b.close()
            }
            b.close()
        }
        if !s.exportExperience.isEmpty { b.element("exportExperience", s.exportExperience.joined(separator: " ")) }
        if !s.targetMarkets.isEmpty { b.element("targetMarkets", s.targetMarkets.joined(separator: " ")) }
        let certifications = s.certifications.filter { c in publication.certificatesValidOn.map { c.isValid(on: $0) } ?? true }
        if !certifications.isEmpty {
            b.open("certifications")
            for c in certifications {
                b.empty("certification", [
                    "scheme": c.scheme, "number": c.number, "issuer": c.issuer,
                    "validFrom": c.validFrom?.description, "validUntil": c.validUntil?.description,
                ])
            }
            b.close()
        }
        if !s.memberships.isEmpty {
            b.open("memberships")
            for m in s.memberships { b.element("membership", m) }
            b.close()
        }
        if !s.industries.isEmpty { b.element("industries", s.industries.joined(separator: " ")) }
        if !publication.isPublic { b.element("internalNotes", s.internalNotes) }
        b.element("lastUpdated", s.lastUpdated?.description)
        b.close()
    }
}
