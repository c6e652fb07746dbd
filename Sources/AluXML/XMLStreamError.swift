public import Foundation

/// Where in an XML document something happened: a part name and a 1-based line and column.
public struct XMLStreamLocation: Sendable, Hashable, CustomStringConvertible {
    /// The document's name as given to the parser (`content.xml`, `META-INF/manifest.xml`).
    public var document: String
    public var line: Int
    /// 0 when libxml2 did not know the column.
    public var column: Int

    public init(document: String, line: Int, column: Int) {
        self.document = document
        self.line = line
        self.column = column
    }

    /// `content.xml:12:5`, or `content.xml:12` without a column.
    public var description: String {
        column > 0 ? "\(document):\(line):\(column)" : "\(document):\(line)"
    }
}

/// Why `XMLStreamParser` stopped. Every case but `documentTooLarge` and `emptyDocument`
/// points at a line and column.
///
/// Messages never quote libxml2's stderr output or any loaded file: only
/// `xmlError.message` text, which for the inputs we accept cannot contain file contents
/// (no DOCTYPE, so nothing is ever loaded).
public enum XMLStreamError: Error, Sendable, Hashable, LocalizedError {
    /// A `<!DOCTYPE …>`: refused before its internal subset is read.
    case doctypeNotAllowed(XMLStreamLocation)
    /// A reference to an entity other than the five predefined ones.
    case entityNotAllowed(name: String, XMLStreamLocation)
    /// A start tag with more than `XMLStreamLimits.maxAttributesPerElement` attributes
    /// (libxml2 2.9's duplicate-attribute check is quadratic in their number).
    case tooManyAttributes(limit: Int, XMLStreamLocation)
    /// A run of character data longer than `XMLStreamLimits.maxTextBytes`.
    case textTooLong(limit: Int, XMLStreamLocation)
    /// Elements nested deeper than `XMLStreamLimits.maxDepth`.
    case tooDeep(limit: Int, XMLStreamLocation)
    /// The input ends inside an element (a truncated document).
    case truncated(openElement: String, XMLStreamLocation)
    /// More input than `XMLStreamLimits.maxDocumentBytes`.
    case documentTooLarge(limit: Int, document: String)
    /// Not UTF-8: a UTF-16/32 byte-order mark, NUL bytes, or another declared encoding.
    case unsupportedEncoding(String, XMLStreamLocation)
    /// No bytes at all.
    case emptyDocument(document: String)
    /// A well-formedness error reported by libxml2 (its message, trimmed).
    case notWellFormed(String, XMLStreamLocation)

    /// Where the problem is, when there is a place to point at.
    public var location: XMLStreamLocation? {
        switch self {
        case .doctypeNotAllowed(let l), .entityNotAllowed(_, let l), .tooManyAttributes(_, let l),
             .textTooLong(_, let l), .unsupportedEncoding(_, let l), .notWellFormed(_, let l),
             .tooDeep(_, let l), .truncated(_, let l):
            l
        case .documentTooLarge, .emptyDocument:
            nil
        }
    }

    public var errorDescription: String? {
        switch self {
        case .doctypeNotAllowed(let l):
            "\(l): DOCTYPE not allowed (document type declarations and entities are refused)"
        case .entityNotAllowed(let name, let l):
            "\(l): entity reference '&\(name);' not allowed"
        case .tooManyAttributes(let limit, let l):
            "\(l): an element has more than \(limit) attributes"
        case .textTooLong(let limit, let l):
            "\(l): text longer than \(limit) bytes"
        case .tooDeep(let limit, let l):
            "\(l): elements nested more than \(limit) deep"
        case .truncated(let name, let l):
            "\(l): the document ends inside element '\(name)' (truncated?)"
        case .documentTooLarge(let limit, let document):
            "\(document): larger than the \(limit)-byte limit"
        case .unsupportedEncoding(let what, let l):
            "\(l): only UTF-8 is accepted (\(what))"
        case .emptyDocument(let document):
            "\(document): the document is empty"
        case .notWellFormed(let message, let l):
            "\(l): \(message)"
        }
    }
}
