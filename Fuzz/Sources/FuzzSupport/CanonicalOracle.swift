public import AluCatalog
import AluDiagnostics

/// The entry pipeline's oracle: an entry found valid is written in canonical form
/// (``SupplierXMLWriter``, what `submit` stores), and that form
///
/// 1. is valid again, with the same warnings about the entry (code and field; warnings
///    about the input's own XML, such as libxml2's on `version="1.1"`, are about bytes
///    the canonical form does not have), and
/// 2. is stable: reading it and writing it again gives the same bytes.
///
/// A failure stops the process (`fatalError`), which libFuzzer reports as a crash with
/// the input that caused it.
public enum CanonicalOracle {
    public static func check(valid supplier: Supplier, diagnostics: [Diagnostic], origin: String) {
        let canonical = SupplierXMLWriter.document(supplier)
        let again = FuzzCatalog.loader.validate(bytes: Array(canonical.utf8), file: "canonical.xml", taxonomy: FuzzCatalog.index.taxonomy)
        guard let reread = again.supplier, again.isValid else {
            let errors = again.diagnostics.filter { $0.severity == .error }.map { "\($0.code) \($0.field ?? "-"): \($0.message)" }
            fatalError("fuzz oracle (\(origin)): the canonical form of a valid entry is invalid:\n\(errors.joined(separator: "\n"))\n--- canonical form ---\n\(canonical)")
        }
        let before = warnings(diagnostics), after = warnings(again.diagnostics)
        guard before == after else {
            fatalError("fuzz oracle (\(origin)): warnings changed in canonical form: \(before) became \(after)\n--- canonical form ---\n\(canonical)")
        }
        let rewritten = SupplierXMLWriter.document(reread)
        guard rewritten == canonical else {
            fatalError("fuzz oracle (\(origin)): the canonical form is not stable\n--- first ---\n\(canonical)\n--- second ---\n\(rewritten)")
        }
    }

    private static func warnings(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.filter { $0.severity != .error && !$0.code.hasPrefix("xml.") }.map { "\($0.code) \($0.field ?? "-")" }.sorted()
    }
}
