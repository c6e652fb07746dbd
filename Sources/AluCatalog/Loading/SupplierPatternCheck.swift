import AluXML

/// Applies the ``SchemaPattern``s left out of the loader's copy of `supplier.xsd`
/// to a supplier entry's tree, at every place `supplier.xsd` gives those types, and
/// counts the ``SchemaRepeat``s that copy leaves unbounded, and bounds the length of
/// the free texts whose ``SchemaLength`` facets it lacks.
///
/// It only answers whether all values match and all counts are within their bounds:
/// an entry that passes this and the loader's schema is valid against the published
/// schema; any other entry is
/// validated again against the published schema for libxml2's own diagnostics
/// (``CatalogLoader``). So this need not mimic how libxml2 reports, only where it
/// looks in a structurally valid entry.
enum SupplierPatternCheck {
    /// The children of `<supplier>` that hold pattern-typed values.
    private enum Field: CaseIterable {
        case legalName, operatingName, neq, website, email, phone, address, contacts, descriptions, capabilities, equipment, references,
             exportExperience, targetMarkets, certifications, memberships, internalNotes
    }

    private static let fieldList = Field.allCases
    private static let fields = XMLNameTable(fieldList.map { "\($0)" })

    /// True when every checked value matches its pattern and every counted repeat is
    /// within its bound. `patterns` is indexed by ``SchemaPattern/rawValue`` and says
    /// which patterns to check; `repeats`, by ``SchemaRepeat/rawValue``, which
    /// repeats to count; `lengths`, whether to bound the free texts.
    static func allMatch(_ root: XMLNodeView, patterns: [Bool], repeats: [Bool], lengths: Bool) -> Bool {
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

        /// At most `repeated.maxOccurs` children of `container` called `name`.
        func within(_ container: XMLNodeView, _ name: StaticString, _ repeated: SchemaRepeat) -> Bool {
            guard repeats[repeated.rawValue] else { return true }
            var count = 0
            for child in container.children where child.hasName(name) {
                count += 1
                if count > repeated.maxOccurs { return false }
            }
            return true
        }

        /// At most `limit.maxLength` bytes of text (hence characters), when present.
        func short(_ element: XMLNodeView?, _ limit: SchemaLength) -> Bool {
            guard lengths, let element else { return true }
            return element.textByteCount <= limit.maxLength
        }
        func shortAttribute(_ element: XMLNodeView, _ name: StaticString, _ limit: SchemaLength) -> Bool {
            guard lengths else { return true }
            return element.collapsedAttributeSatisfies(name) { $0.count <= limit.maxLength } ?? true
        }
        /// Every child called `name` within `limit`.
        func allShort(_ container: XMLNodeView, _ name: StaticString, _ limit: SchemaLength) -> Bool {
            guard lengths else { return true }
            return container.children.allSatisfy { !$0.hasName(name) || short($0, limit) }
        }

        guard attribute(root, "id", .id) else { return false }
        for child in root.children {
            guard let index = fields.index(of: child) else { continue }
            let ok: Bool
            switch fieldList[index] {
            case .legalName, .operatingName: ok = short(child, .name)
            case .internalNotes: ok = short(child, .text)
            case .neq: ok = text(child, .neq)
            case .website: ok = text(child, .webURL)
            case .email: ok = text(child, .email)
            case .phone: ok = text(child, .e164)
            case .address:
                ok = text(child.child("postalCode"), .postalCode) && short(child.child("street"), .name) && short(child.child("city"), .name)
            case .contacts:
                ok = within(child, "contact", .contact) && child.children.allSatisfy { contact in
                    !contact.hasName("contact") || (text(contact.child("email"), .email) && text(contact.child("phone"), .e164)
                        && short(contact.child("name"), .name) && short(contact.child("title"), .title))
                }
            case .descriptions:
                ok = within(child, "description", .description) && allShort(child, "description", .text)
            case .capabilities:
                ok = within(child, "capability", .capability) && child.children.allSatisfy { !$0.hasName("capability") || attribute($0, "ref", .taxonomyID) }
            case .equipment:
                ok = within(child, "line", .line) && child.children.allSatisfy { line in
                    !line.hasName("line") || (attribute(line, "capability", .taxonomyID) && attribute(line, "hs", .hsCode)
                        && within(line, "name", .lineName) && allShort(line, "name", .title))
                }
            case .references:
                ok = within(child, "reference", .reference) && child.children.allSatisfy { reference in
                    !reference.hasName("reference") || (text(reference.child("country"), .countryCode) && within(reference, "scope", .referenceScope)
                        && short(reference.child("client"), .name) && short(reference.child("site"), .name) && allShort(reference, "scope", .scope))
                }
            case .exportExperience, .targetMarkets: ok = list(child, .countryCode)
            case .certifications:
                ok = within(child, "certification", .certification) && child.children.allSatisfy { certification in
                    !certification.hasName("certification")
                        || (shortAttribute(certification, "number", .name) && shortAttribute(certification, "issuer", .name))
                }
            case .memberships: ok = within(child, "membership", .membership) && allShort(child, "membership", .name)
            }
            guard ok else { return false }
        }
        return true
    }
}
