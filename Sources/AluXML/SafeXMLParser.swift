internal import CLibXML2
public import AluDiagnostics

/// The outcome of reading one XML document: its tree when it was well-formed, and
/// every problem found (well-formedness, then schema validity).
public struct XMLParseResult: Sendable {
    public var root: XMLElement?
    public var diagnostics: [Diagnostic]

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    public init(root: XMLElement?, diagnostics: [Diagnostic]) {
        self.root = root
        self.diagnostics = diagnostics
    }
}

/// Reads untrusted XML through libxml2 with every dangerous feature off.
///
/// - From memory only, after a size cap (a path read would inflate gzip).
/// - Any DOCTYPE stops the parse in the SAX `internalSubset` callback, before a
///   single declaration is read: no entities, no external subset, no parameter
///   entities can exist afterwards.
/// - Options are `NONET`, `BIG_LINES`, `COMPACT`, `IGNORE_ENC` and `NOBLANKS` only: never
///   `NOENT`, `DTDLOAD`, `DTDATTR`, `DTDVALID`, `XINCLUDE`, `HUGE` or `RECOVER`.
/// - Too many attributes on one element is refused before parsing
///   (``XMLInputScreen``).
/// - Messages come from structured errors, reworded; raw libxml2 output never
///   reaches stderr.
public enum SafeXMLParser {
    /// `IGNORE_ENC`: the bytes are UTF-8 whatever the declaration says, so libxml2
    /// reads exactly what ``XMLInputScreen`` screened (a UTF-7 declaration would
    /// otherwise hide `=` signs from the attribute count).
    ///
    /// `NOBLANKS`, with our own handler for what it calls ignorable (``dropBlanksBetweenElements``):
    /// whitespace between elements is not built into text nodes (XML Schema ignores it
    /// in element-only content, and our schemas have no mixed content), which saves
    /// libxml2 about a twentieth of its work on a supplier entry.
    static let options: Int32 = Int32(bitPattern: XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue
        | XML_PARSE_COMPACT.rawValue | XML_PARSE_IGNORE_ENC.rawValue | XML_PARSE_NOBLANKS.rawValue)

    /// Parses `bytes`, validates against `schema` when given, and returns the tree.
    ///
    /// `file` names the input in diagnostics. The call is synchronous and
    /// thread-safe; run many in parallel with one shared ``XMLSchema``.
    public static func parse(
        _ bytes: [UInt8], file: String, schema: XMLSchema? = nil, limits: XMLParseLimits = .default
    ) -> XMLParseResult {
        parse(bytes, file: file, limits: limits) { _, _ in schema }
    }

    /// Parses `bytes` and validates against the schema `selectSchema` picks from
    /// the root element's local name and namespace (nil: no validation).
    public static func parse(
        _ bytes: [UInt8], file: String, limits: XMLParseLimits = .default,
        selectSchema: (_ rootName: String, _ namespace: String?) -> XMLSchema?
    ) -> XMLParseResult {
        let (root, diagnostics) = parse(bytes, file: file, limits: limits, selectSchema: selectSchema) { $0.copy() }
        return XMLParseResult(root: root, diagnostics: diagnostics)
    }

    /// Parses and validates like ``parse(_:file:limits:selectSchema:)``, then hands
    /// the root element to `read` while the tree is alive and returns what it made.
    ///
    /// `read` runs only for a well-formed document with a root element, whether or
    /// not it is schema-valid; the view must not escape it.
    package static func parse<Value>(
        _ bytes: [UInt8], file: String, limits: XMLParseLimits = .default,
        selectSchema: (_ rootName: String, _ namespace: String?) -> XMLSchema?,
        read: (XMLNodeView) -> Value
    ) -> (value: Value?, diagnostics: [Diagnostic]) {
        _ = LibXML2Runtime.ready
        return bytes.withUnsafeBufferPointer { buffer in
            if let refusal = XMLInputScreen.check(buffer, file: file, limits: limits) {
                return (nil, [refusal])
            }
            return parseScreened(buffer, file: file, selectSchema: selectSchema, read: read)
        }
    }

    private static func parseScreened<Value>(
        _ buffer: UnsafeBufferPointer<UInt8>, file: String,
        selectSchema: (String, String?) -> XMLSchema?,
        read: (XMLNodeView) -> Value
    ) -> (value: Value?, diagnostics: [Diagnostic]) {
        let collector = ErrorCollector(file: file, source: .parser)
        guard let context = xmlNewParserCtxt() else {
            return (nil, [.error(.init(file: file), "internal error: out of memory", code: "xml.internal")])
        }
        defer { xmlFreeParserCtxt(context) }

        let document: xmlDocPtr? = withExtendedLifetime(collector) {
            let opaque = Unmanaged.passUnretained(collector).toOpaque()
            context.pointee._private = opaque
            context.pointee.sax.pointee.internalSubset = rejectDoctype
            context.pointee.sax.pointee.serror = parserStructuredError
            xmlSetStructuredErrorFunc(opaque, collectStructuredError)
            defer { xmlSetStructuredErrorFunc(nil, nil) }
            return buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                readDocument(chars, count: buffer.count, into: context)
            }
        }
        defer { if let document { xmlFreeDoc(document) } }

        if let line = collector.doctypeLine {
            return (nil, [
                .error(
                    .init(file: file, line: line, column: nil),
                    "a DOCTYPE declaration is not allowed (entities and DTDs are refused for safety); remove it",
                    code: "xml.doctype")
            ])
        }
        guard let document, context.pointee.wellFormed != 0 else {
            var diagnostics = collector.diagnostics
            if !diagnostics.contains(where: { $0.severity == .error }) {
                diagnostics.append(.error(.init(file: file, line: 1), "the file is not well-formed XML", code: "xml.syntax"))
            }
            return (nil, diagnostics)
        }
        var diagnostics = collector.diagnostics
        guard let rootNode = xmlDocGetRootElement(document) else {
            diagnostics.append(.error(.init(file: file, line: 1), "the document has no root element", code: "xml.syntax"))
            return (nil, diagnostics)
        }
        let root = XMLNodeView(rootNode)
        if let schema = selectSchema(root.name, root.namespace) {
            diagnostics += schema.validate(document, file: file)
        }
        return (read(root), diagnostics)
    }
}

extension SafeXMLParser {
    /// What `xmlCtxtReadMemory` does, with one step of ours between applying the
    /// options and parsing: `xmlCtxtUseOptions` installs libxml2's handler for
    /// ignorable whitespace, which we replace.
    fileprivate static func readDocument(_ chars: UnsafePointer<CChar>, count: Int, into context: xmlParserCtxtPtr) -> xmlDocPtr? {
        guard let input = xmlParserInputBufferCreateMem(chars, Int32(count), XML_CHAR_ENCODING_NONE) else { return nil }
        guard let stream = xmlNewIOInputStream(context, input, XML_CHAR_ENCODING_NONE) else {
            xmlFreeParserInputBuffer(input)
            return nil
        }
        guard inputPush(context, stream) >= 0 else { return nil }  // inputPush frees the stream on failure
        _ = xmlCtxtUseOptions(context, options)
        context.pointee.sax.pointee.ignorableWhitespace = dropBlanksBetweenElements
        _ = xmlParseDocument(context)
        let document = context.pointee.myDoc
        context.pointee.myDoc = nil
        guard context.pointee.wellFormed != 0 else {
            if let document { xmlFreeDoc(document) }
            return nil
        }
        return document
    }
}

/// SAX `ignorableWhitespace`, called under `NOBLANKS` for blank text libxml2 guesses
/// is ignorable. Its guess also hits blanks inside an element's own text
/// (`<postalCode><![CDATA[G7H]]> <![CDATA[5B1]]></postalCode>` would read
/// `G7H5B1`), so the blank is kept as text unless it follows an element (or opens
/// the element, where a leading blank means nothing to a collapsed `xs:token`).
private let dropBlanksBetweenElements: ignorableWhitespaceSAXFunc = { context, characters, length in
    guard let context else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    if let last = parser.pointee.node?.pointee.last, last.pointee.type != XML_ELEMENT_NODE {
        xmlSAX2Characters(context, characters, length)
    }
}

/// SAX `internalSubset`: called as soon as `<!DOCTYPE name` is read, before any
/// declaration inside it. Records the line and stops the parser.
private let rejectDoctype: internalSubsetSAXFunc = { context, _, _, _ in
    guard let context else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    if let opaque = parser.pointee._private {
        let collector = Unmanaged<ErrorCollector>.fromOpaque(opaque).takeUnretainedValue()
        if collector.doctypeLine == nil {
            collector.doctypeLine = Int(xmlSAX2GetLineNumber(context))
        }
    }
    xmlStopParser(parser)
}

/// Parser errors arrive with the parser context as user data; our collector
/// travels in its `_private` field.
private let parserStructuredError: xmlStructuredErrorFunc = { context, error in
    guard let context, let error else { return }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = parser.pointee._private else { return }
    Unmanaged<ErrorCollector>.fromOpaque(opaque).takeUnretainedValue().record(error.pointee)
}
