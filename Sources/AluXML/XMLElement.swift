/// An element of a parsed document, copied out of libxml2 into plain Swift values.
///
/// Our documents have no mixed content, so an element keeps its direct text
/// (text and CDATA children, concatenated) and its child elements; comments and
/// processing instructions are dropped. `line` is where the start tag begins, for
/// diagnostics.
public struct XMLElement: Sendable, Hashable {
    /// One attribute; `namespace` is nil for unprefixed attributes.
    public struct Attribute: Sendable, Hashable {
        public var name: String
        public var namespace: String?
        public var value: String

        public init(name: String, namespace: String? = nil, value: String) {
            self.name = name
            self.namespace = namespace
            self.value = value
        }
    }

    /// The namespace of `xml:lang` and `xml:space`.
    public static let xmlNamespace = "http://www.w3.org/XML/1998/namespace"

    public var name: String
    public var namespace: String?
    public var attributes: [Attribute]
    public var children: [XMLElement]
    public var text: String
    public var line: Int

    public init(
        name: String, namespace: String? = nil, attributes: [Attribute] = [],
        children: [XMLElement] = [], text: String = "", line: Int = 0
    ) {
        self.name = name
        self.namespace = namespace
        self.attributes = attributes
        self.children = children
        self.text = text
        self.line = line
    }

    /// The value of the unprefixed attribute `name`.
    public subscript(attribute name: String) -> String? {
        attributes.first { $0.name == name && $0.namespace == nil }?.value
    }

    /// `xml:lang`, when present.
    public var language: String? {
        attributes.first { $0.name == "lang" && $0.namespace == XMLElement.xmlNamespace }?.value
    }

    /// The first child element called `name`.
    public func child(_ name: String) -> XMLElement? {
        children.first { $0.name == name }
    }

    /// Every child element called `name`, in document order.
    public func children(_ name: String) -> [XMLElement] {
        children.filter { $0.name == name }
    }

    /// The text of the first child called `name`, trimmed of surrounding whitespace.
    public func childText(_ name: String) -> String? {
        child(name).map { $0.trimmedText }
    }

    /// The text with leading and trailing XML whitespace removed.
    public var trimmedText: String {
        text.trimmingXMLWhitespace()
    }

    /// The text split on XML whitespace, for list types such as `fr en es`.
    public var tokens: [String] {
        text.utf8.split(whereSeparator: { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D })
            .map { String(decoding: $0, as: UTF8.self) }
    }
}

extension String {
    /// Removes leading and trailing space, tab, CR and LF (the XML whitespace set).
    /// Works on UTF-8 bytes: the XML whitespace set is ASCII, and this runs for
    /// every element of every entry.
    package func trimmingXMLWhitespace() -> String {
        let isSpace: (UInt8) -> Bool = { $0 == 0x20 || $0 == 0x0A || $0 == 0x09 || $0 == 0x0D }
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if !isSpace(first) && !isSpace(last) { return self }
        guard let start = bytes.firstIndex(where: { !isSpace($0) }) else { return "" }
        let end = bytes.lastIndex(where: { !isSpace($0) })!
        return String(self[start...end])
    }
}
