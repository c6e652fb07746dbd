import AluLocalization
public import Foundation
public import OpenDocument

/// Why an intake operation could not run at all. An invalid form or entry is not an
/// error: it is a report of diagnostics.
public enum IntakeError: Error, Sendable, LocalizedError {
    /// The workbook could not be written.
    case writeFailed(SpreadsheetError)
    /// The file is not a readable ODS (hostile, damaged, encrypted…): the reader's reason.
    case unreadableForm(path: String, SpreadsheetReadError)
    /// The workbook is a spreadsheet but not an AluCat supplier form.
    case notASupplierForm(path: String)
    /// No entry with this id in the catalogue.
    case unknownSupplier(String)
    /// A catalogue file could not be read or written.
    case io(path: String, reason: String)

    /// The sentence for a person reading `language` (`fr` or `en`): a file that is not an
    /// ODS (an Excel workbook, a PDF, a CSV), or a spreadsheet that is not our form, is
    /// named with what to do; the other cases, which staff meet, stay in English.
    public func text(_ language: String) -> String {
        if case .unreadableForm(let path, .notOpenDocument(let format)) = self {
            let formatName = Message("form.format.\(format.rawValue)").text(language)
            return Message("form.not-ods", ["file": path, "format": formatName]).text(language)
        }
        if case .notASupplierForm(let path) = self {
            return Message("form.not-a-form", ["file": path]).text(language)
        }
        return errorDescription ?? "\(self)"
    }

    public var errorDescription: String? {
        switch self {
        case .unreadableForm(_, .notOpenDocument): text("en")
        case .writeFailed(let error): error.errorDescription
        case .unreadableForm(let path, let error): "\(path): \(error.errorDescription ?? "\(error)")"
        case .notASupplierForm: text("en")
        case .unknownSupplier(let id): "no supplier '\(id)' in the catalogue"
        case .io(let path, let reason): "\(path): \(reason)"
        }
    }
}
