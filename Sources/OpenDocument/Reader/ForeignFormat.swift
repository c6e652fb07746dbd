internal import Foundation

/// What a file handed to ``SpreadsheetReader`` is, when it is not an OpenDocument
/// spreadsheet but something a person commonly sends instead; recognised by its first
/// bytes and, for a zip, by its entry names.
public enum ForeignFormat: String, Sendable, Hashable, CaseIterable {
    /// An Office Open XML workbook (`.xlsx`): a zip with `[Content_Types].xml` and no `mimetype`.
    case officeOpenXML = "xlsx"
    /// A legacy Office compound file (`.xls`, also `.doc`): the OLE2 signature.
    case legacyOffice = "xls"
    /// A PDF document (`%PDF-`).
    case pdf
    /// Text (a CSV export, say): no NUL byte and valid UTF-8 in its first kilobytes.
    case text = "csv"

    /// The OLE2 compound file signature.
    static let ole2Signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    /// The format of a file that is not a zip, from its first bytes; nil when unknown.
    static func sniff(_ data: Data) -> ForeignFormat? {
        let head = [UInt8](data.prefix(4096))
        if head.starts(with: [0x50, 0x4B]) { return nil }
        if head.starts(with: ole2Signature) { return .legacyOffice }
        if head.starts(with: Array("%PDF-".utf8)) { return .pdf }
        guard !head.isEmpty, !head.contains(0) else { return nil }
        // A cut in the middle of a multi-byte sequence at the 4 KiB boundary is fine.
        var trimmed = head[...]
        if data.count > head.count {
            while let last = trimmed.last, last >= 0x80, trimmed.count > head.count - 4 { trimmed.removeLast() }
        }
        return String(validating: trimmed, as: UTF8.self) == nil ? nil : .text
    }

    /// English, for logs; the doors word it in the reader's language.
    public var description: String {
        switch self {
        case .officeOpenXML: "an Excel workbook (.xlsx)"
        case .legacyOffice: "a legacy Excel workbook (.xls)"
        case .pdf: "a PDF document"
        case .text: "a text file (CSV)"
        }
    }
}
