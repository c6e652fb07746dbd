public import Foundation
internal import AluXML
internal import AluZip

/// Reads an untrusted ODS file into typed cells, in bounded memory.
///
/// Order of checks: what the file is (an Excel workbook, a PDF or a CSV is named as such,
/// ``ForeignFormat``); file size cap; zip container (`ZipArchiveReader`: names, bombs,
/// encryption, …); `mimetype` first, stored and exactly
/// `application/vnd.oasis.opendocument.spreadsheet`; `META-INF/manifest.xml` parsed with
/// the hardened XML parser and refused if it describes encryption; then `content.xml`
/// streamed through `XMLStreamParser` as it inflates, never held whole.
///
/// Repeats are never expanded for empty cells; non-empty repeats are charged against
/// `SpreadsheetReadLimits` before they are stored. One reader may read several files, one
/// at a time; `statistics` describes the last read, successful or not.
public final class SpreadsheetReader {
    public static let mediaType = "application/vnd.oasis.opendocument.spreadsheet"
    static let manifestNamespace = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"

    public let limits: SpreadsheetReadLimits
    /// What the last read spent, kept when it throws.
    public private(set) var statistics = SpreadsheetReadStatistics()

    public init(limits: SpreadsheetReadLimits = SpreadsheetReadLimits()) {
        self.limits = limits
    }

    /// Reads an ODS file from disk, reading at most `limits.zip.maxArchiveBytes` of it.
    public func read(contentsOf url: URL) throws(SpreadsheetReadError) -> ReadWorkbook {
        let data: Data
        do {
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            data = try handle.read(upToCount: limits.zip.maxArchiveBytes + 1) ?? Data()
        } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        return try read(data: data)
    }

    /// Reads an ODS file held in memory.
    public func read(data: Data) throws(SpreadsheetReadError) -> ReadWorkbook {
        statistics = SpreadsheetReadStatistics()
        if let format = ForeignFormat.sniff(data) { throw .notOpenDocument(format) }
        let zip: ZipArchiveReader
        do {
            zip = try ZipArchiveReader(data: data, limits: limits.zip)
        } catch {
            throw .package(error)
        }
        if zip.entry(named: "mimetype") == nil, zip.entry(named: "[Content_Types].xml") != nil {
            throw .notOpenDocument(.officeOpenXML)
        }
        defer { statistics.inflatedBytes = zip.totalInflatedBytes }
        try checkMimetype(zip)
        try checkManifest(zip)
        return try readContent(zip)
    }

    private func checkMimetype(_ zip: ZipArchiveReader) throws(SpreadsheetReadError) {
        guard let entry = zip.entry(named: "mimetype") else { throw .missingPart("mimetype") }
        guard entry.index == 0 else { throw .mimetypeNotFirst(firstEntry: zip.entries[0].name) }
        guard entry.isStored else { throw .mimetypeCompressed }
        guard entry.declaredSize <= 256 else { throw .wrongMediaType("(\(entry.declaredSize) bytes)") }
        let bytes: Data
        do { bytes = try zip.read("mimetype") } catch { throw .package(error) }
        let type = String(decoding: bytes, as: UTF8.self)
        guard type == Self.mediaType else { throw .wrongMediaType(type) }
    }

    /// Refuses ODF package encryption, which libzip cannot see.
    private func checkManifest(_ zip: ZipArchiveReader) throws(SpreadsheetReadError) {
        let name = "META-INF/manifest.xml"
        guard zip.entry(named: name) != nil else { throw .missingPart(name) }
        final class ManifestHandler: XMLStreamHandler {
            func startElement(_ element: XMLStreamElement) throws {
                if element.localName == "encryption-data", element.namespaceURI == SpreadsheetReader.manifestNamespace {
                    throw SpreadsheetReadError.passwordProtected
                }
            }
        }
        try parse(zip, part: name, handler: ManifestHandler())
    }

    private func readContent(_ zip: ZipArchiveReader) throws(SpreadsheetReadError) -> ReadWorkbook {
        let name = "content.xml"
        guard zip.entry(named: name) != nil else { throw .missingPart(name) }
        let handler = SpreadsheetContentHandler(limits: limits)
        defer { statistics = handler.statistics.with(inflatedBytes: zip.totalInflatedBytes) }
        try parse(zip, part: name, handler: handler)
        return ReadWorkbook(sheets: handler.sheets)
    }

    /// Streams one zip entry through a hardened XML parser, mapping errors to ours.
    private func parse(_ zip: ZipArchiveReader, part: String, handler: any XMLStreamHandler) throws(SpreadsheetReadError) {
        let parser = XMLStreamParser(documentName: part, limits: limits.xml, handler: handler)
        do {
            try zip.stream(part) { try parser.feed($0) }
            try parser.finish()
        } catch let error as SpreadsheetReadError {
            throw error
        } catch let error as XMLStreamError {
            throw .xml(error)
        } catch let error as ZipError {
            throw .package(error)
        } catch {
            throw .xml(.notWellFormed("\(error)", XMLStreamLocation(document: part, line: 0, column: 0)))
        }
    }
}

extension SpreadsheetReadStatistics {
    func with(inflatedBytes: Int) -> SpreadsheetReadStatistics {
        var copy = self
        copy.inflatedBytes = inflatedBytes
        return copy
    }
}
