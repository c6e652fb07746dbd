import AluLocalization
import Testing

@Suite("Report lines in the reader's language")
struct ReportWordingTests {
    @Test("the summary line counts in the reader's language: French says 0 and 1 in the singular", arguments: [
        (1, 2, 0, "fr", "1 fichier, 2 erreurs, 0 avertissement"),
        (3, 1, 1, "fr", "3 fichiers, 1 erreur, 1 avertissement"),
        (1, 2, 0, "en", "1 file, 2 errors, 0 warnings"),
        (2, 1, 1, "en", "2 files, 1 error, 1 warning"),
        (1, 0, 5, "fr-CA", "1 fichier, 0 erreur, 5 avertissements"),
    ])
    func summaryLine(files: Int, errors: Int, warnings: Int, language: String, expected: String) {
        #expect(ReportWording.summary(files: files, errors: errors, warnings: warnings).text(language) == expected)
    }

    @Test("a subject and a hint join a problem with the language's punctuation")
    func subjectAndHint() {
        #expect(Message("report.subject", ["subject": "Courriel", "problem": "x"]).text("fr") == "Courriel : x")
        #expect(Message("report.subject", ["subject": "E-mail", "problem": "x"]).text("en") == "E-mail: x")
        #expect(Message("report.with-hint", ["text": "t", "hint": "h"]).text("fr") == "t (h)")
    }
}
