internal import CLibXML2

/// Copies a libxml2 element tree into ``XMLElement`` values, so no C pointer
/// outlives the parse.
enum XMLTreeCopier {
    static func copy(_ node: xmlNodePtr) -> XMLElement {
        var element = XMLElement(
            name: String(cString: node.pointee.name),
            namespace: node.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
            line: Int(xmlGetLineNo(node)))
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                if let content = text.pointee.content { value += String(cString: content) }
                child = text.pointee.next
            }
            element.attributes.append(.init(
                name: String(cString: current.pointee.name),
                namespace: current.pointee.ns.flatMap { $0.pointee.href.map { String(cString: $0) } },
                value: value))
            attribute = current.pointee.next
        }
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                element.children.append(copy(current))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let content = current.pointee.content { element.text += String(cString: content) }
            default:
                break
            }
            child = current.pointee.next
        }
        return element
    }
}
