public import Foundation
public import OpenDocument
public import AluZip

/// Why an export could not be written. Invalid catalogue data is not an export
/// error: it is reported by validation before exporting starts.
public enum ExportError: Error, Sendable, LocalizedError, CustomStringConvertible {
    case spreadsheet(path: String, SpreadsheetError)
    case zip(path: String, ZipWriteError)
    case file(path: String, reason: String)
    case unknownMission(String, known: [String])
    case invalidMission(String)
    case unsupportedLanguage(String, supported: [String])

    public var description: String {
        switch self {
        case .spreadsheet(let path, let error): "\(path): \(error.localizedDescription)"
        case .zip(let path, let error): "\(path): \(error.localizedDescription)"
        case .file(let path, let reason): "\(path): \(reason)"
        case .unknownMission(let id, let known): "no mission '\(id)' in the catalogue (known: \(known.joined(separator: ", ")))"
        case .invalidMission(let id): "mission '\(id)' has errors; run alucat validate catalog/missions/\(id).xml"
        case .unsupportedLanguage(let language, let supported):
            "no translations for packet language '\(language)' (supported: \(supported.joined(separator: ", ")))"
        }
    }

    public var errorDescription: String? { description }
}
