import AluCatalog
import AluDirectory
import AluPortalPages
import AluPortalState
import Foundation
import Testing

/// Review of the password and sessions pages (commits after b357ac5).
@Suite("Review: own security pages")
struct ReviewSecPagesTests {
    @Test("an address or e-mail with markup is escaped on the sessions and password pages")
    func escaping() throws {
        let account = StaffFixtures.account(7, "a\"<b>@electro-saguenay.example", .supplier, supplier: "electro-saguenay")
        let context = AccountPages.Context(language: .en, day: CalendarDay(year: 2026, month: 12, day: 6), account: account, csrf: "t")
        let at = Date(timeIntervalSince1970: 1_796_550_000)
        let sessions = [
            SessionSummary(id: 4, createdAt: at, lastSeenAt: at, address: "127.0.0.1", awaitingSecondFactor: false, isCurrent: true),
            SessionSummary(id: 9, createdAt: at, lastSeenAt: at, address: "<script>x</script>\"", awaitingSecondFactor: false, isCurrent: false),
        ]
        let list = String(decoding: AccountPages.sessions(context, sessions: sessions), as: UTF8.self)
        #expect(!list.contains("<script>x"))
        #expect(!list.contains("a\"<b>"))
        let password = String(decoding: AccountPages.changePassword(context), as: UTF8.self)
        #expect(!password.contains("a\"<b>"))
    }
}
