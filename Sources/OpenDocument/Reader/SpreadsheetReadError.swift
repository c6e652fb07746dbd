public import AluXML
public import AluZip
public import Foundation

/// Why an ODS file could not be read. Messages name the part and line (`content.xml:12:5`)
/// and, where there is one, the cell (`Sheet1!B7`), in words a supplier can act on.
public enum SpreadsheetReadError: Error, Sendable, Equatable, LocalizedError {
    /// The file could not be read from disk.
    case unreadable(path: String, reason: String)
    /// The zip container is unusable or hostile (size, bombs, names, encryption, …).
    case package(ZipError)
    /// The file is another kind of document a person often sends instead of an ODS
    /// (an Excel workbook, a PDF, a CSV): it must be saved as an OpenDocument spreadsheet.
    case notOpenDocument(ForeignFormat)
    /// A required part is missing.
    case missingPart(String)
    /// `mimetype` is not the first entry of the zip.
    case mimetypeNotFirst(firstEntry: String)
    /// `mimetype` is compressed (ODF requires it stored).
    case mimetypeCompressed
    /// `mimetype` is not `application/vnd.oasis.opendocument.spreadsheet`.
    case wrongMediaType(String)
    /// ODF package encryption (`manifest:encryption-data`).
    case passwordProtected
    /// An XML part is malformed or hostile.
    case xml(XMLStreamError)
    /// `content.xml` does not have an `office:document-content` root.
    case notSpreadsheetContent(XMLStreamLocation)
    /// A repeat count that is not a positive decimal integer within 64 bits.
    case invalidRepeat(attribute: String, value: String, XMLStreamLocation, cell: String)
    /// A non-empty cell beyond `maxRowsPerSheet`.
    case tooManyRows(limit: Int, XMLStreamLocation, cell: String)
    /// A non-empty cell beyond `maxColumnsPerSheet`.
    case tooManyColumns(limit: Int, XMLStreamLocation, cell: String)
    /// More non-empty cells (repeats included) than `maxCells`.
    case tooManyCells(limit: Int, XMLStreamLocation, cell: String)
    /// More sheets than `maxSheets`.
    case tooManySheets(limit: Int, XMLStreamLocation)
    /// One cell's text is longer than `maxCellTextBytes`.
    case cellTextTooLong(limit: Int, XMLStreamLocation, cell: String)
    /// All cells' text together is longer than `maxTextBytes`.
    case textTooLarge(limit: Int, XMLStreamLocation, cell: String)
    /// A value attribute that does not parse as its type says.
    case invalidValue(attribute: String, value: String, expected: String, XMLStreamLocation, cell: String)

    public var errorDescription: String? {
        switch self {
        case .unreadable(let path, let reason):
            "\(path): cannot be read: \(reason)"
        case .package(let error):
            "the file is not a usable ODS spreadsheet: \(error.localizedDescription)"
        case .notOpenDocument(let format):
            "the file is not an OpenDocument spreadsheet but \(format.description): save it as an OpenDocument spreadsheet (.ods)"
        case .missingPart(let name):
            "the file is not an ODS spreadsheet: it has no '\(name)'"
        case .mimetypeNotFirst(let first):
            "the file is not a valid ODS spreadsheet: 'mimetype' must be the first zip entry, not '\(first)'"
        case .mimetypeCompressed:
            "the file is not a valid ODS spreadsheet: 'mimetype' must be stored uncompressed"
        case .wrongMediaType(let type):
            "the file is not an ODS spreadsheet: its mimetype is '\(Self.clip(type))'"
        case .passwordProtected:
            "this document is password-protected: save it without a password and send it again"
        case .xml(let error):
            error.localizedDescription
        case .notSpreadsheetContent(let l):
            "\(l): the root element is not office:document-content"
        case .invalidRepeat(let attribute, let value, let l, let cell):
            "\(l): \(cell): \(attribute)=\"\(Self.clip(value))\" is not a positive whole number"
        case .tooManyRows(let limit, let l, let cell):
            "\(l): \(cell): data beyond row \(limit), the most a sheet may have"
        case .tooManyColumns(let limit, let l, let cell):
            "\(l): \(cell): data beyond column \(ReadCellAddress.columnName(limit - 1)) (\(limit) columns), the most a sheet may have"
        case .tooManyCells(let limit, let l, let cell):
            "\(l): \(cell): more than \(limit) non-empty cells (repeated cells count each time)"
        case .tooManySheets(let limit, let l):
            "\(l): more than \(limit) sheets"
        case .cellTextTooLong(let limit, let l, let cell):
            "\(l): \(cell): cell text longer than \(limit) bytes"
        case .textTooLarge(let limit, let l, let cell):
            "\(l): \(cell): the cells hold more than \(limit) bytes of text"
        case .invalidValue(let attribute, let value, let expected, let l, let cell):
            "\(l): \(cell): \(attribute)=\"\(Self.clip(value))\" is not \(expected)"
        }
    }

    /// Hostile values can be long: quote at most 40 characters.
    static func clip(_ text: String) -> String {
        text.count > 40 ? String(text.prefix(40)) + "…" : text
    }
}
