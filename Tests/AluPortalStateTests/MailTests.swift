import AluPortalState
import AluTestSupport
import Foundation
import Testing

@Suite("Mail")
struct MailTests {
    static let mail = PortalMail(from: "catalogue@grappe-aluminium.example", domain: "grappe-aluminium.example")
    static let date = Date(timeIntervalSince1970: 1_770_904_800)  // 2026-02-12 14:00 UTC

    /// What Python's `email` package reads from `path`: headers decoded, the body, defects.
    func parsedByPython(_ path: String) throws -> [String: String] {
        let script = """
            import email, email.policy, json, sys
            with open(sys.argv[1], 'rb') as f:
                raw = f.read()
            m = email.message_from_bytes(raw, policy=email.policy.default)
            defects = [type(d).__name__ for d in m.defects]
            bare_lf = any(line.endswith(b'\\n') and not line.endswith(b'\\r\\n') for line in raw.splitlines(keepends=True))
            print(json.dumps({'subject': str(m['subject']), 'from': str(m['from']), 'to': str(m['to']),
                'date': m['date'].datetime.isoformat(), 'message-id': str(m['message-id']),
                'content-type': m.get_content_type(), 'charset': m.get_content_charset(),
                'body': m.get_content(), 'defects': ','.join(defects), 'bare-lf': str(bare_lf),
                'long-lines': str(any(len(l) > 998 for l in raw.split(b'\\r\\n')))}))
            """
        let (status, output) = try ODFTools.run("/usr/bin/python3", ["-c", script, path])
        #expect(status == 0, "\(output)")
        return try JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: String] ?? [:]
    }

    @Test("every portal e-mail, in French and English, is read back by Python's email package: subject, addresses, body, no defect")
    func pythonReadsEveryMessage() throws {
        let outbox = MailOutbox(.folder(Fixture.temporaryDirectory("outbox")))
        let to = "marie@electro-saguenay.example"
        let messages: [(MailMessage, String, String)] = [
            (try Self.mail.invitation(to: to, language: "fr", supplier: "Électro-Saguenay", link: "https://portail.example/fr/invitation?t=abc", days: 7, date: Self.date),
             "Invitation : votre fiche au catalogue des fournisseurs de l'aluminium", "valable 7 jours"),
            (try Self.mail.passwordReset(to: to, language: "en", link: "https://portail.example/en/reset?t=abc", minutes: 30, date: Self.date),
             "Resetting your password", "valid for 30 minutes"),
            (try Self.mail.received(to: to, language: "fr", submission: 42, supplier: "electro-saguenay", date: Self.date),
             "Soumission n° 42 reçue : fiche « electro-saguenay »", "en attente d'examen"),
            (try Self.mail.approved(to: to, language: "en", submission: 42, supplier: "electro-saguenay", date: Self.date),
             "Submission 42 approved: entry 'electro-saguenay'", "approved and published"),
            (try Self.mail.rejected(to: to, language: "fr", submission: 43, supplier: "electro-saguenay",
                                    comment: "Ajoutez la référence d'Alma.\nEt le certificat ISO à jour — مرحبا.", date: Self.date),
             "Soumission n° 43 refusée : fiche « electro-saguenay »", "> Et le certificat ISO à jour — مرحبا."),
        ]
        for (message, subject, bodyPart) in messages {
            let path = try #require(try outbox.deliver(message))
            #expect(path.hasSuffix(".eml"))
            let parsed = try parsedByPython(path)
            #expect(parsed["subject"] == subject)
            #expect(parsed["from"] == "catalogue@grappe-aluminium.example")
            #expect(parsed["to"] == to)
            #expect(parsed["date"] == "2026-02-12T14:00:00+00:00")
            #expect(parsed["message-id"] == message.messageID)
            #expect(parsed["content-type"] == "text/plain")
            #expect(parsed["charset"] == "utf-8")
            #expect(parsed["body"]?.contains(bodyPart) == true, "\(parsed["body"] ?? "")")
            #expect(parsed["defects"] == "")
            #expect(parsed["bare-lf"] == "False")
            #expect(parsed["long-lines"] == "False")
        }
    }

    @Test("a line break or control character in a header value is refused, never sent: no header injection")
    func headerInjectionIsImpossible() throws {
        for subject in ["Bonjour\r\nBcc: victime@exemple.example", "Bonjour\nBcc: x@y.example", "a\u{0}b", "a\u{85}b", "a\u{2028}b"] {
            do {
                _ = try MailMessage(from: "a@b.example", to: "c@d.example", subject: subject, body: "x", date: Self.date, domain: "b.example")
                Issue.record("accepted \(subject.debugDescription)")
            } catch {
                guard case .headerInjection(let field) = error else { Issue.record("\(error)"); continue }
                #expect(field == "Subject")
                #expect(error.text("en") == "the Subject header contains a line break or a control character: the message is not built")
            }
        }
        for address in ["c@d.example\r\nBcc: x@y.example", "Marie <c@d.example>", "c@d", "c@@d.example", "c@d.example,e@f.example"] {
            #expect(throws: PortalStateError.self) {
                _ = try MailMessage(from: "a@b.example", to: address, subject: "x", body: "x", date: Self.date, domain: "b.example")
            }
        }
        // A supplier's name that carries a line break cannot reach a subject either.
        #expect(throws: PortalStateError.self) {
            _ = try Self.mail.received(to: "c@d.example", language: "fr", submission: 1, supplier: "x\r\nBcc: y@z.example", date: Self.date)
        }
    }

    @Test("a long French subject is split into encoded-words of whole characters, each at most 75 characters")
    func longSubjectsFold() throws {
        let message = try Self.mail.rejected(to: "c@d.example", language: "fr", submission: 123456,
                                             supplier: "Électrolyse et réfractaires du Saguenay–Lac-Saint-Jean", comment: "À revoir", date: Self.date)
        let text = String(decoding: message.bytes, as: UTF8.self)
        let subjectLines = text.components(separatedBy: "\r\n").drop { !$0.hasPrefix("Subject:") }.prefix { $0.hasPrefix("Subject:") || $0.hasPrefix(" ") }
        #expect(subjectLines.count > 1)
        for line in subjectLines {
            let word = line.hasPrefix("Subject: ") ? String(line.dropFirst(9)) : String(line.dropFirst())
            #expect(word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?=") && word.count <= 75, "\(word)")
        }
        let path = try #require(try MailOutbox(.folder(Fixture.temporaryDirectory("outbox"))).deliver(message))
        #expect(try parsedByPython(path)["subject"] == "Soumission n° 123456 refusée : fiche « Électrolyse et réfractaires du Saguenay–Lac-Saint-Jean »")
    }

    /// An executable `/bin/sh` script standing for the mail command, in a fresh folder;
    /// `body` is given that folder (for the files the script writes).
    static func sendmailScript(_ body: (String) -> String) throws -> (folder: String, path: String) {
        let folder = Fixture.temporaryDirectory("sendmail")
        let script = folder + "/sendmail"
        try ("#!/bin/sh\n" + body(folder)).write(toFile: script, atomically: true, encoding: .utf8)
        chmod(script, 0o755)
        return (folder, script)
    }

    @Test("sendmail delivery runs the command with -t -i and the whole message on standard input")
    func sendmailInterface() throws {
        let (folder, script) = try Self.sendmailScript { folder in
            """
            printf '%s\\n' "$@" > "\(folder)/arguments"
            cat > "\(folder)/stdin"
            """
        }
        let message = try Self.mail.approved(to: "marie@electro-saguenay.example", language: "fr", submission: 7, supplier: "electro-saguenay", date: Self.date)
        #expect(try MailOutbox(.sendmail(script)).deliver(message) == nil)
        #expect(try String(contentsOfFile: folder + "/arguments", encoding: .utf8) == "-t\n-i\n")
        #expect([UInt8](FileManager.default.contents(atPath: folder + "/stdin")!) == message.bytes)
        #expect(try parsedByPython(folder + "/stdin")["subject"] == "Soumission n° 7 approuvée : fiche « electro-saguenay »")
    }

    @Test("a failing sendmail is an error that says its status and what it printed")
    func sendmailFailure() throws {
        let (_, script) = try Self.sendmailScript { _ in "cat > /dev/null\necho 'relay refused' >&2\nexit 75\n" }
        let message = try Self.mail.approved(to: "marie@electro-saguenay.example", language: "en", submission: 7, supplier: "x", date: Self.date)
        do {
            try MailOutbox(.sendmail(script)).deliver(message)
            Issue.record("no error")
        } catch {
            #expect(error.text("en") == "the mail command \(script) failed (status 75): relay refused")
        }
    }

    /// A message larger than a pipe's buffer (64 KiB), so that the write is still going on
    /// when the command stops reading: the case that must not end the process.
    static func largeMessage() throws -> MailMessage {
        try MailMessage(from: "catalogue@grappe-aluminium.example", to: "marie@electro-saguenay.example",
                        subject: "Grand message", body: String(repeating: "Cuve d'électrolyse AP40, ligne 3.\n", count: 20_000),
                        date: date, domain: "grappe-aluminium.example")
    }

    @Test("a mail command that exits without reading its input is an error, not a SIGPIPE that ends the server",
          arguments: [("exec 0<&-\necho 'relay refused' >&2\nexit 75\n", "status 75): relay refused"),
                      ("exec 0<&-\nsleep 0.2\nexit 0\n", "status 0)")])
    func sendmailStopsReading(script body: String, expected: String) throws {
        let (_, script) = try Self.sendmailScript { _ in body }
        let message = try Self.largeMessage()
        #expect(message.bytes.count > 4 * 65_536)
        for _ in 0..<3 {
            do {
                try MailOutbox(.sendmail(script)).deliver(message)
                Issue.record("no error")
            } catch {
                #expect(error.text("en").hasPrefix("the mail command \(script) failed ("), "\(error.text("en"))")
                #expect(error.text("en").contains(expected), "\(error.text("en"))")
            }
        }
        #expect(throws: PortalStateError.self) { try MailOutbox(.sendmail("/bin/false")).deliver(message) }
    }

    @Test("a mail command that prints more than a pipe holds before reading does not block the delivery")
    func sendmailTalksFirst() throws {
        let (folder, script) = try Self.sendmailScript { folder in "head -c 300000 /dev/zero\ncat > \"\(folder)/stdin\"\n" }
        let message = try Self.largeMessage()
        #expect(try MailOutbox(.sendmail(script)).deliver(message) == nil)
        #expect([UInt8](FileManager.default.contents(atPath: folder + "/stdin")!) == message.bytes)
    }

    @Test("the outbox leaves only whole .eml files, in time order")
    func outboxFiles() throws {
        let data = Fixture.temporaryDirectory("data")
        let outbox = MailOutbox.folder(inDataDirectory: data)
        for n in 0..<3 {
            try outbox.deliver(try Self.mail.approved(to: "a@b.example", language: "fr", submission: Int64(n), supplier: "x",
                                                      date: Self.date.addingTimeInterval(Double(n))))
        }
        let names = try FileManager.default.contentsOfDirectory(atPath: data + "/outbox").sorted()
        #expect(names.count == 3)
        #expect(names.allSatisfy { $0.hasSuffix(".eml") && !$0.hasPrefix(".") })
    }
}
