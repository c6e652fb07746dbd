import AluCatalog
import Foundation
import Testing
@testable import AluDirectory

/// The packet's publication rules hold on the pages: built from a catalogue where one
/// supplier has an internal note, an unconsented contact, an uncitable reference and an
/// expired certificate, no page shows any of them, while their published neighbours show.
@Suite("Pages show only what may be published")
struct PagePublicationTests {
    static let planted: (directory: Directory, id: String) = {
        let sample = SampleDirectory.catalog
        var supplier = sample.suppliers[0]
        supplier.internalNotes = "INTERNAL-NOTE-DO-NOT-PUBLISH"
        var secret = Contact()
        secret.consent = false
        secret.name = "Zacharie Nonconsentant"
        secret.email = "zacharie.secret@hidden.example"
        secret.phone = "+14185559876"
        secret.languages = ["de"]
        var unasked = secret
        unasked.consent = nil
        unasked.name = "Ulysse Sansreponse"
        unasked.email = "ulysse@hidden.example"
        var open = Contact()
        open.consent = true
        open.name = "Olivia Publique"
        open.email = "olivia@public.example"
        open.phone = "+14185550001"
        supplier.contacts = [secret, unasked, open] + supplier.contacts
        var uncitable = ReferenceProject(citable: false)
        uncitable.client = "Confidential Smelter Client"
        uncitable.country = "AE"
        uncitable.scope.set("Secret scope", for: "en")
        var citable = ReferenceProject(citable: true)
        citable.client = "Citable Smelter Client"
        citable.country = "NO"
        supplier.references = [uncitable, citable] + supplier.references
        var expired = sample.suppliers.flatMap(\.certifications).first!
        expired.scheme = "EXPIRED-SCHEME 1234"
        expired.validFrom = nil
        expired.validUntil = CalendarDay("2020-01-01")
        supplier.certifications.append(expired)
        let suppliers = sample.suppliers.map { $0.id == supplier.id ? supplier : $0 }
        return (Directory(catalog: Catalog(taxonomy: sample.taxonomy, suppliers: suppliers, missions: []), day: SampleDirectory.day), supplier.id)
    }()

    static let secrets = [
        "INTERNAL-NOTE-DO-NOT-PUBLISH", "Zacharie Nonconsentant", "zacharie.secret@hidden.example", "+14185559876",
        "Ulysse Sansreponse", "ulysse@hidden.example", "Confidential Smelter Client", "Secret scope", "EXPIRED-SCHEME",
    ]

    @Test("the supplier page and the search pages hold none of the withheld data", arguments: PortalLanguage.allCases)
    func nothingWithheldShows(language: PortalLanguage) throws {
        let (directory, id) = Self.planted
        let supplier = try #require(directory.supplier(id: id))
        let pages = [
            DirectoryPages.supplier(supplier, directory: directory, language: language),
            DirectoryPages.search(result: directory.search(DirectoryQuery(pageSize: 100)), directory: directory, language: language),
        ]
        // Searching for them finds nothing (the pages would echo the buyer's own words).
        #expect(directory.search(DirectoryQuery(text: "Zacharie")).total == 0)
        #expect(directory.search(DirectoryQuery(text: "Confidential")).total == 0)
        #expect(directory.search(DirectoryQuery(certification: "EXPIRED-SCHEME 1234")).total == 0)
        #expect(directory.search(DirectoryQuery(text: "Olivia")).total == 0, "contacts' names are not searched")
        for page in pages {
            for secret in Self.secrets { #expect(!page.contains(secret), "\(secret) shows in the \(language) page") }
        }
        // The published neighbours of what was withheld do show: the test can fail.
        let page = pages[0]
        #expect(page.contains("Olivia Publique"))
        #expect(page.contains("href=\"mailto:olivia@public.example\""))
        #expect(page.contains("href=\"tel:+14185550001\""))
        #expect(page.contains("Citable Smelter Client"))
    }

    @Test("the directory's facets do not offer the withheld certification or contact language")
    func facetsOfferNothingWithheld() {
        let facets = Self.planted.directory.search(DirectoryQuery()).facets
        #expect(!facets.certifications.contains { $0.value.contains("EXPIRED") })
        let page = DirectoryPages.search(result: Self.planted.directory.search(DirectoryQuery()), directory: Self.planted.directory, language: .en)
        #expect(!page.contains("EXPIRED"))
    }
}
