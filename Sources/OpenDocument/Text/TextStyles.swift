/// styles.xml of a text document: fonts, the named paragraph styles, the outline, the
/// page layout and its master page with the footer.
enum TextStyles {
    /// Named styles (`style:name` → what LibreOffice shows: `Heading_20_1` is "Heading 1").
    static let body = "Text_20_body"
    static let title = "Title"
    static let subtitle = "Subtitle"
    static let caption = "Field_20_Label"
    static let heading1 = "Heading_20_1"
    static let heading2 = "Heading_20_2"
    static let heading3 = "Heading_20_3"
    static let contentsHeading = "Contents_20_Heading"
    static let contents1 = "Contents_20_1"
    static let contents2 = "Contents_20_2"
    static let tableContents = "Table_20_Contents"
    static let tableHeading = "Table_20_Heading"
    static let footer = "Footer"

    static func paragraphStyle(_ kind: ParagraphKind) -> String {
        switch kind {
        case .body: body
        case .title: title
        case .subtitle: subtitle
        case .caption: caption
        }
    }

    static func headingStyle(level: Int) -> String {
        switch level {
        case ...1: heading1
        case 2: heading2
        default: heading3
        }
    }

    static func styles(_ document: TextDocument) -> [UInt8] {
        var out = XMLByteBuffer()
        let rtl = document.rightToLeft
        let direction = rtl ? "rl-tb" : "lr-tb"
        out.raw(ODFPackageParts.xmlDeclaration)
        out.raw("<office:document-styles xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\">")
        out.raw("<office:font-face-decls><style:font-face style:name=\"Liberation Sans\" svg:font-family=\"&apos;Liberation Sans&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/><style:font-face style:name=\"DejaVu Sans\" svg:font-family=\"&apos;DejaVu Sans&apos;\" style:font-family-generic=\"swiss\" style:font-pitch=\"variable\"/></office:font-face-decls>")
        out.raw("<office:styles>")
        // Defaults: the document's language; Arabic and other complex scripts in DejaVu Sans.
        out.raw("<style:default-style style:family=\"paragraph\"><style:paragraph-properties style:writing-mode=\"")
        out.raw(direction)
        // Right to left, text is aligned right explicitly: LibreOffice 7.4 aligns a
        // paragraph whose first strong character is Latin (a company name, an e-mail
        // address, a heading) on the left otherwise, whatever its writing mode.
        out.raw(rtl ? "\" fo:text-align=\"right" : "\" fo:text-align=\"start")
        out.raw("\" style:tab-stop-distance=\"1.25cm\"/><style:text-properties style:font-name=\"Liberation Sans\" fo:font-size=\"10.5pt\" style:font-name-complex=\"DejaVu Sans\" style:font-size-complex=\"10.5pt\"")
        let language = document.metadata.language ?? "en"
        if TextLanguage.isComplex(language) {
            out.raw(" fo:language=\"en\" fo:country=\"US\"")
        }
        TextLanguage.attributes(language, to: &out)
        out.raw(" style:letter-kerning=\"true\"/></style:default-style>")
        out.raw("<style:default-style style:family=\"table\"><style:table-properties table:border-model=\"collapsing\"/></style:default-style>")
        out.raw("<style:style style:name=\"Standard\" style:family=\"paragraph\" style:class=\"text\"/>")
        paragraph(&out, body, parent: "Standard", paragraph: "fo:margin-top=\"0cm\" fo:margin-bottom=\"0.18cm\" fo:line-height=\"115%\"", text: "")
        paragraph(&out, title, parent: "Standard", paragraph: "fo:text-align=\"center\" fo:margin-top=\"5cm\" fo:margin-bottom=\"0.6cm\"", text: "fo:font-size=\"26pt\" fo:font-weight=\"bold\" style:font-size-complex=\"26pt\" style:font-weight-complex=\"bold\" fo:color=\"#1f3b5a\"")
        paragraph(&out, subtitle, parent: "Standard", paragraph: "fo:text-align=\"center\" fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.3cm\"", text: "fo:font-size=\"14pt\" style:font-size-complex=\"14pt\"")
        paragraph(&out, caption, parent: "Standard", paragraph: "fo:margin-top=\"0.25cm\" fo:margin-bottom=\"0.05cm\" fo:keep-with-next=\"always\"", text: "fo:font-size=\"9pt\" style:font-size-complex=\"9pt\" fo:font-weight=\"bold\" style:font-weight-complex=\"bold\" fo:color=\"#4a5a6a\"")
        out.raw("<style:style style:name=\"Heading\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:next-style-name=\"\(body)\" style:class=\"text\"><style:paragraph-properties fo:margin-top=\"0.2cm\" fo:margin-bottom=\"0.25cm\" fo:keep-with-next=\"always\"/><style:text-properties fo:font-weight=\"bold\" style:font-weight-complex=\"bold\" fo:color=\"#1f3b5a\"/></style:style>")
        for (name, level, size) in [(heading1, 1, "17pt"), (heading2, 2, "13pt"), (heading3, 3, "11.5pt")] {
            out.raw("<style:style style:name=\"\(name)\" style:display-name=\"Heading \(level)\" style:family=\"paragraph\" style:parent-style-name=\"Heading\" style:next-style-name=\"\(body)\" style:default-outline-level=\"\(level)\" style:class=\"text\"><style:text-properties fo:font-size=\"\(size)\" style:font-size-complex=\"\(size)\"/></style:style>")
        }
        paragraph(&out, contentsHeading, parent: "Heading", paragraph: "fo:margin-bottom=\"0.5cm\"", text: "fo:font-size=\"17pt\" style:font-size-complex=\"17pt\"", display: "Contents Heading", className: "index")
        let tab = ODFStyles.length(document.page.printableWidth)
        for (name, indent, display) in [(contents1, "0cm", "Contents 1"), (contents2, "0.5cm", "Contents 2")] {
            out.raw("<style:style style:name=\"\(name)\" style:display-name=\"\(display)\" style:family=\"paragraph\" style:parent-style-name=\"Standard\" style:class=\"index\"><style:paragraph-properties fo:margin-left=\"\(indent)\" fo:margin-right=\"0cm\" fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.1cm\"><style:tab-stops><style:tab-stop style:position=\"\(tab)\" style:type=\"right\" style:leader-style=\"dotted\" style:leader-text=\".\"/></style:tab-stops></style:paragraph-properties></style:style>")
        }
        paragraph(&out, tableContents, parent: "Standard", paragraph: "fo:margin-top=\"0cm\" fo:margin-bottom=\"0cm\"", text: "fo:font-size=\"9.5pt\" style:font-size-complex=\"9.5pt\"", display: "Table Contents", className: "extra")
        paragraph(&out, tableHeading, parent: tableContents, paragraph: "", text: "fo:font-weight=\"bold\" style:font-weight-complex=\"bold\"", display: "Table Heading", className: "extra")
        paragraph(&out, footer, parent: "Standard", paragraph: "fo:text-align=\"center\"", text: "fo:font-size=\"8.5pt\" style:font-size-complex=\"8.5pt\" fo:color=\"#4a5a6a\"", className: "extra")
        out.raw("<text:outline-style style:name=\"Outline\">")
        for level in 1...10 {
            out.raw("<text:outline-level-style text:level=\"\(level)\" style:num-format=\"\"/>")
        }
        out.raw("</text:outline-style>")
        out.raw("</office:styles>")
        out.raw("<office:automatic-styles><style:page-layout style:name=\"pm1\"><style:page-layout-properties ")
        document.page.properties(to: &out, extra: " style:writing-mode=\"\(direction)\"")
        out.raw("/><style:header-style/><style:footer-style><style:header-footer-properties fo:min-height=\"0.6cm\" fo:margin-top=\"0.3cm\"/></style:footer-style></style:page-layout></office:automatic-styles>")
        out.raw("<office:master-styles><style:master-page style:name=\"Standard\" style:page-layout-name=\"pm1\"><style:footer><text:p text:style-name=\"\(footer)\">")
        if let text = document.footer, !text.isEmpty {
            out.paragraphText(text, paragraphs: false)
            out.raw(" — ")
        }
        out.raw("<text:page-number text:select-page=\"current\">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>")
        out.raw("</office:document-styles>")
        return out.bytes
    }

    private static func paragraph(_ out: inout XMLByteBuffer, _ name: String, parent: String, paragraph: String, text: String,
                                  display: String? = nil, className: String = "text") {
        out.raw("<style:style style:name=\"\(name)\"")
        if let display { out.raw(" style:display-name=\"\(display)\"") } else if name.contains("_20_") {
            out.raw(" style:display-name=\"\(name.replacing("_20_", with: " "))\"")
        }
        out.raw(" style:family=\"paragraph\" style:parent-style-name=\"\(parent)\" style:class=\"\(className)\">")
        if !paragraph.isEmpty { out.raw("<style:paragraph-properties \(paragraph)/>") }
        if !text.isEmpty { out.raw("<style:text-properties \(text)/>") }
        out.raw("</style:style>")
    }
}
