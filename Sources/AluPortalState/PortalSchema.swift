import GRDB

/// The database's tables, as named migrations applied once each, in order, at open.
///
/// A migration, once released, never changes: a new need is a new migration below the
/// others. Dates are stored as GRDB writes them (`YYYY-MM-DD HH:MM:SS.SSS`, UTC), which
/// sort as text. Secrets (sessions, links) are stored only as their SHA-256
/// (``SecretToken``): a copy of the database gives no usable token.
enum PortalSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()

        migrator.registerMigration("2026-12-10 accounts, sessions, invitations, password resets") { db in
            try db.execute(sql: """
                CREATE TABLE account (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    email TEXT NOT NULL,
                    -- the e-mail address folded (NFC, lower case, trimmed): unique whatever its case
                    emailKey TEXT NOT NULL UNIQUE,
                    role TEXT NOT NULL CHECK (role IN ('supplier', 'reviewer', 'admin')),
                    supplierID TEXT,
                    passwordHash TEXT NOT NULL,
                    totpSecret TEXT,
                    language TEXT NOT NULL DEFAULT 'fr' CHECK (language IN ('fr', 'en')),
                    createdAt DATETIME NOT NULL,
                    disabledAt DATETIME,
                    CHECK ((role = 'supplier') = (supplierID IS NOT NULL))
                );
                CREATE INDEX account_supplier ON account(supplierID);

                CREATE TABLE session (
                    tokenHash TEXT PRIMARY KEY NOT NULL,
                    accountID INTEGER NOT NULL REFERENCES account(id) ON DELETE CASCADE,
                    createdAt DATETIME NOT NULL,
                    lastSeenAt DATETIME NOT NULL,
                    -- staff between the password and the TOTP code: the session grants nothing yet
                    mfaPending BOOLEAN NOT NULL,
                    address TEXT NOT NULL
                );
                CREATE INDEX session_account ON session(accountID);

                CREATE TABLE invitation (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    tokenHash TEXT NOT NULL UNIQUE,
                    email TEXT NOT NULL,
                    emailKey TEXT NOT NULL,
                    role TEXT NOT NULL CHECK (role IN ('supplier', 'reviewer', 'admin')),
                    supplierID TEXT,
                    language TEXT NOT NULL CHECK (language IN ('fr', 'en')),
                    createdBy INTEGER REFERENCES account(id),
                    createdAt DATETIME NOT NULL,
                    expiresAt DATETIME NOT NULL,
                    usedAt DATETIME,
                    accountID INTEGER REFERENCES account(id),
                    CHECK ((role = 'supplier') = (supplierID IS NOT NULL))
                );

                CREATE TABLE passwordReset (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    tokenHash TEXT NOT NULL UNIQUE,
                    accountID INTEGER NOT NULL REFERENCES account(id),
                    createdAt DATETIME NOT NULL,
                    expiresAt DATETIME NOT NULL,
                    usedAt DATETIME
                );
                """)
        }

        migrator.registerMigration("2026-12-10 login attempts") { db in
            try db.execute(sql: """
                CREATE TABLE loginAttempt (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    emailKey TEXT NOT NULL,
                    address TEXT NOT NULL,
                    at DATETIME NOT NULL,
                    -- a row is written as failed before the password is checked and removed
                    -- on success, so concurrent guesses count before they are verified
                    failed BOOLEAN NOT NULL
                );
                CREATE INDEX loginAttempt_email ON loginAttempt(emailKey, at);
                CREATE INDEX loginAttempt_address ON loginAttempt(address, at);
                """)
        }

        migrator.registerMigration("2026-12-10 submissions and review") { db in
            try db.execute(sql: """
                CREATE TABLE submission (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    supplierID TEXT NOT NULL,
                    state TEXT NOT NULL CHECK (state IN ('draft', 'pending', 'approved', 'rejected', 'withdrawn')),
                    entry BLOB NOT NULL,
                    fileName TEXT NOT NULL,
                    -- the pipeline's diagnostics, JSON (AluDiagnostics' Codable Diagnostic)
                    diagnostics TEXT NOT NULL DEFAULT '[]',
                    authorID INTEGER NOT NULL REFERENCES account(id),
                    -- saved by staff for the supplier
                    onBehalf BOOLEAN NOT NULL DEFAULT 0,
                    -- a new entry (no file under its id when submitted) rather than an update
                    isNew BOOLEAN,
                    createdAt DATETIME NOT NULL,
                    updatedAt DATETIME NOT NULL,
                    submittedAt DATETIME,
                    -- counts every change of the entry: a decision names the revision it read
                    revision INTEGER NOT NULL DEFAULT 1,
                    claimedBy INTEGER REFERENCES account(id),
                    claimedAt DATETIME,
                    decidedBy INTEGER REFERENCES account(id),
                    decidedAt DATETIME,
                    comment TEXT
                );
                CREATE INDEX submission_queue ON submission(state, submittedAt);
                CREATE INDEX submission_supplier ON submission(supplierID);

                -- An approval under way: written before the catalogue file, removed in the
                -- transaction that records the approval (see PortalStore.recover()).
                CREATE TABLE approvalIntent (
                    submissionID INTEGER PRIMARY KEY REFERENCES submission(id),
                    -- one approval at a time per catalogue entry
                    supplierID TEXT NOT NULL UNIQUE,
                    reviewerID INTEGER NOT NULL REFERENCES account(id),
                    revision INTEGER NOT NULL,
                    comment TEXT,
                    address TEXT NOT NULL,
                    startedAt DATETIME NOT NULL
                );

                CREATE TABLE reviewEvent (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    submissionID INTEGER NOT NULL REFERENCES submission(id),
                    at DATETIME NOT NULL,
                    accountID INTEGER REFERENCES account(id),
                    kind TEXT NOT NULL CHECK (kind IN ('saved', 'submitted', 'claimed', 'approved', 'rejected', 'withdrawn')),
                    revision INTEGER NOT NULL,
                    onBehalf BOOLEAN NOT NULL DEFAULT 0,
                    comment TEXT
                );
                CREATE INDEX reviewEvent_submission ON reviewEvent(submissionID, id);
                """)
        }

        migrator.registerMigration("2026-12-10 audit log, append-only") { db in
            try db.execute(sql: """
                CREATE TABLE auditLog (
                    id INTEGER PRIMARY KEY AUTOINCREMENT,
                    at DATETIME NOT NULL,
                    -- who: the account, and its e-mail address as it was (accounts are never deleted)
                    accountID INTEGER,
                    actor TEXT NOT NULL,
                    -- from where: the client address the server determined
                    address TEXT NOT NULL,
                    action TEXT NOT NULL,
                    target TEXT NOT NULL,
                    details TEXT NOT NULL DEFAULT ''
                );
                CREATE TRIGGER auditLog_noUpdate BEFORE UPDATE ON auditLog
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                CREATE TRIGGER auditLog_noDelete BEFORE DELETE ON auditLog
                BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
                """)
        }

        migrator.registerMigration("2026-12-11 second factor: used steps, enrolment") { db in
            try db.execute(sql: """
                -- the last TOTP time step accepted: a code is good once (ASVS 6.5.1)
                ALTER TABLE account ADD COLUMN totpLastStep INTEGER;
                -- a secret shown to a person enrolling, kept with the session until a code proves it
                ALTER TABLE session ADD COLUMN totpEnrolment TEXT;
                """)
        }
        return migrator
    }
}
