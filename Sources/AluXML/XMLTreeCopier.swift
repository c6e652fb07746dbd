internal import CLibXML2

/// Copies a libxml2 element tree into ``XMLElement`` values, so no C pointer
/// outlives the parse.
///
/// Runs for every element of every entry, so it avoids needless allocations: a
/// document's elements share a handful of namespace declarations, whose URIs are
/// converted once; text made of one node is taken as is rather than appended.
struct XMLTreeCopier {
    private var namespaces: [(pointer: UnsafePointer<xmlChar>, uri: String)] = []

    static func copy(_ node: xmlNodePtr) -> XMLElement {
        var copier = XMLTreeCopier()
        return copier.copy(node)
    }

    private mutating func namespace(_ ns: xmlNsPtr?) -> String? {
        guard let href = ns?.pointee.href else { return nil }
        if let known = namespaces.first(where: { $0.pointer == href }) { return known.uri }
        let uri = String(cString: href)
        namespaces.append((href, uri))
        return uri
    }

    /// The concatenated content of text and CDATA nodes in a sibling list.
    private static func text(_ first: xmlNodePtr?) -> String {
        guard let first else { return "" }
        if first.pointee.next == nil {
            let type = first.pointee.type
            guard type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = first.pointee.content else { return "" }
            return String(cString: content)
        }
        var value = ""
        var child: xmlNodePtr? = first
        while let current = child {
            let type = current.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                value += String(cString: content)
            }
            child = current.pointee.next
        }
        return value
    }

    private mutating func copy(_ node: xmlNodePtr) -> XMLElement {
        var element = XMLElement(
            name: String(cString: node.pointee.name),
            namespace: namespace(node.pointee.ns),
            line: Int(xmlGetLineNo(node)))
        var attribute = node.pointee.properties
        while let current = attribute {
            element.attributes.append(.init(
                name: String(cString: current.pointee.name),
                namespace: namespace(current.pointee.ns),
                value: Self.text(current.pointee.children)))
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { element.children.append(copy(current)) }
            child = current.pointee.next
        }
        element.text = Self.text(node.pointee.children)
        return element
    }
}
