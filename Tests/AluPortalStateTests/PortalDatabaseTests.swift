import AluPortalState
import Foundation
import GRDB
import Testing

@Suite("The portal's database")
struct PortalDatabaseTests {
    @Test("first start creates the folder and portal.sqlite in WAL mode with foreign keys on and every table")
    func firstStartCreatesTheDatabase() throws {
        let folder = Fixture.temporaryDirectory("db") + "/nested/data"
        let database = try PortalDatabase(directory: folder)
        #expect(database.path == folder + "/portal.sqlite")
        #expect(FileManager.default.fileExists(atPath: database.path))
        try database.pool.read { db in
            #expect(try String.fetchOne(db, sql: "PRAGMA journal_mode") == "wal")
            #expect(try Int.fetchOne(db, sql: "PRAGMA foreign_keys") == 1)
            let tables = Set(try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'"))
            #expect(tables.isSuperset(of: ["account", "session", "invitation", "passwordReset", "submission", "approvalIntent",
                                           "reviewEvent", "auditLog", "loginAttempt"]))
        }
        // The writer syncs every commit (GRDB's WAL set-up would leave it at NORMAL = 1).
        let synchronous = try database.pool.writeWithoutTransaction { db in try Int.fetchOne(db, sql: "PRAGMA synchronous") }
        #expect(synchronous == 2)
        #expect(try database.integrityCheck() == ["ok"])
    }

    @Test("migrations are named, applied once: a second start applies nothing")
    func secondStartAppliesNothing() throws {
        let folder = Fixture.temporaryDirectory("db")
        let first = try PortalDatabase(directory: folder)
        let applied = try first.pool.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") }
        #expect(applied.count == 5)
        #expect(applied.allSatisfy { $0.hasPrefix("2026-12-") })
        let schema = try first.pool.read { db in try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name") }
        let second = try PortalDatabase(directory: folder)
        #expect(try second.pool.read { db in try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations") } == applied)
        #expect(try second.pool.read { db in try String.fetchAll(db, sql: "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name") } == schema)
    }

    @Test("a database migrated by a newer AluCat is refused, naming the unknown migration, and left untouched")
    func futureDatabaseIsRefused() throws {
        let folder = Fixture.temporaryDirectory("db")
        let database = try PortalDatabase(directory: folder)
        try database.pool.write { db in
            try db.execute(sql: "INSERT INTO grdb_migrations (identifier) VALUES ('2031-01-01 something newer')")
        }
        do {
            _ = try PortalDatabase(directory: folder)
            Issue.record("a future database was opened")
        } catch {
            guard case .databaseFromTheFuture(let path, let unknown) = error else { Issue.record("\(error)"); return }
            #expect(path == folder + "/portal.sqlite")
            #expect(unknown == ["2031-01-01 something newer"])
            #expect(error.text("en") == "the portal state database \(folder)/portal.sqlite was upgraded by a newer AluCat (unknown migrations: 2031-01-01 something newer); it is not opened, so that nothing is damaged: start the newer version")
            #expect(error.text("fr").hasPrefix("la base d'état du portail \(folder)/portal.sqlite a été mise à niveau"))
        }
    }

    @Test("the audit log refuses UPDATE and DELETE, whoever asks (SQLite triggers)")
    func auditLogIsAppendOnly() throws {
        let fixture = try Fixture()
        try fixture.account("fournisseur@electro-saguenay.example")
        let database = fixture.state.database
        let count = try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog") ?? 0 }
        #expect(count >= 2)  // invitation created, account created
        for sql in ["UPDATE auditLog SET action = 'nothing'", "DELETE FROM auditLog", "DELETE FROM auditLog WHERE id = 1"] {
            #expect(throws: DatabaseError.self) { try database.pool.write { db in try db.execute(sql: sql) } }
        }
        do {
            try database.pool.write { db in try db.execute(sql: "DELETE FROM auditLog") }
        } catch let error as DatabaseError {
            #expect(error.message == "the audit log is append-only")
        }
        #expect(try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog") ?? 0 } == count)
        // Appending still works.
        try fixture.account("autre@electro-saguenay.example")
        #expect(try database.pool.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM auditLog") ?? 0 } > count)
    }

    @Test("an account's e-mail address is unique whatever its case")
    func emailIsUniqueCaseInsensitively() throws {
        let fixture = try Fixture()
        try fixture.account("Marie.Tremblay@Electro-Saguenay.example")
        #expect(throws: PortalStateError.self) {
            _ = try fixture.state.invite(email: "marie.tremblay@electro-saguenay.EXAMPLE", supplierID: "electro-saguenay", by: .system)
        }
        #expect(try fixture.state.account(email: "MARIE.TREMBLAY@electro-saguenay.example")?.email == "Marie.Tremblay@Electro-Saguenay.example")
        // The table itself refuses a second row of the same key.
        #expect(throws: DatabaseError.self) {
            try fixture.state.database.pool.write { db in
                try db.execute(sql: """
                    INSERT INTO account (email, emailKey, role, supplierID, passwordHash, createdAt)
                    VALUES ('x', 'marie.tremblay@electro-saguenay.example', 'supplier', 'a', 'h', '2026-01-01')
                    """)
            }
        }
    }
}
