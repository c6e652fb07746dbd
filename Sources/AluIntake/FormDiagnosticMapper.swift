import AluCatalog
import AluDiagnostics
package import AluLocalization
import Foundation
import OpenDocument

/// Puts the catalogue's diagnostics about a form's entry on the form's cells, in the
/// form's language.
///
/// Each diagnostic names its field as a model path (`contacts[2].email`); the reader
/// recorded the row each item came from, so the path gives the cell. The subject is
/// the cell's label ("Courriel"), the problem the diagnostic's `Message` worded in the
/// form's language; a message that only XML makes sense of is replaced by one the
/// form can say. No line of the form door names an element or the schema.
package struct FormDiagnosticMapper {
    let form: FormImport
    let file: String
    var l: FormLanguage { form.language }

    /// One step of a field path: `contacts[2]` → (`contacts`, 2).
    package struct Step: Equatable {
        package var name: Substring
        package var index: Int?
    }

    package static func steps(_ path: String) -> [Step] {
        path.split(separator: ".").map { step in
            guard let open = step.firstIndex(of: "["), step.last == "]" else { return Step(name: step, index: nil) }
            return Step(name: step[..<open], index: Int(step[step.index(after: open)..<step.index(before: step.endIndex)]))
        }
    }

    private static let identityFields: [Substring: IdentityField] = [
        "id": .id, "legalName": .legalName, "operatingName": .operatingName, "neq": .neq, "kind": .kind,
        "employees": .employees, "founded": .founded, "street": .street, "city": .city, "region": .region,
        "postalCode": .postalCode, "website": .website, "email": .email, "phone": .phone,
    ]
    private static let contactColumns: [Substring: Int] = [
        "name": 0, "title": 1, "responsibility": 2, "languages": 3, "email": 4, "phone": 5, "consent": 6,
    ]
    private static let referenceColumns: [Substring: Int] = ["citable": 0, "client": 1, "site": 2, "country": 3, "year": 4, "roles": 5]
    private static let certificationColumns: [Substring: Int] = ["scheme": 0, "number": 1, "issuer": 2, "validFrom": 3, "validUntil": 4]

    /// The cell (sheet, 0-based row, 0-based column) of the field `path`; nil when the
    /// form has no place for it (a staff-only field, the whole document).
    func cell(_ path: String, values: [String: String] = [:]) -> (FormSheet, Int, Int)? {
        let steps = Self.steps(path)
        guard let first = steps.first else { return nil }
        let second = steps.count > 1 ? steps[1] : nil
        func row(_ sheet: FormSheet, _ item: Int?) -> Int {
            let rows = form.rows[sheet] ?? []
            return item.flatMap { $0 < rows.count ? rows[$0] : nil } ?? rows.first ?? 1
        }
        /// The pair of columns the `index`-th text of `item` came from (empty pairs skipped).
        func pair(_ sheet: FormSheet, _ item: Int?, _ index: Int) -> Int {
            guard let item, let used = form.pairIndexes[sheet], item < used.count, index < used[item].count else { return index }
            return used[item][index]
        }
        switch first.name {
        case "address":
            guard let second, let field = Self.identityFields[second.name] else { return (.identity, IdentityField.street.row, 1) }
            return (.identity, field.row, 1)
        case "contacts":
            return (.contacts, row(.contacts, first.index), second.flatMap { Self.contactColumns[$0.name] } ?? 0)
        case "descriptions":
            if let index = first.index {
                return (.descriptions, row(.descriptions, index), second?.name == "language" ? 0 : 1)
            }
            guard let language = second?.name else { return (.descriptions, row(.descriptions, nil), 0) }
            return (.descriptions, form.descriptionRow(String(language)), 1)
        case "capabilities":
            return (.capabilities, row(.capabilities, first.index), second?.name == "roles" ? 2 : 0)
        case "equipment":
            var column = 0
            if second?.name == "hsCode" { column = 1 }
            if second?.name == "names" { column = 3 + 2 * pair(.equipment, first.index, second?.index ?? 0) }
            return (.equipment, row(.equipment, first.index), column)
        case "references":
            let scopeText = 5 + FormColumns.roleColumns + 1
            var column = second.flatMap { Self.referenceColumns[$0.name] } ?? 1
            if second?.name == "scope" { column = scopeText + 2 * pair(.references, first.index, second?.index ?? 0) }
            return (.references, row(.references, first.index), column)
        case "exportExperience", "targetMarkets":
            let experience = first.name == "exportExperience"
            let candidates = form.marketRows.filter { $0.experience == experience }
            let hit = first.index.flatMap { $0 < candidates.count ? candidates[$0] : nil }
                ?? candidates.first { $0.country == values["value"] } ?? candidates.first
            return (.markets, hit?.row ?? 1, 0)
        case "certifications":
            return (.certifications, row(.certifications, first.index), second.flatMap { Self.certificationColumns[$0.name] } ?? 0)
        case "memberships":
            return (.memberships, row(.memberships, first.index), 0)
        case "industries":
            let rows = form.industryRows
            let hit = first.index.flatMap { $0 < rows.count ? rows[$0] : nil }
                ?? rows.first { $0.industry == values["value"] } ?? rows.first
            return (.industries, hit?.row ?? 1, 0)
        default:
            guard let field = Self.identityFields[first.name] else { return nil }
            return (.identity, field.row, 1)
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

    /// What the form says instead of a schema message that needs the XML to be read:
    /// a drop-down's value, a missing field, a structure the form cannot express.
    package static func formProblem(_ problem: Message) -> Message {
        switch problem.key {
        case "schema.enumeration": Message("schema.enumeration-form", ["value": problem.values["value"] ?? ""])
        case "schema.attribute-required": Message("schema.form-required")
        case "schema.unexpected", "schema.unexpected-any", "schema.missing-child", "schema.wrong-root": Message("schema.form-incomplete")
        case "schema.attribute-not-allowed", "schema.other", "schema.namespace", "schema.root", "schema.taxonomy-extra",
             "schema.file.unreadable", "schema.file.too-large": Message("schema.form-refused")
        default: problem
        }
    }

    /// The sentence with what the supplier typed left out: a value such as
    /// `Jean <jean@x.example>` or `ventes-at-schema.example` is theirs, and must not make
    /// a sentence look like XML (it would be replaced by a vaguer one).
    package static func wording(of problem: Message, _ language: String) -> String {
        var neutral = problem
        for key in ["value", "client"] where neutral.values[key] != nil { neutral.values[key] = "x" }
        return neutral.text(language)
    }

    /// True when `text` shows XML to a supplier: an element, a schema type, the word.
    package static func showsXML(_ text: String) -> Bool {
        let lowered = text.lowercased()
        if lowered.contains("xs:") || lowered.contains("schema") || lowered.contains("atomic type") || lowered.contains("attribute") { return true }
        var previous: Character = " "
        for character in text {
            if previous == "<", character.isLetter || character == "/" { return true }
            previous = character
        }
        return false
    }

    /// Re-locates `diagnostics` (about the entry) on the form's cells, worded in its language.
    func map(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        let language = l.rawValue
        var seen: Set<String> = []
        let mapped = diagnostics.map { d in
            var mapped = d
            mapped.location = Diagnostic.Location(file: file)
            mapped.subject = nil
            if var problem = d.problem {
                problem = Self.formProblem(problem)
                if Self.showsXML(Self.wording(of: problem, language)) { problem = Message("schema.form-refused") }
                mapped.problem = problem
            }
            if let field = d.field, let (sheet, row, column) = cell(field, values: d.problem?.values ?? [:]) {
                mapped.location.cell = ReadCellAddress(sheet: sheet.name(l), row: row, column: column).description
                mapped.subject = label(sheet, row, column)
            }
            if let hint = d.hint, Self.showsXML(hint.text(language)) { mapped.hint = nil }
            if mapped.problem == nil, Self.showsXML(d.message) {
                mapped.problem = Message("schema.form-refused")
            }
            mapped.message = mapped.sentence(language)
            return mapped
        }.filter { d in
            // The same sentence at the same cell is one problem.
            seen.insert("\(d.location.cell ?? "")|\(d.message)").inserted
        }
        // A cell that has a precise sentence needs no vague one ("a required field is
        // missing") about the same problem.
        let vague: Set<String> = ["schema.form-incomplete", "schema.form-refused"]
        let precise = Set(mapped.filter { $0.severity == .error && !vague.contains($0.problem?.key ?? "") }.compactMap(\.location.cell))
        return mapped.filter { d in
            guard let cell = d.location.cell, vague.contains(d.problem?.key ?? "") else { return true }
            return !precise.contains(cell)
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
