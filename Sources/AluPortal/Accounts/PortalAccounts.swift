import AluCatalog
import AluDirectory
import AluIntake
import AluPortalPages
import AluPortalState
@preconcurrency import Crypto
import Foundation
import Logging
import NIOPosix
import Synchronization

/// What the signed-in routes share: the state store, where mail goes, the origin
/// links and posts belong to, and the key of the forms shown before a session exists.
final class PortalAccounts: Sendable {
    let store: PortalStore
    let outbox: MailOutbox
    let mail: PortalMail
    /// `https://host[:port]`, no trailing slash: what mails link to and what a POST's
    /// Origin must be. Without `--public-origin` it is `http://localhost:PORT`, the port
    /// being the one the server listens on (known once it does, for `--port 0`), and
    /// `http://127.0.0.1:PORT` is accepted too.
    var origin: String { origins.withLock { $0.first! } }
    private let origins: Mutex<[String]>
    private let configuredOrigin: Bool
    /// Signs the pre-session CSRF cookie's value into the token the anonymous forms carry
    /// (sign-in, reset, invitation). Random at each start: a form shown before a restart
    /// is refused after it, with a message asking to try again.
    let formKey: SymmetricKey
    let logger: Logger

    init(configuration: PortalConfiguration, port: Int, logger: Logger) throws {
        let directory = configuration.dataDirectory.path
        let loader = try CatalogLoader(root: configuration.catalogRoot.path, today: .today())
        store = try PortalStore(directory: directory, intake: SupplierIntake(loader: loader), configuration: configuration.store, clock: configuration.clock)
        outbox = configuration.sendmail.map { MailOutbox(.sendmail($0)) } ?? MailOutbox.folder(inDataDirectory: directory)
        let origin = configuration.origin(port: port)
        configuredOrigin = configuration.publicOrigin != nil
        origins = Mutex(configuredOrigin ? [origin] : [origin, "http://127.0.0.1:\(port)"])
        let host = URL(string: origin)?.host ?? "localhost"
        // Message-IDs are made at a domain: the public host's, else (localhost, an
        // address) the sender's.
        let senderDomain = configuration.mailFrom.split(separator: "@").last.map(String.init) ?? "alucat.invalid"
        mail = PortalMail(from: configuration.mailFrom, domain: host.contains(".") && !PortalConfiguration.isIPAddress(host) ? host : senderDomain)
        formKey = SymmetricKey(size: .bits256)
        self.logger = logger
    }

    /// Runs `work` (SQLite, bcrypt, the catalogue pipeline, a mail command) on NIO's
    /// blocking pool: never on the event loop.
    func blocking<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await NIOThreadPool.singleton.runIfActive { try work() }
    }

    /// The port the server listens on, once it does (it may have been 0: any free one).
    func listening(on port: Int) {
        guard !configuredOrigin else { return }
        origins.withLock { $0 = ["http://localhost:\(port)", "http://127.0.0.1:\(port)"] }
    }

    /// Whether a request's Origin field is this portal's.
    func isOwn(origin: String?) -> Bool {
        guard let origin else { return false }
        return origins.withLock { $0.contains(origin) }
    }

    /// An absolute link for a mail: the origin, the path, the token.
    func link(_ path: String, token: SecretToken) -> String { "\(origin)\(path)?token=\(token.value)" }

    /// Hands a mail to the outbox; a failure is logged, never shown as the person's error
    /// (the action it follows is already committed).
    /// Whether it was delivered (written to the outbox, or taken by sendmail).
    @discardableResult
    func send(_ message: () throws(PortalStateError) -> MailMessage) -> Bool {
        do {
            let built = try message()
            try outbox.deliver(built)
            return true
        } catch {
            logger.error("mail not delivered", metadata: ["error": "\(error)"])
            return false
        }
    }

    /// Hands a mail to the outbox after the answer has gone, off the event loop: where
    /// the answer must not take longer when a mail is sent (a reset for an account that
    /// exists, an application from a new address).
    func sendLater(_ message: @escaping @Sendable () throws(PortalStateError) -> MailMessage) {
        Task.detached { [self] in
            _ = try? await blocking { self.send(message) }
        }
    }

    /// Creates the first admin's invitation (`alucat serve --create-admin EMAIL`): its
    /// link is printed, since there is nobody yet to mail it from.
    func inviteFirstAdmin(email: String) throws -> IssuedLink {
        try store.invite(email: email, role: .admin, supplierID: nil, language: "fr", by: .system)
    }
}

extension PortalPaths {
    static func invitationPath(language: String) -> String {
        invitation(language == "en" ? .en : .fr)
    }
}
