import AluCatalog
import AluLocalization

/// The language a supplier form is written in: every label, help tip, list entry and
/// message of the form, and the diagnostics about it.
public enum FormLanguage: String, Sendable, Hashable, CaseIterable {
    case fr, en

    /// The form's wording for `key` (a `form.*` row of AluLocalization's
    /// `MessageTables`), with `values` filled in at its `{name}` placeholders. Every
    /// word the form shows comes from there: no French or English is written here.
    func text(_ key: String, _ values: [String: String] = [:]) -> String {
        Message(key, values).text(rawValue)
    }

    // MARK: Vocabulary shown in drop-down lists
    //
    // Worded by AluLocalization's `VocabularyNames`, the table the exports and the
    // portal read too; read back by ``Vocabulary`` in any language or older wording.

    func label(_ kind: SupplierKind) -> String { kind.name(rawValue) }

    func label(_ band: EmployeeBand) -> String { band.name(rawValue) }

    func label(_ role: Role) -> String { role.name(rawValue) }

    func label(_ responsibility: Responsibility) -> String { responsibility.name(rawValue) }

    func label(industry: String) -> String { VocabularyNames.name(family: "industry", industry, rawValue) }

    /// The industries of `catalog/schema/common.xsd`, in schema order.
    static var industries: [String] { VocabularyNames.codes("industry") }

    /// The certification schemes of `catalog/schema/common.xsd`, in schema order.
    package static let certificationSchemes = [
        "ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018", "ISO 50001:2018", "ISO 3834-2",
        "CWB CSA W47.1", "CSA W59", "ASME", "CE", "ISO/IEC 17025", "IATF 16949",
        "ASI Performance Standard", "ASI Chain of Custody", "AS9100D", "EN 1090",
    ]

    var yes: String { VocabularyNames.name("answer.yes", rawValue) }
    var no: String { VocabularyNames.name("answer.no", rawValue) }
    var exportExperience: String { VocabularyNames.name("market.export-experience", rawValue) }
    var targetMarket: String { VocabularyNames.name("market.target", rawValue) }
}

/// Reading a drop-down value back: the stored code, the label in any packet language,
/// or a label older forms wrote (both wordings from before the vocabulary was merged),
/// compared without regard to case or surrounding spaces.
enum Vocabulary {
    static func kind(_ text: String) -> SupplierKind? { SupplierKind(reading: text) }

    static func band(_ text: String) -> EmployeeBand? { EmployeeBand(reading: text) }

    static func role(_ text: String) -> Role? { Role(reading: text) }

    static func responsibility(_ text: String) -> Responsibility? { Responsibility(reading: text) }

    static func industry(_ text: String) -> String? { VocabularyNames.match(text, family: "industry") }

    static func yesNo(_ text: String) -> Bool? {
        VocabularyNames.match(text, family: "answer").map { $0 == "yes" }
    }

    /// true for export experience, false for a target market.
    static func marketKind(_ text: String) -> Bool? {
        VocabularyNames.match(text, family: "market").map { $0 == "export-experience" }
    }
}
