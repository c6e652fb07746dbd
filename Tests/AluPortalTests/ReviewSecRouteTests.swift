import AluPortalState
import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
@testable import AluPortal

/// Review of /account/password and /account/sessions (commits after b357ac5).
@Suite("Review: own security over HTTP", .serialized)
struct ReviewSecRouteTests {
    static let newPassword = "une phrase toute neuve pour la cuverie"

    @Test("two browsers of one account ending 'all the others' at once: the one that loses gets a 4xx page, never a 500")
    func endSessionsRace() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            var statuses: [HTTPResponse.Status] = []
            for _ in 0..<10 {
                let a = try portal.visitor(.supplierA), b = try portal.visitor(.supplierA)
                let pair = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                    for visitor in [a, b] {
                        group.addTask {
                            try await visitor.post(client, "/en/account/sessions", [("session", "others"), ("password", SignedInPortal.password)],
                                                   origin: portal.origin).status
                        }
                    }
                    return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
                }
                statuses += pair
            }
            #expect(!statuses.contains(.internalServerError), "\(statuses.map(\.code))")
        }
    }

    @Test("two browsers changing the password at once: one succeeds, the other gets a 4xx page, never a 500")
    func changePasswordRace() async throws {
        let portal = try SignedInPortal()
        try await portal.test { client in
            let a = try portal.visitor(.supplierA), b = try portal.visitor(.supplierA)
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for visitor in [a, b] {
                    group.addTask {
                        try await visitor.post(client, "/en/account/password",
                                               [("current", SignedInPortal.password), ("password", Self.newPassword), ("repeat", Self.newPassword)],
                                               origin: portal.origin).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(!statuses.contains(.internalServerError), "\(statuses.map(\.code))")
            #expect(statuses.contains(.ok))
        }
    }

    @Test("odd session choices and missing fields are 4xx, never 500")
    func oddInput() async throws {
        let portal = try SignedInPortal()
        let first = try portal.visitor(.supplierA)
        try await portal.test { client in
            var here = first
            for fields: [(String, String)] in [
                [("session", "99999999999999999999"), ("password", SignedInPortal.password)],
                [("session", "9223372036854775807"), ("password", SignedInPortal.password)],
                [("session", "1e3"), ("password", SignedInPortal.password)],
                [("session", " 5"), ("password", SignedInPortal.password)],
                [("session", "0x10"), ("password", SignedInPortal.password)],
                [("password", SignedInPortal.password)],
                [("session", "others")],
                [],
            ] {
                let response = try await here.post(client, "/en/account/sessions", fields, origin: portal.origin)
                #expect(response.status.code < 500, "\(fields): \(response.status)")
                here = here.following(response)
            }
            for fields: [(String, String)] in [[], [("current", SignedInPortal.password)], [("password", "x"), ("repeat", "x")],
                                               [("current", SignedInPortal.password), ("password", String(repeating: "é", count: 300)), ("repeat", String(repeating: "é", count: 300))]] {
                let response = try await here.post(client, "/en/account/password", fields, origin: portal.origin)
                #expect(response.status.code < 500, "\(fields): \(response.status)")
            }
            #expect(try await here.get(client, "/en/account/").status == .ok)
        }
    }

    @Test("wrong passwords sent at once on the two forms: at most 5 are checked, the rest are 429")
    func parallelGuesses() async throws {
        let portal = try SignedInPortal()
        let here = try portal.visitor(.supplierA)
        try await portal.test { client in
            let statuses = try await withThrowingTaskGroup(of: HTTPResponse.Status.self) { group in
                for index in 0..<16 {
                    group.addTask {
                        index.isMultiple(of: 2)
                            ? try await here.post(client, "/en/account/sessions", [("session", "others"), ("password", "guess \(index)")], origin: portal.origin).status
                            : try await here.post(client, "/en/account/password", [("current", "guess \(index)"), ("password", Self.newPassword),
                                                                                     ("repeat", Self.newPassword)], origin: portal.origin).status
                    }
                }
                return try await group.reduce(into: [HTTPResponse.Status]()) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .unauthorized }.count == 5, "\(statuses.map(\.code))")
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 11, "\(statuses.map(\.code))")
        }
    }

    @Test("the sessions page escapes the address and its ids and labels match")
    func sessionsPageMarkup() async throws {
        let portal = try SignedInPortal()
        let here = try portal.visitor(.supplierA)
        _ = try portal.visitor(.supplierA)
        _ = try portal.visitor(.supplierA)
        try await portal.test { client in
            let page = try await here.get(client, "/en/account/sessions")
            #expect(page.status == .ok)
            let ids = page.text.components(separatedBy: " id=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            #expect(Set(ids).count == ids.count, "duplicated ids: \(ids)")
            let fors = page.text.components(separatedBy: " for=\"").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            for label in fors { #expect(ids.contains(label), "label for=\(label) names no element") }
        }
    }
}
