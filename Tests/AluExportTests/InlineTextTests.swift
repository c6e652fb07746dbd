import AluExport
import Testing

/// The one rule for characters between words that are not a plain space, shared by
/// the vCard and HTML exporters.
@Suite("Spacing characters become one space")
struct InlineTextTests {
    @Test("TAB, line breaks, NEL, U+2028/2029, C0/C1 controls and bidi or zero-width format characters become one space, never nothing", arguments: [
        ("Sylvain\tTremblay", "Sylvain Tremblay"),
        ("Sylvain\u{85}Tremblay", "Sylvain Tremblay"),
        ("Sylvain\u{2028}Tremblay", "Sylvain Tremblay"),
        ("Sylvain\u{2029}Tremblay", "Sylvain Tremblay"),
        ("Sylvain\r\nTremblay", "Sylvain Tremblay"),
        ("Sylvain\u{7}\u{9F}Tremblay", "Sylvain Tremblay"),
        ("Sylvain\u{202E}Tremblay\u{202C}", "Sylvain Tremblay "),
        ("Sylvain\u{200B}\u{2066}Tremblay", "Sylvain Tremblay"),
        ("Sylvain \t \u{2028}  Tremblay", "Sylvain Tremblay"),
        ("Sylvain\u{FEFF}Tremblay", "Sylvain Tremblay"),
        ("\tSylvain", " Sylvain"),
    ])
    func collapsed(input: String, expected: String) {
        #expect(InlineText.collapsed(input) == expected)
    }

    @Test("joiners, the soft hyphen and no-break spaces stay: they belong inside a word or before French punctuation", arguments: [
        "👩\u{200D}🔧", "می\u{200C}خواهم", "alu\u{AD}minium", "50\u{A0}%", "Prix\u{202F}:", "Plain text, nothing to do.",
    ])
    func kept(input: String) {
        #expect(InlineText.collapsed(input) == input)
    }

    @Test("a single-line value is also trimmed")
    func singleLine() {
        #expect(InlineText.singleLine("\u{2028} Dr\tFarid  Belkacem \u{85}") == "Dr Farid Belkacem")
        #expect(InlineText.singleLine("\t\n") == "")
    }

    @Test("both exporters apply the same rule: the vCard's TEXT escaping and the page's HTML escaping")
    func sharedByBothExporters() {
        let value = "Sylvain\u{85}Tremblay\u{2028}&\tfils"
        #expect(VCardLine.escape(value) == "Sylvain Tremblay & fils")
        #expect(HTMLText.escape(value) == "Sylvain Tremblay &amp; fils")
    }
}
