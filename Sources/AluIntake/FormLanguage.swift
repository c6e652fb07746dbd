import AluCatalog

/// The language a supplier form is written in: every label, help tip, list entry and
/// message of the form, and the diagnostics about it.
public enum FormLanguage: String, Sendable, Hashable, CaseIterable {
    case fr, en

    /// Picks the French or English text.
    func pick(_ fr: String, _ en: String) -> String { self == .fr ? fr : en }

    // MARK: Vocabulary shown in drop-down lists

    func label(_ kind: SupplierKind) -> String {
        switch kind {
        case .equipmentSupplier: pick("Fournisseur d'équipement", "Equipment supplier")
        case .manufacturer: pick("Fabricant", "Manufacturer")
        case .serviceProvider: pick("Fournisseur de services", "Service provider")
        case .researchTrainingCentre: pick("Centre de recherche ou de formation", "Research or training centre")
        }
    }

    func label(_ band: EmployeeBand) -> String {
        switch band {
        case .upTo9: pick("1 à 9", "1 to 9")
        case .upTo49: pick("10 à 49", "10 to 49")
        case .upTo99: pick("50 à 99", "50 to 99")
        case .upTo249: pick("100 à 249", "100 to 249")
        case .upTo499: pick("250 à 499", "250 to 499")
        case .over500: pick("500 ou plus", "500 or more")
        }
    }

    func label(_ role: Role) -> String {
        switch role {
        case .design: pick("conception", "design")
        case .manufacture: pick("fabrication", "manufacture")
        case .install: pick("installation", "install")
        case .maintain: pick("entretien", "maintain")
        case .supply: pick("fourniture", "supply")
        }
    }

    func label(_ responsibility: Responsibility) -> String {
        switch responsibility {
        case .management: pick("Direction générale", "Management")
        case .sales: pick("Ventes", "Sales")
        case .exportSales: pick("Ventes à l'exportation", "Export sales")
        case .engineering: pick("Ingénierie", "Engineering")
        case .projectManagement: pick("Gestion de projet", "Project management")
        case .afterSales: pick("Service après-vente", "After-sales service")
        case .quality: pick("Qualité", "Quality")
        case .purchasing: pick("Achats", "Purchasing")
        case .research: pick("Recherche et développement", "Research and development")
        case .training: pick("Formation", "Training")
        case .other: pick("Autre", "Other")
        }
    }

    func label(industry: String) -> String {
        switch industry {
        case "primary-aluminium": pick("Aluminium primaire", "Primary aluminium")
        case "alumina-refining": pick("Production d'alumine", "Alumina refining")
        case "casting": pick("Coulée", "Casting")
        case "rolling": pick("Laminage", "Rolling")
        case "extrusion": pick("Extrusion", "Extrusion")
        case "foundry": pick("Fonderie", "Foundry")
        case "forging": pick("Forge", "Forging")
        case "wire-cable": pick("Fils et câbles", "Wire and cable")
        case "recycling": pick("Recyclage", "Recycling")
        case "transportation": pick("Transport", "Transportation")
        case "construction": pick("Construction", "Construction")
        case "packaging": pick("Emballage", "Packaging")
        case "electrical": pick("Électricité", "Electrical")
        case "aerospace": pick("Aérospatiale", "Aerospace")
        case "energy": pick("Énergie", "Energy")
        case "mining": pick("Mines", "Mining")
        default: industry
        }
    }

    /// The industries of `catalog/schema/common.xsd`, in schema order.
    static let industries = [
        "primary-aluminium", "alumina-refining", "casting", "rolling", "extrusion", "foundry", "forging",
        "wire-cable", "recycling", "transportation", "construction", "packaging", "electrical",
        "aerospace", "energy", "mining",
    ]

    /// The certification schemes of `catalog/schema/common.xsd`, in schema order.
    static let certificationSchemes = [
        "ISO 9001:2015", "ISO 14001:2015", "ISO 45001:2018", "ISO 50001:2018", "ISO 3834-2",
        "CWB CSA W47.1", "CSA W59", "ASME", "CE", "ISO/IEC 17025", "IATF 16949",
        "ASI Performance Standard", "ASI Chain of Custody", "AS9100D", "EN 1090",
    ]

    var yes: String { pick("oui", "yes") }
    var no: String { pick("non", "no") }
    var exportExperience: String { pick("expérience", "experience") }
    var targetMarket: String { pick("visé", "target") }
}

/// Reading a drop-down value back: the label in either language, or the raw value,
/// compared without regard to case or surrounding spaces.
enum Vocabulary {
    static func key(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
    }

    static func match<T>(_ text: String, _ all: [T], raw: (T) -> String, label: (FormLanguage, T) -> String) -> T? {
        let wanted = key(text)
        return all.first { value in
            key(raw(value)) == wanted || FormLanguage.allCases.contains { key(label($0, value)) == wanted }
        }
    }

    static func kind(_ text: String) -> SupplierKind? {
        match(text, SupplierKind.allCases, raw: \.rawValue) { $0.label($1) }
    }

    static func band(_ text: String) -> EmployeeBand? {
        match(text, EmployeeBand.allCases, raw: \.rawValue) { $0.label($1) }
    }

    static func role(_ text: String) -> Role? {
        match(text, Role.allCases, raw: \.rawValue) { $0.label($1) }
    }

    static func responsibility(_ text: String) -> Responsibility? {
        match(text, Responsibility.allCases, raw: \.rawValue) { $0.label($1) }
    }

    static func industry(_ text: String) -> String? {
        match(text, FormLanguage.industries, raw: { $0 }) { $0.label(industry: $1) }
    }

    static func yesNo(_ text: String) -> Bool? {
        let k = key(text)
        if ["oui", "yes", "o", "y", "true", "vrai", "1"].contains(k) { return true }
        if ["non", "no", "n", "false", "faux", "0"].contains(k) { return false }
        return nil
    }

    /// true for export experience, false for a target market.
    static func marketKind(_ text: String) -> Bool? {
        let k = key(text)
        if FormLanguage.allCases.contains(where: { key($0.exportExperience) == k }) || k == "exportexperience" { return true }
        if FormLanguage.allCases.contains(where: { key($0.targetMarket) == k }) || k == "targetmarkets" { return false }
        return nil
    }
}

import Foundation
