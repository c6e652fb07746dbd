import AluDirectory
public import AluPortalState
import AluLocalization

extension StaffPages {
    /// The audit log as the store gives it (the caller chooses the order and the page):
    /// when (UTC), who, what, to what, from which address, details. Every value is text:
    /// an actor's address, a target or a comment in the details never becomes markup.
    public static func auditLog(_ context: AccountPages.Context, records: [AuditRecord]) -> [UInt8] {
        let title = context.text("staff.audit.title")
        return AccountPages.page(context, title: title, path: PortalPaths.auditLog) { main in
            main.element("h1", text: title)
            guard !records.isEmpty else {
                main.element("p", text: context.text("staff.audit.none"))
                return
            }
            let headers = ["when", "who", "action", "target", "address", "details"].map { context.text("staff.audit.column.\($0)") }
            table(&main, context, headers: headers) { body, labels in
                for record in records {
                    body.element("tr") { tr in
                        cell(&tr, labels[0]) { time(&$0, record.at) }
                        cell(&tr, labels[1]) { $0.isolated(record.actor) }
                        cell(&tr, labels[2]) { $0.element("code", text: record.action) }
                        cell(&tr, labels[3]) { $0.element("code", text: record.target) }
                        cell(&tr, labels[4]) { $0.element("code", [.init("dir", "ltr")], text: record.address) }
                        cell(&tr, labels[5]) { $0.element("span", [.init("class", "value"), .init("dir", "auto")], text: record.details) }
                    }
                }
            }
        }
    }
}
