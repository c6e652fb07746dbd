import AluCatalog
import AluPortalPages
import AluTestSupport
import Testing

@Suite("EntryDiff: what a submission changes, field by field")
struct EntryDiffTests {
    static let catalog = try! CatalogLoader(root: TestPackage.catalog, today: CalendarDay(year: 2026, month: 11, day: 22)).loadAll().catalog

    static func sample(_ id: String = "electro-saguenay") throws -> Supplier {
        try #require(catalog.supplier(id))
    }

    @Test("an entry compared with itself has no row, for every entry of the sample catalogue")
    func identical() {
        #expect(Self.catalog.suppliers.count > 10)
        for supplier in Self.catalog.suppliers {
            #expect(EntryDiff(published: supplier, submitted: supplier).isEmpty, "\(supplier.id)")
        }
    }

    @Test("line numbers are not changes: the same entry read from another layout has no row")
    func linesIgnored() throws {
        let published = try Self.sample()
        var submitted = published
        submitted.lines = [:]
        for index in submitted.contacts.indices { submitted.contacts[index].line += 7 }
        for index in submitted.certifications.indices { submitted.certifications[index].line = 0 }
        #expect(EntryDiff(published: published, submitted: submitted).isEmpty)
    }

    @Test("a description changed is one changed row with its language, old and new text")
    func descriptionChanged() throws {
        let published = try Self.sample()
        var submitted = published
        submitted.descriptions.set("Nouvelle description.", for: "fr")
        let rows = EntryDiff(published: published, submitted: submitted).rows
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.field == "descriptions" && row.language == "fr" && row.kind == .changed)
        #expect(row.old == .text(published.descriptions["fr"]!))
        #expect(row.new == .text("Nouvelle description."))
        #expect(row.labelKey == "staff.field.descriptions")
    }

    @Test("a contact added lists each of its filled fields as added, named by the contact")
    func contactAdded() throws {
        let published = try Self.sample()
        var submitted = published
        var contact = Contact()
        contact.name = "Marie Gagnon"
        contact.title = "Ventes export"
        contact.email = "marie@example.com"
        contact.languages = ["fr", "es"]
        contact.consent = true
        submitted.contacts.append(contact)
        let rows = EntryDiff(published: published, submitted: submitted).rows
        #expect(rows.allSatisfy { $0.kind == .added && $0.item == "Marie Gagnon" && $0.field.hasPrefix("contacts.") })
        #expect(Set(rows.map(\.field)) == ["contacts.name", "contacts.title", "contacts.email", "contacts.languages", "contacts.consent"])
        let email = try #require(rows.first { $0.field == "contacts.email" })
        #expect(email.new == .text("marie@example.com") && email.old == nil)
        #expect(email.path == "contacts[\(published.contacts.count)].email")
        #expect(rows.first { $0.field == "contacts.languages" }?.new?.text("fr") == "français, espagnol")
    }

    @Test("contacts are matched by name: reordering them changes nothing, an e-mail changed is one row")
    func contactsMatchedByName() throws {
        let published = try Self.sample()
        try #require(published.contacts.count >= 2)
        var submitted = published
        submitted.contacts.reverse()
        #expect(EntryDiff(published: published, submitted: submitted).isEmpty)
        submitted.contacts[0].email = "nouveau@example.com"
        let rows = EntryDiff(published: published, submitted: submitted).rows
        #expect(rows.count == 1)
        #expect(rows.first?.field == "contacts.email" && rows.first?.kind == .changed && rows.first?.item == submitted.contacts[0].name)
        #expect(rows.first?.old == .text(published.contacts.last!.email))
    }

    @Test("a certification removed lists its fields as removed, with the published values")
    func certificationRemoved() throws {
        let published = try Self.sample()
        let removed = try #require(published.certifications.first)
        var submitted = published
        submitted.certifications.removeFirst()
        let rows = EntryDiff(published: published, submitted: submitted).rows
        #expect(!rows.isEmpty)
        #expect(rows.allSatisfy { $0.kind == .removed && $0.new == nil && $0.item == removed.scheme })
        #expect(rows.contains { $0.field == "certifications.scheme" && $0.old == .text(removed.scheme) && $0.path == "certifications[0].scheme" })
        #expect(rows.contains { $0.field == "certifications.validUntil" && $0.old == removed.validUntil.map(EntryDiff.Value.day) })
    }

    @Test("a capability's roles changed is one changed row named by the capability, worded from the vocabulary")
    func capabilityRolesChanged() throws {
        let published = try Self.sample()
        var submitted = published
        submitted.capabilities[0].roles = [.supply]
        let rows = EntryDiff(published: published, submitted: submitted).rows
        #expect(rows.count == 1)
        let row = try #require(rows.first)
        #expect(row.field == "capabilities.roles" && row.kind == .changed && row.item == published.capabilities[0].taxonomyID)
        #expect(row.new == .terms(family: "role", codes: ["supply"]))
        #expect(row.new?.text("fr") == "Fourniture")
        #expect(row.new?.text("en") == "Supply")
    }

    @Test("a capability added and one removed are matched by taxonomy id, not position")
    func capabilityMatchedByID() throws {
        let published = try Self.sample()
        var submitted = published
        let dropped = submitted.capabilities.removeFirst()
        submitted.capabilities.append(CapabilityClaim(taxonomyID: "casthouse.furnaces", roles: [.install]))
        let rows = EntryDiff(published: published, submitted: submitted).rows
        #expect(rows.filter { $0.kind == .added }.map(\.item) == ["casthouse.furnaces", "casthouse.furnaces"])
        #expect(rows.filter { $0.kind == .removed }.allSatisfy { $0.item == dropped.taxonomyID })
        #expect(!rows.contains { $0.kind == .changed })
    }

    @Test("list fields (countries, memberships, industries) list each element added or removed")
    func listElements() throws {
        let published = try Self.sample()
        var submitted = published
        submitted.memberships.append("Réseau Trans-Al")
        submitted.exportExperience.append("NO")
        let rows = EntryDiff(published: published, submitted: submitted).rows
        #expect(rows.count == 2)
        #expect(rows.contains { $0.field == "memberships" && $0.kind == .added && $0.new == .text("Réseau Trans-Al") })
        #expect(rows.contains { $0.field == "exportExperience" && $0.kind == .added && $0.new?.text("fr") == "Norvège" })
    }

    @Test("a new entry (nothing published) lists every filled field as added")
    func newEntry() throws {
        let submitted = try Self.sample()
        let rows = EntryDiff(published: nil, submitted: submitted).rows
        #expect(rows.allSatisfy { $0.kind == .added && $0.old == nil })
        let fields = Set(rows.map(\.field))
        for field in ["id", "legalName", "neq", "address.city", "website", "descriptions", "contacts.name", "capabilities.roles",
                      "certifications.scheme", "references.client", "exportExperience", "industries"] {
            #expect(fields.contains(field), "\(field)")
        }
        #expect(rows.filter { $0.field == "capabilities.taxonomyID" }.count == submitted.capabilities.count)
        #expect(rows.filter { $0.field == "descriptions" }.count == submitted.descriptions.availableLanguages.count)
        #expect(rows.filter { $0.field == "memberships" }.count == submitted.memberships.count)
    }

    @Test("a field emptied is removed, not changed to nothing")
    func emptiedIsRemoved() throws {
        var published = try Self.sample()
        published.operatingName = "ES"
        var submitted = published
        submitted.operatingName = nil
        let rows = EntryDiff(published: published, submitted: submitted).rows
        #expect(rows.map(\.kind) == [.removed])
        #expect(rows.first?.field == "operatingName" && rows.first?.old == .text("ES"))
    }
}
