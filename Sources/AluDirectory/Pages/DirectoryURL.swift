public import AluCatalog
public import AluLocalization

/// The mapping between a directory URL's query string and a ``DirectoryQuery``: every
/// state of the search page is a plain GET URL, and every link the pages write comes
/// from here.
///
/// Parameters, in the order ``url(language:query:)`` writes them: `q`, `capability`
/// (a taxonomy id of any level), `region` (1–17 or the official French name; written
/// as the number), `kind`, `country` (ISO 3166-1 alpha-2), `certification`,
/// `language` (BCP 47), `role`, `page` (from 1) and `pageSize` (1–100; written only
/// when not the default).
///
/// An empty value counts as absent (an empty search box submits `q=`). Unknown
/// parameters are ignored, not refused: shared links pick up `utm_source`, `fbclid`
/// and the like on their way, and a buyer's bookmark should not break on them; they
/// are dropped from every link the pages write.
public enum DirectoryURL {
    /// Longest accepted `q`, in characters.
    public static let maximumTextLength = 200
    /// Longest accepted value of any other parameter, in characters.
    public static let maximumValueLength = 100
    /// Highest accepted page number (far past any catalogue; keeps arithmetic small).
    public static let maximumPage = 100_000

    /// The parameter names, in the order URLs are written.
    public static let parameterNames = ["q", "capability", "region", "kind", "country", "certification", "language", "role", "page", "pageSize"]

    /// A query string that cannot be a directory state; the server answers 400 and names
    /// ``parameter`` (a localized page, or JSON for the API).
    public struct Invalid: Error, Sendable, Hashable, CustomStringConvertible {
        public enum Reason: String, Sendable, Hashable {
            /// Longer than ``maximumTextLength`` or ``maximumValueLength``.
            case tooLong = "too-long"
            /// Given more than once.
            case repeated
            /// Not a value of this parameter (an unknown taxonomy id, region, kind, role,
            /// country, or a malformed language tag).
            case unknownValue = "unknown-value"
            /// Not a whole number in the accepted range.
            case badNumber = "bad-number"
        }
        /// The parameter's name as the URL wrote it.
        public var parameter: String
        public var reason: Reason
        public init(parameter: String, reason: Reason) {
            self.parameter = parameter
            self.reason = reason
        }
        /// The ``Message`` that words it (`portal.invalid.too-long`…), with the
        /// parameter and the limit when there is one.
        public var message: Message {
            var values = ["parameter": parameter]
            if reason == .tooLong { values["limit"] = String(parameter == "q" ? maximumTextLength : maximumValueLength) }
            if reason == .badNumber { values["limit"] = String(parameter == "pageSize" ? DirectoryQuery.maximumPageSize : maximumPage) }
            return Message("portal.invalid." + reason.rawValue, values)
        }
        public var description: String { message.text("en") }
    }

    /// The query a URL's decoded query items ask for.
    ///
    /// `items` are already percent-decoded (the server's job, which answers 400 itself
    /// for malformed encodings or UTF-8). Throws on the first invalid parameter, in
    /// the order of ``parameterNames``.
    ///
    /// Pages forgive what a person types into an address bar (spaces around a value,
    /// `region=03` or a region's name in any case, `country=ca`, an empty `page=`);
    /// `strict` (the JSON API) takes exactly what its OpenAPI document lists, so that a
    /// client checked against the document — schemathesis does — meets no surprise:
    /// values untrimmed, region numbers without leading zeros or names as written,
    /// upper-case country codes, page numbers required, lengths in code points.
    public static func parse(_ items: [(name: String, value: String)], taxonomy: Taxonomy, strict: Bool = false) throws(Invalid) -> DirectoryQuery {
        var values: [String: String] = [:]
        var repeated: Set<String> = []
        for item in items where parameterNames.contains(item.name) {
            if values[item.name] != nil { repeated.insert(item.name) }
            values[item.name] = item.value
        }
        var query = DirectoryQuery()
        for name in parameterNames {
            guard let raw = values[name] else { continue }
            if repeated.contains(name) { throw Invalid(parameter: name, reason: .repeated) }
            let limit = name == "q" ? maximumTextLength : maximumValueLength
            // Counted on scalars first, so a megabyte of combining marks is not grapheme-walked.
            if strict ? raw.unicodeScalars.count > limit : (raw.unicodeScalars.count > limit * 8 || raw.count > limit) {
                throw Invalid(parameter: name, reason: .tooLong)
            }
            let value = strict && name != "q" ? raw : raw.trimmingWhiteSpace
            if value.isEmpty {
                if strict && (name == "page" || name == "pageSize") { throw Invalid(parameter: name, reason: .badNumber) }
                continue
            }
            let unknown = Invalid(parameter: name, reason: .unknownValue)
            switch name {
            case "q":
                query.text = value
            case "capability":
                guard taxonomy.contains(value) else { throw unknown }
                query.capability = value
            case "region":
                if let number = strict ? number(value).flatMap({ String($0) == value ? $0 : nil }) : Int(value),
                   let region = QuebecRegion.allCases.first(where: { $0.number == number }) {
                    query.region = region
                } else if let region = QuebecRegion.allCases.first(where: { strict ? $0.rawValue == value : $0.rawValue.lowercased() == value.lowercased() }) {
                    query.region = region
                } else {
                    throw unknown
                }
            case "kind":
                guard let kind = SupplierKind(rawValue: value) else { throw unknown }
                query.kind = kind
            case "country":
                let code = value.uppercased()
                guard !strict || code == value, code.count == 2, code.allSatisfy({ $0.isASCII && $0.isLetter }), ISOCountry.codes.contains(code) else { throw unknown }
                query.country = code
            case "certification":
                query.certification = value
            case "language":
                let tag = value.lowercased()
                guard isLanguageTag(tag) else { throw unknown }
                query.language = tag
            case "role":
                guard let role = Role(rawValue: value) else { throw unknown }
                query.role = role
            case "page":
                guard let page = number(value), (1...maximumPage).contains(page) else { throw Invalid(parameter: name, reason: .badNumber) }
                query.page = page
            case "pageSize":
                guard let size = number(value), (1...DirectoryQuery.maximumPageSize).contains(size) else { throw Invalid(parameter: name, reason: .badNumber) }
                query.pageSize = size
            default:
                break
            }
        }
        return query
    }

    /// The search page for `query` in `language`: `/fr/?q=…&region=2`, parameters in
    /// ``parameterNames`` order, values percent-encoded (RFC 3986 unreserved characters
    /// kept), page 1 and the default page size left out. Equal queries give equal URLs.
    public static func url(language: PortalLanguage, query: DirectoryQuery) -> String {
        path(language: language, file: "", query: query, paging: true)
    }

    /// The API's search for `query`: `/api/v1/suppliers?…`, written as ``url(language:query:)`` writes its query.
    public static func apiSearch(_ query: DirectoryQuery) -> String {
        path(prefix: "/api/v1/suppliers", query: query, paging: true)
    }

    /// The query items `query` is written as (decoded values, ``parameterNames`` order).
    public static func items(_ query: DirectoryQuery, paging: Bool = true) -> [(name: String, value: String)] {
        var items: [(name: String, value: String)] = []
        forEachItem(query, paging: paging) { name, value in items.append((name.description, value)) }
        return items
    }

    /// Calls `body` with each query item of `query`, in ``parameterNames`` order: the
    /// one place that says how a query is written.
    private static func forEachItem(_ query: DirectoryQuery, paging: Bool, _ body: (StaticString, String) -> Void) {
        if let text = query.text, !text.isEmpty { body("q", text) }
        if let capability = query.capability { body("capability", capability) }
        if let region = query.region { body("region", String(region.number)) }
        if let kind = query.kind { body("kind", kind.rawValue) }
        if let country = query.country { body("country", country) }
        if let certification = query.certification { body("certification", certification) }
        if let language = query.language { body("language", language) }
        if let role = query.role { body("role", role.rawValue) }
        if paging, query.page != 1 { body("page", String(query.page)) }
        if paging, query.pageSize != DirectoryQuery.defaultPageSize { body("pageSize", String(query.pageSize)) }
    }

    /// `/{lang}/{file}?…` for `query`, written byte by byte into one buffer: a search
    /// page has a hundred or more such links, and building each from an array of
    /// pairs, encoded strings and a join was a sixth of the page's time.
    private static func path(language: PortalLanguage, file: String, query: DirectoryQuery, paging: Bool) -> String {
        path(prefix: "/" + language.rawValue + "/" + file, query: query, paging: paging)
    }

    private static func path(prefix: String, query: DirectoryQuery, paging: Bool) -> String {
        var bytes: [UInt8] = []
        bytes.reserveCapacity(64 + prefix.utf8.count + (query.text?.utf8.count ?? 0) * 3)
        bytes.append(contentsOf: prefix.utf8)
        var separator = UInt8(ascii: "?")
        forEachItem(query, paging: paging) { name, value in
            bytes.append(separator)
            separator = UInt8(ascii: "&")
            name.withUTF8Buffer { bytes.append(contentsOf: $0) }
            bytes.append(UInt8(ascii: "="))
            appendPercentEncoded(value, to: &bytes)
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// A supplier's page: `/fr/suppliers/acme`.
    public static func supplier(_ id: String, language: PortalLanguage) -> String {
        "/\(language.rawValue)/suppliers/" + percentEncoded(id)
    }

    /// A supplier's own download: `/fr/suppliers/acme.vcf` or `.xml`.
    public static func supplierDownload(_ id: String, format: SupplierDownload, language: PortalLanguage) -> String {
        supplier(id, language: language) + "." + format.rawValue
    }

    /// A download of the whole result set of `query` (every page: `page` and `pageSize`
    /// are left out): `/fr/export/suppliers.ods?q=…`.
    public static func export(_ format: ExportFormat, language: PortalLanguage, query: DirectoryQuery) -> String {
        path(language: language, file: "export/suppliers." + format.rawValue, query: query, paging: false)
    }

    /// The result-set downloads, in the order the page lists them.
    public enum ExportFormat: String, Sendable, Hashable, CaseIterable {
        case ods, csv, xml, vcf
    }

    /// One supplier's downloads.
    public enum SupplierDownload: String, Sendable, Hashable, CaseIterable {
        case vcf, xml
    }

    /// UTF-8 percent-encoding of everything but RFC 3986's unreserved characters
    /// (so a space is `%20`, never the ambiguous `+`).
    public static func percentEncoded(_ value: String) -> String {
        // Ids, codes and numbers need nothing: the string itself, no copy.
        if value.utf8.allSatisfy(isUnreserved) { return value }
        var bytes: [UInt8] = []
        appendPercentEncoded(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    private static func appendPercentEncoded(_ value: String, to bytes: inout [UInt8]) {
        for byte in value.utf8 {
            if isUnreserved(byte) {
                bytes.append(byte)
            } else {
                bytes.append(UInt8(ascii: "%"))
                bytes.append(hexDigits[Int(byte >> 4)])
                bytes.append(hexDigits[Int(byte & 0x0F)])
            }
        }
    }

    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    private static let hexDigits = Array("0123456789ABCDEF".utf8)

    /// ASCII digits only (`Int("+3")` would accept a sign), at most 9 of them.
    static func number(_ text: String) -> Int? {
        guard !text.isEmpty, text.utf8.count <= 9, text.utf8.allSatisfy({ $0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9") }) else { return nil }
        return Int(text)
    }

    /// `xx`, `xxx`, or either followed by `-` subtags of 1–8 letters or digits.
    static func isLanguageTag(_ tag: String) -> Bool {
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        guard let primary = parts.first, (2...3).contains(primary.count), primary.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}

extension String {
    /// Without leading and trailing white space (spaces, tabs, line breaks, no-break spaces).
    var trimmingWhiteSpace: String {
        // Most values have nothing to trim: then the string itself, without walking it
        // backwards through two reversed views (a tenth of a supplier page's time).
        guard first?.isWhitespace == true || last?.isWhitespace == true else { return self }
        return String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
