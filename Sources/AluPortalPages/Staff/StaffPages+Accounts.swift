import AluDirectory
public import AluPortalState
import AluLocalization

extension StaffPages {
    /// Accounts, for admins: every account (e-mail, role, supplier, created, disabled),
    /// a "disable" button on each active one but one's own, and the invitation form
    /// (``StaffFormField/email``, ``StaffFormField/role``, ``StaffFormField/supplier``,
    /// ``StaffFormField/language``). `invited` is the notice after an invitation was
    /// sent; `error` why the last one was refused.
    public static func accounts(
        _ context: AccountPages.Context, accounts: [Account], supplierNames: [String: String], invited: String?, error: String?
    ) -> [UInt8] {
        let l = context.language
        let title = context.text("staff.accounts.title")
        return AccountPages.page(context, title: title, path: PortalPaths.accounts) { main in
            main.element("h1", text: title)
            if let invited { main.element("p", [.init("class", "notice"), .init("role", "status")], text: invited) }
            if let error { AccountPages.errorSummary(&main, error) }

            let headers = ["email", "role", "supplier", "created", "status", "action"].map { context.text("staff.accounts.column.\($0)") }
            table(&main, context, headers: headers) { body, labels in
                for account in accounts {
                    body.element("tr") { tr in
                        cell(&tr, labels[0]) { $0.isolated(account.email) }
                        cell(&tr, labels[1], text: context.text("web.role.\(account.role.rawValue)"))
                        cell(&tr, labels[2]) { td in
                            guard let supplier = account.supplierID else { return td.text("—") }
                            td.isolated(supplierNames[supplier] ?? supplier)
                            td.element("br")
                            td.element("code", text: supplier)
                        }
                        cell(&tr, labels[3]) { time(&$0, account.createdAt) }
                        cell(&tr, labels[4]) { td in
                            if let disabled = account.disabledAt {
                                td.text(context.text("staff.accounts.disabled") + " ")
                                time(&td, disabled)
                            } else {
                                td.text(context.text("staff.accounts.active"))
                            }
                        }
                        cell(&tr, labels[5]) { td in
                            guard !account.isDisabled, account.id != context.account?.id else { return }
                            postButton(&td, context, action: PortalPaths.disableAccount(l, account.id),
                                       label: context.text("staff.accounts.disable"), secondary: true)
                        }
                    }
                }
            }

            main.element("h2", text: context.text("staff.invite.title"))
            main.element("form", [.init("method", "post"), .init("action", PortalPaths.invite(l)), .init("class", "account-form")]) { form in
                AccountPages.csrfField(&form, context)
                form.element("div", [.init("class", "field")]) { div in
                    div.element("label", [.init("for", "invite-email")], text: context.text("web.email"))
                    div.element("input", [
                        .init("id", "invite-email"), .init("name", StaffFormField.email), .init("type", "email"),
                        .init("autocomplete", "off"), .init("required", ""),
                    ])
                }
                select(&form, id: "invite-role", name: StaffFormField.role, label: context.text("staff.invite.role"), hint: nil,
                       options: AccountRole.allCases.map { ($0.rawValue, context.text("web.role.\($0.rawValue)")) }, required: false)
                let suppliers = supplierNames.sorted { ($0.value.lowercased(), $0.key) < ($1.value.lowercased(), $1.key) }
                select(&form, id: "invite-supplier", name: StaffFormField.supplier, label: context.text("staff.invite.supplier"),
                       hint: context.text("staff.invite.supplier-hint"),
                       options: [("", context.text("staff.invite.no-supplier"))] + suppliers.map { ($0.key, "\($0.value) (\($0.key))") },
                       required: false)
                select(&form, id: "invite-language", name: StaffFormField.language, label: context.text("staff.invite.language"), hint: nil,
                       options: PortalPaths.languages.map { ($0.rawValue, LanguageNames.name($0.rawValue, l.rawValue)) }, required: false,
                       selected: l.rawValue)
                form.element("button", [.init("type", "submit")], text: context.text("staff.invite.button"))
            }
        }
    }

    /// A labelled drop-down.
    static func select(
        _ html: inout HTMLWriter, id: String, name: String, label: String, hint: String?, options: [(value: String, label: String)],
        required: Bool, selected: String? = nil
    ) {
        html.element("div", [.init("class", "field")]) { div in
            div.element("label", [.init("for", id)], text: label)
            if let hint { div.element("p", [.init("class", "hint"), .init("id", id + "-hint")], text: hint) }
            div.element("select", [
                .init("id", id), .init("name", name), .init("required", required ? "" : nil),
                .init("aria-describedby", hint == nil ? nil : id + "-hint"),
            ]) { select in
                for option in options {
                    select.element("option", [.init("value", option.value), .init("selected", option.value == selected ? "" : nil)], text: option.label)
                }
            }
        }
    }
}
