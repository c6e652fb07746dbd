import GRDB

extension PortalStore {
    /// Who is told of a submission's fate (received, approved, rejected): every active
    /// supplier account of `supplierID`, whoever wrote the submission (staff on the
    /// supplier's behalf included).
    public func supplierAccounts(_ supplierID: String) throws(PortalStateError) -> [Account] {
        try database.read { db in
            try Account.fetchAll(db, sql: """
                SELECT * FROM account WHERE supplierID = ? AND role = 'supplier' AND disabledAt IS NULL ORDER BY emailKey
                """, arguments: [supplierID])
        }
    }
}
