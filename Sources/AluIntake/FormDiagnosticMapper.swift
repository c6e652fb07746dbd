import AluCatalog
import AluDiagnostics
import Foundation
import OpenDocument

/// Puts diagnostics about the canonical XML of a form's entry back on the form's cells.
///
/// The XML is written by `SupplierXMLWriter` in its fixed shape, so each line is known:
/// a scan assigns every line to a part of the entry (the third contact's `<email>`, the
/// second certification…), and the reader recorded which row each part came from.
struct FormDiagnosticMapper {
    let form: FormImport
    let file: String
    var l: FormLanguage { form.language }

    /// What each line of the XML is about.
    struct Part {
        var sheet: FormSheet
        var item: Int?
        var element: String
        var sub = 0
    }

    static func parts(ofXML xml: String) -> [Part] {
        var parts: [Part] = []
        var counters: [String: Int] = [:]
        var container: (name: String, index: Int)?
        var sub = 0
        var last = Part(sheet: .identity, item: nil, element: "id")
        for rawLine in xml.split(separator: "\n", omittingEmptySubsequences: false) {
            let line = rawLine.drop { $0 == " " }
            guard line.hasPrefix("<"), !line.hasPrefix("<?") else { parts.append(last); continue }
            if line.hasPrefix("</") {
                let name = String(line.dropFirst(2).prefix { $0 != ">" })
                if name == container?.name { container = nil }
                parts.append(last)
                continue
            }
            let name = String(line.dropFirst().prefix { $0 != " " && $0 != ">" && $0 != "/" })
            let selfClosing = line.hasSuffix("/>")
            var part: Part
            switch name {
            case "contact", "description", "capability", "line", "reference", "certification", "membership":
                let index = counters[name, default: -1] + 1
                counters[name] = index
                let sheet: FormSheet = switch name {
                case "contact": .contacts
                case "description": .descriptions
                case "capability": .capabilities
                case "line": .equipment
                case "reference": .references
                case "certification": .certifications
                default: .memberships
                }
                part = Part(sheet: sheet, item: index, element: name)
                let closesOnLine = selfClosing || line.contains("</\(name)>")
                if !closesOnLine { container = (name, index); sub = 0 }
            case "contacts": part = Part(sheet: .contacts, item: nil, element: name)
            case "descriptions": part = Part(sheet: .descriptions, item: nil, element: name)
            case "capabilities": part = Part(sheet: .capabilities, item: nil, element: name)
            case "exportExperience", "targetMarkets": part = Part(sheet: .markets, item: nil, element: name)
            case "industries": part = Part(sheet: .industries, item: nil, element: name)
            case "memberships": part = Part(sheet: .memberships, item: nil, element: name)
            case "certifications": part = Part(sheet: .certifications, item: nil, element: name)
            case "references": part = Part(sheet: .references, item: nil, element: name)
            case "equipment": part = Part(sheet: .equipment, item: nil, element: name)
            default:
                if let container {
                    let sheet = parts.last(where: { $0.item == container.index && $0.element == container.name })?.sheet ?? .identity
                    if name == "name" || name == "scope" { sub += 1 }
                    part = Part(sheet: sheet, item: container.index, element: name, sub: max(sub - 1, 0))
                } else {
                    part = Part(sheet: .identity, item: nil, element: name)
                }
            }
            parts.append(part)
            last = part
        }
        return parts
    }

    /// The cell for a diagnostic at `line` (1-based) of the XML.
    func cell(line: Int?, code: String, message: String, parts: [Part]) -> (FormSheet, Int, Int)? {
        guard let line, line >= 1, line <= parts.count else { return nil }
        var part = parts[line - 1]
        // A missing element is reported where another one was met instead.
        if part.sheet == .identity, part.item == nil {
            let expected = message.range(of: "expected").map { String(message[$0.upperBound...]) } ?? ""
            for (element, sheet) in [("industries", FormSheet.industries), ("contacts", .contacts), ("descriptions", .descriptions), ("capabilities", .capabilities)]
            where expected.contains(element) || message.contains("<\(element)>") {
                part = Part(sheet: sheet, item: nil, element: element)
            }
        }
        let rows = form.rows[part.sheet] ?? []
        func row(_ item: Int?) -> Int { item.flatMap { $0 < rows.count ? rows[$0] : nil } ?? 1 }
        switch part.sheet {
        case .identity:
            let fields: [String: IdentityField] = [
                "supplier": .id, "legalName": .legalName, "operatingName": .operatingName, "neq": .neq, "kind": .kind,
                "employees": .employees, "founded": .founded, "street": .street, "city": .city, "region": .region,
                "postalCode": .postalCode, "address": .street, "website": .website, "email": .email, "phone": .phone,
            ]
            var field = fields[part.element]
            if field == nil {
                switch code {
                case "supplier.neq": field = .neq
                case "supplier.postal-code": field = .postalCode
                case "supplier.region": field = .region
                default: field = .id
                }
            }
            return (.identity, field!.row, 1)
        case .contacts:
            let columns = ["name": 0, "title": 1, "responsibility": 2, "languages": 3, "email": 4, "phone": 5]
            var column = columns[part.element]
            if column == nil {
                switch code {
                case "supplier.email": column = 4
                case "supplier.phone": column = 5
                case "supplier.contact-languages", "supplier.language": column = 3
                case "supplier.contact-consent": column = 6
                default: column = message.contains("consent") ? 6 : 0
                }
            }
            return (.contacts, row(part.item), column!)
        case .descriptions:
            return (.descriptions, row(part.item), part.item == nil || code == "supplier.language" ? 0 : 1)
        case .capabilities:
            let rolesColumn = code == "supplier.capability-roles" || (code == "xml.schema" && message.contains("roles"))
            return (.capabilities, row(part.item), rolesColumn ? 2 : 0)
        case .equipment:
            var column = 0
            if part.element == "name" { column = 3 + 2 * part.sub }
            else if code == "supplier.hs" || message.contains("'hs'") { column = 1 }
            return (.equipment, row(part.item), column)
        case .references:
            let scopeStart = 5 + FormColumns.roleColumns
            let columns = ["client": 1, "site": 2, "country": 3, "year": 4, "roles": 5]
            var column = columns[part.element] ?? (part.element == "scope" ? scopeStart + 1 + 2 * part.sub : 1)
            if part.element == "reference" {
                switch code {
                case "supplier.country": column = 3
                case "supplier.reference-scope": column = scopeStart + 1
                case "supplier.reference-year": column = 4
                default: column = message.contains("citable") ? 0 : 1
                }
            }
            return (.references, row(part.item), column)
        case .markets:
            let experience = part.element == "exportExperience"
            let candidates = form.marketRows.filter { $0.experience == experience }
            let hit = candidates.first { message.contains("'\($0.country)'") || message.contains(" \($0.country) ") } ?? candidates.first
            return (.markets, hit?.row ?? 1, 0)
        case .certifications:
            var column = 0
            if code == "supplier.certificate-dates" || code == "supplier.certificate-expired" || message.contains("validUntil") { column = 4 }
            else if message.contains("validFrom") { column = 3 }
            else if message.contains("'number'") { column = 1 }
            else if message.contains("'issuer'") { column = 2 }
            return (.certifications, row(part.item), column)
        case .memberships:
            return (.memberships, row(part.item), 0)
        case .industries:
            let hit = form.industryRows.first { message.contains("'\($0.industry)'") } ?? form.industryRows.first
            return (.industries, hit?.row ?? 1, 0)
        case .instructions, .lists:
            return nil
        }
    }

    /// The label of a cell in the form's language: identity field or column title.
    func label(_ sheet: FormSheet, _ row: Int, _ column: Int) -> String {
        if sheet == .identity {
            return IdentityField.allCases.first { $0.row == row }?.label(l) ?? sheet.name(l)
        }
        let columns = FormColumns.columns(sheet, l)
        return column < columns.count ? columns[column].title : sheet.name(l)
    }

    /// Re-locates `diagnostics` (about the XML) on the form, prefixed with the field label.
    func map(_ diagnostics: [Diagnostic], xml: String) -> [Diagnostic] {
        let parts = Self.parts(ofXML: xml)
        return diagnostics.map { d in
            var mapped = d
            mapped.location = Diagnostic.Location(file: file)
            let message = FormMessages.translate(d, l)
            if let (sheet, row, column) = cell(line: d.location.line, code: d.code, message: d.message, parts: parts) {
                mapped.location.cell = ReadCellAddress(sheet: sheet.name(l), row: row, column: column).description
                mapped.message = label(sheet, row, column) + l.pick(" : ", ": ") + message
            } else {
                mapped.message = message
            }
            return mapped
        }
    }
}

extension FormDiagnosticMapper {
    /// Reading order: sheets as in the workbook, then row, then column; diagnostics
    /// without a cell first.
    static func readingOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        func key(_ d: Diagnostic) -> (Int, Int, Int) {
            guard let cell = d.location.cell, let bang = cell.lastIndex(of: "!") else { return (-1, 0, 0) }
            var sheet = String(cell[..<bang])
            if sheet.hasPrefix("'") { sheet = String(sheet.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'") }
            let sheetIndex = FormSheet.identify(sheet).flatMap { found in FormSheet.allCases.firstIndex { $0 == found.0 } } ?? 99
            let reference = cell[cell.index(after: bang)...]
            var column = 0
            for scalar in reference.unicodeScalars where ("A"..."Z").contains(scalar) { column = column * 26 + Int(scalar.value) - 64 }
            let row = Int(reference.drop { $0.isLetter }) ?? 0
            return (sheetIndex, row, column)
        }
        return diagnostics.enumerated().sorted { a, b in
            let ka = key(a.element), kb = key(b.element)
            return ka != kb ? ka < kb : a.offset < b.offset
        }.map(\.element)
    }
}

/// French wording for the catalogue's rule and schema messages; a message with no
/// French wording keeps the catalogue's English after the French field label.
enum FormMessages {
    static func translate(_ d: Diagnostic, _ l: FormLanguage) -> String {
        guard l == .fr else { return d.message }
        switch d.code {
        case "supplier.neq": return "le NEQ doit compter exactement 10 chiffres (numéro du Registraire des entreprises)"
        case "supplier.postal-code": return "le code postal doit avoir la forme G7H 5B1 et commencer par G, H ou J"
        case "supplier.email": return "ce n'est pas une adresse de courriel valide (forme nom@entreprise.com)"
        case "supplier.phone": return "le téléphone doit être en forme internationale, p. ex. +14185550123 (sans espaces ni tirets)"
        case "supplier.website": return "l'adresse Web doit commencer par https:// et nommer un domaine valide"
        case "supplier.country": return "ce n'est pas un code de pays ISO 3166-1 (deux majuscules, p. ex. CA, AE, IN)"
        case "supplier.language": return "ce n'est pas un code de langue valide (fr, en, es, ar, pt-BR…)"
        case "supplier.contact-consent": return "indiquez oui seulement si la personne accepte d'être publiée, sinon non"
        case "supplier.contact-languages": return "indiquez au moins une langue parlée"
        case "supplier.contacts": return "au moins un contact est requis"
        case "supplier.description-missing": return "les descriptions en français (fr) et en anglais (en) sont obligatoires"
        case "supplier.description-empty": return "la description est vide"
        case "supplier.capability-roles": return "indiquez au moins un rôle pour cette capacité"
        case "taxonomy.unknown-id": return "ce code n'est pas une capacité de la taxonomie (voir la feuille Listes)" + (d.hint.map { " — \($0)" } ?? "")
        case "taxonomy.domain-not-allowed": return "ce code désigne un domaine entier ; choisissez un secteur ou une capacité plus précis"
        case "supplier.certificate-expired": return "ce certificat est expiré ; il ne sera pas montré aux acheteurs avant son renouvellement"
        case "supplier.certificate-dates": return "la date de fin précède la date de début"
        case "supplier.reference-scope": return "décrivez la portée de cette référence"
        case "supplier.hs": return "le code SH doit être une sous-position à six chiffres, p. ex. 8426.11"
        case "supplier.founded": return "cette année de fondation n'est pas plausible"
        case "supplier.reference-year": return "cette année n'est pas plausible"
        case "supplier.region": return "ce n'est pas une des 17 régions administratives du Québec"
        case "xml.schema": return schema(d.message)
        default: return d.message
        }
    }

    /// French for the schema's reworded messages (see AluXML's `XMLMessageWording`):
    /// `<neq>: '12' does not have the required form` and its siblings.
    static func schema(_ message: String) -> String {
        let subject = String(message.prefix { $0 != ":" })
        let value = quoted(message.dropFirst(subject.count))
        if message.contains("does not have the required form") {
            let form = schemaForms[subject].map { " (attendu : \($0))" } ?? ""
            return "la valeur « \(value ?? "") » n'a pas la forme attendue\(form)"
        }
        if message.contains("is not one of the allowed values") {
            return "« \(value ?? "") » n'est pas une valeur permise ; choisissez-la dans la liste déroulante"
        }
        if message.hasSuffix("must not be empty") { return "ce champ ne doit pas être vide" }
        if message.contains("is required but missing") { return "ce champ est obligatoire" }
        if message.contains("is not expected here") || message.contains("missing element") {
            return "un champ obligatoire manque ou la fiche est incomplète"
        }
        return "valeur refusée par le schéma du catalogue : " + message
    }

    /// The first `'…'` in `text`.
    private static func quoted(_ text: Substring) -> String? {
        guard let open = text.firstIndex(of: "'") else { return nil }
        let rest = text[text.index(after: open)...]
        guard let close = rest.firstIndex(of: "'") else { return nil }
        return String(rest[..<close])
    }

    private static let schemaForms: [String: String] = [
        "<neq>": "10 chiffres, p. ex. 1145678901",
        "<postalCode>": "un code postal comme G7H 5B1",
        "<phone>": "forme internationale, p. ex. +14185550123",
        "<email>": "une adresse comme nom@entreprise.com",
        "<website>": "une adresse complète comme https://www.entreprise.com",
        "<capability> attribute 'ref'": "un code de la feuille Listes, p. ex. smelting.potroom.pot-tending-machines",
        "<line> attribute 'capability'": "un code de la feuille Listes",
        "<line> attribute 'hs'": "une sous-position SH comme 8426.11",
        "<country>": "un code de pays de deux majuscules, p. ex. AE",
        "<languages>": "des codes de langue séparés par des espaces, p. ex. fr en",
        "<year>": "une année à quatre chiffres",
    ]
}
