public import AluCatalog
public import AluDirectory
public import AluIntake
import AluDiagnostics
import AluLocalization

/// What checking a posted entry form found: the draft to store, and each problem at its
/// field, worded in the page's language by the same messages as every other door
/// (`alucat validate`, the ODS form).
public struct EntryFormCheck: Sendable {
    /// The entry's XML (`SupplierXMLWriter`'s canonical form): what to store as the draft
    /// (`<id>.xml`), valid or not, so nothing typed is lost.
    public var entry: [UInt8]
    /// Form field name (`neq`, `contacts[1].email`, `capabilities[ID].roles`) → messages.
    public var errors: [String: [String]]
    /// Same, for what does not stop a submission (an expired certificate, http://).
    public var warnings: [String: [String]]
    /// Messages about no field of the form (the whole document, a staff-only field).
    public var unplaced: [String]
    /// No error anywhere: the entry may be submitted.
    public var isValid: Bool

    public init(entry: [UInt8], errors: [String: [String]] = [:], warnings: [String: [String]] = [:], unplaced: [String] = [], isValid: Bool) {
        self.entry = entry
        self.errors = errors
        self.warnings = warnings
        self.unplaced = unplaced
        self.isValid = isValid
    }
}

extension EntryFormState {
    /// Builds the entry (`id`, last updated `lastUpdated`), runs it through `intake`'s
    /// pipeline (schema, rules, and what the submission policy would refuse, such as an
    /// NEQ already another entry's, checked against `index`, or the loaded catalogue
    /// when nil) and places each diagnostic at its form field, worded in `language`.
    ///
    /// Values the model cannot hold (a year in letters, a date that is no date) and
    /// required choices left empty are reported by the form itself at their field; the
    /// pipeline's words about the same field are then left out.
    public func check(with intake: SupplierIntake, index: CatalogIndex?, id: String, lastUpdated: CalendarDay, language: PortalLanguage) -> EntryFormCheck {
        let (supplier, locator, problems) = supplier(id: id, lastUpdated: lastUpdated)
        let xml = Array(SupplierXMLWriter.document(supplier).utf8)
        let l = language.rawValue
        var check = EntryFormCheck(entry: xml, isValid: problems.isEmpty)
        for problem in problems { check.errors[problem.field, default: []].append(problem.message.text(l)) }
        let diagnostics: [Diagnostic]
        do {
            diagnostics = try intake.check(bytes: xml, fileName: "\(id).xml", index: index).report.diagnostics
        } catch {
            check.unplaced.append(Message("entryform.problem.unchecked").text(l))
            check.isValid = false
            return check
        }
        let ownFields = Set(check.errors.keys)
        for d in diagnostics {
            let text = Self.wording(d, l)
            let field = d.field.flatMap { locator.fieldName($0, state: self) }
            if d.severity == .error { check.isValid = false }
            guard let field else {
                if !check.unplaced.contains(text) { check.unplaced.append(text) }
                continue
            }
            if ownFields.contains(field) { continue }
            if d.severity == .error {
                if !check.errors[field, default: []].contains(text) { check.errors[field, default: []].append(text) }
            } else if !check.warnings[field, default: []].contains(text) {
                check.warnings[field, default: []].append(text)
            }
        }
        // A field with a precise message needs no vague one ("this value is not accepted").
        let vague = Set(["schema.form-incomplete", "schema.form-refused"].map { Message($0).text(l) })
        for (field, messages) in check.errors where messages.count > 1 && messages.contains(where: { !vague.contains($0) }) {
            check.errors[field] = messages.filter { !vague.contains($0) }
        }
        return check
    }

    /// The diagnostic's problem and hint in `language`, without its subject (the field's
    /// label is beside it), with the words only XML makes sense of replaced as the ODS
    /// form replaces them.
    static func wording(_ d: Diagnostic, _ language: String) -> String {
        var worded = d
        worded.subject = nil
        if var problem = d.problem {
            problem = FormDiagnosticMapper.formProblem(problem)
            if FormDiagnosticMapper.showsXML(FormDiagnosticMapper.wording(of: problem, language)) { problem = Message("schema.form-refused") }
            worded.problem = problem
        } else if FormDiagnosticMapper.showsXML(d.message) {
            worded.problem = Message("schema.form-refused")
        }
        if let hint = d.hint, FormDiagnosticMapper.showsXML(hint.text(language)) { worded.hint = nil }
        return worded.text(language)
    }
}

extension EntryFormLocator {
    /// The form field a diagnostic's model path (`contacts[1].email`) is about; nil for a
    /// field the form does not show (the id, the last update, internal notes).
    func fieldName(_ path: String, state: EntryFormState) -> String? {
        let steps = FormDiagnosticMapper.steps(path)
        guard let first = steps.first else { return nil }
        let second = steps.count > 1 ? steps[1] : nil
        let name = String(first.name)
        func item(_ group: String, default field: String) -> String {
            guard let row = row(group, first.index) else { return group }
            return "\(group)[\(row)].\(second.map { String($0.name) } ?? field)"
        }
        switch name {
        case "legalName", "operatingName", "neq", "kind", "employees", "founded", "website", "email", "phone":
            return name
        case "address":
            return "address." + (second.map { String($0.name) } ?? "street")
        case "contacts":
            guard first.index != nil else { return "contacts" }
            return item("contacts", default: "name")
        case "descriptions":
            if let index = first.index, let row = row("descriptions", index) {
                return "descriptions[\(row)]." + (second?.name == "language" ? "language" : "text")
            }
            // `descriptions.fr`: no text in that language; its empty row, if shown.
            if let language = second.map({ String($0.name) }),
               let row = state.descriptions.firstIndex(where: { $0.language == language }) {
                return "descriptions[\(row)].text"
            }
            return "descriptions"
        case "capabilities":
            guard let index = first.index, index < capabilities.count else { return "capabilities" }
            let field = EntryFormState.capabilityField(capabilities[index])
            return second?.name == "roles" ? field + ".roles" : field
        case "equipment", "references":
            guard let row = row(name, first.index) else { return name }
            guard let second else { return "\(name)[\(row)]." + (name == "equipment" ? "capability" : "client") }
            if second.name == "names" || second.name == "scope" {
                let slot = slot(name, first.index, second.index)
                return "\(name)[\(row)].\(second.name)[\(slot)].text"
            }
            return "\(name)[\(row)].\(second.name)"
        case "exportExperience", "targetMarkets", "memberships":
            guard let row = row(name, first.index) else { return name }
            return "\(name)[\(row)]"
        case "certifications":
            guard first.index != nil else { return name }
            return item(name, default: "scheme")
        case "industries":
            return "industries"
        default:
            return nil
        }
    }
}
