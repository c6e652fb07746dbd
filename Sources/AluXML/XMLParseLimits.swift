/// Bounds applied to untrusted XML before and while libxml2 sees it.
///
/// libxml2's own limits (depth 256, 10 MB text nodes, entity amplification) stay
/// on: we never pass `XML_PARSE_HUGE`. These add what 2.9.14 lacks.
public struct XMLParseLimits: Sendable, Hashable {
    /// Largest input accepted, in bytes. A supplier entry is a few kilobytes.
    public var maxBytes: Int
    /// Most attributes on one element. libxml2 2.9's duplicate-attribute check is
    /// quadratic: 30,000 attributes cost 11–15 s of CPU.
    public var maxAttributesPerElement: Int

    public init(maxBytes: Int = 4 << 20, maxAttributesPerElement: Int = 256) {
        self.maxBytes = maxBytes
        self.maxAttributesPerElement = maxAttributesPerElement
    }

    public static let `default` = XMLParseLimits()
}
