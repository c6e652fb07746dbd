/// A sentence a person will read, kept as a key and its values until the door that
/// shows it knows the reader's language (the form's language, the page's, the
/// terminal's).
///
/// Keys are dotted (`rule.neq.form`, `submission.neq-taken`); the part before the
/// first dot names the table that words it (``MessageTables``). Values are plain
/// text inserted at `{name}` placeholders; a renderer that writes markup escapes
/// the result, never the template.
public struct Message: Sendable, Hashable, Codable, CustomStringConvertible {
    public var key: String
    public var values: [String: String]

    public init(_ key: String, _ values: [String: String] = [:]) {
        self.key = key
        self.values = values
    }

    /// The sentence in `language` (a BCP 47 tag; its primary subtag picks the column),
    /// falling back to English, then to the key itself so a missing wording shows up
    /// in tests instead of an empty line.
    public func text(_ language: String) -> String {
        let primary = String(language.prefix { $0 != "-" && $0 != "_" }).lowercased()
        guard let template = MessageTables.template(key, primary) ?? MessageTables.template(key, "en") else { return key }
        return Self.fill(template, values)
    }

    /// English: what logs and `--format json` carry.
    public var description: String { text("en") }

    /// Replaces every `{name}` in `template` by `values[name]` (an unknown name stays as written).
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        guard template.contains("{") else { return template }
        var result = ""
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            result += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else {
                rest = rest[open...]  // an unclosed brace stays as written, once
                break
            }
            let name = String(rest[rest.index(after: open)..<close])
            if let value = values[name] { result += value } else { result += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}
