import AluDiagnostics
import AluXML

/// Applies the ``SchemaPattern``s left out of the loader's copy of `supplier.xsd`
/// to a supplier entry's tree, where `supplier.xsd` gives those types, and reports
/// failures as libxml2's schema messages read after rewording:
/// `<neq>: '12' does not have the required form`.
///
/// It mirrors libxml2's reach: an element the schema allows once is checked at its
/// first occurrence, and a list reports its first bad item only.
struct SupplierPatternCheck {
    /// The children of `<supplier>` that hold pattern-typed values.
    private enum Field: CaseIterable {
        case neq, website, email, phone, address, contacts, capabilities, equipment, references, exportExperience, targetMarkets
    }

    private static let fieldList = Field.allCases
    private static let fields = XMLNameTable(fieldList.map { "\($0)" })

    /// Indexed by ``SchemaPattern/rawValue``: whether that pattern is checked here.
    let patterns: [Bool]
    let file: String
    private(set) var diagnostics: [Diagnostic] = []

    /// `patterns` is indexed by ``SchemaPattern/rawValue``.
    static func check(_ root: XMLNodeView, file: String, patterns: [Bool]) -> [Diagnostic] {
        var check = SupplierPatternCheck(patterns: patterns, file: file)
        check.attribute(root, "id", subject: "<supplier> attribute 'id'", .id)
        var seen: UInt32 = 0  // bit i: a child named fieldNames[i] was met
        for child in root.children {
            guard let index = fields.index(of: child) else { continue }
            let first = seen & (1 << index) == 0
            seen |= 1 << index
            guard first else { continue }
            switch fieldList[index] {
            case .neq: check.text(child, subject: "<neq>", .neq)
            case .website: check.text(child, subject: "<website>", .webURL)
            case .email: check.text(child, subject: "<email>", .email)
            case .phone: check.text(child, subject: "<phone>", .e164)
            case .address:
                if let postal = child.child("postalCode") { check.text(postal, subject: "<postalCode>", .postalCode) }
            case .contacts:
                for contact in child.children where contact.hasName("contact") {
                    if let email = contact.child("email") { check.text(email, subject: "<email>", .email) }
                    if let phone = contact.child("phone") { check.text(phone, subject: "<phone>", .e164) }
                }
            case .capabilities:
                for capability in child.children where capability.hasName("capability") {
                    check.attribute(capability, "ref", subject: "<capability> attribute 'ref'", .taxonomyID)
                }
            case .equipment:
                for line in child.children where line.hasName("line") {
                    check.attribute(line, "capability", subject: "<line> attribute 'capability'", .taxonomyID)
                    check.attribute(line, "hs", subject: "<line> attribute 'hs'", .hsCode)
                }
            case .references:
                for reference in child.children where reference.hasName("reference") {
                    if let country = reference.child("country") { check.text(country, subject: "<country>", .countryCode) }
                }
            case .exportExperience: check.list(child, subject: "<exportExperience>", .countryCode)
            case .targetMarkets: check.list(child, subject: "<targetMarkets>", .countryCode)
            }
        }
        return check.diagnostics
    }

    private mutating func text(_ element: XMLNodeView, subject: String, _ pattern: SchemaPattern) {
        guard patterns[pattern.rawValue] else { return }
        var bad: String?
        _ = element.collapsedTextSatisfies { value in
            if !pattern.matches(value) { bad = String(decoding: value, as: UTF8.self) }
            return true
        }
        if let bad { report(subject, bad, line: element.line) }
    }

    private mutating func attribute(_ element: XMLNodeView, _ name: StaticString, subject: String, _ pattern: SchemaPattern) {
        guard patterns[pattern.rawValue] else { return }
        var bad: String?
        _ = element.collapsedAttributeSatisfies(name) { value in
            if !pattern.matches(value) { bad = String(decoding: value, as: UTF8.self) }
            return true
        }
        if let bad { report(subject, bad, line: element.line) }
    }

    /// A list type's items: libxml2 stops at the first bad one.
    private mutating func list(_ element: XMLNodeView, subject: String, _ pattern: SchemaPattern) {
        guard patterns[pattern.rawValue] else { return }
        var bad: String?
        _ = element.collapsedTextSatisfies { value in
            for item in value.split(separator: 0x20) where !pattern.matches(UnsafeBufferPointer(rebasing: item)) {
                bad = String(decoding: UnsafeBufferPointer(rebasing: item), as: UTF8.self)
                break
            }
            return true
        }
        if let bad { report(subject, bad, line: element.line) }
    }

    private mutating func report(_ subject: String, _ text: String, line: Int) {
        let message = text.isEmpty ? "must not be empty" : "'\(text)' does not have the required form"
        diagnostics.append(.error(.init(file: file, line: line, column: nil), "\(subject): \(message)", code: "xml.schema"))
    }
}
