import AluCatalog
import Testing
@testable import AluDirectory

@Suite("The cards' excerpts are worked out once per supplier and language")
struct ExcerptMemoTests {
    @Test("the kept excerpt is the excerpt of the description in that language, in every page language, the first time and after")
    func keptExcerptIsTheExcerpt() {
        let directory = Directory(catalog: SampleDirectory.catalog, day: SampleDirectory.directory.day)
        for _ in 0..<2 {
            for supplier in directory.suppliers {
                for language in PortalLanguage.allCases {
                    guard let (text, tag) = supplier.descriptions.resolved(language.rawValue) else { continue }
                    #expect(directory.excerpts.excerpt(of: text, supplierID: supplier.id, language: tag) == SearchPage.excerpt(text),
                            "\(supplier.id) \(tag)")
                }
            }
        }
        // A result page shows the kept excerpt in its card.
        let result = directory.search(DirectoryQuery())
        let page = DirectoryPages.search(result: result, directory: directory, language: .en)
        for hit in result.hits {
            if let (text, _) = hit.supplier.descriptions.resolved("en") {
                var escaped = ""
                HTMLWriter.escape(SearchPage.excerpt(text), attribute: false, into: &escaped)
                #expect(page.contains(escaped), "\(hit.supplier.id)")
            }
        }
    }
}
