import AluCatalog
import AluDirectory
import AluIntake
import AluLocalization
import AluPortalPages
import AluPortalState
import Foundation
import HTTPTypes
import Hummingbird

/// The entry form's work, shared by a supplier editing its own entry and staff editing
/// one on its behalf: which copy to show (the draft or pending submission being worked
/// on, else the published entry, else a blank one), saving, submitting, uploading.
/// The store decides who may do what; this only wires the form to it.
struct EntryDesk: Sendable {
    let accounts: PortalAccounts
    let catalog: LiveCatalog

    var store: PortalStore { accounts.store }

    /// The submission being worked on: the newest draft or pending one.
    func working(_ supplierID: String, caller: Caller) throws(PortalStateError) -> Submission? {
        try store.submissions(supplierID: supplierID, by: caller)
            .filter { [.draft, .pending].contains($0.state) }
            .max { $0.updatedAt < $1.updatedAt }
    }

    /// The entry as the form shows it, and its check when it is a submission's copy.
    func current(_ supplierID: String, caller: Caller, language: PortalLanguage) throws -> (state: EntryFormState, check: EntryFormCheck?, working: Submission?) {
        let index = catalog.index
        let working = try working(supplierID, caller: caller)
        if let working, let supplier = try? store.intake.check(bytes: Array(working.entry), fileName: working.fileName, index: index).supplier {
            let state = EntryFormState(supplier: supplier)
            let check = state.check(with: store.intake, index: index, id: supplierID, lastUpdated: catalog.snapshot.directory.day, language: language)
            return (state, check, working)
        }
        if let published = index.supplier(id: supplierID) { return (EntryFormState(supplier: published), nil, working) }
        return (EntryFormState(supplier: Supplier(id: supplierID)), nil, working)
    }

    /// A line above the form: the working copy's state.
    func status(_ working: Submission?, language: PortalLanguage) -> String? {
        guard let working else { return nil }
        return Message("web.entry.status", ["state": working.state.message.text(language.rawValue), "id": String(working.id)]).text(language.rawValue)
    }

    func page(_ r: SignedInRequest, supplierID: String, action: String) async throws -> Response {
        let responder = AccountResponder(language: r.language, day: catalog.snapshot.directory.day, session: r.session)
        do {
            let shown = try await accounts.blocking { try current(supplierID, caller: r.caller, language: r.language) }
            let bytes = EntryFormPage.render(
                responder.context(csrf: r.csrf), state: shown.state, check: shown.check, taxonomy: catalog.index.taxonomy,
                action: action, status: status(shown.working, language: r.language))
            return AccountResponder.page(bytes)
        } catch let error as PortalStateError {
            return responder.failure(error)
        }
    }

    /// A posted form: a row added or removed (the form again), saved as a draft, or
    /// saved and submitted. A form with errors is saved as a draft and shown again
    /// with each error beside its field (422); a clean submission goes to the list of
    /// submissions.
    func post(_ r: SignedInRequest, supplierID: String, action formAction: String, after: String) async throws -> Response {
        let responder = AccountResponder(language: r.language, day: catalog.snapshot.directory.day, session: r.session)
        let context = responder.context(csrf: r.csrf)
        let index = catalog.index
        var state: EntryFormState
        do {
            state = try EntryFormState(pairs: r.form.map { ($0.name, $0.value) })
        } catch {
            return responder.refusal(.badRequest, text: Message("web.entry.unreadable").text(r.language.rawValue))
        }
        let action = EntryFormAction.posted(in: r.form.map { ($0.name, $0.value) })
        switch action {
        case .add, .remove:
            state.apply(action)
            return AccountResponder.page(EntryFormPage.render(context, state: state, check: nil, taxonomy: index.taxonomy, action: formAction, status: nil))
        case .save, .submit:
            let check = state.check(with: store.intake, index: index, id: supplierID, lastUpdated: catalog.snapshot.directory.day, language: r.language)
            let caller = r.caller
            do {
                let saved = try await accounts.blocking { () throws -> Submission in
                    let working = try working(supplierID, caller: caller)
                    let draft = try store.saveDraft(
                        check.entry, fileName: "\(supplierID).xml", supplierID: supplierID, submissionID: working?.id, by: caller, index: index)
                    guard action == .submit, check.isValid else { return draft }
                    return try store.submit(draft.id, by: caller, index: index)
                }
                if saved.state == .pending {
                    mailReceived(saved)
                    return responder.redirect(after)
                }
                let status = Message(action == .submit ? "web.entry.not-submitted" : "web.entry.saved").text(r.language.rawValue)
                let bytes = EntryFormPage.render(context, state: state, check: check, taxonomy: index.taxonomy, action: formAction, status: status)
                return AccountResponder.page(bytes, status: check.isValid ? .ok : .unprocessableContent)
            } catch let error as PortalStateError {
                if case .entryInvalid = error {
                    let bytes = EntryFormPage.render(context, state: state, check: check, taxonomy: index.taxonomy, action: formAction,
                                                     status: error.text(r.language.rawValue))
                    return AccountResponder.page(bytes, status: .unprocessableContent)
                }
                return responder.failure(error)
            }
        }
    }

    /// An uploaded ODS form or XML entry becomes the working draft; the form then shows it.
    func upload(_ r: SignedInRequest, supplierID: String, after: String) async throws -> Response {
        let responder = AccountResponder(language: r.language, day: catalog.snapshot.directory.day, session: r.session)
        guard let file = r.files.first(where: { $0.field == "file" }), !file.bytes.isEmpty else {
            return responder.refusal(.badRequest, text: Message("web.upload.missing").text(r.language.rawValue))
        }
        // The kind is told by the bytes (an ODS file is a zip), never by the sent name.
        let isForm = file.bytes.starts(with: [0x50, 0x4B, 0x03, 0x04])
        let caller = r.caller, index = catalog.index
        do {
            _ = try await accounts.blocking { () throws -> Submission in
                let working = try working(supplierID, caller: caller)
                return try store.saveDraft(
                    file.bytes, fileName: supplierID + (isForm ? ".ods" : ".xml"), supplierID: supplierID, submissionID: working?.id,
                    by: caller, index: index)
            }
            return responder.redirect(after)
        } catch let error as PortalStateError {
            return responder.failure(error)
        }
    }

    /// The working copy's XML, else the published file's; 404 when there is neither.
    func entryXML(_ r: SignedInRequest, supplierID: String) async throws -> Response {
        let caller = r.caller, index = catalog.index
        let bytes = try await accounts.blocking { () throws -> [UInt8]? in
            if let working = try working(supplierID, caller: caller) {
                if let xml = try? store.intake.check(bytes: Array(working.entry), fileName: working.fileName, index: index).canonicalXML {
                    return Array(xml.utf8)
                }
            }
            // The published entry as the catalogue holds it, but for the staff's internal
            // notes, which its supplier never sees.
            guard var published = index.supplier(id: supplierID) else { return nil }
            published.internalNotes = nil
            return Array(SupplierXMLWriter.document(published).utf8)
        }
        guard let bytes else { throw HTTPError(.notFound) }
        return download(bytes, type: "application/xml; charset=utf-8", name: "\(supplierID).xml")
    }

    /// The ODS form, prefilled with the entry as the form page shows it.
    func entryForm(_ r: SignedInRequest, supplierID: String) async throws -> Response {
        let caller = r.caller, language = r.language, index = catalog.index
        let bytes = try await accounts.blocking { () throws -> [UInt8] in
            var supplier = index.supplier(id: supplierID)
            supplier?.internalNotes = nil
            if let working = try working(supplierID, caller: caller),
               let draft = try? store.intake.check(bytes: Array(working.entry), fileName: working.fileName, index: index).supplier {
                supplier = draft
            }
            let template = SupplierFormTemplate(language: language == .en ? .en : .fr, taxonomy: index.taxonomy)
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-form-\(UUID().uuidString).ods").path
            defer { try? FileManager.default.removeItem(atPath: path) }
            try template.write(to: path, supplier: supplier)
            return [UInt8](try Data(contentsOf: URL(fileURLWithPath: path)))
        }
        return download(bytes, type: "application/vnd.oasis.opendocument.spreadsheet", name: "\(supplierID).ods")
    }

    private func download(_ bytes: [UInt8], type: String, name: String) -> Response {
        var headers = HTTPFields()
        headers[.contentDisposition] = "attachment; filename=\"\(name)\""
        return PortalResponses.uncached(bytes, contentType: type, status: .ok, extra: headers)
    }

    private func mailReceived(_ submission: Submission) {
        let name = catalog.index.supplier(id: submission.supplierID)?.displayName ?? submission.supplierID
        let now = store.clock.now()
        guard let people = try? store.supplierAccounts(submission.supplierID) else { return }
        for person in people {
            accounts.send { () throws(PortalStateError) in
                try accounts.mail.received(to: person.email, language: person.language, submission: submission.id, supplier: name, date: now)
            }
        }
    }
}
