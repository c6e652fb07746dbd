import AluLocalization
public import AluCatalog

/// Every label an export shows, in one packet language.
///
/// Packet languages are fr, en, es, ar and pt. The export labels sit in a
/// tab-separated table in this folder; the vocabulary, countries, language names
/// and match reasons come from `AluLocalization`, taxonomy labels from
/// `taxonomy.xml`; tests prove each key has a non-empty value in every packet
/// language. Lookups never fail: a missing value falls back to English,
/// then to the key or code, so an export is never blocked by a translation.
public struct Translations: Sendable, Hashable {
    /// The languages a packet can be produced in, in the cluster's order.
    public static let packetLanguages = TranslationTable.packetLanguages

    /// The BCP 47 primary language subtag (`fr`, `ar`…).
    public let language: String

    /// Nil when `language` is not a packet language.
    public init?(language: String) {
        guard Self.packetLanguages.contains(language) else { return nil }
        self.language = language
    }

    /// Arabic is written right to left; pages set `dir="rtl"`.
    public var isRightToLeft: Bool { language == "ar" }

    /// The fixed text for `label`.
    public func label(_ label: Label) -> String {
        Self.labelTable.value(label.rawValue, language) ?? Self.labelTable.value(label.rawValue, "en") ?? label.rawValue
    }

    /// `label` with `{name}` placeholders replaced by `values`.
    public func label(_ label: Label, _ values: KeyValuePairs<String, String>) -> String {
        var text = self.label(label)
        for (name, value) in values { text = text.replacing("{" + name + "}", with: value) }
        return text
    }

    /// Supplier text in this language, else English then French, followed by the
    /// name of the language it is in when it is not this one (`(en inglés)`,
    /// `(en francés)`), so a buyer never reads another language unannounced.
    public func text(_ text: LocalizedText) -> String? {
        guard let resolved = resolved(text) else { return nil }
        return resolved.language == language ? resolved.text : resolved.text + " " + marker(resolved.language)
    }

    /// Supplier text as ``text(_:)`` chooses it, unmarked, with the language it is
    /// in: what a page needs to tag it (`<span lang="fr">`) and mark it itself.
    public func resolved(_ text: LocalizedText) -> (text: String, language: String)? {
        text.resolved(language)
    }

    /// `(en anglais)`, `(بالفرنسية)`: what follows a text in `other`, another language than this one.
    public func marker(_ other: String) -> String {
        other == "en" ? label(.inEnglish) : label(.inLanguage, ["language": languageName(other)])
    }

    /// `2027-09-13`, written as dates are in this language (`13/09/2027` in
    /// fr, es, pt, ar; ISO in en, unambiguous for an international reader).
    public func date(_ day: CalendarDay) -> String {
        if language == "en" { return day.description }
        let parts = day.description.split(separator: "-")
        return "\(parts[2])/\(parts[1])/\(parts[0])"
    }

    /// `du 13/09/2027 au 17/09/2027`.
    public func dateRange(_ start: CalendarDay, _ end: CalendarDay) -> String {
        label(.dateRange, ["start": date(start), "end": date(end)])
    }
}
