import AluPortalState
import GRDB
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import AluPortal

/// Every signed-in route × every kind of person, from the route table: a route added
/// without its row here fails, and so does a row whose route is gone.
@Suite("Authorization on every signed-in route", .serialized)
struct AuthorizationMatrixTests {
    typealias Person = SignedInPortal.Person

    /// What a person meets on a route, one letter per person in the order
    /// anonymous, supplier A, supplier B, reviewer, admin:
    /// `.` passes the gate (the route answers: a page, a redirect elsewhere than sign-in,
    /// a 4xx of its own that is not 403), `s` is sent to sign in (GET: 303 to the sign-in
    /// page; POST: 403), `x` is refused (403), `h` is sent home (303 to the account page).
    /// Supplier B on supplier A's submission is the object-level check.
    static let expected: [String: String] = [
        "GET /fr/account/sign-in": ".....",
        "POST /fr/account/sign-in": ".....",
        "GET /fr/account/sign-in/code": "shhhh",
        "POST /fr/account/sign-in/code": "shhhh",
        "POST /fr/account/sign-out": ".....",
        "POST /fr/account/sign-out-everywhere": "s....",
        "GET /fr/account/invitation": ".....",
        "POST /fr/account/invitation": ".....",
        "GET /fr/account/apply": ".....",
        "POST /fr/account/apply": ".....",
        "GET /fr/account/reset": ".....",
        "POST /fr/account/reset": ".....",
        "GET /fr/account/reset/confirm": ".....",
        "POST /fr/account/reset/confirm": ".....",
        "GET /fr/account/": "s....",
        "GET /fr/account/second-factor": "s....",
        "POST /fr/account/second-factor": "s....",
        "GET /fr/account/password": "s....",
        "POST /fr/account/password": "s....",
        "GET /fr/account/sessions": "s....",
        "POST /fr/account/sessions": "s....",
        "GET /fr/supplier/entry": "s..xx",
        "POST /fr/supplier/entry": "s..xx",
        "POST /fr/supplier/entry/upload": "s..xx",
        "GET /fr/supplier/entry/entry.xml": "s..xx",
        "GET /fr/supplier/entry/form.ods": "s..xx",
        "GET /fr/supplier/submissions": "s..xx",
        "POST /fr/supplier/submissions/{id}/withdraw": "s.xxx",
        "GET /fr/staff/queue": "sxx..",
        "GET /fr/staff/submissions/{id}": "sxx..",
        "POST /fr/staff/submissions/{id}/claim": "sxx..",
        "POST /fr/staff/submissions/{id}/approve": "sxx..",
        "POST /fr/staff/submissions/{id}/reject": "sxx..",
        "GET /fr/staff/entries/{supplier}": "sxx..",
        "POST /fr/staff/entries/{supplier}": "sxx..",
        "GET /fr/staff/follow-up": "sxx..",
        "GET /fr/staff/audit": "sxxx.",
        "GET /fr/staff/accounts": "sxxx.",
        "POST /fr/staff/accounts/invite": "sxxx.",
        "POST /fr/staff/accounts/{id}/disable": "sxxx.",
    ]

    /// The French row of a route (English routes share it).
    static func key(_ entry: RouteEntry) -> String {
        let path = entry.path.hasPrefix("/en/") ? "/fr/" + entry.path.dropFirst(4) : entry.path
        return "\(entry.method.rawValue) \(path)"
    }

    @Test("every route of the table has its row, every row its route, in French and English")
    func tableAndRowsAgree() throws {
        let portal = try SignedInPortal()
        let table = portal.portal.routeTable
        let keys = Set(table.map(Self.key))
        #expect(keys.subtracting(Self.expected.keys).sorted() == [], "routes without a row in the matrix")
        #expect(Set(Self.expected.keys).subtracting(keys).sorted() == [], "rows whose route is gone")
        #expect(table.filter { $0.path.hasPrefix("/en/") }.count == table.filter { $0.path.hasPrefix("/fr/") }.count)
        // Whatever access the route declares agrees with its row's anonymous and role letters.
        for entry in table {
            let row = Array(Self.expected[Self.key(entry)] ?? "")
            guard row.count == 5 else { continue }
            switch entry.access {
            case .anyone: #expect(row == Array("....."), "\(entry)")
            case .secondFactor: #expect(row == Array("shhhh"), "\(entry)")
            case .signedIn: #expect(row == Array("s...."), "\(entry)")
            case .supplier: #expect(row[0] == "s" && row[3] == "x" && row[4] == "x", "\(entry)")
            case .staff: #expect(row == Array("sxx.."), "\(entry)")
            case .admin: #expect(row == Array("sxxx."), "\(entry)")
            }
        }
    }

    @Test("every route × anonymous, supplier A, a user of supplier B, reviewer, admin → the expected outcome, object-level included")
    func matrix() async throws {
        let portal = try SignedInPortal()
        // Supplier A's pending submission, and an account the admin may disable.
        let a = Caller(account: try portal.store.account(id: portal.accountIDs[.supplierA]!), address: "127.0.0.1")
        let entry = try #require(FileManager.default.contents(atPath: portal.planted.root.path + "/suppliers/\(SignedInPortal.supplierA).xml"))
        let draft = try portal.store.saveDraft([UInt8](entry), fileName: "entry.xml", by: a)
        let pending = try portal.store.submit(draft.id, by: a)
        let spare = try portal.store.invite(email: "spare@electro-saguenay.example", supplierID: SignedInPortal.supplierA, by: .system)
        let spareID = try portal.store.acceptInvitation(token: spare.token.value, password: SignedInPortal.password, caller: .system).id
        let table = portal.portal.routeTable

        try await portal.test { client in
            var failures: [String] = []
            for entry in table {
                let row = Array(try #require(Self.expected[Self.key(entry)], "no row for \(entry)"))
                let language = String(entry.path.dropFirst().prefix(2))
                let path = entry.path
                    .replacingOccurrences(of: "accounts/{id}", with: "accounts/\(spareID)")
                    .replacingOccurrences(of: "{id}", with: String(pending.id))
                    .replacingOccurrences(of: "{supplier}", with: SignedInPortal.supplierA)
                for (index, person) in Person.allCases.enumerated() {
                    let visitor = person == .anonymous ? try await Visitor.anonymous(client, language: language) : try portal.visitor(person)
                    let response = entry.method == .get
                        ? try await visitor.get(client, path)
                        : try await visitor.post(client, path, origin: portal.origin)
                    let location = response.headers[.location] ?? ""
                    let outcome: Character
                    switch (response.status.code, location) {
                    case (303, "/\(language)/account/sign-in"): outcome = entry.method == .get ? "s" : "?"
                    case (303, "/\(language)/account/"): outcome = row[index] == "h" ? "h" : "."
                    case (403, _): outcome = entry.method == .post && row[index] == "s" ? "s" : "x"
                    case (500..., _): outcome = "!"
                    default: outcome = "."
                    }
                    if outcome != row[index] {
                        failures.append("\(entry) as \(person): expected \(row[index]), got \(outcome) (\(response.status.code) \(location))")
                    }
                }
            }
            #expect(failures == [])
        }
        // Supplier B did not withdraw A's submission; the store says so too.
        #expect(try portal.store.events(pending.id, by: a).contains { $0.kind == .withdrawn && $0.accountID == portal.accountIDs[.supplierB] } == false)
    }

    /// The whole database as text, but the sessions' last-seen times (a request keeps its
    /// session alive: that is the idle timeout, not a change a person made).
    static func databaseText(_ portal: SignedInPortal) throws -> String {
        try portal.store.database.pool.read { db in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
            var text = ""
            for table in tables {
                let columns = try db.columns(in: table).map(\.name).filter { !(table == "session" && $0 == "lastSeenAt") }
                let list = columns.map { "\"\($0)\"" }.joined(separator: ", ")
                for row in try Row.fetchAll(db, sql: "SELECT \(list) FROM \"\(table)\" ORDER BY rowid") { text += "\(table) \(row)\n" }
            }
            return text
        }
    }

    @Test("a GET changes nothing: every GET route × every person leaves the database as it was, but the session's last-seen time")
    func getsChangeNothing() async throws {
        let portal = try SignedInPortal()
        let a = Caller(account: try portal.store.account(id: portal.accountIDs[.supplierA]!), address: "127.0.0.1")
        let entry = try #require(FileManager.default.contents(atPath: portal.planted.root.path + "/suppliers/\(SignedInPortal.supplierA).xml"))
        let pending = try portal.store.submit(try portal.store.saveDraft([UInt8](entry), fileName: "entry.xml", by: a).id, by: a)
        let gets = portal.portal.routeTable.filter { $0.method == .get }
        #expect(gets.count >= 15)
        // Every person's session first (signing in writes), and a staff session owing its code.
        var visitors: [(String, Visitor)] = []
        for person in Person.allCases where person != .anonymous { visitors.append((person.rawValue, try portal.visitor(person))) }
        visitors.append(("waiting for a code", try portal.waitingForCode(.admin)))
        let signedIn = visitors
        try await portal.test { client in
            let visitors = signedIn + [("anonymous", try await Visitor.anonymous(client))]
            var changed: [String] = []
            for entry in gets {
                let path = entry.path.replacingOccurrences(of: "{id}", with: String(pending.id))
                    .replacingOccurrences(of: "{supplier}", with: SignedInPortal.supplierA)
                for (who, visitor) in visitors {
                    let before = try Self.databaseText(portal)
                    _ = try await visitor.get(client, path)
                    if try Self.databaseText(portal) != before { changed.append("\(entry) as \(who)") }
                }
            }
            #expect(changed == [])
        }
    }
}
