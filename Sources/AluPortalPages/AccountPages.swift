public import AluCatalog
public import AluDirectory
public import AluPortalState
import AluLocalization

/// Sign-in, second factor, invitation, password reset, each role's landing page, and
/// the short notices the signed-in routes answer with (refused, expired form…).
///
/// Pure functions to complete HTML documents, like ``DirectoryPages``: the portal passes
/// what it knows (the language, the day, the session's CSRF token, the account) and
/// sends the bytes. Every form posts to a ``PortalPaths`` path and carries the CSRF token.
public enum AccountPages {
    /// What every signed-in page shares.
    public struct Context: Sendable {
        public var language: PortalLanguage
        public var day: CalendarDay
        /// The signed-in account, nil before sign-in (or while the second factor is owed).
        public var account: Account?
        /// The token the page's forms carry.
        public var csrf: String

        public init(language: PortalLanguage, day: CalendarDay, account: Account?, csrf: String) {
            self.language = language
            self.day = day
            self.account = account
            self.csrf = csrf
        }

        func text(_ key: String, _ values: [String: String] = [:]) -> String { Message(key, values).text(language.rawValue) }
    }

    /// A page of the signed-in portal: the directory's frame in French or English, with
    /// the account bar, `main` filled by `body`. `path` gives the same page in the other
    /// language (the switcher).
    package static func page(
        _ context: Context, title: String, path: @escaping (PortalLanguage) -> String, _ body: (inout HTMLWriter) -> Void
    ) -> [UInt8] {
        var frame = PageFrame(
            language: context.language, title: title + " — " + context.text("portal.site-name"), path: path, day: context.day,
            account: accountBar(context), languages: PortalPaths.languages)
        frame.bodyClass = "signed-in"
        return frame.renderBytes(body)
    }

    /// The header's account part: who is signed in, their home, sign out. Nothing before sign-in.
    static func accountBar(_ context: Context) -> ((inout HTMLWriter) -> Void)? {
        guard let account = context.account else { return nil }
        return { html in
            html.element("div", [.init("class", "account-bar")]) { bar in
                bar.element("a", [.init("href", PortalPaths.home(context.language))]) { a in a.isolated(account.email) }
                bar.element("form", [.init("method", "post"), .init("action", PortalPaths.signOut(context.language))]) { form in
                    csrfField(&form, context)
                    form.element("button", [.init("type", "submit"), .init("class", "link-button")], text: context.text("web.sign-out"))
                }
            }
        }
    }

    /// The hidden CSRF field every state-changing form carries.
    package static func csrfField(_ html: inout HTMLWriter, _ context: Context) {
        html.element("input", [.init("type", "hidden"), .init("name", PortalPaths.csrfField), .init("value", context.csrf)])
    }

    /// A notice: a message shown alone (a refused request, a link sent, an expired form).
    public static func notice(_ context: Context, title: String, message: String, link: (href: String, text: String)? = nil) -> [UInt8] {
        page(context, title: title, path: { _ in PortalPaths.home(context.language) }) { main in
            main.element("h1", text: title)
            main.element("p", [.init("class", "notice"), .init("role", "status")], text: message)
            if let link { main.element("p") { $0.element("a", [.init("href", link.href)], text: link.text) } }
        }
    }

    // MARK: - Sign-in

    /// The sign-in form. `email` is kept after a refusal; `error` says why (the same
    /// words for an unknown account and a wrong password), `info` after a reset or an
    /// accepted invitation.
    public static func signIn(_ context: Context, email: String = "", error: String? = nil, info: String? = nil) -> [UInt8] {
        let title = context.text("web.sign-in.title")
        return page(context, title: title, path: PortalPaths.signIn) { main in
            main.element("h1", text: title)
            if let info { main.element("p", [.init("class", "notice"), .init("role", "status")], text: info) }
            if let error { errorSummary(&main, error) }
            main.element("form", [.init("method", "post"), .init("action", PortalPaths.signIn(context.language)), .init("class", "account-form")]) { form in
                csrfField(&form, context)
                field(&form, label: context.text("web.email"), name: "email", type: "email", autocomplete: "email", value: email, invalid: error != nil)
                field(&form, label: context.text("web.password"), name: "password", type: "password", autocomplete: "current-password", invalid: error != nil)
                form.element("button", [.init("type", "submit")], text: context.text("web.sign-in.button"))
            }
            main.element("p") { p in
                p.element("a", [.init("href", PortalPaths.resetRequest(context.language))], text: context.text("web.forgot"))
            }
            main.element("p") { p in
                p.element("a", [.init("href", PortalPaths.apply(context.language))], text: context.text("web.apply.link"))
            }
        }
    }

    /// The second step: the TOTP code. When `enrolment` is given (staff signing in for
    /// the first time), the secret to type into an authenticator app comes first.
    public static func secondFactor(_ context: Context, enrolment: (secret: String, uri: String)? = nil, error: String? = nil) -> [UInt8] {
        let title = context.text("web.code.title")
        return page(context, title: title, path: PortalPaths.secondFactor) { main in
            main.element("h1", text: title)
            if let error { errorSummary(&main, error) }
            if let enrolment {
                main.element("p", text: context.text("web.code.enrol"))
                main.element("p", [.init("class", "secret")]) { p in
                    p.element("code", [.init("dir", "ltr")], text: enrolment.secret.chunked(4))
                }
                main.element("p", [.init("class", "hint")]) { p in
                    p.text(context.text("web.code.uri") + " ")
                    p.element("code", [.init("dir", "ltr"), .init("class", "uri")], text: enrolment.uri)
                }
            }
            main.element("form", [.init("method", "post"), .init("action", PortalPaths.secondFactor(context.language)), .init("class", "account-form")]) { form in
                csrfField(&form, context)
                field(&form, label: context.text("web.code.label"), name: "code", type: "text", autocomplete: "one-time-code",
                      inputmode: "numeric", pattern: "[0-9]{6}", invalid: error != nil, hint: context.text("web.code.hint"))
                form.element("button", [.init("type", "submit")], text: context.text("web.code.button"))
            }
        }
    }

    // MARK: - The second factor's settings

    /// Turning the TOTP second factor on (the secret to type into an app, then a code) or,
    /// for a supplier user, off (a current code). Staff always have it.
    /// `info` follows a change of the second factor: the page then offers to end the
    /// account's other sessions (ASVS 5.0 7.4.3).
    public static func secondFactorSettings(
        _ context: Context, enrolled: Bool, enrolment: (secret: String, uri: String)?, error: String? = nil, info: String? = nil
    ) -> [UInt8] {
        let title = context.text("web.totp.title")
        let staff = context.account?.role.isStaff ?? false
        return page(context, title: title, path: PortalPaths.totpSetup) { main in
            main.element("h1", text: title)
            if let info {
                main.element("p", [.init("class", "notice"), .init("role", "status")], text: info)
                main.element("p") { p in
                    p.text(context.text("web.totp.other-sessions") + " ")
                    p.element("a", [.init("href", PortalPaths.sessions(context.language))], text: context.text("web.sessions.title"))
                }
            }
            if let error { errorSummary(&main, error) }
            main.element("p", text: context.text(enrolled ? "web.totp.on" : "web.totp.off"))
            if enrolled, staff {
                main.element("p", text: context.text("web.totp.staff-required"))
                return
            }
            if !enrolled, enrolment == nil {
                // First a button that makes the secret (a POST: showing the page changes nothing).
                main.element("form", [.init("method", "post"), .init("action", PortalPaths.totpSetup(context.language)), .init("class", "account-form")]) { form in
                    csrfField(&form, context)
                    form.element("input", [.init("type", "hidden"), .init("name", "action"), .init("value", "start")])
                    form.element("button", [.init("type", "submit")], text: context.text("web.totp.start-button"))
                }
                return
            }
            if let enrolment, !enrolled {
                main.element("p", text: context.text("web.totp.enrol"))
                main.element("p", [.init("class", "secret")]) { p in
                    p.element("code", [.init("dir", "ltr")], text: enrolment.secret.chunked(4))
                }
                main.element("p", [.init("class", "hint")]) { p in
                    p.text(context.text("web.code.uri") + " ")
                    p.element("code", [.init("dir", "ltr"), .init("class", "uri")], text: enrolment.uri)
                }
            }
            main.element("form", [.init("method", "post"), .init("action", PortalPaths.totpSetup(context.language)), .init("class", "account-form")]) { form in
                csrfField(&form, context)
                form.element("input", [.init("type", "hidden"), .init("name", "action"), .init("value", enrolled ? "disable" : "enable")])
                field(&form, label: context.text("web.code.label"), name: "code", type: "text", autocomplete: "one-time-code",
                      inputmode: "numeric", pattern: "[0-9]{6}", invalid: error != nil, hint: context.text("web.code.hint"))
                form.element("button", [.init("type", "submit")], text: context.text(enrolled ? "web.totp.disable-button" : "web.totp.enable-button"))
            }
        }
    }

    // MARK: - Applying for a new entry

    /// Anyone applies for a new entry: an e-mail address, the company's legal name, the
    /// language of the mails. `sent` shows the same words whether a link was sent or the
    /// address already had an account.
    public static func apply(_ context: Context, email: String = "", name: String = "", sent: Bool = false, error: String? = nil) -> [UInt8] {
        let title = context.text("web.apply.title")
        return page(context, title: title, path: PortalPaths.apply) { main in
            main.element("h1", text: title)
            if sent {
                main.element("p", [.init("class", "notice"), .init("role", "status")], text: context.text("web.apply.sent"))
                return
            }
            main.element("p", text: context.text("web.apply.intro"))
            if let error { errorSummary(&main, error) }
            main.element("form", [.init("method", "post"), .init("action", PortalPaths.apply(context.language)), .init("class", "account-form")]) { form in
                csrfField(&form, context)
                field(&form, label: context.text("web.apply.name"), name: "name", type: "text", autocomplete: "organization", value: name, invalid: error != nil)
                field(&form, label: context.text("web.email"), name: "email", type: "email", autocomplete: "email", value: email, invalid: error != nil)
                form.element("input", [.init("type", "hidden"), .init("name", "language"), .init("value", context.language.rawValue)])
                form.element("button", [.init("type", "submit")], text: context.text("web.apply.button"))
            }
        }
    }

    // MARK: - Invitation and reset

    /// Choosing a password for an invited account; the token goes back in the form.
    public static func invitation(_ context: Context, token: String, error: String? = nil) -> [UInt8] {
        let title = context.text("web.invitation.title")
        return page(context, title: title, path: PortalPaths.invitation) { main in
            main.element("h1", text: title)
            main.element("p", text: context.text("web.invitation.intro"))
            if let error { errorSummary(&main, error) }
            passwordForm(&main, context, action: PortalPaths.invitation(context.language), token: token, invalid: error != nil,
                         button: context.text("web.invitation.button"))
        }
    }

    /// Asking for a reset link; `sent` shows the same words whether the account exists or not.
    public static func resetRequest(_ context: Context, sent: Bool = false, error: String? = nil) -> [UInt8] {
        let title = context.text("web.reset.title")
        return page(context, title: title, path: PortalPaths.resetRequest) { main in
            main.element("h1", text: title)
            if sent {
                main.element("p", [.init("class", "notice"), .init("role", "status")], text: context.text("web.reset.sent"))
                return
            }
            main.element("p", text: context.text("web.reset.intro"))
            if let error { errorSummary(&main, error) }
            main.element("form", [.init("method", "post"), .init("action", PortalPaths.resetRequest(context.language)), .init("class", "account-form")]) { form in
                csrfField(&form, context)
                field(&form, label: context.text("web.email"), name: "email", type: "email", autocomplete: "email", invalid: error != nil)
                form.element("button", [.init("type", "submit")], text: context.text("web.reset.button"))
            }
        }
    }

    /// Choosing a new password through a reset link.
    public static func resetConfirm(_ context: Context, token: String, error: String? = nil) -> [UInt8] {
        let title = context.text("web.reset-confirm.title")
        return page(context, title: title, path: PortalPaths.resetConfirm) { main in
            main.element("h1", text: title)
            if let error { errorSummary(&main, error) }
            passwordForm(&main, context, action: PortalPaths.resetConfirm(context.language), token: token, invalid: error != nil,
                         button: context.text("web.reset-confirm.button"))
        }
    }

    private static func passwordForm(_ html: inout HTMLWriter, _ context: Context, action: String, token: String, invalid: Bool, button: String) {
        html.element("form", [.init("method", "post"), .init("action", action), .init("class", "account-form")]) { form in
            csrfField(&form, context)
            form.element("input", [.init("type", "hidden"), .init("name", "token"), .init("value", token)])
            field(&form, label: context.text("web.new-password"), name: "password", type: "password", autocomplete: "new-password",
                  invalid: invalid, hint: context.text("web.password-hint"))
            field(&form, label: context.text("web.repeat-password"), name: "repeat", type: "password", autocomplete: "new-password", invalid: invalid)
            form.element("button", [.init("type", "submit")], text: button)
        }
    }

    // MARK: - Landing

    /// Where a complete sign-in lands: the pages of the account's role.
    public static func home(_ context: Context, pendingCount: Int? = nil) -> [UInt8] {
        let title = context.text("web.home.title")
        let l = context.language
        return page(context, title: title, path: PortalPaths.home) { main in
            main.element("h1", text: title)
            guard let account = context.account else { return }
            main.element("p") { p in
                p.text(context.text("web.home.signed-in-as") + " ")
                p.isolated(account.email)
                p.text(" — " + context.text("web.role.\(account.role.rawValue)"))
            }
            var links: [(String, String)] = []
            switch account.role {
            case .supplier:
                links = [(PortalPaths.entry(l), context.text("web.home.entry")), (PortalPaths.submissions(l), context.text("web.home.submissions"))]
            case .reviewer, .admin:
                let queue = context.text("web.home.queue") + (pendingCount.map { " (\($0))" } ?? "")
                links = [(PortalPaths.queue(l), queue), (PortalPaths.followUp(l), context.text("web.home.follow-up"))]
                if account.role == .admin {
                    links += [(PortalPaths.accounts(l), context.text("web.home.accounts")), (PortalPaths.auditLog(l), context.text("web.home.audit"))]
                }
            }
            links += [(PortalPaths.totpSetup(l), context.text("web.totp.title")),
                      (PortalPaths.changePassword(l), context.text("web.password-change.title")),
                      (PortalPaths.sessions(l), context.text("web.sessions.title"))]
            main.element("ul", [.init("class", "home-links")]) { ul in
                for (href, text) in links { ul.element("li") { $0.element("a", [.init("href", href)], text: text) } }
            }
            main.element("form", [.init("method", "post"), .init("action", PortalPaths.signOutEverywhere(l))]) { form in
                csrfField(&form, context)
                form.element("button", [.init("type", "submit"), .init("class", "secondary")], text: context.text("web.sign-out-everywhere"))
            }
        }
    }

    // MARK: - Pieces

    /// A one-problem summary at the top of a form, announced when the page loads.
    static func errorSummary(_ html: inout HTMLWriter, _ message: String) {
        html.element("div", [.init("class", "error-summary"), .init("role", "alert")]) { div in
            div.element("p", text: message)
        }
    }

    /// A labelled input with an optional hint.
    static func field(
        _ html: inout HTMLWriter, label: String, name: StaticString, type: StaticString, autocomplete: String,
        value: String? = nil, inputmode: String? = nil, pattern: String? = nil, invalid: Bool = false, hint: String? = nil
    ) {
        let id = "field-\(name)"
        html.element("div", [.init("class", "field")]) { div in
            div.element("label", [.init("for", id)], text: label)
            if let hint { div.element("p", [.init("class", "hint"), .init("id", id + "-hint")], text: hint) }
            div.element("input", [
                .init("id", id), .init("name", "\(name)"), .init("type", "\(type)"), .init("autocomplete", autocomplete),
                .init("value", value), .init("inputmode", inputmode), .init("pattern", pattern), .init("required", ""),
                .init("aria-invalid", invalid ? "true" : nil), .init("aria-describedby", hint == nil ? nil : id + "-hint"),
            ])
        }
    }

    static let stylesheet = """
    .account-bar { display: flex; flex-wrap: wrap; align-items: center; gap: 0.25rem 1rem; margin-inline-start: auto; }
    .account-bar a { color: #fff; }
    .signed-in .link-button { background: none; border: none; padding: 0.5rem 0; min-height: 24px; color: #fff; text-decoration: underline;
      font: inherit; cursor: pointer; }
    .account-form { max-width: 28rem; }
    .field { margin-block: 0 1rem; }
    .field label { display: block; font-weight: 600; margin-block-end: 0.25rem; }
    .field input { width: 100%; font: inherit; padding: 0.5rem; border: 2px solid #4d5560; border-radius: 4px; }
    .field input[aria-invalid="true"] { border-color: #b00020; }
    .hint { color: #4d5560; margin-block: 0 0.25rem; }
    .error-summary { border: 3px solid #b00020; padding: 0.5rem 1rem; margin-block: 1rem; }
    .error-summary p { color: #b00020; font-weight: 600; margin: 0; }
    .notice { border-inline-start: 4px solid #0a4d8c; padding-inline-start: 0.75rem; }
    .signed-in button { font: inherit; padding: 0.5rem 1.25rem; min-height: 44px; border-radius: 4px; border: 2px solid #0a4d8c;
      background: #0a4d8c; color: #fff; cursor: pointer; }
    .signed-in button.secondary { background: #fff; color: #0a4d8c; }
    .secret code { font-size: 1.25rem; letter-spacing: 0.1em; }
    code.uri { overflow-wrap: anywhere; }
    .home-links li { margin-block: 0.5rem; }
    .signed-in fieldset { border: 1px solid #4d5560; border-radius: 4px; margin-block: 0 1rem; padding: 0.5rem 1rem; min-width: 0; }
    .signed-in legend { font-weight: 600; padding-inline: 0.25rem; }
    .signed-in .choice { display: flex; gap: 0.5rem; align-items: baseline; margin-block: 0.5rem; }
    .signed-in .choice input { flex: none; width: 1.25rem; height: 1.25rem; margin: 0; }
    .sessions li { margin-block: 0.5rem; }
    """
}

extension String {
    /// `ABCDEFGH` → `ABCD EFGH`: a secret read aloud or typed by hand.
    func chunked(_ size: Int) -> String {
        var result = ""
        for (index, character) in enumerated() {
            if index > 0, index % size == 0 { result.append(" ") }
            result.append(character)
        }
        return result
    }
}
