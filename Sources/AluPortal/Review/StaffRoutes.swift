import AluCatalog
import AluDiagnostics
import AluDirectory
import AluIntake
import AluLocalization
import AluPortalPages
import AluPortalState
import Foundation
import Hummingbird

/// The staff's side: the review queue, a submission with its diff and decision, editing
/// an entry on a supplier's behalf, follow-up, the audit log and accounts. An approval
/// publishes through the store (the same policy and atomic write as `alucat submit`),
/// then the live catalogue takes the file at once: the directory shows it without a restart.
struct StaffRoutes {
    let desk: EntryDesk

    func register(on routes: SignedInRoutes) {
        let store = desk.store, accounts = desk.accounts, catalog = desk.catalog

        routes.add(.get, PortalPaths.queue, .staff) { r in
            let filter = PendingFilter(
                supplierID: r.queryValue(StaffFormField.supplier).flatMap { $0.isEmpty ? nil : $0 },
                kind: r.queryValue(StaffFormField.kind).flatMap { $0 == "new" ? .new : $0 == "update" ? .update : nil })
            let caller = r.caller
            return try await answer(r) { responder in
                let (pending, people) = try await accounts.blocking { () throws -> ([Submission], [Int64: String]) in
                    let pending = try store.pending(filter, by: caller)
                    return (pending, try emails(of: pending.flatMap { [$0.authorID, $0.claimedBy].compactMap { $0 } }))
                }
                return AccountResponder.page(StaffPages.queue(
                    responder.context(csrf: r.csrf), pending: pending, supplierNames: names(pending.map(\.supplierID)),
                    people: people, filter: filter, now: store.clock.now()))
            }
        }

        routes.add(.get, { PortalPaths.submission($0, "{id}") }, .staff) { r in
            guard let id = r.parameter("id").flatMap(Int64.init) else { throw HTTPError(.notFound) }
            let caller = r.caller, index = catalog.index, language = r.language.rawValue
            return try await answer(r) { responder in
                let (submission, events, submitted, people) = try await accounts.blocking {
                    () throws -> (Submission, [ReviewEvent], Supplier?, [Int64: String]) in
                    let submission = try store.submission(id, by: caller)
                    let events = try store.events(id, by: caller)
                    let submitted = try? store.intake.check(bytes: Array(submission.entry), fileName: submission.fileName, index: index).supplier
                    let ids = events.compactMap(\.accountID) + [submission.authorID] + [submission.claimedBy, submission.decidedBy].compactMap { $0 }
                    return (submission, events, submitted, try emails(of: ids))
                }
                return AccountResponder.page(StaffPages.submission(
                    responder.context(csrf: r.csrf), submission: submission, published: index.supplier(id: submission.supplierID),
                    submitted: submitted, diagnostics: submission.report.map { $0.text(language) }, events: events, people: people,
                    now: store.clock.now()))
            }
        }
        routes.add(.post, { PortalPaths.claim($0, "{id}") }, .staff) { r in
            guard let id = r.parameter("id").flatMap(Int64.init) else { throw HTTPError(.notFound) }
            let caller = r.caller
            return try await answer(r) { responder in
                _ = try await accounts.blocking { try store.claim(id, by: caller) }
                return responder.redirect(PortalPaths.submission(r.language, id))
            }
        }
        routes.add(.post, { PortalPaths.approve($0, "{id}") }, .staff) { r in
            guard let id = r.parameter("id").flatMap(Int64.init) else { throw HTTPError(.notFound) }
            guard let revision = r.field(StaffFormField.revision).flatMap(Int.init) else { return unreadable(r) }
            let caller = r.caller, comment = r.field(StaffFormField.comment), index = catalog.index
            return try await answer(r) { responder in
                let approval = try await accounts.blocking { try store.approve(id, revision: revision, comment: comment, by: caller, index: index) }
                // The live index takes the written file now, not at the next look.
                await catalog.refreshNow()
                try await accounts.blocking {
                    mail(approval.submission) { person, name, now throws(PortalStateError) in
                        try accounts.mail.approved(to: person.email, language: person.language, submission: id, supplier: name, date: now)
                    }
                }
                return responder.redirect(PortalPaths.submission(r.language, id))
            }
        }
        routes.add(.post, { PortalPaths.reject($0, "{id}") }, .staff) { r in
            guard let id = r.parameter("id").flatMap(Int64.init) else { throw HTTPError(.notFound) }
            guard let revision = r.field(StaffFormField.revision).flatMap(Int.init) else { return unreadable(r) }
            let caller = r.caller, comment = r.field(StaffFormField.comment) ?? ""
            return try await answer(r) { responder in
                let rejected = try await accounts.blocking { try store.reject(id, revision: revision, comment: comment, by: caller) }
                try await accounts.blocking {
                    mail(rejected) { person, name, now throws(PortalStateError) in
                        try accounts.mail.rejected(to: person.email, language: person.language, submission: id, supplier: name,
                                                   comment: rejected.comment ?? comment, date: now)
                    }
                }
                return responder.redirect(PortalPaths.submission(r.language, id))
            }
        }

        routes.add(.get, { PortalPaths.editOnBehalf($0, "{supplier}") }, .staff) { r in
            guard let supplierID = r.parameter("supplier"), SupplierIntake.isSafeID(supplierID) else { throw HTTPError(.notFound) }
            return try await desk.page(r, supplierID: supplierID, action: PortalPaths.editOnBehalf(r.language, supplierID))
        }
        routes.add(.post, { PortalPaths.editOnBehalf($0, "{supplier}") }, .staff) { r in
            guard let supplierID = r.parameter("supplier"), SupplierIntake.isSafeID(supplierID) else { throw HTTPError(.notFound) }
            return try await desk.post(r, supplierID: supplierID, action: PortalPaths.editOnBehalf(r.language, supplierID),
                                       after: PortalPaths.queue(r.language))
        }

        routes.add(.get, PortalPaths.followUp, .staff) { r in
            let index = catalog.index, today = catalog.snapshot.directory.day
            let suppliers = FollowUp.suppliers(of: index)
            let stale = FollowUp.unconfirmed(suppliers, today: today).map { (supplierID: $0.id, name: $0.displayName, lastUpdated: $0.lastUpdated) }
            let expiring = FollowUp.expiringCertificates(suppliers, today: today, within: 90)
            return try await answer(r) { responder in
                AccountResponder.page(StaffPages.followUp(
                    responder.context(csrf: r.csrf), stale: stale, expiring: expiring, supplierNames: names(expiring.map(\.supplierID))))
            }
        }

        routes.add(.get, PortalPaths.auditLog, .admin) { r in
            let caller = r.caller
            return try await answer(r) { responder in
                let records = try await accounts.blocking { try store.auditLog(by: caller) }
                return AccountResponder.page(StaffPages.auditLog(responder.context(csrf: r.csrf), records: records))
            }
        }

        routes.add(.get, PortalPaths.accounts, .admin) { r in
            try await accountsPage(r, invited: nil, error: nil)
        }
        routes.add(.post, PortalPaths.invite, .admin) { r in
            let email = r.field(StaffFormField.email) ?? "", caller = r.caller
            let role = AccountRole(rawValue: r.field(StaffFormField.role) ?? "") ?? .supplier
            let supplierID = (r.field(StaffFormField.supplier) ?? "").trimmingCharacters(in: .whitespaces)
            let language = r.field(StaffFormField.language) == "en" ? "en" : "fr"
            do {
                let issued = try await accounts.blocking {
                    try store.invite(email: email, role: role, supplierID: role == .supplier ? supplierID : nil, language: language, by: caller)
                }
                let link = accounts.link(PortalPaths.invitationPath(language: issued.language), token: issued.token)
                let days = Int(store.configuration.invitationLifetime / 86_400)
                let name = catalog.index.supplier(id: supplierID)?.displayName ?? supplierID
                let now = store.clock.now()
                let delivered = try await accounts.blocking {
                    accounts.send { () throws(PortalStateError) in
                        try accounts.mail.invitation(to: issued.email, language: issued.language, supplier: name, link: link, days: days, date: now)
                    }
                }
                guard delivered else {
                    // The invitation stands; the admin who made it may hand its link over.
                    let words = Message("web.accounts.not-sent", ["email": issued.email, "link": link]).text(r.language.rawValue)
                    return try await accountsPage(r, invited: nil, error: words, status: .ok)
                }
                return try await accountsPage(r, invited: Message("web.accounts.invited", ["email": issued.email]).text(r.language.rawValue), error: nil)
            } catch let error as PortalStateError {
                return try await accountsPage(r, invited: nil, error: error.text(r.language.rawValue), status: AccountResponder.status(of: error))
            }
        }
        routes.add(.post, { PortalPaths.disableAccount($0, "{id}") }, .admin) { r in
            guard let id = r.parameter("id").flatMap(Int64.init) else { throw HTTPError(.notFound) }
            let caller = r.caller
            return try await answer(r) { responder in
                try await accounts.blocking { try store.disableAccount(id: id, by: caller) }
                return responder.redirect(PortalPaths.accounts(r.language))
            }
        }
    }

    private func accountsPage(_ r: SignedInRequest, invited: String?, error: String?, status: HTTPResponse.Status = .ok) async throws -> Response {
        let caller = r.caller
        return try await answer(r) { responder in
            let all = try await desk.accounts.blocking { try desk.store.accounts(by: caller) }
            return AccountResponder.page(StaffPages.accounts(
                // Every entry of the catalogue, not only those with accounts: the invitation form offers them.
                responder.context(csrf: r.csrf), accounts: all, supplierNames: names(all.compactMap(\.supplierID) + desk.catalog.index.entries.map(\.id)),
                invited: invited, error: error),
                status: status)
        }
    }

    /// The display names of people (by account id), for the pages.
    private func emails(of ids: [Int64]) throws(PortalStateError) -> [Int64: String] {
        var names: [Int64: String] = [:]
        for id in Set(ids) { names[id] = try desk.store.account(id: id)?.email }
        return names
    }

    private func names(_ ids: [String]) -> [String: String] {
        let index = desk.catalog.index
        var names: [String: String] = [:]
        for id in Set(ids) { names[id] = index.supplier(id: id)?.displayName ?? id }
        return names
    }

    private func mail(_ submission: Submission, _ make: @escaping @Sendable (Account, String, Date) throws(PortalStateError) -> MailMessage) {
        let name = names([submission.supplierID])[submission.supplierID] ?? submission.supplierID
        let now = desk.store.clock.now()
        guard let people = try? desk.store.supplierAccounts(submission.supplierID) else { return }
        for person in people { desk.accounts.send { () throws(PortalStateError) in try make(person, name, now) } }
    }

    /// A decision without the revision it was made on: not from our page.
    private func unreadable(_ r: SignedInRequest) -> Response {
        AccountResponder(language: r.language, day: desk.catalog.snapshot.directory.day, session: r.session)
            .refusal(.badRequest, Message("web.form-unreadable"))
    }

    private func answer(_ r: SignedInRequest, _ body: (AccountResponder) async throws -> Response) async throws -> Response {
        let responder = AccountResponder(language: r.language, day: desk.catalog.snapshot.directory.day, session: r.session)
        do {
            return try await body(responder)
        } catch let error as PortalStateError {
            return responder.failure(error)
        }
    }
}
