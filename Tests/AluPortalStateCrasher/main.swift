// The child process of AluPortalStateTests' crash test: submissions and approvals in a
// loop, until it is killed (SIGKILL, at any moment).
//
//     alucat-portal-state-crasher DATA_DIR CATALOG_DIR SUPPLIER_ID...
//
// The test has created the database, an account `contact@<id>.example` per supplier and
// the reviewer `evaluatrice@grappe.example`. Each cycle: pending submissions left by an
// earlier child are approved first (oldest first); then for each supplier in turn, a new
// version of its entry (one membership changed) is saved, submitted and approved. A line
// `approved N` goes to standard output after each approval.
import AluCatalog
import AluIntake
import AluPortalState
import Foundation

let arguments = CommandLine.arguments
guard arguments.count >= 4 else {
    FileHandle.standardError.write(Data("usage: alucat-portal-state-crasher DATA_DIR CATALOG_DIR SUPPLIER_ID...\n".utf8))
    exit(2)
}
let (data, catalog, suppliers) = (arguments[1], arguments[2], Array(arguments[3...]))

do {
    let intake = SupplierIntake(loader: try CatalogLoader(root: catalog, today: CalendarDay(year: 2026, month: 2, day: 12)))
    let state = try PortalStore(directory: data, intake: intake, configuration: .testing)
    guard let reviewerAccount = try state.account(email: "evaluatrice@grappe.example") else { exit(3) }
    let reviewer = Caller(account: reviewerAccount, address: "192.0.2.99")
    for leftover in try state.pending(by: reviewer) {
        let approval = try state.approve(leftover.id, revision: leftover.revision, by: reviewer)
        print("approved \(approval.submission.id)")
    }
    var cycle = 0
    while true {
        let id = suppliers[cycle % suppliers.count]
        cycle += 1
        guard let account = try state.account(email: "contact@\(id).example"),
              var entry = try intake.existingEntry(id)?.supplier else { exit(4) }
        entry.memberships = entry.memberships.filter { !$0.hasPrefix("Cycle ") } + ["Cycle \(UUID().uuidString)"]
        let supplier = Caller(account: account, address: "192.0.2.\(cycle % 200)")
        let draft = try state.saveDraft(Array(SupplierXMLWriter.document(entry).utf8), fileName: "\(id).xml", by: supplier)
        let pending = try state.submit(draft.id, by: supplier)
        let approval = try state.approve(pending.id, revision: pending.revision, by: reviewer)
        print("approved \(approval.submission.id)")
    }
} catch {
    FileHandle.standardError.write(Data("alucat-portal-state-crasher: \(error)\n".utf8))
    exit(1)
}
