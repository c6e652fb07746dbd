internal import CLibXML2

/// Copies a libxml2 element tree into ``XMLElement`` values, so no C pointer
/// outlives the parse.
///
/// Runs for every element of every entry, so it avoids needless allocations: a
/// document's elements share a handful of namespace declarations, whose URIs are
/// converted once; text is read as ``XMLNodeView`` reads it.
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
                value: XMLNodeView.text(of: current.pointee.children, trimmed: false)))
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            if current.pointee.type == XML_ELEMENT_NODE { element.children.append(copy(current)) }
            child = current.pointee.next
        }
        element.text = XMLNodeView.text(of: node.pointee.children, trimmed: false)
        return element
    }
}
