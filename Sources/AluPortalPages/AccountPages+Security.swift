public import AluPortalState
import AluDirectory

/// A signed-in person's own security: the password, the open sessions. Both forms ask
/// for the current password again (ASVS 5.0 6.2.3, 7.5.2): a session alone is not enough
/// to lock the owner out or to end the owner's other sessions.
extension AccountPages {
    /// The current password, then the new one twice.
    public static func changePassword(_ context: Context, error: String? = nil, info: String? = nil) -> [UInt8] {
        let title = context.text("web.password-change.title")
        return page(context, title: title, path: PortalPaths.changePassword) { main in
            main.element("h1", text: title)
            if let info { main.element("p", [.init("class", "notice"), .init("role", "status")], text: info) }
            if let error { errorSummary(&main, error) }
            main.element("form", [.init("method", "post"), .init("action", PortalPaths.changePassword(context.language)), .init("class", "account-form")]) { form in
                csrfField(&form, context)
                // For password managers: the account the new password belongs to.
                form.element("input", [.init("type", "hidden"), .init("name", "username"), .init("autocomplete", "username"),
                                       .init("value", context.account?.email ?? "")])
                field(&form, label: context.text("web.password-change.current"), name: "current", type: "password",
                      autocomplete: "current-password", invalid: error != nil)
                field(&form, label: context.text("web.new-password"), name: "password", type: "password", autocomplete: "new-password",
                      invalid: error != nil, hint: context.text("web.password-hint"))
                field(&form, label: context.text("web.repeat-password"), name: "repeat", type: "password", autocomplete: "new-password",
                      invalid: error != nil)
                form.element("button", [.init("type", "submit")], text: context.text("web.password-change.button"))
            }
        }
    }

    /// The account's open sessions (this one first among equals, marked), and a form that
    /// ends the one chosen, or all the others, once the password is given.
    public static func sessions(_ context: Context, sessions: [SessionSummary], error: String? = nil, info: String? = nil) -> [UInt8] {
        let title = context.text("web.sessions.title")
        return page(context, title: title, path: PortalPaths.sessions) { main in
            main.element("h1", text: title)
            if let info { main.element("p", [.init("class", "notice"), .init("role", "status")], text: info) }
            if let error { errorSummary(&main, error) }
            main.element("p", text: context.text("web.sessions.intro"))
            main.element("ul", [.init("class", "sessions")]) { ul in
                for session in sessions {
                    ul.element("li") { li in
                        li.element("strong", text: context.text(session.isCurrent ? "web.sessions.current" : "web.sessions.other"))
                        li.text(" — " + details(context, session))
                    }
                }
            }
            let others = sessions.filter { !$0.isCurrent }
            guard !others.isEmpty else {
                main.element("p", text: context.text("web.sessions.none"))
                return
            }
            main.element("form", [.init("method", "post"), .init("action", PortalPaths.sessions(context.language)), .init("class", "account-form")]) { form in
                csrfField(&form, context)
                form.element("fieldset") { fieldset in
                    fieldset.element("legend", text: context.text("web.sessions.choose"))
                    var choices: [(value: String, label: String)] = []
                    if others.count > 1 { choices.append(("others", context.text("web.sessions.all-others"))) }
                    choices += others.map { (String($0.id), context.text("web.sessions.other") + " — " + details(context, $0)) }
                    for (index, choice) in choices.enumerated() {
                        let id = "session-\(choice.value)"
                        fieldset.element("div", [.init("class", "choice")]) { div in
                            div.element("input", [.init("type", "radio"), .init("name", "session"), .init("id", id), .init("value", choice.value),
                                                  .init("required", ""), .init("checked", index == 0 ? "" : nil)])
                            div.element("label", [.init("for", id)], text: choice.label)
                        }
                    }
                }
                form.element("input", [.init("type", "hidden"), .init("name", "username"), .init("autocomplete", "username"),
                                       .init("value", context.account?.email ?? "")])
                field(&form, label: context.text("web.password"), name: "password", type: "password", autocomplete: "current-password",
                      invalid: error != nil, hint: context.text("web.reauth.hint"))
                form.element("button", [.init("type", "submit")], text: context.text("web.sessions.button"))
            }
        }
    }

    /// "opened 2026-12-06 14:05 UTC, last active …, from address …" (and the second factor owed).
    private static func details(_ context: Context, _ session: SessionSummary) -> String {
        var text = context.text("web.sessions.details", [
            "created": StaffPages.utc(session.createdAt).display, "seen": StaffPages.utc(session.lastSeenAt).display, "address": session.address,
        ])
        if session.awaitingSecondFactor { text += " (" + context.text("web.sessions.awaiting") + ")" }
        return text
    }
}
