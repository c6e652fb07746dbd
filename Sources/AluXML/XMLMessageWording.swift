import AluDiagnostics
import Foundation

/// Turns libxml2's messages into sentences a supplier can act on.
///
/// libxml2 writes `Element '{urn:alucat:catalog:1.0}neq': [facet 'pattern'] The
/// value '12' is not accepted by the pattern '[0-9]{10}'.` We drop namespace
/// braces, name elements as `<neq>`, and say what is wrong in plain words. The
/// rewording only ever shortens or rephrases the message of the document itself:
/// with DOCTYPEs refused, no message can quote another file.
enum XMLMessageWording {
    static func reword(_ raw: String, source: ErrorCollector.Source, code: Int) -> (String, String) {
        var text = raw.trimmingXMLWhitespace()
        text = stripNamespaces(text)
        if text.hasSuffix(".") { text.removeLast() }
        let ruleCode: String
        switch source {
        case .parser: ruleCode = "xml.syntax"
        case .schema: ruleCode = "xml.schema-compile"
        case .validation: ruleCode = "xml.schema"
        }
        guard source == .validation else { return (text, ruleCode) }

        // "Element 'neq': ..." or "Element 'contact', attribute 'consent': ..."
        var subject = ""
        if text.hasPrefix("Element '"), let close = text.dropFirst(9).firstIndex(of: "'") {
            let name = String(text[text.index(text.startIndex, offsetBy: 9)..<close])
            subject = "<\(name)>"
            text = String(text[text.index(after: close)...])
            if text.hasPrefix(", attribute '"), let end = text.dropFirst(13).firstIndex(of: "'") {
                let attribute = String(text[text.index(text.startIndex, offsetBy: 13)..<end])
                subject += " attribute '\(attribute)'"
                text = String(text[text.index(after: end)...])
            }
            if text.hasPrefix(":") { text.removeFirst() }
            text = text.trimmingXMLWhitespace()
        }
        text = rephrase(text)
        return (subject.isEmpty ? text : "\(subject): \(text)", ruleCode)
    }

    private static func rephrase(_ text: String) -> String {
        var text = text
        if text.hasPrefix("[facet 'pattern'] The value '"),
           let valueEnd = text.range(of: "' is not accepted by the pattern '") {
            let value = text[text.index(text.startIndex, offsetBy: 29)..<valueEnd.lowerBound]
            return value.isEmpty ? "must not be empty" : "'\(value)' does not have the required form"
        }
        if text.hasPrefix("[facet 'enumeration'] The value '"),
           let valueEnd = text.range(of: "' is not an element of the set {") {
            let value = text[text.index(text.startIndex, offsetBy: 33)..<valueEnd.lowerBound]
            var allowed = String(text[valueEnd.upperBound...])
            if allowed.hasSuffix("}") { allowed.removeLast() }
            return "'\(value)' is not one of the allowed values: \(allowed)"
        }
        // "[facet 'minLength'] The value has a length of '0'; this underruns the
        // allowed minimum length of '1'" (and the maxLength twin).
        if text.hasPrefix("[facet 'minLength']") || text.hasPrefix("[facet 'maxLength']"),
           let lengths = quotedNumbers(text.drop { $0 != "]" }), lengths.count == 2 {
            if text.hasPrefix("[facet 'minLength']") {
                return lengths[0] == 0 ? "must not be empty" : "is too short: length \(lengths[0]), at least \(lengths[1]) required"
            }
            return "is too long: length \(lengths[0]), at most \(lengths[1]) allowed"
        }
        if text.hasPrefix("[facet 'minLength']") || text.hasPrefix("[facet 'maxLength']")
            || text.hasPrefix("[facet 'minInclusive']") || text.hasPrefix("[facet 'maxInclusive']") {
            text = String(text.drop { $0 != "]" }.dropFirst()).trimmingXMLWhitespace()
        }
        text = text.replacingOccurrences(of: "This element is not expected. Expected is one of ", with: "this element is not expected here; expected one of ")
        text = text.replacingOccurrences(of: "This element is not expected. Expected is ", with: "this element is not expected here; expected ")
        text = text.replacingOccurrences(of: "This element is not expected", with: "this element is not expected here")
        text = text.replacingOccurrences(of: "Missing child element(s). Expected is one of ", with: "missing element; expected one of ")
        text = text.replacingOccurrences(of: "Missing child element(s). Expected is ", with: "missing element; expected ")
        text = text.replacingOccurrences(of: "The attribute '", with: "attribute '")
        text = text.replacingOccurrences(of: "' is required but missing", with: "' is required but missing")
        text = text.replacingOccurrences(of: "No matching global declaration available for the validation root", with: "this is not the expected kind of document (wrong root element or namespace)")
        return text
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
                if depth == 1 { continue }
                continue
            }
            result.append(character)
        }
        return result
    }

    /// libxml2 reports one bad value several times: each failed facet, then "is not
    /// a valid value of the atomic type". Keep one message per element and line:
    /// the most precise (pattern or enumeration first, generic type messages last).
    static func deduplicate(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
        func rank(_ d: Diagnostic) -> Int {
            if d.message.contains("is not a valid value of the") { return 3 }
            if d.message.contains("underruns the allowed minimum") || d.message.contains("exceeds the allowed maximum")
                || d.message.contains(": is too short: length") || d.message.contains(": is too long: length") { return 2 }
            return d.message.contains("does not have the required form") || d.message.contains("must not be empty")
                || d.message.contains("is not one of the allowed values") ? 0 : 1
        }
        func isValueMessage(_ d: Diagnostic) -> Bool { rank(d) != 1 }
        var best: [String: Int] = [:]  // key -> index in result
        var result: [Diagnostic] = []
        for d in diagnostics {
            guard d.code == "xml.schema", isValueMessage(d) else { result.append(d); continue }
            let key = "\(d.location.line ?? 0)|" + d.message.prefix { $0 != ":" }
            if let index = best[key] {
                if rank(d) < rank(result[index]) { result[index] = d }
            } else {
                best[key] = result.count
                result.append(d)
            }
        }
        return result
    }
}
