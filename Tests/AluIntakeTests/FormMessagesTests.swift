import AluDiagnostics
import Testing

@testable import AluIntake

@Suite("Form messages in French")
struct FormMessagesTests {
    static let cases: [(String, String)] = [
        ("<neq>: '11456-789' does not have the required form", "la valeur « 11456-789 » n'a pas la forme attendue (attendu : 10 chiffres, p. ex. 1145678901)"),
        ("<region>: 'Saguenay' is not one of the allowed values: 'Bas-Saint-Laurent', 'Estrie'", "« Saguenay » n'est pas une valeur permise ; choisissez-la dans la liste déroulante"),
        ("<description>: must not be empty", "ce champ ne doit pas être vide"),
        ("<contact>: attribute 'consent' is required but missing", "ce champ est obligatoire"),
        ("<something>: an unforeseen message", "valeur refusée par le schéma du catalogue : <something>: an unforeseen message"),
    ]

    @Test("schema messages are worded in French for a French form", arguments: cases)
    func schemaMessagesInFrench(message: String, french: String) {
        let diagnostic = Diagnostic.error(.init(file: "f.xml", line: 3), message, code: "xml.schema")
        #expect(FormMessages.translate(diagnostic, .fr) == french)
        #expect(FormMessages.translate(diagnostic, .en) == message)
    }
}
