import Foundation
import Hummingbird

/// The interface languages and the one a request prefers.
enum PortalNegotiation {
    static let languages = ["fr", "en", "es", "ar", "pt"]

    /// The first of our languages in the request's `Accept-Language`, by q-value
    /// (RFC 9110 §12.5.4; `pt-BR` answers `pt`); English when none matches, since
    /// the directory's visitors are mostly foreign buyers.
    static func language(_ request: Request) -> String {
        language(acceptLanguage: request.headers[.acceptLanguage])
    }

    static func language(acceptLanguage header: String?) -> String {
        guard let header else { return "en" }
        var best: (language: String, q: Double, order: Int)?
        for (order, item) in header.split(separator: ",").prefix(32).enumerated() {
            let parts = item.split(separator: ";")
            guard let tag = parts.first?.trimmingCharacters(in: .whitespaces).lowercased() else { continue }
            var q = 1.0
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1)
                if pair.count == 2, pair[0].trimmingCharacters(in: .whitespaces) == "q" {
                    q = Double(pair[1].trimmingCharacters(in: .whitespaces)) ?? 0
                }
            }
            let primary = String(tag.prefix { $0 != "-" && $0 != "_" })
            guard q > 0, languages.contains(primary) else { continue }
            if best == nil || q > best!.q { best = (primary, q, order) }
        }
        return best?.language ?? "en"
    }
}
