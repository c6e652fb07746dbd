import AluCatalog
import AluDirectory
import AluIntake
import AluLocalization
import AluPortalPages
import AluPortalState
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdOTP

/// Sign-in and out, the second factor, invitations and password resets, and each
/// role's landing page.
struct AccountRoutes {
    let accounts: PortalAccounts

    func register(on routes: SignedInRoutes) {
        let store = accounts.store

        routes.add(.get, PortalPaths.signIn, .anyone) { r in
            if r.session?.session.mfaPending == false { return responder(r).redirect(PortalPaths.home(r.language)) }
            return AccountResponder.page(AccountPages.signIn(context(r)))
        }
        routes.add(.post, PortalPaths.signIn, .anyone) { r in
            let email = r.field("email") ?? "", password = r.field("password") ?? ""
            let outcome = try await accounts.blocking { try store.signIn(email: email, password: password, address: r.context.client) }
            switch outcome {
            case .signedIn(let grant):
                // A new session id at every sign-in; the one the browser had (if any) ends.
                if let old = r.session { try await accounts.blocking { try store.signOut(token: old.token.value, caller: r.caller) } }
                // Staff without a second factor yet enrol now: the secret is made here, by
                // the POST, so the code page's GET only shows it.
                if grant.session.mfaPending { _ = try await accounts.blocking { try store.secondFactorSecret(token: grant.token.value) } }
                let next = grant.session.mfaPending ? PortalPaths.secondFactor(r.language) : PortalPaths.home(r.language)
                return responder(r).redirect(next, cookies: [
                    SessionCookies.set(SessionCookies.session, grant.token.value), SessionCookies.clear(SessionCookies.form),
                ])
            case .refused:
                let page = AccountPages.signIn(context(r), email: email, error: text(r, Message("account.sign-in-refused")))
                return AccountResponder.page(page, status: .unauthorized)
            case .throttled(let seconds):
                let page = AccountPages.signIn(context(r), email: email, error: text(r, Message("account.throttled", ["seconds": String(seconds)])))
                return AccountResponder.page(page, status: .tooManyRequests, extra: [.retryAfter: String(seconds)])
            }
        }

        routes.add(.get, PortalPaths.secondFactor, .secondFactor) { r in
            let token = r.session!.token.value
            let found = try await accounts.blocking { try store.keptSecondFactorSecret(token: token) }
            guard let found else { return responder(r).redirect(PortalPaths.signIn(r.language)) }
            return AccountResponder.page(AccountPages.secondFactor(context(r), enrolment: found.enrolling ? enrolment(found.secret, r) : nil))
        }
        routes.add(.post, PortalPaths.secondFactor, .secondFactor) { r in
            let token = r.session!.token.value
            let code = (r.field("code") ?? "").filter { !$0.isWhitespace }
            let now = store.clock.now()
            let outcome = try await accounts.blocking {
                try store.completeSecondFactor(token: token, address: r.context.client) { secret in Self.matchingStep(code, secret: secret, at: now) }
            }
            switch outcome {
            case .completed(let grant):
                return responder(r).redirect(PortalPaths.home(r.language), cookies: [SessionCookies.set(SessionCookies.session, grant.token.value)])
            case .refused, .throttled:
                let found = try await accounts.blocking { try store.keptSecondFactorSecret(token: token) }
                let enrol = found.flatMap { $0.enrolling ? enrolment($0.secret, r) : nil }
                if case .throttled(let seconds) = outcome {
                    let page = AccountPages.secondFactor(context(r), enrolment: enrol, error: text(r, Message("account.throttled", ["seconds": String(seconds)])))
                    return AccountResponder.page(page, status: .tooManyRequests, extra: [.retryAfter: String(seconds)])
                }
                let page = AccountPages.secondFactor(context(r), enrolment: enrol, error: text(r, Message("web.code.refused")))
                return AccountResponder.page(page, status: .unauthorized)
            }
        }

        routes.add(.post, PortalPaths.signOut, .anyone) { r in
            if let session = r.session { try await accounts.blocking { try store.signOut(token: session.token.value, caller: r.caller) } }
            return responder(r).redirect("/\(r.language.rawValue)/", cookies: [SessionCookies.clear(SessionCookies.session)],
                                         extra: AccountResponder.clearSiteData)
        }
        routes.add(.post, PortalPaths.signOutEverywhere, .signedIn) { r in
            let account = r.account!
            try await accounts.blocking { _ = try store.signOutEverywhere(accountID: account.id, caller: r.caller) }
            return responder(r).redirect("/\(r.language.rawValue)/", cookies: [SessionCookies.clear(SessionCookies.session)],
                                         extra: AccountResponder.clearSiteData)
        }

        routes.add(.get, PortalPaths.invitation, .anyone) { r in
            AccountResponder.page(AccountPages.invitation(context(r), token: r.queryValue("token") ?? ""))
        }
        routes.add(.post, PortalPaths.invitation, .anyone) { r in
            try await choosePassword(r, form: AccountPages.invitation, done: "web.invitation.done") { token, password, caller in
                try store.acceptInvitation(token: token, password: password, caller: caller)
            }
        }

        routes.add(.get, PortalPaths.apply, .anyone) { r in
            AccountResponder.page(AccountPages.apply(context(r)))
        }
        routes.add(.post, PortalPaths.apply, .anyone) { r in
            let email = r.field("email") ?? "", name = r.field("name") ?? ""
            let language = r.field("language") == "en" ? "en" : "fr"
            let outcome: ApplicationOutcome
            do {
                outcome = try await accounts.blocking {
                    try store.apply(email: email, legalName: name, language: language, caller: r.caller) { id in
                        FileManager.default.fileExists(atPath: store.intake.entryPath(id))
                    }
                }
            } catch let error as PortalStateError {
                let page = AccountPages.apply(context(r), email: email, name: name, error: error.text(r.language.rawValue))
                return AccountResponder.page(page, status: .badRequest)
            }
            switch outcome {
            case .invited(let issued, _):
                let link = accounts.link(PortalPaths.invitationPath(language: issued.language), token: issued.token)
                let days = Int(store.configuration.invitationLifetime / 86_400)
                let now = store.clock.now()
                accounts.sendLater { () throws(PortalStateError) in
                    try accounts.mail.invitation(to: issued.email, language: issued.language, supplier: name, link: link, days: days, date: now)
                }
            case .known: break
            case .throttled(let seconds):
                let page = AccountPages.apply(context(r), email: email, name: name, error: text(r, Message("account.throttled", ["seconds": String(seconds)])))
                return AccountResponder.page(page, status: .tooManyRequests, extra: [.retryAfter: String(seconds)])
            }
            return AccountResponder.page(AccountPages.apply(context(r), sent: true))
        }

        routes.add(.get, PortalPaths.resetRequest, .anyone) { r in
            AccountResponder.page(AccountPages.resetRequest(context(r)))
        }
        routes.add(.post, PortalPaths.resetRequest, .anyone) { r in
            let email = r.field("email") ?? ""
            let issued = try await accounts.blocking { try store.requestPasswordReset(email: email, caller: r.caller) }
            if let issued {
                let minutes = Int(store.configuration.resetLifetime / 60)
                let link = accounts.link(PortalPaths.resetConfirm(issued.language == "en" ? .en : .fr), token: issued.token)
                let now = store.clock.now()
                // Sent after the answer: its time must not tell that the account exists.
                accounts.sendLater { () throws(PortalStateError) in
                    try accounts.mail.passwordReset(to: issued.email, language: issued.language, link: link, minutes: minutes, date: now)
                }
            }
            // The same answer whether the account exists or not.
            return AccountResponder.page(AccountPages.resetRequest(context(r), sent: true))
        }
        routes.add(.get, PortalPaths.resetConfirm, .anyone) { r in
            AccountResponder.page(AccountPages.resetConfirm(context(r), token: r.queryValue("token") ?? ""))
        }
        routes.add(.post, PortalPaths.resetConfirm, .anyone) { r in
            // A reset ends every session of the account, this browser's included.
            try await choosePassword(r, form: AccountPages.resetConfirm, done: "web.reset-confirm.done",
                                     cookies: [SessionCookies.clear(SessionCookies.session)]) { token, password, caller in
                try store.resetPassword(token: token, newPassword: password, caller: caller)
            }
        }

        routes.add(.get, PortalPaths.totpSetup, .signedIn) { r in
            try await secondFactorSettings(r)
        }
        routes.add(.post, PortalPaths.totpSetup, .signedIn) { r in
            let token = r.session!.token.value
            if r.field("action") == "start" {
                // Setting up: the secret is made now, shown by the page that follows.
                _ = try await accounts.blocking { try store.enrolmentSecret(token: token) }
                return try await secondFactorSettings(r)
            }
            let enable = r.field("action") != "disable"
            let code = (r.field("code") ?? "").filter { !$0.isWhitespace }
            let now = store.clock.now()
            do {
                let outcome = try await accounts.blocking {
                    try store.changeSecondFactor(token: token, enable: enable, address: r.context.client) { secret in
                        Self.matchingStep(code, secret: secret, at: now)
                    }
                }
                switch outcome {
                case .done:
                    return try await secondFactorSettings(r, info: text(r, Message(enable ? "web.totp.enabled" : "web.totp.disabled")))
                case .refused:
                    return try await secondFactorSettings(r, error: text(r, Message("web.code.refused")), status: .unauthorized)
                case .throttled(let seconds):
                    return try await secondFactorSettings(
                        r, error: text(r, Message("account.throttled", ["seconds": String(seconds)])), status: .tooManyRequests,
                        extra: [.retryAfter: String(seconds)])
                }
            } catch let error as PortalStateError {
                return responder(r).failure(error)
            }
        }

        routes.add(.get, PortalPaths.changePassword, .signedIn) { r in
            AccountResponder.page(AccountPages.changePassword(context(r)))
        }
        routes.add(.post, PortalPaths.changePassword, .signedIn) { r in
            let token = r.session!.token.value
            let current = r.field("current") ?? "", new = r.field("password") ?? ""
            guard new == r.field("repeat") else {
                return AccountResponder.page(AccountPages.changePassword(context(r), error: text(r, Message("web.passwords-differ"))), status: .badRequest)
            }
            let outcome: ReauthenticatedOutcome<SessionGrant>
            do {
                outcome = try await accounts.blocking { try store.changePassword(token: token, current: current, new: new, address: r.context.client) }
            } catch let error as PortalStateError {
                // Signed out meanwhile (another browser): refused as such, not as a bad password.
                if case .forbidden = error { return responder(r).failure(error) }
                return AccountResponder.page(AccountPages.changePassword(context(r), error: error.text(r.language.rawValue)), status: .badRequest)
            }
            switch outcome {
            case .done(let grant):
                // Every session ended, this browser's included: it carries on under the new one.
                return AccountResponder.page(AccountPages.changePassword(context(r, renewed: grant), info: text(r, Message("web.password-change.done"))),
                                             cookies: [SessionCookies.set(SessionCookies.session, grant.token.value)])
            case .refused:
                return AccountResponder.page(AccountPages.changePassword(context(r), error: text(r, Message("web.reauth.refused"))), status: .unauthorized)
            case .throttled(let seconds):
                let page = AccountPages.changePassword(context(r), error: text(r, Message("account.throttled", ["seconds": String(seconds)])))
                return AccountResponder.page(page, status: .tooManyRequests, extra: [.retryAfter: String(seconds)])
            }
        }

        routes.add(.get, PortalPaths.sessions, .signedIn) { r in
            try await sessionsPage(r)
        }
        routes.add(.post, PortalPaths.sessions, .signedIn) { r in
            let token = r.session!.token.value, password = r.field("password") ?? ""
            let choice = r.field("session") ?? ""
            let id: Int64?
            if choice == "others" {
                id = nil
            } else if let number = Int64(choice), number > 0 {
                id = number
            } else {
                return try await sessionsPage(r, error: text(r, Message("web.sessions.choice-missing")), status: .badRequest)
            }
            let outcome: ReauthenticatedOutcome<EndedSessions>
            do {
                outcome = try await accounts.blocking { try store.endSessions(id, token: token, password: password, address: r.context.client) }
            } catch let error as PortalStateError {
                // Signed out (another browser ended this one) between the gate and the store.
                return responder(r).failure(error)
            }
            switch outcome {
            case .done(let ended):
                // Re-authenticated: this browser carries on under a new id.
                return try await sessionsPage(r, info: text(r, Message("web.sessions.ended", ["count": String(ended.count)])), renewed: ended.grant)
            case .refused:
                return try await sessionsPage(r, error: text(r, Message("web.reauth.refused")), status: .unauthorized)
            case .throttled(let seconds):
                return try await sessionsPage(r, error: text(r, Message("account.throttled", ["seconds": String(seconds)])),
                                              status: .tooManyRequests, extra: [.retryAfter: String(seconds)])
            }
        }

        routes.add(.get, PortalPaths.home, .signedIn) { r in
            var pending: Int?
            if r.account!.role.isStaff {
                pending = try await accounts.blocking { try store.pending(by: r.caller).count }
            }
            return AccountResponder.page(AccountPages.home(context(r), pendingCount: pending))
        }
    }

    // MARK: - Helpers

    /// A password chosen through a one-time link (an invitation, a reset): the two fields
    /// must agree, `spend` uses the link, and the sign-in page follows with `done`; a
    /// refusal shows `form` again with the store's words.
    private func choosePassword(
        _ r: SignedInRequest, form: (AccountPages.Context, String, String?) -> [UInt8], done: String, cookies: [String] = [],
        spend: @escaping @Sendable (String, String, Caller) throws -> Account
    ) async throws -> Response {
        let token = r.field("token") ?? "", password = r.field("password") ?? ""
        guard password == r.field("repeat") else {
            return AccountResponder.page(form(context(r), token, text(r, Message("web.passwords-differ"))), status: .badRequest)
        }
        do {
            let caller = r.caller
            let account = try await accounts.blocking { try spend(token, password, caller) }
            return AccountResponder.page(AccountPages.signIn(context(r), email: account.email, info: text(r, Message(done))), cookies: cookies)
        } catch let error as PortalStateError {
            return AccountResponder.page(form(context(r), token, error.text(r.language.rawValue)), status: .badRequest)
        }
    }

    /// The list of the account's sessions as they are now.
    /// `renewed`: the session that replaced the request's (its cookie is set, its token in the forms).
    private func sessionsPage(
        _ r: SignedInRequest, error: String? = nil, info: String? = nil, status: HTTPResponse.Status = .ok, extra: HTTPFields = [:],
        renewed: SessionGrant? = nil
    ) async throws -> Response {
        let token = renewed?.token.value ?? r.session!.token.value, store = accounts.store
        let sessions = try await accounts.blocking { try store.sessions(token: token) } ?? []
        let pageContext = renewed.map { context(r, renewed: $0) } ?? context(r)
        let cookies = renewed.map { [SessionCookies.set(SessionCookies.session, $0.token.value)] } ?? []
        return AccountResponder.page(AccountPages.sessions(pageContext, sessions: sessions, error: error, info: info),
                                     status: status, cookies: cookies, extra: extra)
    }

    /// The settings page as the account is now (re-read: a change just made shows).
    private func secondFactorSettings(
        _ r: SignedInRequest, error: String? = nil, info: String? = nil, status: HTTPResponse.Status = .ok, extra: HTTPFields = [:]
    ) async throws -> Response {
        let token = r.session!.token.value, store = accounts.store
        let (account, secret) = try await accounts.blocking { () throws -> (Account?, String?) in
            (try store.session(token: token)?.account, try store.keptEnrolmentSecret(token: token))
        }
        let enrolled = account?.totpSecret != nil
        let page = AccountPages.secondFactorSettings(
            context(r), enrolled: enrolled, enrolment: enrolled ? nil : secret.map { enrolment($0, r) }, error: error, info: info)
        return AccountResponder.page(page, status: status, extra: extra)
    }

    private func responder(_ r: SignedInRequest) -> AccountResponder {
        AccountResponder(language: r.language, day: .today(), session: r.session)
    }

    private func context(_ r: SignedInRequest) -> AccountPages.Context {
        responder(r).context(csrf: r.csrf)
    }

    /// The context of a page answered to a browser that carries on under `grant` (a
    /// re-authentication renewed its id): the new session's token in the forms.
    private func context(_ r: SignedInRequest, renewed grant: SessionGrant) -> AccountPages.Context {
        AccountPages.Context(language: r.language, day: .today(), account: grant.account, csrf: grant.csrfToken)
    }

    private func text(_ r: SignedInRequest, _ message: Message) -> String { message.text(r.language.rawValue) }

    /// The secret as an authenticator app takes it (base32, in the otpauth URI HummingbirdOTP makes).
    private func enrolment(_ secret: String, _ r: SignedInRequest) -> (secret: String, uri: String) {
        let uri = TOTP(secret: secret).createAuthenticatorURL(label: r.account?.email ?? r.session?.account.email ?? "", issuer: "AluCat")
        let base32 = URLComponents(string: uri)?.queryItems?.first { $0.name == "secret" }?.value ?? ""
        return (base32, uri)
    }

    /// The 30-second step `code` matches for `secret` at `date`, one step of drift either
    /// way (RFC 6238 §5.2); nil when none.
    static func matchingStep(_ code: String, secret: String, at date: Date) -> Int64? {
        guard code.count == 6, let value = Int(code) else { return nil }
        let totp = TOTP(secret: secret)
        let step = Int64(date.timeIntervalSince1970 / 30)
        for candidate in [step, step - 1, step + 1] where totp.compute(date: Date(timeIntervalSince1970: Double(candidate) * 30)) == value {
            return candidate
        }
        return nil
    }
}
