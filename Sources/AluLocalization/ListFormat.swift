/// How a language joins items in running text: Arabic has its own comma (`،`) and
/// semicolon (`؛`); the other packet languages use the Latin ones.
public enum ListFormat {
    /// Items joined with `, ` (`، ` in Arabic).
    public static func list(_ items: [String], _ language: String) -> String {
        items.joined(separator: isArabic(language) ? "، " : ", ")
    }

    /// Clauses joined with `; ` (`؛ ` in Arabic): a supplier's match reasons on one line.
    public static func clauses(_ items: [String], _ language: String) -> String {
        items.joined(separator: isArabic(language) ? "؛ " : "; ")
    }

    static func isArabic(_ language: String) -> Bool {
        language.prefix { $0 != "-" && $0 != "_" }.lowercased() == "ar"
    }
}
