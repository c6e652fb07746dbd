/// Converts a CSV file (RFC 4180, UTF-8, first record = header) into a one-sheet `.ods`.
///
/// Fields that are plain integers (`-12`, `0`, `42`, no leading zero) become integer cells,
/// plain decimals (`3.25`, `-0.5`) float cells; everything else, including `007`, `1e5`,
/// `+1` and `=SUM(A1)`, stays text. The header is bold, frozen, and filterable. Streams
/// both files: memory does not grow with the row count.
///
/// - Returns: the writer's statistics (rows include the header).
@discardableResult
public func convertCSVToODS(csvPath: String, odsPath: String, sheetName: String = "Sheet1",
                            metadata: WorkbookMetadata = .init(),
                            options: WorkbookOptions = .init()) throws(SpreadsheetError) -> SpreadsheetWriterStatistics {
    try SheetName.validate(sheetName)
    let reader = try CSVRecordReader(path: csvPath)
    let header = try reader.next()?.fields ?? []
    let writer = try SpreadsheetWriter(path: odsPath, metadata: metadata, options: options)
    let columns = header.map { SheetColumn($0, width: min(max(Double($0.count) * 0.25 + 0.8, 2.5), 8)) }
    let sheet = try writer.addSheet(name: sheetName, columns: columns,
                                    options: SheetOptions(headerRow: !header.isEmpty))
    while let record = try reader.next() {
        try sheet.appendRow(record.fields.map(csvCell))
    }
    return try writer.finish()
}

/// The cell for one CSV field (see ``convertCSVToODS(csvPath:odsPath:sheetName:metadata:options:)``).
package func csvCell(_ field: String) -> CellValue {
    let bytes = Array(field.utf8)
    guard !bytes.isEmpty, bytes.count <= 30 else { return field.isEmpty ? .empty : .string(field) }
    var index = bytes[0] == UInt8(ascii: "-") ? 1 : 0
    let integerStart = index
    while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
    let integerDigits = index - integerStart
    guard integerDigits > 0 else { return .string(field) }
    if integerDigits > 1 && bytes[integerStart] == 48 { return .string(field) }
    if index == bytes.count {
        return Int(field).map(CellValue.int) ?? .string(field)
    }
    guard bytes[index] == UInt8(ascii: "."), index + 1 < bytes.count else { return .string(field) }
    index += 1
    while index < bytes.count, (48...57).contains(bytes[index]) { index += 1 }
    guard index == bytes.count, let value = Double(field), value.isFinite else { return .string(field) }
    return .float(value)
}
