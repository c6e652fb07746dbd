/// The automatic styles of content.xml, decided once before the first row is written.
///
/// content.xml is streamed, and ODF puts `office:automatic-styles` before `office:body`;
/// LibreOffice looks column, row and table styles up among automatic styles only. So every
/// style a row may use is known up front: the fixed cell styles below, one column style per
/// distinct width, one currency format per declared code.
struct ODFStyles {
    static let headerCell = "ce1"
    static let dateCell = "ce2"
    static let percentageCell = "ce3"
    static let wrapCell = "ce4"
    /// Currency cells whose code has no declared format.
    static let genericCurrencyCell = "ce5"
    /// Looks of ``CellOptions``.
    static let labelCell = "cl1"
    static let mutedCell = "cl2"
    static let inputCell = "cl3"
    static let row = "ro1"
    static let leftToRightTable = "ta1"
    static let rightToLeftTable = "ta2"
    static let masterPage = "Sheet"

    private(set) var columnStyles: [(name: String, width: String)] = []
    private(set) var currencyCells: [String: String] = [:]
    private let currencyCodes: [String]
    /// Declares the fixed row heights of ``RowHeightEstimate``.
    var estimatedRowHeights = false

    static let defaultColumnWidth = 2.5

    init(sheets: [[SheetColumn]], currencyCodes: [String]) {
        var seen: Set<String> = []
        self.currencyCodes = currencyCodes.filter { SpreadsheetWriter.isCurrencyCode($0) && seen.insert($0).inserted }
        for (index, code) in self.currencyCodes.enumerated() { currencyCells[code] = "ce\(6 + index)" }
        _ = columnStyle(width: Self.defaultColumnWidth)
        for columns in sheets {
            for column in columns { _ = columnStyle(width: column.width ?? Self.defaultColumnWidth) }
        }
    }

    /// `4.5` → `4.5cm`, to the micrometre; the same width always gives the same text.
    static func length(_ centimetres: Double) -> String {
        let micrometres = Int((centimetres * 10_000).rounded())
        var text = String(micrometres / 10_000)
        var fraction = micrometres % 10_000
        if fraction > 0 {
            var digits = String(fraction)
            digits = String(repeating: "0", count: 4 - digits.count) + digits
            while digits.hasSuffix("0") { digits.removeLast() }
            text += "." + digits
            fraction = 0
        }
        return text + "cm"
    }

    /// The column style for `width`, created on first use.
    mutating func columnStyle(width: Double) -> String {
        let length = Self.length(width)
        if let existing = columnStyles.first(where: { $0.width == length }) { return existing.name }
        let name = "co\(columnStyles.count + 1)"
        columnStyles.append((name, length))
        return name
    }

    func existingColumnStyle(width: Double?) -> String {
        let length = Self.length(width ?? Self.defaultColumnWidth)
        return columnStyles.first(where: { $0.width == length })!.name
    }

    /// `office:automatic-styles` for content.xml.
    func write(to out: inout XMLByteBuffer) {
        out.raw("<office:automatic-styles>")
        out.raw("<number:date-style style:name=\"N1\"><number:year number:style=\"long\"/><number:text>-</number:text><number:month number:style=\"long\"/><number:text>-</number:text><number:day number:style=\"long\"/></number:date-style>")
        out.raw("<number:percentage-style style:name=\"N2\"><number:number number:decimal-places=\"1\" number:min-decimal-places=\"1\" number:min-integer-digits=\"1\"/><number:text>%</number:text></number:percentage-style>")
        out.raw("<number:number-style style:name=\"N3\"><number:number number:decimal-places=\"2\" number:min-decimal-places=\"2\" number:min-integer-digits=\"1\" number:grouping=\"true\"/></number:number-style>")
        out.raw("<number:text-style style:name=\"N4\"><number:text-content/></number:text-style>")
        for (index, code) in currencyCodes.enumerated() {
            out.raw("<number:currency-style style:name=\"N\(10 + index)\"><number:number number:decimal-places=\"2\" number:min-decimal-places=\"2\" number:min-integer-digits=\"1\" number:grouping=\"true\"/><number:text> </number:text><number:currency-symbol>\(code)</number:currency-symbol></number:currency-style>")
        }
        for column in columnStyles {
            out.raw("<style:style style:name=\"\(column.name)\" style:family=\"table-column\"><style:table-column-properties fo:break-before=\"auto\" style:column-width=\"\(column.width)\"/></style:style>")
        }
        if estimatedRowHeights {
            for lines in 1...RowHeightEstimate.maximumLines {
                out.raw("<style:style style:name=\"\(RowHeightEstimate.styleName(lines: lines))\" style:family=\"table-row\"><style:table-row-properties fo:break-before=\"auto\" style:row-height=\"\(Self.length(RowHeightEstimate.height(lines: lines)))\" style:use-optimal-row-height=\"false\"/></style:style>")
            }
        }
        out.raw("<style:style style:name=\"ro1\" style:family=\"table-row\"><style:table-row-properties fo:break-before=\"auto\" style:use-optimal-row-height=\"true\"/></style:style>")
        out.raw("<style:style style:name=\"ta1\" style:family=\"table\" style:master-page-name=\"Sheet\"><style:table-properties table:display=\"true\" style:writing-mode=\"lr-tb\"/></style:style>")
        out.raw("<style:style style:name=\"ta2\" style:family=\"table\" style:master-page-name=\"Sheet\"><style:table-properties table:display=\"true\" style:writing-mode=\"rl-tb\"/></style:style>")
        out.raw("<style:style style:name=\"ce1\" style:family=\"table-cell\" style:parent-style-name=\"Default\"><style:table-cell-properties fo:background-color=\"#dddddd\" fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/><style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"/></style:style>")
        out.raw("<style:style style:name=\"ce2\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N1\"/>")
        out.raw("<style:style style:name=\"ce3\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N2\"/>")
        out.raw("<style:style style:name=\"ce4\" style:family=\"table-cell\" style:parent-style-name=\"Default\"><style:table-cell-properties fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/></style:style>")
        out.raw("<style:style style:name=\"ce5\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N3\"/>")
        out.raw("<style:style style:name=\"cl1\" style:family=\"table-cell\" style:parent-style-name=\"Default\"><style:table-cell-properties fo:background-color=\"#eef2f7\" fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/><style:text-properties fo:font-weight=\"bold\" style:font-weight-asian=\"bold\" style:font-weight-complex=\"bold\"/></style:style>")
        out.raw("<style:style style:name=\"cl2\" style:family=\"table-cell\" style:parent-style-name=\"Default\"><style:table-cell-properties fo:background-color=\"#f3f3f3\" fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/><style:text-properties fo:color=\"#555555\" fo:font-style=\"italic\" style:font-style-asian=\"italic\" style:font-style-complex=\"italic\"/></style:style>")
        out.raw("<style:style style:name=\"cl3\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N4\"><style:table-cell-properties fo:wrap-option=\"wrap\" style:vertical-align=\"top\"/></style:style>")
        for (index, code) in currencyCodes.enumerated() {
            out.raw("<style:style style:name=\"\(currencyCells[code]!)\" style:family=\"table-cell\" style:parent-style-name=\"Default\" style:data-style-name=\"N\(10 + index)\"/>")
        }
        out.raw("</office:automatic-styles>")
    }
}
