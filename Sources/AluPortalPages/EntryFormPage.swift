public import AluCatalog
import AluDirectory
import AluIntake
import AluLocalization
import AluPortalState
import Foundation

/// The supplier's whole entry as one HTML form, working with JavaScript off.
///
/// Repeated groups have "add" and "remove" submit buttons (`action=add:contacts`,
/// `action=remove:contacts:2`): the portal applies the action to the posted state
/// (``EntryFormState/apply(_:)``) and renders the page again. Each problem of a
/// ``EntryFormCheck`` is written beside its field (`aria-invalid`, `aria-describedby`)
/// and listed in a summary at the top linking to it; warnings the same, styled apart.
public enum EntryFormPage {
    /// The page for `state`. `action`: where the form posts (``PortalPaths/entry(_:)`` for
    /// a supplier, ``PortalPaths/editOnBehalf(_:_:)`` for staff). `status`: a short line
    /// above the form ("Draft saved", "Pending review since …"), nil for none.
    public static func render(
        _ context: AccountPages.Context, state: EntryFormState, check: EntryFormCheck?, taxonomy: Taxonomy, action: String, status: String?
    ) -> [UInt8] {
        let title = context.text("entryform.title")
        // A first pass finds which fields carry problems, and their labels, so the summary
        // at the top lists them in the page's order.
        var probe = EntryFormFields(context: context, check: check)
        var scratch = HTMLWriter()
        EntryFormBody(state: state, taxonomy: taxonomy).write(&scratch, &probe)
        let placed = probe.placed
        let path: (PortalLanguage) -> String = { language in
            action.replacingOccurrences(of: "/\(context.language.rawValue)/", with: "/\(language.rawValue)/", options: .anchored)
        }
        return AccountPages.page(context, title: title, path: path) { main in
            main.element("h1", text: title)
            if let status { main.element("p", [.init("class", "notice"), .init("role", "status")], text: status) }
            if let check { summary(&main, context, check: check, placed: placed) }
            main.element("p", text: context.text("entryform.intro"))
            main.element("form", [.init("method", "post"), .init("action", action), .init("class", "entry-form")]) { form in
                // Enter in a field sends the first submit button: saving, not removing a row.
                form.element("button", [
                    .init("type", "submit"), .init("name", "action"), .init("value", "save"), .init("class", "default-action"),
                    .init("tabindex", "-1"), .init("aria-hidden", "true"),
                ], text: context.text("entryform.save"))
                AccountPages.csrfField(&form, context)
                var fields = EntryFormFields(context: context, check: check)
                EntryFormBody(state: state, taxonomy: taxonomy).write(&form, &fields)
                form.element("div", [.init("class", "form-actions")]) { div in
                    fields.actionButton(&div, .save, context.text("entryform.save"))
                    fields.actionButton(&div, .submit, context.text("entryform.submit"), secondary: false)
                }
            }
            // The downloads and the upload are the supplier's own routes; staff editing on
            // a supplier's behalf use the form.
            if context.account?.role.isStaff != true { otherWays(&main, context) }
            main.element("script", [.init("src", EntryFormScript.path)])
        }
    }

    /// The problems at the top: errors (each linking to its field), then warnings, each
    /// list in the page's order. Problems of a field the page does not show, and those
    /// about no field, are listed without a link (with the errors when there are any).
    static func summary(_ html: inout HTMLWriter, _ context: AccountPages.Context, check: EntryFormCheck, placed: [(name: String, label: String, id: String)]) {
        let placedNames = Set(placed.map(\.name))
        func looseMessages(_ byField: [String: [String]]) -> [String] {
            byField.keys.sorted().filter { !placedNames.contains($0) }.flatMap { byField[$0] ?? [] }
        }
        var looseErrors = looseMessages(check.errors), looseWarnings = looseMessages(check.warnings)
        if check.isValid { looseWarnings += check.unplaced } else { looseErrors = check.unplaced + looseErrors }
        func box(_ html: inout HTMLWriter, error: Bool, _ messages: [String: [String]], loose: [String]) {
            let count = placed.reduce(0) { $0 + messages[$1.name, default: []].count } + loose.count
            guard count > 0 else { return }
            let titleID = error ? "error-summary-title" : "warning-summary-title"
            html.element("div", [
                .init("class", error ? "error-summary" : "warning-summary"), .init("role", error ? "alert" : nil), .init("aria-labelledby", titleID),
            ]) { div in
                div.element("h2", [.init("id", titleID)], text: context.text(error ? "entryform.summary.errors" : "entryform.summary.warnings", ["count": String(count)]))
                div.element("ul") { ul in
                    for item in placed {
                        for message in messages[item.name] ?? [] {
                            ul.element("li") { li in
                                li.element("a", [.init("href", "#" + item.id)], text: context.text("entryform.summary.item", ["label": item.label, "message": message]))
                            }
                        }
                    }
                    for message in loose { ul.element("li", text: EntryFormFields.sentence(message)) }
                }
            }
        }
        box(&html, error: true, check.errors, loose: looseErrors)
        box(&html, error: false, check.warnings, loose: looseWarnings)
    }

    /// The ODS form and the XML to download, and the upload of either.
    static func otherWays(_ html: inout HTMLWriter, _ context: AccountPages.Context) {
        let l = context.language
        html.element("section", [.init("class", "other-ways"), .init("aria-labelledby", "other-ways-title")]) { section in
            section.element("h2", [.init("id", "other-ways-title")], text: context.text("entryform.other.title"))
            section.element("ul") { ul in
                ul.element("li") { $0.element("a", [.init("href", PortalPaths.entryForm(l)), .init("download", "")], text: context.text("entryform.download.ods")) }
                ul.element("li") { $0.element("a", [.init("href", PortalPaths.entryXML(l)), .init("download", "")], text: context.text("entryform.download.xml")) }
            }
            section.element("form", [
                .init("method", "post"), .init("action", PortalPaths.entryUpload(l)), .init("enctype", "multipart/form-data"), .init("class", "upload-form"),
            ]) { form in
                AccountPages.csrfField(&form, context)
                form.element("div", [.init("class", "field")]) { div in
                    div.element("label", [.init("for", "upload-file")], text: context.text("entryform.upload.label"))
                    div.element("p", [.init("class", "hint"), .init("id", "upload-file-hint")], text: context.text("entryform.upload.hint"))
                    div.element("input", [
                        .init("id", "upload-file"), .init("name", "file"), .init("type", "file"), .init("required", ""),
                        .init("accept", ".ods,.xml,application/vnd.oasis.opendocument.spreadsheet,application/xml,text/xml"),
                        .init("aria-describedby", "upload-file-hint"),
                    ])
                }
                form.element("button", [.init("type", "submit"), .init("class", "secondary")], text: context.text("entryform.upload.button"))
            }
        }
    }

    static let stylesheet = """
    .entry-form { max-width: 52rem; }
    .entry-form section.group { border-block-start: 2px solid #d0d5db; margin-block: 1.5rem; padding-block-start: 0.5rem; }
    .entry-form fieldset { border: 1px solid #d0d5db; border-radius: 4px; padding: 0.5rem 1rem 0.75rem; margin: 0 0 1rem; min-width: 0; }
    .entry-form fieldset.choices, .entry-form fieldset.slot { border: none; padding: 0; }
    .entry-form legend { font-weight: 600; padding-inline: 0.25rem; }
    .entry-form .field select, .entry-form .field textarea { width: 100%; font: inherit; padding: 0.5rem; border: 2px solid #4d5560;
      border-radius: 4px; background: #fff; }
    .entry-form .field select[aria-invalid="true"], .entry-form .field textarea[aria-invalid="true"] { border-color: #b00020; }
    .entry-form .field.narrow input { max-width: 14rem; }
    .entry-form .required { color: #b00020; }
    .entry-form .choice { display: inline-flex; align-items: center; gap: 0.35rem; margin-inline-end: 1rem; min-height: 44px; }
    .entry-form .choice input { flex: none; width: 1.25rem; height: 1.25rem; margin: 0; }
    .entry-form .compact .choice { min-height: 32px; font-size: 0.95rem; }
    .field-error { color: #b00020; font-weight: 600; margin-block: 0.25rem; border-inline-start: 4px solid #b00020; padding-inline-start: 0.5rem; }
    .field-warning { color: #6b4e00; margin-block: 0.25rem; border-inline-start: 4px solid #c98a00; padding-inline-start: 0.5rem;
      background: #fff8e1; }
    .warning-summary { border: 3px solid #c98a00; background: #fff8e1; padding: 0.5rem 1rem; margin-block: 1rem; }
    .error-summary h2, .warning-summary h2 { font-size: 1.15rem; margin-block: 0.25rem 0.5rem; }
    .error-summary ul, .warning-summary ul { margin: 0; padding-inline-start: 1.25rem; }
    .error-summary a { color: #b00020; }
    .warning-summary a { color: #6b4e00; }
    .visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
    .default-action { position: absolute; inset-inline-start: -10000px; width: 1px; height: 1px; overflow: hidden; }
    .entry-form .row-actions { margin-block: 0.5rem 0; }
    .entry-form .add { margin-block: 0.5rem 1rem; }
    .entry-form .slots { display: grid; grid-template-columns: 7rem 1fr; gap: 0 0.75rem; }
    .entry-form .tree, .entry-form .tree ul { list-style: none; padding-inline-start: 0; margin: 0; }
    .entry-form .tree ul { padding-inline-start: 1.5rem; }
    .entry-form .tree li { margin-block: 0.25rem; }
    .entry-form .capability { border-block-end: 1px solid #eef0f2; padding-block: 0.25rem; }
    .entry-form .capability > .choice { font-weight: 600; }
    .entry-form .tree ul .capability > .choice { font-weight: normal; }
    .entry-form .capability fieldset.choices { padding-inline-start: 1.6rem; }
    .entry-form .capability:has(> .choice input:not(:checked)) > fieldset.choices { display: none; }
    .entry-form details { border: 1px solid #d0d5db; border-radius: 4px; margin-block: 0.5rem; padding: 0.25rem 0.75rem; }
    .entry-form details > summary { cursor: pointer; font-weight: 600; min-height: 44px; display: list-item; padding-block: 0.6rem; }
    .entry-form .count { font-weight: normal; color: #4d5560; }
    .form-actions { display: flex; flex-wrap: wrap; gap: 0.75rem; margin-block: 1.5rem; position: sticky; bottom: 0; background: #fff;
      padding-block: 0.75rem; border-block-start: 1px solid #d0d5db; }
    .capability-search { margin-block: 0.5rem 1rem; }
    .capability-search label { display: block; font-weight: 600; margin-block-end: 0.25rem; }
    .capability-search input { width: 100%; font: inherit; padding: 0.5rem; border: 2px solid #4d5560; border-radius: 4px; }
    .other-ways { max-width: 52rem; border-block-start: 2px solid #d0d5db; margin-block-start: 2rem; }
    .upload-form input[type="file"] { border: none; padding: 0.25rem 0; }
    @media (max-width: 40rem) { .entry-form .slots { grid-template-columns: 1fr; } .entry-form fieldset { padding-inline: 0.5rem; } }
    """
}
