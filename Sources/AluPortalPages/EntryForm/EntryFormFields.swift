import AluCatalog
import AluDirectory
import AluLocalization

/// Writes the form's fields, each with its label, hint and problems, and remembers which
/// fields it placed problems at (and under which label), for the summary at the top.
struct EntryFormFields {
    let context: AccountPages.Context
    let check: EntryFormCheck?
    /// Fields whose problems were written, in page order: (field name, label, element id).
    private(set) var placed: [(name: String, label: String, id: String)] = []

    init(context: AccountPages.Context, check: EntryFormCheck?) {
        self.context = context
        self.check = check
    }

    var l: String { context.language.rawValue }
    func text(_ key: String, _ values: [String: String] = [:]) -> String { Message(key, values).text(l) }

    /// The element id of a field: `field-` and the name with brackets and dots made safe
    /// for a URL fragment (`contacts[1].email` → `field-contacts-1_email`).
    static func id(_ name: String) -> String {
        var id = "field-"
        for scalar in name.unicodeScalars {
            switch scalar {
            case "[": id += "-"
            case "]": break
            case "a"..."z", "A"..."Z", "0"..."9", "-": id.unicodeScalars.append(scalar)
            default: id += "_"
            }
        }
        return id
    }

    func errors(_ name: String) -> [String] { check?.errors[name] ?? [] }
    func warnings(_ name: String) -> [String] { check?.warnings[name] ?? [] }
    func isInvalid(_ name: String) -> Bool { !errors(name).isEmpty }

    /// Writes the problems of `name` and returns their ids, for `aria-describedby`.
    mutating func messages(_ html: inout HTMLWriter, _ name: String, label: String, anchor: String) -> [String] {
        let errors = errors(name), warnings = warnings(name)
        guard !errors.isEmpty || !warnings.isEmpty else { return [] }
        placed.append((name, label, anchor))
        var ids: [String] = []
        let base = Self.id(name)
        for (k, message) in errors.enumerated() {
            let id = "\(base)-error-\(k)"
            ids.append(id)
            html.element("p", [.init("class", "field-error"), .init("id", id)]) { p in
                p.element("span", [.init("class", "visually-hidden")], text: text("entryform.error-prefix") + " ")
                p.text(Self.sentence(message))
            }
        }
        for (k, message) in warnings.enumerated() {
            let id = "\(base)-warning-\(k)"
            ids.append(id)
            html.element("p", [.init("class", "field-warning"), .init("id", id)]) { p in
                p.element("span", [.init("class", "visually-hidden")], text: text("entryform.warning-prefix") + " ")
                p.text(Self.sentence(message))
            }
        }
        return ids
    }

    /// A message shown on its own: its first letter capitalised (the tables word problems
    /// as clauses that follow a subject, as in the summary's "Label: problem").
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst()
    }

    /// `label` followed by a mark for a required field.
    func writeLabel(_ html: inout HTMLWriter, _ label: String, required: Bool) {
        html.text(label)
        if required { html.element("span", [.init("class", "required")], text: " *") }
    }

    private func hintParagraph(_ html: inout HTMLWriter, _ hint: String?, _ id: String) -> [String] {
        guard let hint else { return [] }
        html.element("p", [.init("class", "hint"), .init("id", id + "-hint")], text: hint)
        return [id + "-hint"]
    }

    private static func describedBy(_ ids: [String]) -> String? { ids.isEmpty ? nil : ids.joined(separator: " ") }

    /// A labelled one-line input; supplier text gets `dir="auto"`.
    mutating func input(
        _ html: inout HTMLWriter, _ name: String, label: String, value: String, hint: String? = nil, type: StaticString = "text",
        autocomplete: String? = nil, inputmode: String? = nil, required: Bool = false, width: String? = nil, list: String? = nil
    ) {
        let id = Self.id(name)
        html.element("div", [.init("class", ["field", width].compactMap { $0 }.joined(separator: " "))]) { div in
            div.element("label", [.init("for", id)]) { writeLabel(&$0, label, required: required) }
            var described = hintParagraph(&div, hint, id)
            described += messages(&div, name, label: label, anchor: id)
            div.element("input", [
                .init("id", id), .init("name", name), .init("type", "\(type)"), .init("value", value),
                .init("autocomplete", autocomplete), .init("inputmode", inputmode), .init("list", list), .init("dir", "auto"),
                .init("aria-required", required ? "true" : nil),
                .init("aria-invalid", isInvalid(name) ? "true" : nil), .init("aria-describedby", Self.describedBy(described)),
            ])
        }
    }

    /// A labelled text area (descriptions), with its own direction.
    mutating func textarea(_ html: inout HTMLWriter, _ name: String, label: String, value: String, hint: String? = nil, required: Bool = false, rows: Int = 6) {
        let id = Self.id(name)
        html.element("div", [.init("class", "field")]) { div in
            div.element("label", [.init("for", id)]) { writeLabel(&$0, label, required: required) }
            var described = hintParagraph(&div, hint, id)
            described += messages(&div, name, label: label, anchor: id)
            div.element("textarea", [
                .init("id", id), .init("name", name), .init("rows", String(rows)), .init("dir", "auto"),
                .init("aria-required", required ? "true" : nil),
                .init("aria-invalid", isInvalid(name) ? "true" : nil), .init("aria-describedby", Self.describedBy(described)),
            ]) { textarea in
                // A line break right after the start tag is dropped by parsers: one more keeps the text's own.
                if value.hasPrefix("\n") { textarea.newline() }
                textarea.text(value)
            }
        }
    }

    /// A drop-down: an empty first choice, `options` (value, label) in optional groups;
    /// a current value that is none of them is kept as a choice of its own, so saving
    /// never drops what the entry holds.
    mutating func select(
        _ html: inout HTMLWriter, _ name: String, label: String, value: String, options: [(group: String?, items: [(String, String)])],
        hint: String? = nil, required: Bool = false
    ) {
        let id = Self.id(name)
        let known = options.contains { $0.items.contains { $0.0 == value } }
        html.element("div", [.init("class", "field")]) { div in
            div.element("label", [.init("for", id)]) { writeLabel(&$0, label, required: required) }
            var described = hintParagraph(&div, hint, id)
            described += messages(&div, name, label: label, anchor: id)
            div.element("select", [
                .init("id", id), .init("name", name), .init("aria-required", required ? "true" : nil),
                .init("aria-invalid", isInvalid(name) ? "true" : nil), .init("aria-describedby", Self.describedBy(described)),
            ]) { select in
                select.element("option", [.init("value", "")], text: text("entryform.choose"))
                if !known, !value.isEmpty {
                    select.element("option", [.init("value", value), .init("selected", "")], text: text("entryform.other-value", ["value": value]))
                }
                for group in options {
                    func write(_ html: inout HTMLWriter) {
                        for (code, label) in group.items {
                            html.element("option", [.init("value", code), .init("selected", code == value ? "" : nil)], text: label)
                        }
                    }
                    if let label = group.group {
                        select.element("optgroup", [.init("label", label)]) { write(&$0) }
                    } else {
                        write(&select)
                    }
                }
            }
        }
    }

    /// Checkboxes sharing `name` in a fieldset (roles, industries), with a hidden field
    /// keeping the order of the ticked ones.
    mutating func checkboxes(
        _ html: inout HTMLWriter, _ name: String, legend: String, options: [(String, String)], ticked: [String], hint: String? = nil,
        hiddenLegend: Bool = false, compact: Bool = false
    ) {
        let id = Self.id(name)
        let unknown = ticked.filter { code in !options.contains { $0.0 == code } }
        html.element("fieldset", [.init("class", compact ? "choices compact" : "choices"), .init("id", id)]) { fieldset in
            fieldset.element("legend", [.init("class", hiddenLegend ? "visually-hidden" : nil)], text: legend)
            var described = hintParagraph(&fieldset, hint, id)
            described += messages(&fieldset, name, label: legend, anchor: id)
            if ticked.count > 1 {
                fieldset.element("input", [.init("type", "hidden"), .init("name", name + ".order"), .init("value", ticked.joined(separator: " "))])
            }
            // Labels wrap their box (no ids): the capability tree has a thousand of them.
            for (code, label) in options + unknown.map({ ($0, $0) }) {
                fieldset.element("label", [.init("class", "choice")]) { choice in
                    choice.element("input", [
                        .init("type", "checkbox"), .init("name", name), .init("value", code),
                        .init("checked", ticked.contains(code) ? "" : nil),
                        .init("aria-invalid", isInvalid(name) ? "true" : nil), .init("aria-describedby", Self.describedBy(described)),
                    ])
                    choice.text(" " + label)
                }
            }
        }
    }

    /// Radio buttons (a contact's consent): none ticked when `value` is none of them.
    mutating func radios(_ html: inout HTMLWriter, _ name: String, legend: String, options: [(String, String)], value: String, required: Bool = false) {
        let id = Self.id(name)
        html.element("fieldset", [.init("class", "choices"), .init("id", id)]) { fieldset in
            fieldset.element("legend") { writeLabel(&$0, legend, required: required) }
            let described = messages(&fieldset, name, label: legend, anchor: id)
            for (code, label) in options {
                let box = "\(id)-\(code)"
                fieldset.element("label", [.init("class", "choice"), .init("for", box)]) { choice in
                    choice.element("input", [
                        .init("type", "radio"), .init("id", box), .init("name", name), .init("value", code),
                        .init("checked", code == value ? "" : nil),
                        .init("aria-invalid", isInvalid(name) ? "true" : nil), .init("aria-describedby", Self.describedBy(described)),
                    ])
                    choice.text(" " + label)
                }
            }
        }
    }

    /// One checkbox (a reference is citable).
    mutating func checkbox(_ html: inout HTMLWriter, _ name: String, label: String, checked: Bool) {
        let id = Self.id(name)
        html.element("div", [.init("class", "field")]) { div in
            let described = messages(&div, name, label: label, anchor: id)
            div.element("label", [.init("class", "choice"), .init("for", id)]) { choice in
                choice.element("input", [
                    .init("type", "checkbox"), .init("id", id), .init("name", name), .init("value", "yes"), .init("checked", checked ? "" : nil),
                    .init("aria-invalid", isInvalid(name) ? "true" : nil), .init("aria-describedby", Self.describedBy(described)),
                ])
                choice.text(" " + label)
            }
        }
    }

    /// The problems about a whole group (`contacts`: none given), under its heading.
    mutating func groupMessages(_ html: inout HTMLWriter, _ name: String, label: String) {
        let errors = errors(name), warnings = warnings(name)
        guard !errors.isEmpty || !warnings.isEmpty else { return }
        let id = Self.id(name)
        html.element("div", [.init("id", id), .init("class", "group-messages")]) { div in
            _ = messages(&div, name, label: label, anchor: id)
        }
    }

    /// A submit button acting on the form (`add:contacts`, `remove:contacts:2`).
    func actionButton(_ html: inout HTMLWriter, _ action: EntryFormAction, _ label: String, secondary: Bool = true) {
        html.element("button", [
            .init("type", "submit"), .init("name", "action"), .init("value", action.value),
            .init("class", secondary ? "secondary" : nil),
        ], text: label)
    }
}
