internal import CLibXML2
import AluDiagnostics
import AluLocalization

/// Receives libxml2's structured errors for one parse or one validation.
///
/// Reached from C through `Unmanaged` user data, so the callbacks capture nothing
/// and concurrent parses never share a collector.
final class ErrorCollector {
    enum Source { case parser, schema, validation }

    let file: String
    let source: Source
    private var kept: [Diagnostic] = []
    /// What was recorded, with one last diagnostic saying how many were left out.
    var diagnostics: [Diagnostic] {
        guard leftOut > 0 else { return kept }
        return kept + [Diagnostic(.error, .init(file: file), field: nil, subject: nil,
                                  problem: Message("schema.too-many", ["count": String(leftOut), "kept": String(Self.maximumErrors)]),
                                  code: "xml.too-many-errors")]
    }
    /// Set when the document declared a DOCTYPE: parsing was stopped there.
    var doctypeLine: Int?
    /// Each element's index among its same-named siblings, once computed: errors come in
    /// document order, so the next one's walk back stops at the last one's element (a
    /// list of 100,000 bad items costs one pass, not 100,000²/2 steps). Pointers into
    /// one document: a collector serves one validation.
    private var siblingIndex: [UnsafeMutableRawPointer: Int] = [:]
    /// Errors kept per document: past this many, one more says how many were left out
    /// (a hostile file cannot make the report, or the work of naming fields, unbounded).
    static let maximumErrors = 1_000
    private var leftOut = 0

    init(file: String, source: Source) {
        self.file = file
        self.source = source
    }

    func record(_ error: xmlError) {
        if doctypeLine != nil { return }  // everything after the stop is noise
        if kept.count >= Self.maximumErrors {
            leftOut += 1
            return
        }
        let raw = error.message.map { String(cString: $0) } ?? "unknown XML error"
        let severity: Diagnostic.Severity = error.level == XML_ERR_WARNING ? .warning : .error
        let line = error.line > 0 ? Int(error.line) : nil
        let column: Int? = source == .parser && error.int2 > 0 ? Int(error.int2) : nil
        let location = Diagnostic.Location(file: file, line: line, column: column)
        let wording = XMLMessageWording.reword(raw, source: source, code: Int(error.code))
        guard let problem = wording.problem else {
            kept.append(Diagnostic(severity, location, wording.message, code: wording.code))
            return
        }
        // Only validation of a tree reports a node; the path is computed for errors only.
        var field = source == .validation ? elementPath(error.node) : nil
        // A missing or foreign attribute is reported at its element: name the attribute.
        if let attribute = wording.attribute ?? problem.values["attribute"], let path = field, !path.contains("@") {
            field = path + "@" + attribute
        }
        if let expected = wording.missing, let path = field {
            field = wording.missingIsChild ? Self.join(path, expected) : Self.join(Self.parent(of: path), expected)
        }
        kept.append(Diagnostic(severity, location, field: field, subject: wording.subject, problem: problem, code: wording.code))
    }

    /// The path of the node an error is about, from below the root element:
    /// `contacts[0].contact[2].email[0]`, with `@name` for an attribute. Every step
    /// carries its index among same-named siblings, so the catalogue can name model
    /// fields (`contacts[2].email`) without knowing libxml2. An error about the root
    /// itself has the empty path; one about its attribute `@id`.
    func elementPath(_ raw: UnsafeMutableRawPointer?) -> String? {
        guard let raw else { return nil }
        var node: xmlNodePtr? = raw.assumingMemoryBound(to: xmlNode.self)
        var attribute = ""
        if let attr = node, attr.pointee.type == XML_ATTRIBUTE_NODE {
            attribute = "@" + (attr.pointee.name.map { String(cString: $0) } ?? "")
            node = attr.pointee.parent
        }
        guard node?.pointee.type == XML_ELEMENT_NODE else { return nil }
        var steps: [String] = []
        while let current = node, current.pointee.type == XML_ELEMENT_NODE,
              let parent = current.pointee.parent, parent.pointee.type == XML_ELEMENT_NODE {
            var index = 0
            if let known = siblingIndex[UnsafeMutableRawPointer(current)] {
                index = known
            } else {
                var sibling = current.pointee.prev
                while let s = sibling {
                    if s.pointee.type == XML_ELEMENT_NODE, xmlStrEqual(s.pointee.name, current.pointee.name) != 0 {
                        if let known = siblingIndex[UnsafeMutableRawPointer(s)] {
                            index += known + 1
                            break
                        }
                        index += 1
                    }
                    sibling = s.pointee.prev
                }
                siblingIndex[UnsafeMutableRawPointer(current)] = index
            }
            steps.append((current.pointee.name.map { String(cString: $0) } ?? "") + "[\(index)]")
            node = parent
        }
        return steps.reversed().joined(separator: ".") + attribute
    }

    /// `a[0].b[1]` → `a[0]`; one step → the empty path.
    static func parent(of path: String) -> String {
        var steps = path.split(separator: ".", omittingEmptySubsequences: false)
        if let last = steps.last, last.contains("@") {
            steps[steps.count - 1] = last.prefix { $0 != "@" }
        }
        return steps.dropLast().joined(separator: ".")
    }

    static func join(_ path: String, _ child: String) -> String {
        path.isEmpty ? "\(child)[0]" : "\(path).\(child)[0]"
    }
}

/// The one structured-error callback: `context` is the `ErrorCollector`.
let collectStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    Unmanaged<ErrorCollector>.fromOpaque(context).takeUnretainedValue().record(error.pointee)
}
