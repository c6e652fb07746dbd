/// A horizontal bar chart as HTML: each bar a list item whose label and value are
/// real text (they wrap, reflow on a phone, keep the page's font size, and mirror on
/// a right-to-left page by the grid's own direction), with the bar itself a tiny
/// inline SVG rectangle scaled to its column. Integer geometry: the same data gives
/// the same bytes.
struct BarList {
    var title: String
    /// Bars top to bottom: label (plain text, escaped here) and a non-negative value.
    var bars: [(label: String, value: Int)]

    /// The bar's drawing width; the SVG stretches it to the column (`preserveAspectRatio="none"`).
    static let scale = 1000

    /// `<figure id="…">` with its caption (`id-title`) and the `<ol>` of bars.
    func render(id: String) -> String {
        let e = HTMLText.escape
        let maxValue = max(1, bars.map(\.value).max() ?? 1)
        var out = "<figure class=\"chart\" id=\"\(e(id))\">\n<figcaption id=\"\(e(id))-title\">\(e(title))</figcaption>\n"
        out += "<ol class=\"bars\" aria-labelledby=\"\(e(id))-title\">\n"
        for bar in bars {
            let length = bar.value > 0 ? max(8, bar.value * Self.scale / maxValue) : 0
            out += "<li><span class=\"bar-label\">\(e(bar.label))</span>"
            out += "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"bar\" viewBox=\"0 0 \(Self.scale) 10\" preserveAspectRatio=\"none\" aria-hidden=\"true\">"
            out += "<rect width=\"\(length)\" height=\"10\"/></svg>"
            out += "<span class=\"bar-value\">\(bar.value)</span></li>\n"
        }
        return out + "</ol>\n</figure>\n"
    }
}
