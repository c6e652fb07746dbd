public import AluCatalog
import AluDirectory
public import AluPortalState
import AluLocalization

extension StaffPages {
    /// The follow-up lists: entries not confirmed for twelve months (``FollowUp/unconfirmed(_:today:months:)``)
    /// and certificates about to expire (``FollowUp/expiringCertificates(_:today:within:)``),
    /// each with a link to edit the entry on the supplier's behalf.
    public static func followUp(
        _ context: AccountPages.Context, stale: [(supplierID: String, name: String, lastUpdated: CalendarDay?)],
        expiring: [FollowUp.ExpiringCertificate], supplierNames: [String: String]
    ) -> [UInt8] {
        let l = context.language
        let title = context.text("staff.follow-up.title")
        return AccountPages.page(context, title: title, path: PortalPaths.followUp) { main in
            main.element("h1", text: title)

            main.element("h2", text: context.text("staff.follow-up.stale.title"))
            main.element("p", [.init("class", "hint")], text: context.text("staff.follow-up.stale.intro"))
            if stale.isEmpty {
                main.element("p", text: context.text("staff.follow-up.stale.none"))
            } else {
                let headers = ["supplier", "last-updated", "action"].map { context.text("staff.follow-up.column.\($0)") }
                table(&main, context, headers: headers) { body, labels in
                    for entry in stale {
                        body.element("tr") { tr in
                            supplierCell(&tr, labels[0], name: entry.name, id: entry.supplierID)
                            cell(&tr, labels[1]) { td in
                                if let day = entry.lastUpdated { td.day(day) } else { td.text(context.text("staff.follow-up.never")) }
                            }
                            editCell(&tr, labels[2], context, l, entry.supplierID)
                        }
                    }
                }
            }

            main.element("h2", text: context.text("staff.follow-up.expiring.title"))
            if expiring.isEmpty {
                main.element("p", text: context.text("staff.follow-up.expiring.none"))
            } else {
                let headers = ["supplier", "certificate", "valid-until", "days-left", "action"].map { context.text("staff.follow-up.column.\($0)") }
                table(&main, context, headers: headers) { body, labels in
                    for certificate in expiring {
                        body.element("tr") { tr in
                            supplierCell(&tr, labels[0], name: supplierNames[certificate.supplierID] ?? certificate.supplierID, id: certificate.supplierID)
                            cell(&tr, labels[1]) { td in
                                td.isolated(certificate.scheme)
                                if let number = certificate.number, !number.isEmpty {
                                    td.text(" — " + context.text("staff.follow-up.number") + " ")
                                    td.isolated(number)
                                }
                            }
                            cell(&tr, labels[2]) { $0.day(certificate.validUntil) }
                            cell(&tr, labels[3], text: certificate.daysLeft == 0
                                ? context.text("staff.follow-up.ends-today")
                                : context.text("staff.follow-up.days", ["count": "\(certificate.daysLeft)"]))
                            editCell(&tr, labels[4], context, l, certificate.supplierID)
                        }
                    }
                }
            }
        }
    }

    private static func supplierCell(_ html: inout HTMLWriter, _ label: String, name: String, id: String) {
        cell(&html, label) { td in
            td.isolated(name)
            td.element("br")
            td.element("code", text: id)
        }
    }

    private static func editCell(_ html: inout HTMLWriter, _ label: String, _ context: AccountPages.Context, _ l: PortalLanguage, _ supplierID: String) {
        cell(&html, label) { $0.element("a", [.init("href", PortalPaths.editOnBehalf(l, supplierID))], text: context.text("staff.follow-up.edit")) }
    }
}
