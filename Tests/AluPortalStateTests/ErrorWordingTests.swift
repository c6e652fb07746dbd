import AluIntake
import AluPortalState
import Foundation
import Testing

@Suite("Error wording")
struct ErrorWordingTests {
    static let errors: [PortalStateError] = [
        .databaseFromTheFuture(path: "data/portal.sqlite", unknownMigrations: ["x"]), .database(path: "p", reason: "disk I/O error"),
        .io(path: "p", reason: "r"), .passwordTooShort(minimum: 8), .passwordTooLong(maximum: 256), .passwordHasControlCharacter,
        .emailInvalid("x"), .emailTaken("x@y.example"), .supplierIDRequired, .legalNameRequired, .passwordTooCommon, .supplierIDInvalid("../x"), .staffWithSupplierID, .invitationInvalid,
        .resetTokenInvalid, .accountNotFound(3), .forbidden(action: "approve"), .submissionNotFound(4),
        .wrongState(id: 4, state: .approved), .entryIDMismatch(submitted: "a", expected: "b"), .entryInvalid(id: 4, errors: 2),
        .entryTooLarge(maximum: 10), .claimedByAnother(id: 4, reviewer: "r@g.example", until: Date(timeIntervalSince1970: 1_770_904_800)),
        .stale(id: 4, opened: 1, current: 2), .decisionInProgress(id: 4), .commentRequired, .commentTooLong(maximum: 4000),
        .publicationRefused(id: 4, .idTaken(id: "a")), .headerInjection(field: "Subject"), .mailAddressInvalid("x"),
        .sendmailFailed(command: "/usr/sbin/sendmail", status: 75, output: "o"), .sendmailTimedOut(command: "/usr/sbin/sendmail", seconds: 30),
    ]

    @Test("every error is worded in French and in English from AluLocalization, never shown as its key")
    func everyErrorIsWorded() {
        for error in Self.errors {
            let fr = error.text("fr"), en = error.text("en")
            #expect(fr != en, "\(en)")
            for text in [fr, en] {
                #expect(!text.hasPrefix("account.") && !text.hasPrefix("review.") && !text.hasPrefix("mail."), "\(text)")
                #expect(!text.contains("{"), "\(text)")
            }
            #expect(error.localizedDescription == en)
            #expect("\(error)" == en)
        }
        #expect(PortalStateError.wrongState(id: 4, state: .approved).text("fr") == "la soumission n° 4 est à l'état « approuvée » : cette action n'est plus possible")
        #expect(PortalStateError.claimedByAnother(id: 4, reviewer: "r@g.example", until: Date(timeIntervalSince1970: 1_770_904_800)).text("en")
                == "submission 4 is claimed by r@g.example until 2026-02-12 14:00 (UTC)")
    }
}
