import AluTestSupport
import Foundation

/// What poppler reads out of a PDF: pages, their text, and word boxes.
///
/// Word heights give the printed size: for the fonts LibreOffice embeds here (Liberation
/// Sans, DejaVu Sans) `pdftotext -bbox` boxes are 1.3 times the font size (10 pt text
/// gives 13.0 pt boxes; measured on this machine's LibreOffice 7.4 PDFs).
struct PDFText {
    static let boxPerPoint = 1.3
    static let tools = ["soffice", "pdftotext", "pdfinfo"]

    struct Word { var text: String; var height: Double }

    let path: String

    var pageCount: Int {
        let info = (try? ODFTools.run("/usr/bin/pdfinfo", [path]).output) ?? ""
        for line in info.split(separator: "\n") where line.hasPrefix("Pages:") {
            return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces)) ?? 0
        }
        return 0
    }

    /// The text of page `page` (1-based), without bidi isolate and mark characters.
    func text(page: Int) -> String {
        let output = (try? ODFTools.run("/usr/bin/pdftotext", ["-f", "\(page)", "-l", "\(page)", path, "-"]).output) ?? ""
        return Self.normalized(output)
    }

    /// Every word of page `page` with its box height.
    func words(page: Int) -> [Word] {
        let output = (try? ODFTools.run("/usr/bin/pdftotext", ["-bbox", "-f", "\(page)", "-l", "\(page)", path, "-"]).output) ?? ""
        var words: [Word] = []
        for line in output.split(separator: "\n") where line.contains("<word ") {
            func number(_ name: String) -> Double? {
                guard let start = line.range(of: name + "=\"") else { return nil }
                let rest = line[start.upperBound...]
                return Double(rest.prefix { $0 != "\"" })
            }
            // By bytes: a word may begin with a combining mark, which joins the `>` into
            // one Character.
            let bytes = Array(line.utf8)
            guard let yMin = number("yMin"), let yMax = number("yMax"),
                  let open = bytes.firstIndex(of: UInt8(ascii: ">")), bytes.count >= open + 1 + 7 else { continue }
            let text = String(decoding: bytes[(open + 1)..<(bytes.count - 7)], as: UTF8.self)
                .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&apos;", with: "'")
                .replacingOccurrences(of: "&#39;", with: "'").replacingOccurrences(of: "&amp;", with: "&")
            // -bbox gives right-to-left words in visual order: put Arabic back in reading order.
            let arabic = text.unicodeScalars.contains { (0x0600...0x06FF).contains($0.value) }
            words.append(Word(text: Self.normalized(arabic ? String(text.reversed()) : text), height: yMax - yMin))
        }
        return words
    }

    /// The form compared on both sides: poppler extracts the lam-alef ligatures (لا لأ لإ
    /// لآ) as alef-lam, so `الاتصال` reads `االتصال`; the same swap is applied to what is
    /// expected.
    static func normalized(_ text: String) -> String {
        var text = withoutBidiControls(text)
        for alef in ["\u{0627}", "\u{0623}", "\u{0625}", "\u{0622}"] {
            text = text.replacingOccurrences(of: "\u{0644}" + alef, with: alef + "\u{0644}")
        }
        return text
    }

    static func withoutBidiControls(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.filter { !(0x2066...0x2069).contains($0.value) && !(0x200E...0x200F).contains($0.value) && !(0x202A...0x202E).contains($0.value) }))
    }
}
