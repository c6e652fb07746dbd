import AluCatalog
import AluDirectory
import AluPortalPages
import AluPortalState
import AluTestSupport
import Foundation
import Testing

@Suite("The account pages")
struct AccountPagesTests {
    typealias F = StaffFixtures

    static func context(_ language: PortalLanguage, _ account: Account?) -> AccountPages.Context {
        AccountPages.Context(language: language, day: CalendarDay(year: 2026, month: 12, day: 6), account: account, csrf: "token-\(language.rawValue)")
    }

    /// One of each account page, with errors and notices shown.
    static func everyPage(_ l: PortalLanguage) -> [(String, String)] {
        let anonymous = context(l, nil)
        let supplier = F.account(7, "marie@electro-saguenay.example", .supplier, supplier: "electro-saguenay")
        let admin = F.account(1, "admin@grappe.example", .admin)
        let enrolment = (secret: "JBSWY3DPEHPK3PXP", uri: "otpauth://totp/AluCat:admin@grappe.example?secret=JBSWY3DPEHPK3PXP&issuer=AluCat")
        let at = Date(timeIntervalSince1970: 1_796_550_000)
        let sessions = [
            SessionSummary(id: 4, createdAt: at, lastSeenAt: at.addingTimeInterval(600), address: "127.0.0.1", awaitingSecondFactor: false, isCurrent: true),
            SessionSummary(id: 9, createdAt: at, lastSeenAt: at, address: "2001:db8::7", awaitingSecondFactor: false, isCurrent: false),
            SessionSummary(id: 12, createdAt: at, lastSeenAt: at, address: "198.51.100.4", awaitingSecondFactor: true, isCurrent: false),
        ]
        let pages: [(String, [UInt8])] = [
            ("sign-in", AccountPages.signIn(anonymous, email: F.hostileName, error: "refusé")),
            ("code", AccountPages.secondFactor(anonymous, enrolment: enrolment, error: "mauvais code")),
            ("invitation", AccountPages.invitation(anonymous, token: "abc", error: "trop court")),
            ("reset", AccountPages.resetRequest(anonymous)),
            ("reset-sent", AccountPages.resetRequest(anonymous, sent: true)),
            ("reset-confirm", AccountPages.resetConfirm(anonymous, token: "abc")),
            ("apply", AccountPages.apply(anonymous, email: "x@y.example", name: F.rtl, error: "nom manquant")),
            ("home-supplier", AccountPages.home(context(l, supplier))),
            ("home-admin", AccountPages.home(context(l, admin), pendingCount: 3)),
            ("second-factor-off", AccountPages.secondFactorSettings(context(l, supplier), enrolled: false, enrolment: enrolment, error: "mauvais code")),
            ("second-factor-staff", AccountPages.secondFactorSettings(context(l, admin), enrolled: true, enrolment: nil, info: "ok")),
            ("password", AccountPages.changePassword(context(l, supplier), error: "pas le bon")),
            ("password-done", AccountPages.changePassword(context(l, supplier), info: "changé")),
            ("sessions", AccountPages.sessions(context(l, admin), sessions: sessions, error: "pas le bon")),
            ("sessions-alone", AccountPages.sessions(context(l, admin), sessions: [sessions[0]], info: "1")),
            ("notice", AccountPages.notice(context(l, supplier), title: "Refusé", message: F.hostileName, link: (href: "/fr/account/", text: "Accueil"))),
        ]
        return pages.map { ($0.0, String(decoding: $0.1, as: UTF8.self)) }
    }

    @Test("every account page is valid HTML for the Nu checker, in French and English, and every POST form carries the CSRF token")
    func validHTML() throws {
        guard HTMLValidator.available() else { return }
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("account-pages-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        for language in PortalPaths.languages {
            for (name, html) in Self.everyPage(language) {
                #expect(!html.contains("<img src=x"), "\(name): a person's text became markup")
                #expect(!html.contains("web."), "\(name): a message key shown as such")
                let posts = html.components(separatedBy: "method=\"post\"").count - 1
                let tokens = html.components(separatedBy: "name=\"csrf\" value=\"token-\(language.rawValue)\"").count - 1
                #expect(posts == tokens, "\(name): \(posts) forms, \(tokens) tokens")
                try html.write(toFile: "\(root)/\(language.rawValue)-\(name).html", atomically: true, encoding: .utf8)
            }
        }
        let result = try HTMLValidator.validate(root: root)
        #expect(result.status == 0, "\(result.output)")
    }
}
