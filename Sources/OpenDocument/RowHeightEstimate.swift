/// Printed row heights, estimated from the cells' text, for sheets whose rows must not
/// be cut on paper (``SheetOptions/estimatedRowHeights``).
///
/// Why not LibreOffice's optimal height: it lays text out with screen metrics, which
/// are narrower than the printer's, so a cell whose lines wrap near the column edge gets
/// a row one or two lines too short, and its last line is cut on the printed page
/// (measured: a six-item capability list lost its last item). The estimate wraps words
/// with character widths of Liberation Sans (Arial's metrics) at 10 pt rounded up, so it
/// errs tall: a little white space rather than a lost line.
enum RowHeightEstimate {
    /// Row styles `rh1`…`rh<maximumLines>` are declared up front (content.xml is streamed).
    static let maximumLines = 120
    /// Height of one line of 10 pt text in a cell, and the cell's top and bottom margins, in cm.
    static let lineHeight = 0.43
    static let margins = 0.08
    /// The cell's left and right padding, in cm.
    static let padding = 0.2

    static func styleName(lines: Int) -> String { "rh\(lines)" }

    static func height(lines: Int) -> Double { Double(lines) * lineHeight + margins }

    /// Width of `character` at 10 pt, in cm (Arial advance widths in em × 0.3528 cm, rounded up).
    static func advance(_ character: Character, bold: Bool) -> Double {
        let em: Double
        switch character {
        case "i", "j", "l", ".", ",", ":", ";", "'", "!", "|", "í", "ì", "ï", "î": em = 0.23
        case " ": em = 0.28
        case "f", "t", "r", "I", "(", ")", "[", "]", "/", "-", "‐": em = 0.34
        case "m", "M", "W", "w", "@", "%", "—", "Œ", "Æ", "æ", "œ": em = 0.90
        case "0"..."9", "a"..."z", "–", "+", "$", "#", "_", "é", "è", "ê", "à", "â", "ç", "ô", "û", "ù", "ñ", "ã", "õ", "á", "ó", "ú": em = 0.57
        default:
            em = character.isUppercase ? 0.74 : 0.62  // Capitals, Arabic letters, the rest.
        }
        return em * 0.3528 * (bold ? 1.1 : 1.0)
    }

    /// Lines the row of `cells` takes in `columns` (the header row is bold): the most of
    /// any text cell in a wrapping column; one for numbers, dates and links (never wrapped).
    static func lines(_ cells: [CellValue], columns: [SheetColumn], header: Bool) -> Int {
        var most = 1
        for (index, cell) in cells.enumerated() {
            let column = index < columns.count ? columns[index] : nil
            guard case .string(let text) = cell, !text.isEmpty else { continue }
            let width = column?.width ?? ODFStyles.defaultColumnWidth
            let wraps = header || (column?.wrapText ?? false) || SpreadsheetWriter.hasLineBreak(text)
            most = max(most, wraps ? lines(text, width: width, bold: header) : 1)
        }
        return min(most, maximumLines)
    }

    /// Lines `text` takes in a column `width` cm wide: each paragraph wrapped at spaces,
    /// a word wider than the line broken where it overflows.
    static func lines(_ text: String, width: Double, bold: Bool) -> Int {
        let room = max(width - padding, 0.5)
        var total = 0
        for paragraph in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            var lines = 1
            var used = 0.0
            let space = advance(" ", bold: bold)
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                var wordWidth = word.reduce(0) { $0 + advance($1, bold: bold) }
                if used > 0 && used + space + wordWidth <= room {
                    used += space + wordWidth
                    continue
                }
                if used > 0 { lines += 1; used = 0 }
                while wordWidth > room {
                    lines += 1
                    wordWidth -= room
                }
                used = wordWidth
            }
            total += lines
        }
        return max(total, 1)
    }
}
