/// A language of the public directory's interface: the first segment of every page's
/// path (`/fr/`, `/ar/suppliers/…`).
public enum PortalLanguage: String, Sendable, Hashable, CaseIterable {
    case fr, en, es, ar, pt

    /// The BCP 47 tag of the page (`lang` attribute, `hreflang`).
    public var tag: String { rawValue }

    /// Writing direction of the page: Arabic is written right to left.
    public var dir: String { self == .ar ? "rtl" : "ltr" }

    /// The language a browser gets when it states no preference we can serve.
    ///
    /// English, not French: the directory is made for foreign buyers (smelter owners and
    /// processors abroad), and one whose browser asks for German or Chinese is far more
    /// likely to read English than French. Québec browsers send `fr-CA`/`fr` and so
    /// still get French.
    public static let fallback: PortalLanguage = .en

    /// The language for an `Accept-Language` header (RFC 9110 §12.5.4).
    ///
    /// Each range's primary subtag is compared with ours (`fr-CA` → `fr`, `pt-BR` →
    /// `pt`); the highest `q` wins, ties go to the range listed first; `q=0` refuses a
    /// language, also when `*` would otherwise admit it; `*` stands for the
    /// ``fallback``, then any language not refused. Malformed ranges and weights are
    /// skipped. A missing or empty header, or one naming none of ours, gives ``fallback``.
    public static func negotiate(acceptLanguage header: String?) -> PortalLanguage {
        guard let header else { return fallback }
        var best: (language: PortalLanguage, q: Int)?
        var refused: Set<PortalLanguage> = []
        var wildcard: Int?
        for item in header.split(separator: ",") {
            let parts = item.split(separator: ";").map { $0.trimmingSpaces }
            guard let range = parts.first?.lowercased(), !range.isEmpty, let q = weight(parts.dropFirst()) else { continue }
            if range == "*" {
                if wildcard == nil { wildcard = q }
                continue
            }
            guard range.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }) else { continue }
            let primary = String(range.prefix { $0 != "-" })
            guard let language = PortalLanguage(rawValue: primary) else { continue }
            if q == 0 {
                refused.insert(language)
                continue
            }
            if best == nil || q > best!.q { best = (language, q) }
        }
        if let best, !refused.contains(best.language), best.q >= (wildcard ?? 0) { return best.language }
        if let wildcard, wildcard > 0 {
            if !refused.contains(fallback) { return fallback }
            if let other = allCases.first(where: { !refused.contains($0) }) { return other }
        }
        if let best, !refused.contains(best.language) { return best.language }
        return fallback
    }

    /// The weight of a range in thousandths (`q=0.8` → 800); 1000 without `q`; nil when
    /// malformed (RFC 9110 §12.4.2: `0[.ddd]` or `1[.000]`).
    static func weight(_ parameters: ArraySlice<String>) -> Int? {
        for parameter in parameters {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingSpaces }
            guard pair.count == 2, pair[0].lowercased() == "q" else { continue }
            let value = pair[1]
            guard let first = value.first, first == "0" || first == "1" else { return nil }
            let rest = value.dropFirst()
            if rest.isEmpty { return first == "1" ? 1000 : 0 }
            guard rest.first == ".", rest.count <= 4 else { return nil }
            let digits = rest.dropFirst()
            guard digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
            let padded = String(digits) + String(repeating: "0", count: 3 - digits.count)
            let thousandths = Int(padded) ?? 0
            if first == "1" { return thousandths == 0 ? 1000 : nil }
            return thousandths
        }
        return 1000
    }
}

extension StringProtocol {
    /// Without leading and trailing spaces and tabs (HTTP's optional white space).
    var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
