/// A file of the packet, listed and linked on the index page.
public struct PacketFile: Sendable, Hashable {
    /// Path relative to `index.html` (`brochure-fr.ods`, `schema/catalog.xsd`).
    ///
    /// Linked only when it is a plain relative path of letters, digits, `.`,
    /// `_`, `-` and `/` with no `..` segment; otherwise shown as text.
    public var name: String
    /// What the file is, in the page's language.
    public var description: String

    public init(name: String, description: String) {
        self.name = name
        self.description = description
    }

    /// True when ``name`` is safe to use as a relative `href` as is.
    public var isLinkable: Bool {
        guard !name.isEmpty, !name.hasPrefix("/"), name.unicodeScalars.allSatisfy({
            ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || "._-/".unicodeScalars.contains($0)
        }) else { return false }
        return !name.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." || $0.isEmpty }
    }
}
