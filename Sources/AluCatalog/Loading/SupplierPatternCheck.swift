import AluXML

/// Applies the ``SchemaPattern``s left out of the loader's copy of `supplier.xsd`
/// to a supplier entry's tree, at every place `supplier.xsd` gives those types.
///
/// It only answers whether all values match: an entry that passes this and the
/// pattern-less schema is valid against the published schema; any other entry is
/// validated again against the published schema for libxml2's own diagnostics
/// (``CatalogLoader``). So this need not mimic how libxml2 reports, only where it
/// looks in a structurally valid entry.
enum SupplierPatternCheck {
    /// The children of `<supplier>` that hold pattern-typed values.
    private enum Field: CaseIterable {
        case neq, website, email, phone, address, contacts, capabilities, equipment, references, exportExperience, targetMarkets
    }

    private static let fieldList = Field.allCases
    private static let fields = XMLNameTable(fieldList.map { "\($0)" })

    /// True when every checked value matches its pattern. `patterns` is indexed by
    /// ``SchemaPattern/rawValue`` and says which patterns to check.
    static func allMatch(_ root: XMLNodeView, patterns: [Bool]) -> Bool {
        func text(_ element: XMLNodeView?, _ pattern: SchemaPattern) -> Bool {
            guard patterns[pattern.rawValue], let element else { return true }
            return element.collapsedTextSatisfies(pattern.matches)
        }
        func attribute(_ element: XMLNodeView, _ name: StaticString, _ pattern: SchemaPattern) -> Bool {
            guard patterns[pattern.rawValue] else { return true }
            return element.collapsedAttributeSatisfies(name, pattern.matches) ?? true
        }
        func list(_ element: XMLNodeView, _ pattern: SchemaPattern) -> Bool {
            guard patterns[pattern.rawValue] else { return true }
            return element.collapsedTextSatisfies { value in
                value.split(separator: 0x20).allSatisfy { pattern.matches(UnsafeBufferPointer(rebasing: $0)) }
            }
        }

        guard attribute(root, "id", .id) else { return false }
        for child in root.children {
            guard let index = fields.index(of: child) else { continue }
            let ok: Bool
            switch fieldList[index] {
            case .neq: ok = text(child, .neq)
            case .website: ok = text(child, .webURL)
            case .email: ok = text(child, .email)
            case .phone: ok = text(child, .e164)
            case .address: ok = text(child.child("postalCode"), .postalCode)
            case .contacts:
                ok = child.children.allSatisfy { contact in
                    !contact.hasName("contact") || (text(contact.child("email"), .email) && text(contact.child("phone"), .e164))
                }
            case .capabilities:
                ok = child.children.allSatisfy { !$0.hasName("capability") || attribute($0, "ref", .taxonomyID) }
            case .equipment:
                ok = child.children.allSatisfy { line in
                    !line.hasName("line") || (attribute(line, "capability", .taxonomyID) && attribute(line, "hs", .hsCode))
                }
            case .references:
                ok = child.children.allSatisfy { !$0.hasName("reference") || text($0.child("country"), .countryCode) }
            case .exportExperience, .targetMarkets: ok = list(child, .countryCode)
            }
            guard ok else { return false }
        }
        return true
    }
}
