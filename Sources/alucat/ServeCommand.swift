import AluPortal
import ArgumentParser
import Dispatch
import Foundation
import Logging

struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Run the portal: the public supplier directory, its JSON API, and the signed-in pages of suppliers and staff.",
        discussion: """
            Loads, validates and indexes the catalogue, then answers on http://HOST:PORT/:
              /              the directory, in the browser's language (fr en es ar pt)
              /fr/ /en/ …    search with facets; a page per supplier; downloads
              /api/v1/       JSON API (suppliers, suppliers/{id}, taxonomy);
                             its OpenAPI document at /api/v1/openapi.json
              /healthz       the process answers; /readyz: the catalogue is served
              /fr/account/sign-in, /en/account/sign-in
                             suppliers keep their entry up to date; staff review
            The portal's own state (accounts, sessions, submissions) is an SQLite
            database in --data (created at first start). The first account is an
            admin invited with --create-admin EMAIL: the one-time link is printed.
            E-mails are written to DATA/outbox/ unless --sendmail is given.
            Entries with errors are never shown. The catalogue folder is watched: a
            changed, added or removed file is taken within --refresh seconds, without
            a restart (a changed taxonomy or schema reloads everything).

            Listens on loopback by default; put a TLS-terminating proxy in front of
            it to publish it, and name that proxy with --trusted-proxy so the
            client addresses it forwards in X-Forwarded-For (or, with
            --forwarded-header forwarded, in Forwarded) are believed; from anyone
            else they are ignored. Stops cleanly on SIGTERM or Ctrl-C. One log line per request
            on standard error, with its request id (also sent as X-Request-Id).

            Examples:
              alucat serve                          # http://127.0.0.1:8080/
              alucat serve --port 9000 --catalog /srv/alucat/catalog
              alucat serve --host 0.0.0.0 --trusted-proxy 10.0.0.2
              alucat serve --trusted-proxy 10.0.0.2 --forwarded-header forwarded
              alucat serve --create-admin ops@grappe.example   # prints the link
              alucat serve --public-origin https://catalogue.example --sendmail /usr/sbin/sendmail
            """
    )

    @Option(help: ArgumentHelp("Address to listen on.", valueName: "address"))
    var host = "127.0.0.1"

    @Option(help: ArgumentHelp("Port to listen on (0: any free port, printed at start).", valueName: "port"))
    var port = 8080

    @Option(name: .long, help: ArgumentHelp("The catalogue folder (holding schema/, taxonomy.xml, suppliers/, missions/).", valueName: "dir"))
    var catalog = "catalog"

    @Option(name: .customLong("trusted-proxy"), help: ArgumentHelp("A proxy's address whose forwarded headers are believed (repeatable).", valueName: "address"))
    var trustedProxies: [String] = []

    @Option(name: .customLong("forwarded-header"), help: ArgumentHelp(
        "The header the trusted proxies write the client's address in: x-forwarded-for or forwarded (only that one is read).",
        valueName: "name"))
    var forwardedHeader = ForwardedHeader.xForwardedFor.rawValue

    @Option(help: ArgumentHelp("Seconds between looks at the catalogue folder (0: never; a new day is still taken).", valueName: "seconds"))
    var refresh = 2.0

    @Option(name: .customLong("cache-mb"), help: ArgumentHelp(
        "Megabytes of rendered pages and API answers kept until the catalogue changes (0: render every request).", valueName: "MB"))
    var cacheMegabytes = PortalConfiguration.defaultResponseCacheBytes >> 20

    @Option(name: .long, help: ArgumentHelp(
        "The portal's own state: accounts, sessions, submissions (portal.sqlite, created at first start) and the mail outbox (outbox/).",
        valueName: "dir"))
    var data = "data"

    @Option(name: .customLong("public-origin"), help: ArgumentHelp(
        "Where people reach the portal (https://catalogue.example): the links in e-mails, and the only Origin a form may be posted from. Default: http://localhost:PORT.",
        valueName: "origin"))
    var publicOrigin: String?

    @Option(name: .customLong("create-admin"), help: ArgumentHelp(
        "Invite this address as an admin at start and print the one-time link (how the first account is made).", valueName: "email"))
    var createAdmin: String?

    @Option(help: ArgumentHelp(
        "A sendmail-compatible command the e-mails are handed to (e.g. /usr/sbin/sendmail). Default: .eml files in DIR/outbox/.",
        valueName: "path"))
    var sendmail: String?

    @Option(name: .customLong("mail-from"), help: ArgumentHelp(
        "The sender of the portal's e-mails. The default, at the reserved .invalid domain, suits the outbox; give a real one with --sendmail.",
        valueName: "address"))
    var mailFrom = "catalogue@alucat.invalid"

    @Option(help: ArgumentHelp("Log level: trace, debug, info, notice, warning, error, critical.", valueName: "level"))
    var logLevel = "info"

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535, not \(port)") }
        guard refresh == 0 || (0.1...86_400).contains(refresh) else {
            throw ValidationError("--refresh must be 0 (never) or between 0.1 and 86400 seconds, not \(refresh)")
        }
        for proxy in trustedProxies where !PortalConfiguration.isIPAddress(proxy) {
            throw ValidationError("--trusted-proxy '\(proxy)' is not an IPv4 or IPv6 address")
        }
        guard ForwardedHeader(rawValue: forwardedHeader.lowercased()) != nil else {
            throw ValidationError("unknown --forwarded-header '\(forwardedHeader)'; one of: x-forwarded-for, forwarded")
        }
        guard (0...4096).contains(cacheMegabytes) else { throw ValidationError("--cache-mb must be between 0 and 4096, not \(cacheMegabytes)") }
        if let publicOrigin, !PortalConfiguration.isOrigin(publicOrigin) {
            throw ValidationError("--public-origin '\(publicOrigin)' is not an origin: give a scheme, a host and an optional port, e.g. https://catalogue.example")
        }
        if !PortalConfiguration.isMailAddress(mailFrom) {
            throw ValidationError("--mail-from '\(mailFrom)' is not an e-mail address: give a full address such as catalogue@grappe.example")
        }
        if let createAdmin, !PortalConfiguration.isMailAddress(createAdmin) { throw ValidationError("--create-admin '\(createAdmin)' is not an e-mail address") }
        guard Logger.Level(rawValue: logLevel) != nil else {
            throw ValidationError("unknown --log-level '\(logLevel)'; one of: trace, debug, info, notice, warning, error, critical")
        }
    }

    func run() throws {
        var logger = Logger(label: "alucat.portal")
        logger.logLevel = Logger.Level(rawValue: logLevel) ?? .info
        var configuration = PortalConfiguration(
            host: host, port: port, catalogRoot: URL(fileURLWithPath: catalog), trustedProxies: Set(trustedProxies),
            forwardedHeader: ForwardedHeader(rawValue: forwardedHeader.lowercased()) ?? .xForwardedFor,
            refreshInterval: refresh > 0 ? .milliseconds(Int(refresh * 1000)) : nil,
            responseCacheBytes: cacheMegabytes << 20, dataDirectory: URL(fileURLWithPath: data), publicOrigin: publicOrigin,
            sendmail: sendmail, mailFrom: mailFrom)
        configuration.createAdmin = createAdmin
        // Beside the ready line, unbuffered: the one-time link must be seen even in a pipe.
        configuration.announce = { try? FileHandle.standardError.write(contentsOf: Data("alucat: \($0)\n".utf8)) }
        let host = self.host
        let outcome = ServeOutcome()
        let done = DispatchSemaphore(value: 0)
        Task {
            do {
                try await runPortal(configuration, logger: logger) { port in
                    let shown = host == "0.0.0.0" || host == "::" ? "127.0.0.1" : host
                    try? FileHandle.standardError.write(contentsOf: Data("alucat: portal ready at http://\(shown):\(port)/ (Ctrl-C to stop)\n".utf8))
                }
            } catch {
                outcome.failure = "\(error)"
            }
            done.signal()
        }
        done.wait()
        if let failure = outcome.failure { throw CLIFailure(message: failure, exitCode: 3) }
    }
}

/// How the server task ended, read once it has.
private final class ServeOutcome: @unchecked Sendable {
    var failure: String?
}
