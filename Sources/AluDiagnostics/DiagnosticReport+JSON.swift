public import Foundation
import AluLocalization

extension DiagnosticReport {
    /// The stable JSON shape of `alucat validate --format json` (version 1):
    ///
    /// ```json
    /// {
    ///   "version": 1,
    ///   "summary": { "files": 34, "errors": 0, "warnings": 5, "valid": true },
    ///   "diagnostics": [
    ///     { "file": "catalog/suppliers/x.xml", "line": 12, "column": 5,
    ///       "severity": "warning", "code": "supplier.certificate-expired",
    ///       "message": "…", "hint": "…", "field": "contacts[0].email" }
    ///   ]
    /// }
    /// ```
    /// `line`, `column`, `hint` and `field` (the model path the problem is about) are
    /// omitted when unknown; messages and hints are in English; `cell` appears for
    /// spreadsheet inputs. Keys are sorted; new keys may be added, none removed.
    public func jsonData() -> Data {
        struct Entry: Encodable {
            var file: String
            var line: Int?
            var column: Int?
            var cell: String?
            var severity: String
            var code: String
            var message: String
            var hint: String?
            var field: String?
        }
        struct Summary: Encodable {
            var files: Int
            var errors: Int
            var warnings: Int
            var valid: Bool
        }
        struct Document: Encodable {
            var version = 1
            var summary: Summary
            var diagnostics: [Entry]
        }
        let document = Document(
            summary: Summary(files: files.count, errors: errorCount, warnings: warningCount, valid: isValid),
            diagnostics: sorted.map {
                Entry(file: $0.location.file, line: $0.location.line, column: $0.location.column.flatMap { $0 > 0 ? $0 : nil },
                      cell: $0.location.cell, severity: $0.severity.rawValue, code: $0.code, message: $0.message, hint: $0.hint?.text("en"), field: $0.field)
            })
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(document)) ?? Data("{}".utf8)
    }
}
