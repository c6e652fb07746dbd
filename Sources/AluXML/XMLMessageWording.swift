import AluDiagnostics
import AluLocalization
import Foundation

/// Turns libxml2's messages into sentences a supplier can act on.
///
/// libxml2 writes `Element '{urn:alucat:catalog:1.0}neq': [facet 'pattern'] The
/// value '12' is not accepted by the pattern '[0-9]{10}'.` We drop namespace
/// braces, name the element as the subject (`<neq>`), and say what is wrong as a
/// `schema.*` ``Message`` worded at the door. The rewording only ever shortens or
/// rephrases the message of the document itself: with DOCTYPEs refused, no message
/// can quote another file.
enum XMLMessageWording {
    /// One libxml2 message, reworded.
    struct Wording {
        /// `<neq>`, `<contact> attribute 'consent'`…; nil when the message names no element.
        var subject: String?
        /// The attribute the message is about (`consent`), when it names one.
        var attribute: String?
        /// What is wrong; nil for parser and schema-compilation messages, kept as written.
        var problem: Message?
        /// The English sentence, subject first.
        var message: String
        var code: String
        /// The element the message says is missing (`industries`), when it says so.
        var missing: String?
        /// True when libxml2 reported the missing element at its parent, false when at
        /// the sibling met in its place.
        var missingIsChild = false
    }

    static func reword(_ raw: String, source: ErrorCollector.Source, code: Int) -> Wording {
        var text = raw.trimmingXMLWhitespace()
        text = stripNamespaces(text)
        if text.hasSuffix(".") { text.removeLast() }
        let ruleCode: String
        switch source {
        case .parser: ruleCode = "xml.syntax"
        case .schema: ruleCode = "xml.schema-compile"
        case .validation: ruleCode = "xml.schema"
        }
        guard source == .validation else { return Wording(message: text, code: ruleCode) }

        // "Element 'neq': ..." or "Element 'contact', attribute 'consent': ..."
        var subject: String?
        var attribute: String?
        if text.hasPrefix("Element '"), let close = text.dropFirst(9).firstIndex(of: "'") {
            let name = String(text[text.index(text.startIndex, offsetBy: 9)..<close])
            subject = "<\(name)>"
            text = String(text[text.index(after: close)...])
            if text.hasPrefix(", attribute '"), let end = text.dropFirst(13).firstIndex(of: "'") {
                attribute = String(text[text.index(text.startIndex, offsetBy: 13)..<end])
                subject! += " attribute '\(attribute!)'"
                text = String(text[text.index(after: end)...])
            }
            if text.hasPrefix(":") { text.removeFirst() }
            text = text.trimmingXMLWhitespace()
        }
        var wording = Wording(subject: subject, attribute: attribute, message: "", code: ruleCode)
        let problem = rephrase(text, into: &wording)
        wording.problem = problem
        let english = problem.text("en")
        wording.message = subject.map { "\($0): \(english)" } ?? english
        return wording
    }

    private static func rephrase(_ text: String, into wording: inout Wording) -> Message {
        if text.hasPrefix("[facet 'pattern'] The value '"),
           let valueEnd = text.range(of: "' is not accepted by the pattern '") {
            let value = String(text[text.index(text.startIndex, offsetBy: 29)..<valueEnd.lowerBound])
            return value.isEmpty ? Message("schema.empty") : Message("schema.pattern", ["value": value])
        }
        if text.hasPrefix("[facet 'enumeration'] The value '"),
           let valueEnd = text.range(of: "' is not an element of the set {") {
            let value = String(text[text.index(text.startIndex, offsetBy: 33)..<valueEnd.lowerBound])
            var allowed = String(text[valueEnd.upperBound...])
            if allowed.hasSuffix("}") { allowed.removeLast() }
            return Message("schema.enumeration", ["value": value, "allowed": allowed])
        }
        // "[facet 'minLength'] The value has a length of '0'; this underruns the
        // allowed minimum length of '1'" (and the maxLength twin).
        if text.hasPrefix("[facet 'minLength']") || text.hasPrefix("[facet 'maxLength']"),
           let lengths = quotedNumbers(text.drop { $0 != "]" }), lengths.count == 2 {
            if text.hasPrefix("[facet 'minLength']") {
                return lengths[0] == 0 ? Message("schema.empty")
                    : Message("schema.too-short", ["length": String(lengths[0]), "limit": String(lengths[1])])
            }
            return Message("schema.too-long", ["length": String(lengths[0]), "limit": String(lengths[1])])
        }
        // "[facet 'minInclusive'] The value '1700' is less than the minimum value allowed ('1800')"
        for (facet, key) in [("[facet 'minInclusive']", "schema.too-small"), ("[facet 'maxInclusive']", "schema.too-large")]
        where text.hasPrefix(facet) {
            let parts = text.split(separator: "'", omittingEmptySubsequences: false)
            if parts.count >= 6 { return Message(key, ["value": String(parts[3]), "limit": String(parts[5])]) }
        }
        // "'français' is not a valid value of the atomic type 'LanguageTag'" (or list type)
        if text.hasPrefix("'"), let end = text.range(of: "' is not a valid value of the ") {
            return Message("schema.invalid-value", ["value": String(text[text.index(after: text.startIndex)..<end.lowerBound])])
        }
        for (prefix, key, isChild) in [
            ("This element is not expected. Expected is ", "schema.unexpected", false),
            ("Missing child element(s). Expected is ", "schema.missing-child", true),
        ] where text.hasPrefix(prefix) {
            let expected = String(text.dropFirst(prefix.count))
            wording.missing = firstName(expected)
            wording.missingIsChild = isChild
            return Message(key, ["expected": expected])
        }
        if text.hasPrefix("This element is not expected") { return Message("schema.unexpected-any") }
        if text.hasPrefix("The attribute '"), let end = text.dropFirst(15).firstIndex(of: "'") {
            let name = String(text[text.index(text.startIndex, offsetBy: 15)..<end])
            if text.hasSuffix("is required but missing") { return Message("schema.attribute-required", ["attribute": name]) }
            if text.hasSuffix("is not allowed") { return Message("schema.attribute-not-allowed", ["attribute": name]) }
        }
        if text.hasPrefix("No matching global declaration available for the validation root") {
            return Message("schema.wrong-root")
        }
        var rest = text
        for facet in ["[facet 'minLength']", "[facet 'maxLength']", "[facet 'minInclusive']", "[facet 'maxInclusive']"] where rest.hasPrefix(facet) {
            rest = String(rest.dropFirst(facet.count)).trimmingXMLWhitespace()
        }
        return Message("schema.other", ["text": rest])
    }

    /// The first element name in libxml2's `( a, b )` or `one of ( a, b )`.
    /// The element most likely missing in libxml2's `( a, b )` or `one of ( a, b )`: the
    /// last one listed. libxml2 lists, in content-model order, the optional elements that
    /// could still come and then the required one that blocks (`one of ( equipment,
    /// references, …, industries )` when `industries` is missing), so the last name is the
    /// one to report; a single name is that name.
    private static func firstName(_ expected: String) -> String? {
        guard let open = expected.firstIndex(of: "("), let close = expected.lastIndex(of: ")"), open < close else { return nil }
        let names = expected[expected.index(after: open)..<close]
            .split(whereSeparator: { $0 == "," || $0 == "|" })
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("##") }
        guard let last = names.last else { return nil }
        // `{namespace}name` when libxml2 names the namespace.
        return String(last.split(separator: "}").last ?? Substring(last))
    }

    /// The numbers written between single quotes in `text`, in order; nil if a
    /// quoted part is not a number.
    private static func quotedNumbers(_ text: Substring) -> [Int]? {
        let parts = text.split(separator: "'", omittingEmptySubsequences: false)
        guard parts.count >= 3 else { return nil }
        var numbers: [Int] = []
        for index in stride(from: 1, to: parts.count - 1, by: 2) {
            guard let number = Int(parts[index]) else { return nil }
            numbers.append(number)
        }
        return numbers
    }

    /// Removes `{namespace}` prefixes from qualified names.
    static func stripNamespaces(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.count)
        var depth = 0
        for character in text {
            if character == "{" && depth == 0 {
                depth = 1
                continue
            }
            if depth == 1 {
                if character == "}" { depth = 0 }
                else if character == " " || character == "'" {
                    // Not a namespace: an enumeration set. Give the brace back.
                    depth = 0
                    result += "{"
                    result.append(character)
                    continue
                }
                continue
            }
            result.append(character)
        }
        return result
    }

    /// libxml2 reports one bad value several times: each failed facet, then "is not
    /// a valid value of the atomic type". Keep one message per field (per line and
    /// subject when the field is unknown): the most precise, pattern or enumeration
    /// first, lengths next, the generic type message last.
    static func deduplicate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        func rank(_ d: Diagnostic) -> Int? {
            switch d.problem?.key {
            case "schema.pattern", "schema.empty", "schema.enumeration": 0
            case "schema.too-short", "schema.too-long", "schema.too-small", "schema.too-large": 2
            case "schema.invalid-value": 3
            default: nil
            }
        }
        var best: [String: Int] = [:]  // key -> index in result
        var result: [Diagnostic] = []
        for d in diagnostics {
            guard d.code == "xml.schema", let r = rank(d) else { result.append(d); continue }
            let key = d.field ?? "\(d.location.line ?? 0)|\(d.subject ?? "")"
            if let index = best[key] {
                if r < rank(result[index])! { result[index] = d }
            } else {
                best[key] = result.count
                result.append(d)
            }
        }
        return result
    }
}
