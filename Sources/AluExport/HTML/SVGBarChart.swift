/// A horizontal bar chart as inline SVG, drawn by hand: no script, no font or
/// image to fetch, integer geometry so the same data gives the same bytes.
package struct SVGBarChart: Sendable {
    package var title: String
    /// Bars top to bottom: label and a non-negative value.
    package var bars: [(label: String, value: Int)]
    /// The unit shown in the accessible description (`suppliers`).
    package var unit: String
    /// Right-to-left page: labels on the right, bars grow to the left.
    package var rightToLeft: Bool

    package init(title: String, bars: [(label: String, value: Int)], unit: String, rightToLeft: Bool) {
        self.title = title
        self.bars = bars
        self.unit = unit
        self.rightToLeft = rightToLeft
    }

    static let width = 720, labelWidth = 330, barMax = 330, rowHeight = 22, barHeight = 16, top = 8

    /// The `<svg>` element; `id` names its `<title>` for `aria-labelledby`.
    package func render(id: String) -> String {
        let e = HTMLText.escape
        let height = Self.top * 2 + max(1, bars.count) * Self.rowHeight
        let maxValue = max(1, bars.map(\.value).max() ?? 1)
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"\(e(id))\""
        svg += " width=\"\(Self.width)\" height=\"\(height)\" viewBox=\"0 0 \(Self.width) \(height)\">\n"
        // Arabic (the right-to-left packet language) has its own semicolon.
        let summary = bars.map { "\($0.label): \($0.value)" }.joined(separator: rightToLeft ? "؛ " : "; ")
        svg += "<title id=\"\(e(id))\">\(e(title)) (\(e(unit))) — \(e(summary))</title>\n"
        for (row, bar) in bars.enumerated() {
            let y = Self.top + row * Self.rowHeight
            let length = max(bar.value > 0 ? 2 : 0, bar.value * Self.barMax / maxValue)
            let textY = y + Self.barHeight - 4
            let (labelX, anchor, barX, valueX, valueAnchor) = rightToLeft
                ? (Self.width - 4, "end", Self.width - Self.labelWidth - 8 - length, Self.width - Self.labelWidth - 12 - length, "end")
                : (4, "start", Self.labelWidth + 8, Self.labelWidth + 12 + length, "start")
            svg += "<text x=\"\(labelX)\" y=\"\(textY)\" text-anchor=\"\(anchor)\">\(e(clipped(bar.label)))</text>"
            svg += "<rect x=\"\(barX)\" y=\"\(y)\" width=\"\(length)\" height=\"\(Self.barHeight)\" fill=\"#2f6f9f\"/>"
            svg += "<text x=\"\(valueX)\" y=\"\(textY)\" text-anchor=\"\(valueAnchor)\">\(bar.value)</text>\n"
        }
        return svg + "</svg>"
    }

    /// Long labels are cut to fit the label column (the full text is in `<title>`).
    private func clipped(_ label: String) -> String {
        label.count > 46 ? String(label.prefix(45)) + "…" : label
    }
}
