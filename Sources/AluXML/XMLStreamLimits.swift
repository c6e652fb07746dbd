/// Caps `XMLStreamParser` enforces on top of libxml2's own (names 50,000 bytes).
public struct XMLStreamLimits: Sendable, Hashable {
    /// Most attributes (namespace declarations included) on one start tag. Default 256.
    /// Checked on the raw bytes before libxml2 sees the tag: libxml2 2.9.14 spends 11–15 s
    /// of CPU on a tag with 30,000 attributes.
    public var maxAttributesPerElement: Int
    /// Longest run of character data between two tags, in UTF-8 bytes. Default 10,000,000
    /// (libxml2's `XML_MAX_TEXT_LENGTH`, which a SAX parser does not otherwise get).
    public var maxTextBytes: Int
    /// Most input bytes fed to one parser. Default 64 MiB.
    public var maxDocumentBytes: Int
    /// Deepest element nesting. Default 256, libxml2's `xmlParserMaxDepth`, which its push
    /// parser does not apply when a SAX handler (not the tree builder) gets the events.
    public var maxDepth: Int

    public init(maxAttributesPerElement: Int = 256, maxTextBytes: Int = 10_000_000, maxDocumentBytes: Int = 64 << 20, maxDepth: Int = 256) {
        self.maxAttributesPerElement = maxAttributesPerElement
        self.maxTextBytes = maxTextBytes
        self.maxDocumentBytes = maxDocumentBytes
        self.maxDepth = maxDepth
    }
}
