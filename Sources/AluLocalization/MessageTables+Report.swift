/// The words around diagnostics: the summary line under a report, how a subject and
/// a hint join a problem. Supplier-facing: French and English.
extension MessageTables {
    static let reportTable = TranslationTable("""
    report.subject	{subject} : {problem}	{subject}: {problem}
    report.with-hint	{text} ({hint})	{text} ({hint})
    report.summary	{files}, {errors}, {warnings}	{files}, {errors}, {warnings}
    report.files.one	{count} fichier	{count} file
    report.files.other	{count} fichiers	{count} files
    report.errors.one	{count} erreur	{count} error
    report.errors.other	{count} erreurs	{count} errors
    report.warnings.one	{count} avertissement	{count} warning
    report.warnings.other	{count} avertissements	{count} warnings
    """, languages: supplierLanguages)
}

/// Counted words for report lines: a ``Message`` whose values are themselves worded
/// per language, since French counts 0 as singular and English does not.
public enum ReportWording {
    /// `N files, E errors, W warnings` as a message worded at the door.
    public static func summary(files: Int, errors: Int, warnings: Int) -> Summary {
        Summary(files: files, errors: errors, warnings: warnings)
    }

    /// The summary line's counts, worded when the language is known.
    public struct Summary: Sendable, Hashable {
        public var files: Int
        public var errors: Int
        public var warnings: Int

        public func text(_ language: String) -> String {
            Message("report.summary", [
                "files": counted("report.files", files, language),
                "errors": counted("report.errors", errors, language),
                "warnings": counted("report.warnings", warnings, language),
            ]).text(language)
        }
    }

    /// `family.one` or `family.other` for `count` in `language`, filled.
    static func counted(_ family: String, _ count: Int, _ language: String) -> String {
        Message(PluralCategory.key(family, count: count, language: language), ["count": String(count)]).text(language)
    }
}
