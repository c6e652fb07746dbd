internal import CLibXML2
import Foundation

/// A read-only view of one element of a parsed libxml2 tree, for decoders that
/// build model values straight from the tree without first copying it into
/// ``XMLElement`` values.
///
/// A view is only valid inside the `read` closure given to
/// ``SafeXMLParser/parse(_:file:limits:selectSchema:read:)``: the tree is freed
/// when the closure returns, so a view must never be stored or returned (take
/// `String`s out of it instead). It is `package`, not `public`, for that reason.
///
/// Why it exists: copying every element into Swift values, then decoding from the
/// copies, cost more CPU than libxml2's own parse of a supplier entry. Reading the
/// tree in place allocates only the strings the model keeps. Names are compared
/// byte for byte against static strings, never converted.
package struct XMLNodeView {
    let node: xmlNodePtr

    init(_ node: xmlNodePtr) { self.node = node }

    /// The element's local name.
    package var name: String { String(cString: node.pointee.name) }

    /// True when the local name is exactly `name`.
    package func hasName(_ name: StaticString) -> Bool {
        Self.equals(node.pointee.name, name)
    }

    /// The namespace URI, nil when the element has none.
    package var namespace: String? {
        node.pointee.ns?.pointee.href.map { String(cString: $0) }
    }

    /// The line where the start tag begins.
    package var line: Int { Int(xmlGetLineNo(node)) }

    /// The value of the unprefixed attribute `name`.
    package subscript(attribute name: StaticString) -> String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, Self.equals(current.pointee.name, name) {
                return Self.text(of: current.pointee.children, trimmed: false)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// `xml:lang`, when present.
    package var language: String? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if let href = current.pointee.ns?.pointee.href, Self.equals(current.pointee.name, "lang"),
               Self.equals(href, "http://www.w3.org/XML/1998/namespace") {
                return Self.text(of: current.pointee.children, trimmed: false)
            }
            attribute = current.pointee.next
        }
        return nil
    }

    /// The direct text (text and CDATA children, concatenated), as in ``XMLElement/text``.
    package var text: String { Self.text(of: node.pointee.children, trimmed: false) }

    /// The direct text without leading and trailing XML whitespace.
    package var trimmedText: String { Self.text(of: node.pointee.children, trimmed: true) }

    /// The direct text split on XML whitespace, for list types such as `fr en es`.
    package var tokens: [String] {
        var result: [String] = []
        Self.withText(of: node.pointee.children) { bytes in
            var start: Int?
            for index in bytes.indices {
                if Self.isSpace(bytes[index]) {
                    if let first = start {
                        result.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[first..<index]), as: UTF8.self))
                        start = nil
                    }
                } else if start == nil {
                    start = index
                }
            }
            if let first = start {
                result.append(String(decoding: UnsafeRawBufferPointer(rebasing: bytes[first...]), as: UTF8.self))
            }
        }
        return result
    }

    /// The UTF-8 byte count of the direct text (text and CDATA children), in place:
    /// an upper bound of its length in characters, collapsed or not.
    package var textByteCount: Int {
        var count = 0
        var child = node.pointee.children
        while let current = child {
            let type = current.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                count += strlen(content)
            }
            child = current.pointee.next
        }
        return count
    }

    /// Calls `body` with the direct text after XML Schema's whitespace `collapse`
    /// (what a facet of an `xs:token` type sees), as UTF-8 bytes, and returns its
    /// answer; in place when the text needs no change.
    /// Not generic, so it stays fast when called from other modules.
    package func collapsedTextSatisfies(_ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var result = false
        Self.withText(of: node.pointee.children) { raw in
            result = Self.collapsed(raw.assumingMemoryBound(to: UInt8.self), body)
        }
        return result
    }

    /// Like ``collapsedTextSatisfies(_:)`` for the unprefixed attribute `name`;
    /// nil when the attribute is absent.
    package func collapsedAttributeSatisfies(_ name: StaticString, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool? {
        var attribute = node.pointee.properties
        while let current = attribute {
            if current.pointee.ns == nil, Self.equals(current.pointee.name, name) {
                var result = false
                Self.withText(of: current.pointee.children) { raw in
                    result = Self.collapsed(raw.assumingMemoryBound(to: UInt8.self), body)
                }
                return result
            }
            attribute = current.pointee.next
        }
        return nil
    }

    private static func collapsed(_ bytes: UnsafeBufferPointer<UInt8>, _ body: (UnsafeBufferPointer<UInt8>) -> Bool) -> Bool {
        var clean = true
        var previousSpace = true  // a leading space needs collapsing
        for byte in bytes {
            if byte == 0x09 || byte == 0x0A || byte == 0x0D || (byte == 0x20 && previousSpace) { clean = false; break }
            previousSpace = byte == 0x20
        }
        if clean, !previousSpace || bytes.isEmpty { return body(bytes) }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var pendingSpace = false
        for byte in bytes {
            if isSpace(byte) {
                pendingSpace = !out.isEmpty
            } else {
                if pendingSpace { out.append(0x20); pendingSpace = false }
                out.append(byte)
            }
        }
        return out.withUnsafeBufferPointer(body)
    }

    /// Child elements, in document order.
    package var children: Children { Children(first: node.pointee.children) }

    /// The first child element called `name`.
    package func child(_ name: StaticString) -> XMLNodeView? {
        children.first { $0.hasName(name) }
    }

    /// The trimmed text of the first child called `name`.
    package func childText(_ name: StaticString) -> String? {
        child(name)?.trimmedText
    }

    /// A deep copy into Swift values, for callers that keep the tree.
    package func copy() -> XMLElement { XMLTreeCopier.copy(node) }

    /// The element children of a node, skipping text, comments and processing
    /// instructions.
    package struct Children: Sequence, IteratorProtocol {
        var upcoming: xmlNodePtr?

        init(first: xmlNodePtr?) { upcoming = first }

        package mutating func next() -> XMLNodeView? {
            while let current = upcoming {
                upcoming = current.pointee.next
                if current.pointee.type == XML_ELEMENT_NODE { return XMLNodeView(current) }
            }
            return nil
        }

    }

    // MARK: - Bytes

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x09 || byte == 0x0D
    }

    private static func equals(_ cString: UnsafePointer<xmlChar>?, _ name: StaticString) -> Bool {
        guard let cString else { return false }
        return equals(cString, UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }

    /// True when the NUL-terminated `cString` is exactly `bytes` (which hold no NUL).
    /// Stops at the first difference, so it never reads past the terminator.
    static func equals(_ cString: UnsafePointer<xmlChar>, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        for index in 0..<bytes.count where cString[index] != bytes[index] { return false }
        return cString[bytes.count] == 0
    }

    /// Calls `body` with the UTF-8 bytes of the text and CDATA nodes in a sibling
    /// list: in place when there is one such node (the common case), else joined.
    private static func withText(of first: xmlNodePtr?, _ body: (UnsafeRawBufferPointer) -> Void) {
        var single: UnsafePointer<xmlChar>?
        var count = 0
        var node = first
        while let current = node {
            let type = current.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                single = count == 0 ? UnsafePointer(content) : nil
                count += 1
            }
            node = current.pointee.next
        }
        if count == 0 { return body(UnsafeRawBufferPointer(start: nil, count: 0)) }
        if count == 1, let single {
            return body(UnsafeRawBufferPointer(start: single, count: strlen(single)))
        }
        var joined: [UInt8] = []
        node = first
        while let current = node {
            let type = current.pointee.type
            if type == XML_TEXT_NODE || type == XML_CDATA_SECTION_NODE, let content = current.pointee.content {
                joined.append(contentsOf: UnsafeBufferPointer(start: content, count: strlen(content)))
            }
            node = current.pointee.next
        }
        joined.withUnsafeBytes(body)
    }

    /// The concatenated content of the text and CDATA nodes in a sibling list.
    static func text(of first: xmlNodePtr?, trimmed: Bool) -> String {
        var result = ""
        withText(of: first) { bytes in
            var start = bytes.startIndex, end = bytes.endIndex
            if trimmed {
                while start < end, isSpace(bytes[start]) { start += 1 }
                while end > start, isSpace(bytes[end - 1]) { end -= 1 }
            }
            result = String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
        }
        return result
    }
}

/// Finds an element's local name in a fixed list by comparing bytes, without
/// making a `String` of each name: for decoders that dispatch on every child of
/// every document. Not generic on purpose, so it is fast from other modules.
package struct XMLNameTable: Sendable {
    /// The names, each followed by a NUL byte.
    private let bytes: [UInt8]
    /// Where each name starts in `bytes`.
    private let starts: [Int]

    package init(_ names: [String]) {
        var bytes: [UInt8] = [], starts: [Int] = []
        for name in names {
            precondition(!name.isEmpty && !name.utf8.contains(0), "element names are not empty and hold no NUL")
            starts.append(bytes.count)
            bytes += name.utf8
            bytes.append(0)
        }
        self.bytes = bytes
        self.starts = starts
    }

    /// The position in the list of the element's local name, nil when absent.
    package func index(of element: XMLNodeView) -> Int? {
        guard let name = element.node.pointee.name else { return nil }
        return bytes.withUnsafeBufferPointer { table in
            for (index, start) in starts.enumerated() where table[start] == name[0] {
                var offset = 1
                while table[start + offset] != 0, table[start + offset] == name[offset] { offset += 1 }
                if table[start + offset] == 0, name[offset] == 0 { return index }
            }
            return nil
        }
    }
}
