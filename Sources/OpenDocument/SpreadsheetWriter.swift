import AluZip

/// Writes an OpenDocument spreadsheet (`.ods`, ODF 1.3) row by row, in constant memory.
///
/// ```swift
/// let writer = try SpreadsheetWriter(path: "suppliers.ods", metadata: .init(title: "Suppliers"))
/// let sheet = try writer.addSheet(name: "Suppliers", columns: [.init("Name", width: 6)])
/// try sheet.appendRow([.string("Alu Québec inc.")])
/// let statistics = try writer.finish()
/// ```
///
/// **Order.** Add every sheet first, then append rows sheet after sheet: content.xml is
/// streamed, and the styles every row may use are written before the first row.
///
/// **Threading.** The caller's thread serialises rows into a byte buffer; each full buffer
/// (``bufferFlushThreshold``) is handed over without a copy to the content.xml deflater:
/// 1 MiB blocks deflated on ``WorkbookOptions/compressionThreads`` threads (the bytes do not
/// depend on how many), which libzip copies into the archive on a thread of its own
/// (`zip_close` runs there from the first row on). Memory is the buffer plus the blocks in
/// flight, whatever the row count.
///
/// **Safety.** Text is always a string cell, so `=cmd|…` stays text; the only formulas
/// written are ``CellFormula``s, built from typed references and functions, never from text. Characters XML 1.0 forbids are replaced by U+FFFD and counted in the statistics.
///
/// **Determinism.** The same calls give the same bytes: fixed zip timestamps, fixed part
/// order, nothing read from the clock.
///
/// **Failure.** The archive is written to a temporary file and renamed by libzip at the end;
/// an error, or a writer released without ``finish()``, leaves nothing at `path`.
public final class SpreadsheetWriter {
    /// Serialised bytes held before they are handed to the compressor.
    public static let bufferFlushThreshold = 256 * 1024
    /// Bytes that may wait for the compressor before the writer blocks.
    public static let queueCapacity = 1 << 20

    public let path: String
    public let metadata: WorkbookMetadata
    public let options: WorkbookOptions

    private enum State { case declaring, streaming, finished }
    private var state = State.declaring
    private var sheets: [SheetWriter] = []
    private var zip: ZipArchiveWriter?
    private var content: ZipEntryStream?
    var styles: ODFStyles?
    var buffer = XMLByteBuffer()
    var statistics = SpreadsheetWriterStatistics()

    // The sheet being written.
    private var currentSheet = -1
    var currentRow = 0
    var currentWidth = 0
    private var filterRanges: [(sheet: Int, range: String)] = []
    private var validations: [ContentValidation] = []

    /// Prepares to write `path`; nothing appears there before ``finish()`` succeeds.
    public init(path: String, metadata: WorkbookMetadata = .init(), options: WorkbookOptions = .init()) throws(SpreadsheetError) {
        self.path = path
        self.metadata = metadata
        self.options = options
        do {
            zip = try ZipArchiveWriter(path: path)
        } catch {
            throw .writeFailed(path: path, reason: error.errorDescription ?? "\(error)")
        }
    }

    deinit {
        if state != .finished { zip?.discard() }
    }

    /// The writer's counters so far (final after ``finish()``).
    public var currentStatistics: SpreadsheetWriterStatistics {
        var result = statistics
        result.replacedCharacters = buffer.replacedCharacters
        result.peakBufferedBytes = max(statistics.peakBufferedBytes, buffer.count)
        result.peakQueuedBytes = content?.peakQueuedBytes ?? 0
        return result
    }

    /// Declares a sheet. Names are checked as ``SheetName`` describes and must differ ignoring case.
    public func addSheet(name: String, columns: [SheetColumn] = [], options: SheetOptions = .init()) throws(SpreadsheetError) -> SheetWriter {
        guard state == .declaring else {
            throw state == .finished ? .workbookFinished : .sheetAddedAfterRows(name)
        }
        try SheetName.validate(name)
        if let existing = sheets.first(where: { $0.name.lowercased() == name.lowercased() }) {
            throw .duplicateSheetName(name, existing: existing.name)
        }
        for (index, column) in columns.enumerated() {
            if let width = column.width, !(0.1...100).contains(width) {
                throw .invalidColumnWidth(width, column: index + 1)
            }
        }
        let sheet = SheetWriter(workbook: self, index: sheets.count, name: name, columns: columns, options: options)
        sheets.append(sheet)
        return sheet
    }

    /// Declares a content validation (drop-down list and/or help tip) that cells can name.
    /// Like sheets, validations precede the first row.
    public func addValidation(_ validation: ContentValidation) throws(SpreadsheetError) -> ContentValidationID {
        guard state == .declaring else {
            throw state == .finished ? .workbookFinished : .sheetAddedAfterRows("(content validation)")
        }
        validations.append(validation)
        return ContentValidationID(index: validations.count - 1)
    }

    /// Completes the workbook: writes the remaining sheets, waits for compression, renames the file.
    @discardableResult
    public func finish() throws(SpreadsheetError) -> SpreadsheetWriterStatistics {
        guard state != .finished else { throw .workbookFinished }
        if state == .declaring { try begin() }
        if currentSheet >= 0 { try closeTable() }
        while currentSheet + 1 < sheets.count { openTable(currentSheet + 1); try closeTable() }
        if !filterRanges.isEmpty {
            buffer.raw("<table:database-ranges>")
            for filter in filterRanges {
                buffer.raw("<table:database-range table:name=\"__Anonymous_Sheet_DB__")
                buffer.decimal(filter.sheet)
                buffer.raw("\" table:target-range-address=\"")
                buffer.attribute(filter.range)
                buffer.raw("\" table:display-filter-buttons=\"true\"/>")
            }
            buffer.raw("</table:database-ranges>")
        }
        buffer.raw("</office:spreadsheet></office:body></office:document-content>")
        try flush()
        content?.finish()
        state = .finished
        do {
            try zip?.waitUntilWritten()
        } catch {
            throw .writeFailed(path: path, reason: error.errorDescription ?? "\(error)")
        }
        return currentStatistics
    }

    // MARK: - Streaming

    /// Adds the package parts and starts compressing on the background thread.
    private func begin() throws(SpreadsheetError) {
        guard !sheets.isEmpty else { throw .noSheets }
        guard let zip else { throw .workbookFinished }
        var styles = ODFStyles(sheets: sheets.map(\.columns), currencyCodes: options.currencyCodes)
        styles.estimatedRowHeights = sheets.contains { $0.options.estimatedRowHeights }
        self.styles = styles
        let level = ZipCompression.deflate(level: options.compressionLevel)
        let views = sheets.map {
            ODFPackageParts.SheetView(name: $0.name,
                                      freezeRow: $0.options.freezeHeaderRow && $0.options.headerRow,
                                      freezeColumn: $0.options.freezeFirstColumn)
        }
        do {
            try zip.addFile("mimetype", bytes: Array(ODFPackageParts.mediaType.utf8), compression: .store)
            // content.xml is most of the work: deflated on our own threads as it is written.
            content = try zip.addStream(
                "content.xml", compression: level, capacity: Self.queueCapacity,
                workers: options.compressionThreads > 0 ? options.compressionThreads : nil)
            try zip.addFile("styles.xml", bytes: ODFPackageParts.styles(metadata: metadata, page: options.page), compression: level)
            try zip.addFile("meta.xml", bytes: ODFPackageParts.meta(metadata), compression: level)
            try zip.addFile("settings.xml", bytes: ODFPackageParts.settings(views), compression: level)
            try zip.addFile("META-INF/manifest.xml", bytes: ODFPackageParts.manifest(), compression: level)
        } catch {
            throw .writeFailed(path: path, reason: error.errorDescription ?? "\(error)")
        }
        zip.startWriting()
        state = .streaming
        buffer = XMLByteBuffer(capacity: Self.bufferFlushThreshold + 64 * 1024)
        buffer.raw(ODFPackageParts.xmlDeclaration)
        buffer.raw("<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" xmlns:style=\"urn:oasis:names:tc:opendocument:xmlns:style:1.0\" xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" xmlns:fo=\"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0\" xmlns:number=\"urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" xmlns:svg=\"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0\" xmlns:of=\"urn:oasis:names:tc:opendocument:xmlns:of:1.2\" office:version=\"1.3\">")
        styles.write(to: &buffer)
        buffer.raw("<office:body><office:spreadsheet>")
        if !validations.isEmpty {
            buffer.raw("<table:content-validations>")
            for (index, validation) in validations.enumerated() {
                validation.write(name: ContentValidationID(index: index).name, firstSheet: sheets[0].name, to: &buffer)
            }
            buffer.raw("</table:content-validations>")
        }
    }

    private func flush() throws(SpreadsheetError) {
        statistics.peakBufferedBytes = max(statistics.peakBufferedBytes, buffer.count)
        statistics.contentBytes += buffer.count
        do {
            try content?.write(&buffer.bytes)
        } catch {
            state = .finished
            var reason = error.errorDescription ?? "\(error)"
            if let zip { do { try zip.waitUntilWritten() } catch { reason = error.errorDescription ?? reason } }
            throw .writeFailed(path: path, reason: reason)
        }
    }

    func append(_ cells: [CellValue], options: [CellOptions] = [], to sheet: SheetWriter) throws(SpreadsheetError) {
        switch state {
        case .finished: throw .workbookFinished
        case .declaring: try begin()
        case .streaming: break
        }
        if sheet.index < currentSheet { throw .sheetAlreadyFinished(sheet.name) }
        while currentSheet < sheet.index {
            if currentSheet >= 0 { try closeTable() }
            openTable(currentSheet + 1)
        }
        let rowStart = buffer.count
        let replacedBefore = buffer.replacedCharacters
        do {
            try writeRow(cells, options: options, sheet: sheet, header: false)
        } catch {
            buffer.bytes.removeSubrange(rowStart...)
            buffer.replacedCharacters = replacedBefore
            throw error
        }
        if buffer.replacedCharacters > replacedBefore && statistics.firstReplacement == nil {
            statistics.firstReplacement = firstReplacedCell(cells, sheet: sheet)
        }
        if buffer.count >= Self.bufferFlushThreshold { try flush() }
    }

    private func firstReplacedCell(_ cells: [CellValue], sheet: SheetWriter) -> String {
        for (index, cell) in cells.enumerated() {
            var probe = XMLByteBuffer()
            switch cell {
            case .string(let text): probe.paragraphText(text, paragraphs: true)
            case .hyperlink(let text, let url): probe.paragraphText(text, paragraphs: false); probe.attribute(url)
            default: continue
            }
            if probe.replacedCharacters > 0 {
                return CellAddress.display(sheet: sheet.name, row: currentRow, column: index + 1)
            }
        }
        return CellAddress.display(sheet: sheet.name, row: currentRow, column: 1)
    }

    private func openTable(_ index: Int) {
        currentSheet = index
        currentRow = 0
        let sheet = sheets[index]
        currentWidth = sheet.columns.count
        buffer.raw("<table:table table:name=\"")
        buffer.attribute(sheet.name)
        buffer.raw("\" table:style-name=\"")
        buffer.raw(sheet.options.rightToLeft ? ODFStyles.rightToLeftTable : ODFStyles.leftToRightTable)
        buffer.raw("\"")
        if let rows = sheet.options.printRows {
            let widths = (sheet.columns.isEmpty ? [SheetColumn("")] : sheet.columns).map { $0.width ?? ODFStyles.defaultColumnWidth }
            let bands = PrintBands.bands(widths: widths, repeated: sheet.options.repeatedColumns, printableWidth: options.page.printableWidth)
            buffer.raw(" table:print-ranges=\"")
            buffer.attribute(PrintBands.attribute(sheet: sheet.name, bands: bands, lastRow: rows))
            buffer.raw("\"")
        }
        buffer.raw(">")
        // Consecutive columns of the same width share one element; repeated columns
        // go in table:table-header-columns.
        let names = sheet.columns.isEmpty
            ? [styles!.existingColumnStyle(width: nil)]
            : sheet.columns.map { styles!.existingColumnStyle(width: $0.width) }
        let repeated = min(max(sheet.options.repeatedColumns, 0), sheet.columns.count)
        if repeated > 0 {
            buffer.raw("<table:table-header-columns>")
            writeColumns(names[..<repeated])
            buffer.raw("</table:table-header-columns>")
        }
        writeColumns(names[repeated...])
        if sheet.options.headerRow && !sheet.columns.isEmpty {
            buffer.raw("<table:table-header-rows>")
            // Titles are plain strings: they cannot fail.
            try? writeRow(sheet.columns.map { .string($0.title) }, sheet: sheet, header: true)
            buffer.raw("</table:table-header-rows>")
        }
    }

    private func writeColumns(_ names: ArraySlice<String>) {
        var i = names.startIndex
        while i < names.endIndex {
            var j = i + 1
            while j < names.endIndex && names[j] == names[i] { j += 1 }
            buffer.raw("<table:table-column table:style-name=\"")
            buffer.raw(names[i])
            if j - i > 1 {
                buffer.raw("\" table:number-columns-repeated=\"")
                buffer.decimal(j - i)
            }
            buffer.raw("\" table:default-cell-style-name=\"Default\"/>")
            i = j
        }
    }

    private func closeTable() throws(SpreadsheetError) {
        let sheet = sheets[currentSheet]
        if let declared = sheet.options.printRows, declared != currentRow {
            // The writer stays unfinished: released, it leaves nothing at `path`.
            throw .printRowsMismatch(sheet: sheet.name, declared: declared, written: currentRow)
        }
        if currentRow == 0 {
            buffer.raw("<table:table-row table:style-name=\"ro1\"><table:table-cell/></table:table-row>")
        }
        buffer.raw("</table:table>")
        if sheet.options.autoFilter && sheet.options.headerRow && !sheet.columns.isEmpty {
            filterRanges.append((currentSheet, CellAddress.range(sheet: sheet.name, lastRow: max(currentRow, 1), lastColumn: max(currentWidth, 1))))
        }
    }

    static func isCurrencyCode(_ code: String) -> Bool {
        code.utf8.count == 3 && code.utf8.allSatisfy { (65...90).contains($0) }
    }
}
