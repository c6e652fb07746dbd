/// Cell options (validation name, look) laid over a cell `writeCell` has just serialised.
extension SpreadsheetWriter {
    /// Adds `table:content-validation-name` and the look's style to the cell that starts at
    /// byte `start` of the buffer. A data style the cell already has (date, percentage,
    /// currency) wins over the look, so values keep their format.
    func annotateCell(at start: Int, _ options: CellOptions) {
        let open = Array("<table:table-cell".utf8)
        let styleAttribute = Array(" table:style-name=\"".utf8)
        var insertAt = start + open.count
        var attributes = ""
        if let validation = options.validation {
            attributes += " table:content-validation-name=\"\(validation.name)\""
        }
        if let look = options.styleName {
            let rest = buffer.bytes[insertAt...]
            if rest.starts(with: styleAttribute) {
                // Replace a plain wrap style; keep a data style.
                let valueStart = insertAt + styleAttribute.count
                let valueEnd = buffer.bytes[valueStart...].firstIndex(of: UInt8(ascii: "\""))!
                let current = String(decoding: buffer.bytes[valueStart..<valueEnd], as: UTF8.self)
                if current == ODFStyles.wrapCell {
                    buffer.bytes.replaceSubrange(valueStart..<valueEnd, with: Array(look.utf8))
                }
                insertAt = start + open.count
            } else {
                attributes += " table:style-name=\"\(look)\""
            }
        }
        buffer.bytes.insert(contentsOf: Array(attributes.utf8), at: insertAt)
    }
}
