internal import CLibXML2

/// An XML Schema regular expression compiled by libxml2: the very matcher libxml2
/// applies to `xs:pattern` facets. AluCatalog's own pattern checks are held to it
/// in tests; it is not used on the validation path.
package final class XMLRegularExpression {
    private let pointer: xmlRegexpPtr

    /// Compiles `pattern` (XML Schema syntax, implicitly anchored); nil if invalid.
    package init?(_ pattern: String) {
        _ = LibXML2Runtime.ready
        guard let compiled = pattern.withCString({ xmlRegexpCompile(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }) else {
            return nil
        }
        pointer = compiled
    }

    deinit { xmlRegFreeRegexp(pointer) }

    /// True when the whole of `value` matches.
    package func matches(_ value: String) -> Bool {
        value.withCString { xmlRegexpExec(pointer, UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) == 1 }
    }
}
