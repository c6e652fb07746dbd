internal import CLibXML2
import AluDiagnostics

/// Receives libxml2's structured errors for one parse or one validation.
///
/// Reached from C through `Unmanaged` user data, so the callbacks capture nothing
/// and concurrent parses never share a collector.
final class ErrorCollector {
    enum Source { case parser, schema, validation }

    let file: String
    let source: Source
    var diagnostics: [Diagnostic] = []
    /// Set when the document declared a DOCTYPE: parsing was stopped there.
    var doctypeLine: Int?

    init(file: String, source: Source) {
        self.file = file
        self.source = source
    }

    func record(_ error: xmlError) {
        if doctypeLine != nil { return }  // everything after the stop is noise
        let raw = error.message.map { String(cString: $0) } ?? "unknown XML error"
        let severity: Diagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        let line = error.line > 0 ? Int(error.line) : nil
        let column: Int? = source == .parser && error.int2 > 0 ? Int(error.int2) : nil
        let (message, code) = XMLMessageWording.reword(raw, source: source, code: Int(error.code))
        let diagnostic = Diagnostic(severity, .init(file: file, line: line, column: column), message, code: code)
        diagnostics.append(diagnostic)
    }
}

/// The one structured-error callback: `context` is the `ErrorCollector`.
let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
}
