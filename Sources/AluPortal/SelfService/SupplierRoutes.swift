import AluCatalog
import AluDiagnostics
import AluDirectory
import AluLocalization
import AluPortalPages
import AluPortalState
import Hummingbird

/// The supplier's side: its entry (the form, an upload, its downloads) and its
/// submissions. A supplier user reaches its own supplier's only: the id comes from the
/// account, never from the request.
struct SupplierRoutes {
    let desk: EntryDesk

    func register(on routes: SignedInRoutes) {
        let store = desk.store
        routes.add(.get, PortalPaths.entry, .supplier) { r in
            try await desk.page(r, supplierID: r.account!.supplierID!, action: PortalPaths.entry(r.language))
        }
        routes.add(.post, PortalPaths.entry, .supplier) { r in
            try await desk.post(r, supplierID: r.account!.supplierID!, action: PortalPaths.entry(r.language), after: PortalPaths.submissions(r.language))
        }
        routes.add(.post, PortalPaths.entryUpload, .supplier, body: .multipart(maxBytes: store.configuration.maxEntryBytes + 64 * 1024)) { r in
            try await desk.upload(r, supplierID: r.account!.supplierID!, after: PortalPaths.entry(r.language))
        }
        routes.add(.get, PortalPaths.entryXML, .supplier) { r in
            try await desk.entryXML(r, supplierID: r.account!.supplierID!)
        }
        routes.add(.get, PortalPaths.entryForm, .supplier) { r in
            try await desk.entryForm(r, supplierID: r.account!.supplierID!)
        }

        routes.add(.get, PortalPaths.submissions, .supplier) { r in
            let supplierID = r.account!.supplierID!, caller = r.caller, language = r.language.rawValue
            let responder = AccountResponder(language: r.language, day: desk.catalog.snapshot.directory.day, session: r.session)
            do {
                let (submissions, events) = try await desk.accounts.blocking { () throws -> ([Submission], [Int64: [ReviewEvent]]) in
                    let submissions = try store.submissions(supplierID: supplierID, by: caller)
                    var events: [Int64: [ReviewEvent]] = [:]
                    for submission in submissions { events[submission.id] = try store.events(submission.id, by: caller) }
                    return (submissions, events)
                }
                var diagnostics: [Int64: [String]] = [:]
                for submission in submissions { diagnostics[submission.id] = submission.report.map { $0.text(language) } }
                let name = desk.catalog.index.supplier(id: supplierID)?.displayName ?? supplierID
                return AccountResponder.page(SupplierStatusPage.render(
                    responder.context(csrf: r.csrf), submissions: submissions, events: events, diagnostics: diagnostics, supplierName: name))
            } catch let error as PortalStateError {
                return responder.failure(error)
            }
        }
        routes.add(.post, { PortalPaths.withdraw($0, "{id}") }, .supplier) { r in
            let responder = AccountResponder(language: r.language, day: desk.catalog.snapshot.directory.day, session: r.session)
            guard let id = r.parameter("id").flatMap(Int64.init) else { throw HTTPError(.notFound) }
            let caller = r.caller
            do {
                _ = try await desk.accounts.blocking { try store.withdraw(id, by: caller) }
                return responder.redirect(PortalPaths.submissions(r.language))
            } catch let error as PortalStateError {
                return responder.failure(error)
            }
        }
    }
}
