import AluLocalization

/// A value of the controlled vocabulary (kind, role, responsibility, band, priority),
/// worded in every packet language by `AluLocalization`'s `VocabularyNames` under
/// `family.rawValue`: the one table the form, the exports and the portal read.
public protocol VocabularyTerm: RawRepresentable<String>, CaseIterable {
    /// The key family in the vocabulary table (`kind`, `role`…).
    static var vocabularyFamily: String { get }
}

extension VocabularyTerm {
    /// The value's wording in `language` (a packet language; English for another).
    public func name(_ language: String) -> String {
        VocabularyNames.name(family: Self.vocabularyFamily, rawValue, language)
    }

    /// Reads a value back from its stored code, its wording in any packet language,
    /// or a wording older forms used, whatever the case; nil when none matches.
    public init?(reading text: String) {
        guard let code = VocabularyNames.match(text, family: Self.vocabularyFamily) else { return nil }
        self.init(rawValue: code)
    }
}

extension SupplierKind: VocabularyTerm { public static var vocabularyFamily: String { "kind" } }
extension Role: VocabularyTerm { public static var vocabularyFamily: String { "role" } }
extension Responsibility: VocabularyTerm { public static var vocabularyFamily: String { "responsibility" } }
extension EmployeeBand: VocabularyTerm { public static var vocabularyFamily: String { "employees" } }
extension Priority: VocabularyTerm { public static var vocabularyFamily: String { "priority" } }
extension WorldRegion: VocabularyTerm { public static var vocabularyFamily: String { "worldregion" } }
