/// One attribute of a start tag, with its namespace resolved.
public struct XMLStreamAttribute: Sendable, Hashable {
    public var localName: String
    public var prefix: String?
    /// nil for an unprefixed attribute (attributes do not take the default namespace).
    public var namespaceURI: String?
    /// The value with character and predefined entity references already replaced.
    public var value: String
}

/// A start tag, delivered by `XMLStreamParser` to its handler.
public struct XMLStreamElement: Sendable, Hashable {
    public var localName: String
    public var prefix: String?
    public var namespaceURI: String?
    public var attributes: [XMLStreamAttribute]
    /// Where the parser was when it reported the tag (just after its `>`).
    public var location: XMLStreamLocation

    /// The value of the attribute with this local name in this namespace (nil: no namespace).
    public func attribute(_ localName: String, namespace: String?) -> String? {
        attributes.first { $0.localName == localName && $0.namespaceURI == namespace }?.value
    }
}

/// Receives the events of an `XMLStreamParser`, in document order.
///
/// Throwing from any method stops the parse; the parser rethrows that error unchanged.
/// Comments, processing instructions and the XML declaration are not reported.
public protocol XMLStreamHandler: AnyObject {
    func startElement(_ element: XMLStreamElement) throws
    func endElement(localName: String, namespaceURI: String?) throws
    /// Character data, possibly split over several calls. CDATA sections arrive here too.
    func characters(_ text: String) throws
}

extension XMLStreamHandler {
    public func startElement(_ element: XMLStreamElement) throws {}
    public func endElement(localName: String, namespaceURI: String?) throws {}
    public func characters(_ text: String) throws {}
}
