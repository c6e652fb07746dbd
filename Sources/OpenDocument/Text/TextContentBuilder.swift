/// Serialises the blocks of a ``TextDocument`` into content.xml.
///
/// The body is written first into its own buffer while the automatic styles it needs
/// (a paragraph's language or page break, a run's weight or language, a table's
/// columns) are collected in order of first use; then the automatic styles and the
/// body are joined. Same document, same bytes.
struct TextContentBuilder {
    let document: TextDocument
    private var body = XMLByteBuffer()
    /// Automatic styles by their definition, in order of first use.
    private var paragraphStyles: [String: String] = [:]
    private var paragraphStyleOrder: [(name: String, definition: String)] = []
    private var runStyles: [String: String] = [:]
    private var runStyleOrder: [(name: String, definition: String)] = []
    private var tableStyles = XMLByteBuffer()
    private var tableCount = 0
    private var pendingBreak = false
    private var placedOnPage = false

    init(document: TextDocument) {
        self.document = document
    }

    func build() -> [UInt8] {
        var builder = self
        return builder.run()
    }

    private mutating func run() -> [UInt8] {
        let entries = Self.contentsEntries(document.blocks)
        for block in document.blocks { write(block, entries: entries) }
        var out = XMLByteBuffer(capacity: body.count + 4096)
        out.raw(ODFPackageParts.xmlDeclaration)
        out.raw("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" office:version=\"1.3\">")
        out.raw("<office:automatic-styles>")
        for style in paragraphStyleOrder { out.raw(style.definition) }
        for style in runStyleOrder { out.raw(style.definition) }
        out.bytes += tableStyles.bytes
        out.raw("<text:list-style style:name=\"L1\"><text:list-level-style-bullet text:level=\"1\" text:bullet-char=\"•\"><style:list-level-properties text:list-level-position-and-space-mode=\"label-alignment\"><style:list-level-label-alignment text:label-followed-by=\"listtab\" text:list-tab-stop-position=\"0.6cm\" fo:text-indent=\"-0.4cm\" fo:margin-left=\"0.6cm\"/></style:list-level-properties></text:list-level-style-bullet></text:list-style>")
        out.raw("</office:automatic-styles><office:body><office:text>")
        out.bytes += body.bytes
        out.raw("</office:text></office:body></office:document-content>")
        out.replacedCharacters = body.replacedCharacters
        return out.bytes
    }

    // MARK: - Table of contents

    /// Every heading with its level and the page it starts on, counted from page breaks.
    static func contentsEntries(_ blocks: [TextBlock]) -> [(text: String, level: Int, page: Int)] {
        var entries: [(String, Int, Int)] = []
        var page = 1, placed = false, pending = false
        for block in blocks {
            var breakBefore = pending
            switch block {
            case .pageBreak:
                pending = true
                continue
            case .heading(_, _, _, let pageBreakBefore), .paragraph(_, _, _, let pageBreakBefore):
                breakBefore = breakBefore || pageBreakBefore
            default:
                break
            }
            if breakBefore && placed { page += 1 }
            pending = false
            placed = true
            if case .heading(let text, let level, _, _) = block { entries.append((text, level, page)) }
        }
        return entries
    }

    // MARK: - Blocks

    private mutating func write(_ block: TextBlock, entries: [(text: String, level: Int, page: Int)]) {
        if case .pageBreak = block {
            pendingBreak = true
            return
        }
        let breakHere = pendingBreak && placedOnPage
        pendingBreak = false
        placedOnPage = true
        switch block {
        case .pageBreak:
            break
        case let .heading(text, level, language, pageBreakBefore):
            let style = paragraphStyle(parent: TextStyles.headingStyle(level: level), language: language, pageBreak: breakHere || pageBreakBefore)
            body.raw("<text:h text:style-name=\"")
            body.raw(style)
            body.raw("\" text:outline-level=\"")
            body.decimal(max(1, min(level, 10)))
            body.raw("\">")
            lines(text)
            body.raw("</text:h>")
        case let .paragraph(runs, kind, language, pageBreakBefore):
            let style = paragraphStyle(parent: TextStyles.paragraphStyle(kind), language: language, pageBreak: breakHere || pageBreakBefore)
            paragraph(runs, style: style)
        case let .bulletList(items):
            let style = paragraphStyle(parent: TextStyles.body, language: nil, pageBreak: breakHere)
            body.raw("<text:list text:style-name=\"L1\">")
            for item in items {
                body.raw("<text:list-item>")
                paragraph(item, style: style)
                body.raw("</text:list-item>")
            }
            body.raw("</text:list>")
        case let .table(widths, header, rows):
            table(widths: widths, header: header, rows: rows, pageBreak: breakHere)
        case let .tableOfContents(title, levels):
            let headingStyle = paragraphStyle(parent: TextStyles.contentsHeading, language: nil, pageBreak: breakHere)
            body.raw("<text:table-of-content text:name=\"Contents1\" text:protected=\"true\"><text:table-of-content-source text:outline-level=\"")
            body.decimal(max(1, min(levels, 10)))
            body.raw("\"><text:index-title-template text:style-name=\"\(TextStyles.contentsHeading)\">")
            body.paragraphText(title, paragraphs: false)
            body.raw("</text:index-title-template>")
            for level in 1...max(1, min(levels, 10)) {
                body.raw("<text:table-of-content-entry-template text:outline-level=\"")
                body.decimal(level)
                body.raw("\" text:style-name=\"")
                body.raw(level == 1 ? TextStyles.contents1 : TextStyles.contents2)
                body.raw("\"><text:index-entry-text/><text:index-entry-tab-stop style:type=\"right\" style:leader-char=\".\"/><text:index-entry-page-number/></text:table-of-content-entry-template>")
            }
            body.raw("</text:table-of-content-source><text:index-body><text:index-title text:name=\"Contents1_Head\"><text:p text:style-name=\"")
            body.raw(headingStyle)
            body.raw("\">")
            body.paragraphText(title, paragraphs: false)
            body.raw("</text:p></text:index-title>")
            for entry in entries where entry.level <= levels {
                body.raw("<text:p text:style-name=\"")
                body.raw(entry.level == 1 ? TextStyles.contents1 : TextStyles.contents2)
                body.raw("\">")
                body.paragraphText(entry.text, paragraphs: false)
                body.raw("<text:tab/>")
                body.decimal(entry.page)
                body.raw("</text:p>")
            }
            body.raw("</text:index-body></text:table-of-content>")
        }
    }

    private mutating func paragraph(_ runs: [TextRun], style: String) {
        body.raw("<text:p text:style-name=\"")
        body.raw(style)
        body.raw("\">")
        for run in runs {
            if !run.bold && run.language == nil {
                lines(run.text)
                continue
            }
            body.raw("<text:span text:style-name=\"")
            body.raw(runStyle(bold: run.bold, language: run.language))
            body.raw("\">")
            lines(run.text)
            body.raw("</text:span>")
        }
        body.raw("</text:p>")
    }

    /// Text with its line breaks as `text:line-break` (a tab or a run of spaces as
    /// `text:s`, see ``XMLByteBuffer/paragraphText(_:paragraphs:)``).
    private mutating func lines(_ text: String) {
        var first = true
        for line in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            if !first { body.raw("<text:line-break/>") }
            first = false
            body.paragraphText(String(line), paragraphs: false)
        }
    }

    private mutating func table(widths: [Double], header: [String]?, rows: [[[TextRun]]], pageBreak: Bool) {
        tableCount += 1
        let name = "Tb\(tableCount)"
        let columns = max(widths.count, header?.count ?? 0, rows.map(\.count).max() ?? 0, 1)
        var relative = Array(widths.prefix(columns)).map { $0 > 0 ? $0 : 1 }
        relative += Array(repeating: 1.0, count: columns - relative.count)
        let total = relative.reduce(0, +)
        let tableWidth = document.page.printableWidth
        tableStyles.raw("<style:style style:name=\"\(name)\" style:family=\"table\"><style:table-properties style:width=\"\(ODFStyles.length(tableWidth))\" table:align=\"margins\" fo:margin-top=\"0.1cm\" fo:margin-bottom=\"0.2cm\" style:writing-mode=\"\(document.rightToLeft ? "rl-tb" : "lr-tb")\"")
        if pageBreak { tableStyles.raw(" fo:break-before=\"page\"") }
        tableStyles.raw("/></style:style>")
        for (index, weight) in relative.enumerated() {
            tableStyles.raw("<style:style style:name=\"\(name).C\(index + 1)\" style:family=\"table-column\"><style:table-column-properties style:column-width=\"\(ODFStyles.length(tableWidth * weight / total))\"/></style:style>")
        }
        tableStyles.raw("<style:style style:name=\"\(name).c\" style:family=\"table-cell\"><style:table-cell-properties fo:padding=\"0.08cm\" fo:border-top=\"none\" fo:border-left=\"none\" fo:border-right=\"none\" fo:border-bottom=\"0.5pt solid #b0b8c0\"/></style:style>")
        body.raw("<table:table table:name=\"")
        body.raw(name)
        body.raw("\" table:style-name=\"")
        body.raw(name)
        body.raw("\">")
        for index in 0..<columns {
            body.raw("<table:table-column table:style-name=\"\(name).C\(index + 1)\"/>")
        }
        func row(_ cells: [[TextRun]], style: String) {
            body.raw("<table:table-row>")
            for index in 0..<columns {
                body.raw("<table:table-cell table:style-name=\"\(name).c\" office:value-type=\"string\">")
                paragraph(index < cells.count ? cells[index] : [], style: style)
                body.raw("</table:table-cell>")
            }
            body.raw("</table:table-row>")
        }
        if let header {
            body.raw("<table:table-header-rows>")
            row(header.map { [TextRun($0)] }, style: TextStyles.tableHeading)
            body.raw("</table:table-header-rows>")
        }
        for cells in rows { row(cells, style: TextStyles.tableContents) }
        if header == nil && rows.isEmpty { row([], style: TextStyles.tableContents) }
        body.raw("</table:table>")
    }

    // MARK: - Automatic styles

    /// The automatic paragraph style for `parent` with a language and/or a page break;
    /// `parent` itself when neither applies.
    private mutating func paragraphStyle(parent: String, language: String?, pageBreak: Bool) -> String {
        guard language != nil || pageBreak else { return parent }
        var definition = XMLByteBuffer()
        definition.raw("\" style:family=\"paragraph\" style:parent-style-name=\"")
        definition.raw(parent)
        definition.raw("\">")
        if pageBreak { definition.raw("<style:paragraph-properties fo:break-before=\"page\"/>") }
        if let language {
            definition.raw("<style:text-properties")
            TextLanguage.attributes(language, to: &definition)
            definition.raw("/>")
        }
        definition.raw("</style:style>")
        let key = String(decoding: definition.bytes, as: UTF8.self)
        if let name = paragraphStyles[key] { return name }
        let name = "P\(paragraphStyleOrder.count + 1)"
        paragraphStyles[key] = name
        paragraphStyleOrder.append((name, "<style:style style:name=\"\(name)" + key))
        return name
    }

    private mutating func runStyle(bold: Bool, language: String?) -> String {
        var definition = XMLByteBuffer()
        definition.raw("\" style:family=\"text\"><style:text-properties")
        if bold { definition.raw(" fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"") }
        if let language { TextLanguage.attributes(language, to: &definition) }
        definition.raw("/></style:style>")
        let key = String(decoding: definition.bytes, as: UTF8.self)
        if let name = runStyles[key] { return name }
        let name = "T\(runStyleOrder.count + 1)"
        runStyles[key] = name
        runStyleOrder.append((name, "<style:style style:name=\"\(name)" + key))
        return name
    }
}
