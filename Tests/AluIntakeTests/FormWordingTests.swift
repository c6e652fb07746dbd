import AluLocalization
import Testing

@testable import AluIntake

@Suite("Form wordings: every word of the form comes from the localization tables")
struct FormWordingTests {
    /// Every label and help the form's layout shows, in `l`.
    static func layoutTexts(_ l: FormLanguage) -> [String] {
        FormSheet.allCases.map { $0.name(l) }
            + IdentityField.allCases.flatMap { [$0.label(l), $0.help(l)] }
            + FormSheet.allCases.flatMap { FormColumns.columns($0, l) }.flatMap { [$0.title, $0.help] }
    }

    @Test("every sheet name, field and column is worded (no key shows through), in French and English", arguments: FormLanguage.allCases)
    func layoutIsWorded(_ l: FormLanguage) {
        let unworded = Self.layoutTexts(l).filter { $0.hasPrefix("form.") || $0.contains("{") }
        #expect(unworded.isEmpty, "\(unworded)")
    }

    @Test("each sheet name, in French and English, is read back as its sheet")
    func sheetNamesAreIdentified() {
        for l in FormLanguage.allCases {
            for sheet in FormSheet.allCases {
                #expect(FormSheet.identify(sheet.name(l))?.0 == sheet)
            }
        }
    }

    @Test("a value holding braces is inserted as typed, not read as a placeholder")
    func valuesAreNotPlaceholders() {
        #expect(FormLanguage.fr.text("form.year", ["value": "{value}"]) == "« {value} » n'est pas une année (quatre chiffres, p. ex. 2019)")
        #expect(FormLanguage.en.text("form.required", ["field": "{field}"]) == "'{field}' is required")
    }
}
