/// Where each family of ``Message`` keys is worded: the key's first segment names
/// its table. Supplier-facing tables (rules, schema, forms, submissions, reports)
/// have French and English columns; buyer-facing ones every packet language.
///
/// Each family lives in its own file (`MessageTables+Rules.swift`…) as a
/// ``TranslationTable``; adding a family is one line here.
public enum MessageTables {
    /// The columns of supplier-facing tables.
    public static let supplierLanguages = ["fr", "en"]

    static let families: [String: TranslationTable] = [
        "test": testTable,
        "booklet": bookletTable,
        "matchreason": matchReasonTable,
        "packet": packetTable,
        "form": formTable,
        "report": reportTable,
        "rule": ruleTable,
        "schema": schemaTable,
        "submission": submissionTable,
        "api": apiTable,
        "portal": portalTable,
        "account": accountTable,
        "review": reviewTable,
        "mail": mailTable,
        "web": webTable,
        "entryform": entryFormTable,
        "staff": staffTable,
    ]

    /// The template for `key` in `language`; nil when absent or empty.
    public static func template(_ key: String, _ language: String) -> String? {
        guard let dot = key.utf8.firstIndex(of: UInt8(ascii: ".")) else { return nil }
        return families[String(key[..<dot])]?.value(key, language)
    }

    /// Malformed rows of every family (see ``TranslationTable/malformedRows``).
    package static var malformedRows: [String] { families.values.flatMap(\.malformedRows) }

    /// Every key of every family, with its table's languages: what the completeness
    /// tests walk.
    public static var allKeys: [(key: String, languages: [String])] {
        families.keys.sorted().flatMap { family in
            families[family]!.keys.map { ($0, families[family]!.languages) }
        }
    }

    /// A family that only the tests of this module use.
    static let testTable = TranslationTable("""
    test.greeting	Bonjour {name}	Hello {name}
    """, languages: supplierLanguages)
}
