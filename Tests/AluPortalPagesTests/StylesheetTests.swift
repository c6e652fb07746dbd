import AluDirectory
import AluPortalPages
import Testing

@Suite("The signed-in pages' stylesheet")
struct StylesheetTests {
    @Test("adds no rule that would break the CSP: no @import, no url() to another origin, no expression()")
    func selfContained() {
        let css = PortalPagesStylesheet.css
        #expect(!css.contains("@import"))
        #expect(!css.contains("expression("))
        #expect(!css.contains("url(http"))
    }
}
