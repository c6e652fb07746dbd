import Foundation
package import GRDB

/// The portal's SQLite database, `DIR/portal.sqlite`: one `DatabasePool` (WAL, so
/// readers never wait for the writer), foreign keys on, `synchronous = FULL` (a
/// committed decision survives a power cut, not only a killed process), migrated at
/// open by ``PortalSchema``.
///
/// Writes go through ``write(_:)``, one `BEGIN IMMEDIATE` transaction each: the write
/// lock is taken first, so two processes (or two pools) deciding on one row queue up
/// instead of failing on a snapshot that another commit made stale.
public final class PortalDatabase: Sendable {
    /// The database file.
    public let path: String
    package let pool: DatabasePool

    /// Opens (creating the folder and the file when missing) and migrates. A database that
    /// a newer AluCat migrated is refused before anything is written to it.
    public init(directory: String) throws(PortalStateError) {
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        } catch {
            throw .io(path: directory, reason: error.localizedDescription)
        }
        path = (directory as NSString).appendingPathComponent("portal.sqlite")
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        // Another process (a second pool, the crash test's child) may hold the write lock.
        configuration.busyMode = .timeout(30)
        configuration.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        let path = self.path
        do {
            pool = try DatabasePool(path: path, configuration: configuration)
            // GRDB sets `synchronous = NORMAL` when it turns WAL on, after `prepareDatabase`:
            // set FULL again on the one writer connection, so a committed decision survives
            // a power cut (every commit syncs the WAL).
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = FULL") }
        } catch {
            throw .database(path: path, reason: Self.reason(error))
        }
        let migrator = PortalSchema.migrator
        let unknown: [String]
        do {
            unknown = try pool.read { db in
                try migrator.appliedIdentifiers(db).subtracting(migrator.migrations).sorted()
            }
        } catch {
            throw .database(path: path, reason: Self.reason(error))
        }
        guard unknown.isEmpty else { throw .databaseFromTheFuture(path: path, unknownMigrations: unknown) }
        do {
            try migrator.migrate(pool)
        } catch {
            throw .database(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` in one immediate write transaction: all of it is committed, or none.
    package func write<T>(_ body: (Database) throws -> T) throws(PortalStateError) -> T {
        do {
            return try pool.writeWithoutTransaction { db in
                var result: T?
                try db.inTransaction(.immediate) {
                    result = try body(db)
                    return .commit
                }
                return result!
            }
        } catch let error as PortalStateError {
            throw error
        } catch {
            throw .database(path: path, reason: Self.reason(error))
        }
    }

    /// Runs `body` on a read-only snapshot.
    package func read<T>(_ body: (Database) throws -> T) throws(PortalStateError) -> T {
        do {
            return try pool.read(body)
        } catch let error as PortalStateError {
            throw error
        } catch {
            throw .database(path: path, reason: Self.reason(error))
        }
    }

    /// `PRAGMA integrity_check`'s lines: `["ok"]` for a sound file.
    public func integrityCheck() throws(PortalStateError) -> [String] {
        try read { db in try String.fetchAll(db, sql: "PRAGMA integrity_check") }
    }

    static func reason(_ error: any Error) -> String {
        if let error = error as? DatabaseError {
            return error.message ?? error.description
        }
        return "\(error)"
    }
}
