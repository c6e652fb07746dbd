public import Foundation
internal import CLibXML2

/// libxml2 set-up, once, before any concurrent use (see ``LibXML2Runtime``).
private let libxml2Ready: Void = LibXML2Runtime.ready  // also installs the allow-list entity loader

/// A hardened, streaming (SAX2) XML parser over libxml2 for untrusted input.
///
/// Feed it bytes in chunks as they arrive (a zip entry being inflated, say) and it reports
/// start tags, end tags and text to an `XMLStreamHandler` without building a tree.
///
/// What it refuses, and how:
/// - any `<!DOCTYPE`: the SAX `internalSubset` callback stops the parser before the internal
///   subset is read, so no entity or DTD is ever declared or loaded;
/// - entity references other than `&amp;` `&lt;` `&gt;` `&quot;` `&apos;` (defence in depth:
///   without a DOCTYPE they cannot be declared);
/// - start tags with too many attributes, UTF-16/32 input and NUL bytes, found by a byte
///   scanner before libxml2 sees the bytes;
/// - encodings other than UTF-8 declared in the XML declaration;
/// - text runs and documents over `XMLStreamLimits`.
///
/// Options are `XML_PARSE_NONET | XML_PARSE_BIG_LINES` and nothing else: never `NOENT`,
/// `DTDLOAD`, `DTDATTR`, `DTDVALID`, `XINCLUDE`, `HUGE` or `RECOVER`. libxml2's own limits
/// stay in force (element depth 256, names 50,000 bytes). Errors are captured per parser
/// through the SAX `serror` callback and never printed.
///
/// One parser parses one document. Not thread-safe; parsers on different threads are
/// independent.
public final class XMLStreamParser {
    /// The handler's events and the parser's limits, reachable from the C callbacks.
    fileprivate final class State {
        unowned let handler: any XMLStreamHandler
        let documentName: String
        let limits: XMLStreamLimits
        var context: xmlParserCtxtPtr?
        var error: (any Error)?
        var textRun = 0
        var sawRoot = false
        /// Qualified names of the open elements (at most `maxDepth`).
        var openElements: [String] = []

        init(handler: any XMLStreamHandler, documentName: String, limits: XMLStreamLimits) {
            self.handler = handler
            self.documentName = documentName
            self.limits = limits
        }

        var location: XMLStreamLocation {
            guard let input = context?.pointee.input else { return XMLStreamLocation(document: documentName, line: 0, column: 0) }
            return XMLStreamLocation(document: documentName, line: Int(input.pointee.line), column: Int(input.pointee.col))
        }

        /// Records the first error and stops libxml2 (it finishes the current callback only).
        func fail(_ error: any Error) {
            if self.error == nil { self.error = error }
            if let context { xmlStopParser(context) }
        }
    }

    private let state: State
    private let handler: any XMLStreamHandler
    private var context: xmlParserCtxtPtr?
    private var prescanner: XMLStreamPrescanner
    private var fedBytes = 0
    private var finished = false

    /// Creates a parser for one document.
    ///
    /// - Parameters:
    ///   - documentName: used in error locations only (`content.xml:12:5`); nothing is read from it.
    ///   - handler: receives the events; kept alive by the parser.
    public init(documentName: String, limits: XMLStreamLimits = XMLStreamLimits(), handler: any XMLStreamHandler) {
        _ = libxml2Ready
        self.handler = handler
        self.state = State(handler: handler, documentName: documentName, limits: limits)
        self.prescanner = XMLStreamPrescanner(maxAttributes: limits.maxAttributesPerElement)
    }

    deinit {
        if let context { xmlFreeParserCtxt(context) }
    }

    /// Total bytes fed so far.
    public var bytesFed: Int { fedBytes }

    /// Parses a whole document held in memory.
    ///
    /// - Throws: `XMLStreamError`, or whatever `handler` throws, unchanged.
    public static func parse(
        _ data: Data, documentName: String, limits: XMLStreamLimits = XMLStreamLimits(), handler: any XMLStreamHandler
    ) throws {
        let parser = XMLStreamParser(documentName: documentName, limits: limits, handler: handler)
        try data.withUnsafeBytes { try parser.feed($0) }
        try parser.finish()
    }

    /// Parses the next bytes of the document.
    ///
    /// - Throws: as soon as the input breaks a rule or the handler throws; the parser is
    ///   then dead and every later call throws the same error.
    public func feed(_ bytes: UnsafeRawBufferPointer) throws {
        if let error = state.error { throw error }
        precondition(!finished, "XMLStreamParser.feed after finish")
        var rest = bytes
        while !rest.isEmpty {
            // libxml2 takes an Int32 length; small slices also stop a bad document sooner.
            let piece = UnsafeRawBufferPointer(rebasing: rest.prefix(1 << 20))
            rest = UnsafeRawBufferPointer(rebasing: rest.dropFirst(piece.count))
            try feedPiece(piece)
        }
    }

    /// Tells the parser the document is complete and checks it ended properly.
    public func finish() throws {
        if let error = state.error { throw error }
        guard !finished else { return }
        finished = true
        guard fedBytes > 0, let context else {
            throw fail(XMLStreamError.emptyDocument(document: state.documentName))
        }
        let status = xmlParseChunk(context, nil, 0, 1)
        if let open = state.openElements.last, case .notWellFormed(_, let location)? = state.error as? XMLStreamError {
            // libxml2's push parser says "Extra content at the end of the document" here.
            state.error = XMLStreamError.truncated(openElement: open, location)
        }
        try check(status)
        if !state.sawRoot { throw fail(XMLStreamError.emptyDocument(document: state.documentName)) }
    }

    private func feedPiece(_ piece: UnsafeRawBufferPointer) throws {
        fedBytes += piece.count
        if fedBytes > state.limits.maxDocumentBytes {
            throw fail(XMLStreamError.documentTooLarge(limit: state.limits.maxDocumentBytes, document: state.documentName))
        }
        if let violation = prescanner.scan(piece) {
            let name = state.documentName
            let error: XMLStreamError = switch violation {
            case .tooManyAttributes(let line, let column):
                .tooManyAttributes(limit: state.limits.maxAttributesPerElement, XMLStreamLocation(document: name, line: line, column: column))
            case .byteOrderMark(let what):
                .unsupportedEncoding(what, XMLStreamLocation(document: name, line: 1, column: 1))
            case .nulByte(let line, let column):
                .unsupportedEncoding("NUL byte; UTF-16 or UTF-32 input?", XMLStreamLocation(document: name, line: line, column: column))
            }
            throw fail(error)
        }
        let base = piece.baseAddress!.assumingMemoryBound(to: CChar.self)
        let status: Int32
        if let context {
            status = xmlParseChunk(context, base, Int32(piece.count), 0)
        } else {
            let context = try makeContext()
            status = xmlParseChunk(context, base, Int32(piece.count), 0)
        }
        try check(status)
    }

    private func makeContext() throws -> xmlParserCtxtPtr {
        var sax = Self.saxHandler()
        let userData = Unmanaged.passUnretained(state).toOpaque()
        guard let context = state.documentName.withCString({ name in
            xmlCreatePushParserCtxt(&sax, userData, nil, 0, name)
        }) else {
            throw fail(XMLStreamError.notWellFormed("libxml2 could not create a parser", state.location))
        }
        self.context = context
        state.context = context
        xmlCtxtUseOptions(context, Int32(XML_PARSE_NONET.rawValue | XML_PARSE_BIG_LINES.rawValue))
        return context
    }

    /// Turns a failed `xmlParseChunk` into the first recorded error.
    private func check(_ status: Int32) throws {
        if let error = state.error { throw error }
        guard let context else { return }
        if status != 0 || context.pointee.wellFormed == 0 {
            let message = context.pointee.lastError.message.map { String(cString: $0) } ?? "not well-formed (libxml2 error \(status))"
            let location = XMLStreamLocation(
                document: state.documentName, line: Int(context.pointee.lastError.line), column: Int(context.pointee.lastError.int2))
            throw fail(XMLStreamError.notWellFormed(message.trimmingCharacters(in: .whitespacesAndNewlines), location))
        }
    }

    private func fail(_ error: any Error) -> any Error {
        state.fail(error)
        return state.error ?? error
    }

    // MARK: - SAX callbacks (capture nothing; context is `State` via user data)

    private static func saxHandler() -> xmlSAXHandler {
        var sax = xmlSAXHandler()
        sax.initialized = UInt32(XML_SAX2_MAGIC)
        sax.internalSubset = { userData, _, _, _ in
            let state = State.from(userData)
            state.fail(XMLStreamError.doctypeNotAllowed(state.location))
        }
        sax.externalSubset = { userData, _, _, _ in
            let state = State.from(userData)
            state.fail(XMLStreamError.doctypeNotAllowed(state.location))
        }
        sax.getEntity = { userData, name in
            let state = State.from(userData)
            state.fail(XMLStreamError.entityNotAllowed(name: name.map { String(cString: $0) } ?? "", state.location))
            return nil
        }
        sax.getParameterEntity = { userData, name in
            let state = State.from(userData)
            state.fail(XMLStreamError.entityNotAllowed(name: name.map { "%" + String(cString: $0) } ?? "", state.location))
            return nil
        }
        sax.reference = { userData, name in
            let state = State.from(userData)
            state.fail(XMLStreamError.entityNotAllowed(name: name.map { String(cString: $0) } ?? "", state.location))
        }
        sax.entityDecl = { userData, name, _, _, _, _ in
            let state = State.from(userData)
            state.fail(XMLStreamError.doctypeNotAllowed(state.location))
        }
        sax.startDocument = { userData in
            let state = State.from(userData)
            guard let context = state.context else { return }
            for encoding in [context.pointee.encoding, context.pointee.input?.pointee.encoding] {
                guard let encoding else { continue }
                let name = String(cString: encoding)
                if name.uppercased() != "UTF-8" && name.uppercased() != "UTF8" {
                    state.fail(XMLStreamError.unsupportedEncoding("the document declares \(name)", state.location))
                    return
                }
            }
        }
        sax.startElementNs = { userData, localName, prefix, uri, _, _, attributeCount, _, attributes in
            let state = State.from(userData)
            guard state.error == nil else { return }
            state.sawRoot = true
            state.textRun = 0
            guard state.openElements.count < state.limits.maxDepth else {
                state.fail(XMLStreamError.tooDeep(limit: state.limits.maxDepth, state.location))
                return
            }
            let qualifiedName = (prefix.map { String(cString: $0) + ":" } ?? "") + (localName.map { String(cString: $0) } ?? "")
            state.openElements.append(qualifiedName)
            let count = Int(attributeCount)
            if count > state.limits.maxAttributesPerElement {
                state.fail(XMLStreamError.tooManyAttributes(limit: state.limits.maxAttributesPerElement, state.location))
                return
            }
            var list: [XMLStreamAttribute] = []
            list.reserveCapacity(count)
            if let attributes {
                for i in 0..<count {
                    let base = attributes + 5 * i
                    guard let name = base[0], let start = base[3], let end = base[4] else { continue }
                    list.append(XMLStreamAttribute(
                        localName: String(cString: name),
                        prefix: base[1].map { String(cString: $0) },
                        namespaceURI: base[2].map { String(cString: $0) },
                        value: unescapeAmpersands(String(decoding: UnsafeBufferPointer(start: start, count: end - start), as: UTF8.self))
                    ))
                }
            }
            let element = XMLStreamElement(
                localName: localName.map { String(cString: $0) } ?? "",
                prefix: prefix.map { String(cString: $0) },
                namespaceURI: uri.map { String(cString: $0) },
                attributes: list,
                location: state.location
            )
            do { try state.handler.startElement(element) } catch { state.fail(error) }
        }
        sax.endElementNs = { userData, localName, _, uri in
            let state = State.from(userData)
            guard state.error == nil else { return }
            state.textRun = 0
            state.openElements.removeLast()
            do {
                try state.handler.endElement(
                    localName: localName.map { String(cString: $0) } ?? "", namespaceURI: uri.map { String(cString: $0) })
            } catch {
                state.fail(error)
            }
        }
        let characters: charactersSAXFunc = { userData, bytes, length in
            let state = State.from(userData)
            guard state.error == nil, let bytes, length > 0 else { return }
            state.textRun += Int(length)
            if state.textRun > state.limits.maxTextBytes {
                state.fail(XMLStreamError.textTooLong(limit: state.limits.maxTextBytes, state.location))
                return
            }
            do {
                try state.handler.characters(String(decoding: UnsafeBufferPointer(start: bytes, count: Int(length)), as: UTF8.self))
            } catch {
                state.fail(error)
            }
        }
        sax.characters = characters
        sax.ignorableWhitespace = characters
        sax.cdataBlock = characters
        sax.serror = { userData, error in
            guard let userData, let error else { return }
            let state = State.from(userData)
            guard error.pointee.level.rawValue >= XML_ERR_ERROR.rawValue, state.error == nil else { return }
            let message = error.pointee.message.map { String(cString: $0) } ?? "XML error \(error.pointee.code)"
            state.fail(XMLStreamError.notWellFormed(
                message.trimmingCharacters(in: .whitespacesAndNewlines),
                XMLStreamLocation(document: state.documentName, line: Int(error.pointee.line), column: Int(error.pointee.int2))
            ))
        }
        return sax
    }
}

/// Without entity substitution libxml2 2.9 hands SAX2 attribute values with every `&`
/// (from `&amp;` or `&#38;`) written as `&#38;`, for its tree builder to re-parse. A raw `&`
/// cannot otherwise reach that buffer, so replacing each `&#38;` is exact.
private func unescapeAmpersands(_ value: String) -> String {
    value.contains("&") ? value.replacingOccurrences(of: "&#38;", with: "&") : value
}

extension XMLStreamParser.State {
    static func from(_ userData: UnsafeMutableRawPointer?) -> XMLStreamParser.State {
        Unmanaged<XMLStreamParser.State>.fromOpaque(userData!).takeUnretainedValue()
    }
}
