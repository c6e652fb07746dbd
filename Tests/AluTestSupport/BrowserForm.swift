import Foundation

/// What a browser posts for the entry form of a page: the named inputs, selects and text
/// areas of `<form class="entry-form">`, in document order; checkboxes and radios only
/// when checked; no submit button (as when Enter is pressed… minus the default button).
public enum BrowserForm {
    public static func pairs(_ html: String) -> [(String, String)] {
        guard let start = html.range(of: "class=\"entry-form\">"),
              let end = html.range(of: "</form>", range: start.upperBound..<html.endIndex) else { return [] }
        let form = String(html[start.upperBound..<end.lowerBound])
        let tag = try! NSRegularExpression(pattern: "<(input|select|textarea)\\b([^>]*)>", options: [])
        var pairs: [(String, String)] = []
        let ns = form as NSString
        for match in tag.matches(in: form, range: NSRange(location: 0, length: ns.length)) {
            let kind = ns.substring(with: match.range(at: 1))
            let attributes = self.attributes(ns.substring(with: match.range(at: 2)))
            guard let name = attributes["name"] else { continue }
            let after = match.range.location + match.range.length
            switch kind {
            case "input":
                let type = attributes["type"] ?? "text"
                if type == "submit" || type == "file" || type == "button" { continue }
                if type == "checkbox" || type == "radio", attributes["checked"] == nil { continue }
                pairs.append((name, attributes["value"] ?? (type == "checkbox" ? "on" : "")))
            case "textarea":
                let close = ns.range(of: "</textarea>", range: NSRange(location: after, length: ns.length - after))
                var text = unescape(ns.substring(with: NSRange(location: after, length: close.location - after)))
                if text.hasPrefix("\n") { text.removeFirst() }
                // Browsers send a text area's line breaks as CR LF.
                pairs.append((name, text.replacingOccurrences(of: "\n", with: "\r\n")))
            default:
                let close = ns.range(of: "</select>", range: NSRange(location: after, length: ns.length - after))
                let body = ns.substring(with: NSRange(location: after, length: close.location - after))
                let option = try! NSRegularExpression(pattern: "<option\\b([^>]*)>", options: [])
                let options = option.matches(in: body, range: NSRange(location: 0, length: (body as NSString).length))
                    .map { self.attributes((body as NSString).substring(with: $0.range(at: 1))) }
                let chosen = options.first { $0["selected"] != nil } ?? options.first
                pairs.append((name, chosen?["value"] ?? ""))
            }
        }
        return pairs
    }

    public static func attributes(_ text: String) -> [String: String] {
        let attribute = try! NSRegularExpression(pattern: "([a-zA-Z-]+)(?:=\"([^\"]*)\")?", options: [])
        let ns = text as NSString
        var result: [String: String] = [:]
        for match in attribute.matches(in: text, range: NSRange(location: 0, length: ns.length)) {
            let name = ns.substring(with: match.range(at: 1))
            result[name] = match.range(at: 2).location == NSNotFound ? "" : unescape(ns.substring(with: match.range(at: 2)))
        }
        return result
    }

    public static func unescape(_ text: String) -> String {
        text.replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&#39;", with: "'")
            .replacingOccurrences(of: "&amp;", with: "&")
    }
}
