import AluCatalog
import Testing
@testable import AluDirectory

@Suite("What may not be published is never reachable through search")
struct PublicationSearchTests {
    static let day = CalendarDay("2026-12-05")!

    /// A supplier with a planted unconsented contact, uncitable reference, expired
    /// certificate and internal note, each carrying words found nowhere else.
    static let directory: Directory = {
        var supplier = SyntheticDirectory.generator.supplier(3)
        supplier.contacts.append({
            var contact = Contact()
            contact.consent = false
            contact.name = "Quixotlan Zebrowski"
            contact.languages = ["ja"]
            return contact
        }())
        var reference = ReferenceProject(citable: false)
        reference.client = "Xylophonia Smelting"
        reference.country = "JP"
        supplier.references.append(reference)
        supplier.certifications.append(Certification(scheme: "ISO 50001:2018", validFrom: nil, validUntil: CalendarDay("2025-01-01")))
        supplier.internalNotes = "Pénalité Wombatière confidentielle"
        let catalog = Catalog(taxonomy: SyntheticDirectory.generator.taxonomy, suppliers: [supplier, SyntheticDirectory.generator.supplier(4)], missions: [])
        return Directory(catalog: catalog, day: day)
    }()

    @Test("text only in the internal note, the unconsented contact or the uncitable reference finds nothing",
          arguments: ["wombatiere", "penalite wombat", "quixotlan", "zebrowski", "xylophonia"])
    func hiddenTextFindsNothing(text: String) {
        let result = Self.directory.search(DirectoryQuery(text: text))
        #expect(result.ids.isEmpty)
        SearchOracle.expectSame(Self.directory, DirectoryQuery(text: text))
    }

    @Test("the unconsented contact's language, the expired scheme and the reference's country are no facet and no filter")
    func hiddenFacetsFindNothing() {
        let all = Self.directory.search(DirectoryQuery())
        #expect(!all.facets.languages.contains { $0.value == "ja" })
        #expect(!all.facets.certifications.contains { $0.value == "ISO 50001" })
        #expect(Self.directory.search(DirectoryQuery(language: "ja")).ids.isEmpty)
        #expect(Self.directory.search(DirectoryQuery(certification: "ISO 50001")).ids.isEmpty)
        #expect(Self.directory.search(DirectoryQuery(country: "JP")).ids.isEmpty)
        for hit in all.hits {
            #expect(hit.supplier.internalNotes == nil)
            #expect(hit.supplier.contacts.allSatisfy { $0.consent == true })
            #expect(hit.supplier.references.allSatisfy { $0.citable })
            #expect(hit.supplier.certifications.allSatisfy { $0.isValid(on: Self.day) })
        }
    }
}
