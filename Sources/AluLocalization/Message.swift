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
        let primary = language == "en" || language == "fr" ? language : String(language.prefix { $0 != "-" && $0 != "_" }).lowercased()
        guard let template = MessageTables.template(key, primary) ?? MessageTables.template(key, "en") else { return key }
        return Self.fill(template, values)
    }

    /// English: what logs and `--format json` carry.
    public var description: String { text("en") }

    /// Replaces every `{name}` in `template` by `values[name]` (an unknown name stays as written).
    ///
    /// Over the template's UTF-8 bytes: the braces are ASCII, and a walk by Characters
    /// (grapheme breaking on every « » é of a French template) made each diagnostic's
    /// wording cost more than validating its entry's text. The result is the same,
    /// byte for byte, including for a `{` without its `}`.
    public static func fill(_ template: String, _ values: [String: String]) -> String {
        var template = template
        return template.withUTF8 { bytes -> String in
            let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
            guard bytes.contains(open) else { return String(decoding: bytes, as: UTF8.self) }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 64)
            var rest = 0
            while let start = bytes[rest...].firstIndex(of: open) {
                result += bytes[rest..<start]
                guard let end = bytes[start...].firstIndex(of: close) else {
                    rest = start  // an unclosed brace stays as written, once
                    break
                }
                let name = String(decoding: bytes[(start + 1)..<end], as: UTF8.self)
                if let value = values[name] { result += value.utf8 } else { result += bytes[start...end] }
                rest = end + 1
            }
            result += bytes[rest...]
            return String(decoding: result, as: UTF8.self)
        }
    }
}
