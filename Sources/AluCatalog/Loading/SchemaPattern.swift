/// The `xs:pattern` facets of `common.xsd` that the loader checks itself on supplier
/// entries, instead of leaving them to libxml2.
///
/// Why: libxml2 2.9 runs XML Schema patterns through a backtracking automaton
/// interpreter; on a supplier entry that was more than 40 % of validation (the
/// e-mail and web-address patterns alone, a fifth). These are simple regular
/// languages, matched here in one pass over the bytes. The verdict is the same:
/// a test compares every matcher with libxml2's own compilation of the pattern
/// text as it stands in `common.xsd`.
///
/// The published schemas keep their patterns; only the copy of `supplier.xsd` the
/// loader compiles leaves out these ones (see ``CatalogSchemas``), and only for the
/// schema they were checked against (``provenSchemaDigest``). An entry that fails
/// anything is validated again against the published schema, so what is reported
/// is always libxml2's own diagnosis.
enum SchemaPattern: Int, CaseIterable, Sendable {
    case id, taxonomyID, neq, hsCode, postalCode, e164, email, webURL, countryCode

    /// FNV-1a digest of `supplier.xsd`, a NUL byte and `common.xsd`: the schema these
    /// matchers and ``SupplierPatternCheck``'s list of places were checked against.
    /// Any other schema (an edited catalogue) is used whole, patterns included. When
    /// the shipped schema changes, a test says so: check that every place a pattern
    /// type is used is still visited, then update this value.
    static let provenSchemaDigest: UInt64 = 0xe15b_5467_f6f8_2e6f

    static func schemaDigest(supplier: [UInt8], common: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in supplier + [0] + common {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        return hash
    }

    /// The `xs:simpleType` of `common.xsd` that carries the pattern.
    var typeName: String {
        switch self {
        case .id: "Id"
        case .taxonomyID: "TaxonomyId"
        case .neq: "NEQ"
        case .hsCode: "HSCode"
        case .postalCode: "PostalCode"
        case .e164: "E164"
        case .email: "Email"
        case .webURL: "WebURL"
        case .countryCode: "CountryCode"
        }
    }

    /// The pattern exactly as written in `common.xsd`.
    var pattern: String {
        switch self {
        case .id: #"[a-z0-9]+(-[a-z0-9]+)*"#
        case .taxonomyID: #"[a-z0-9]+(-[a-z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*){0,2}"#
        case .neq: #"[0-9]{10}"#
        case .hsCode: #"[0-9]{4}\.[0-9]{2}"#
        case .postalCode: #"[A-Z][0-9][A-Z] [0-9][A-Z][0-9]"#
        case .e164: #"\+[1-9][0-9]{6,14}"#
        case .email: #"[A-Za-z0-9._%+\-]+@[A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?)+"#
        case .webURL: #"https?://[A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?(\.[A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?)+(:[0-9]{1,5})?([/?#]\S*)?"#
        case .countryCode: #"[A-Z]{2}"#
        }
    }

    /// Whether the whole of `value` (already whitespace-collapsed, as the facet
    /// sees it) matches ``pattern``.
    func matches(_ value: UnsafeBufferPointer<UInt8>) -> Bool {
        let v = value
        switch self {
        case .id:
            return Self.isIDSegment(v[...])
        case .taxonomyID:
            // One to three id segments joined by dots.
            var segments = 0, start = 0
            for index in 0...v.count where index == v.count || v[index] == UInt8(ascii: ".") {
                guard Self.isIDSegment(v[start..<index]) else { return false }
                segments += 1
                start = index + 1
            }
            return segments <= 3
        case .neq:
            return v.count == 10 && v.allSatisfy(ASCIIByte.isDigit)
        case .hsCode:
            return v.count == 7 && v[4] == UInt8(ascii: ".") && v[..<4].allSatisfy(ASCIIByte.isDigit) && v[5...].allSatisfy(ASCIIByte.isDigit)
        case .postalCode:
            return v.count == 7 && ASCIIByte.isUpper(v[0]) && ASCIIByte.isDigit(v[1]) && ASCIIByte.isUpper(v[2]) && v[3] == UInt8(ascii: " ")
                && ASCIIByte.isDigit(v[4]) && ASCIIByte.isUpper(v[5]) && ASCIIByte.isDigit(v[6])
        case .e164:
            return (8...16).contains(v.count) && v[0] == UInt8(ascii: "+") && v[1] >= UInt8(ascii: "1") && v[1] <= UInt8(ascii: "9")
                && v[2...].allSatisfy(ASCIIByte.isDigit)
        case .email:
            guard let at = v.firstIndex(of: UInt8(ascii: "@")), at > 0 else { return false }
            let localChars: (UInt8) -> Bool = { ASCIIByte.isAlnum($0) || $0 == UInt8(ascii: ".") || $0 == UInt8(ascii: "_")
                || $0 == UInt8(ascii: "%") || $0 == UInt8(ascii: "+") || $0 == UInt8(ascii: "-") }
            return v[..<at].allSatisfy(localChars) && Self.isHost(v[(at + 1)...])
        case .webURL:
            return Self.isWebURL(v)
        case .countryCode:
            return v.count == 2 && ASCIIByte.isUpper(v[0]) && ASCIIByte.isUpper(v[1])
        }
    }

    // MARK: - Pieces


    /// `[a-z0-9]+(-[a-z0-9]+)*`
    private static func isIDSegment(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = s.first, let last = s.last, first != UInt8(ascii: "-"), last != UInt8(ascii: "-") else { return false }
        var previous: UInt8 = 0
        for b in s {
            guard ASCIIByte.isDigit(b) || ASCIIByte.isLower(b) || b == UInt8(ascii: "-") else { return false }
            if b == UInt8(ascii: "-"), previous == UInt8(ascii: "-") { return false }
            previous = b
        }
        return true
    }

    /// `[A-Za-z0-9]([A-Za-z0-9\-]*[A-Za-z0-9])?`
    private static func isHostLabel(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        guard let first = s.first, let last = s.last, ASCIIByte.isAlnum(first), ASCIIByte.isAlnum(last) else { return false }
        return s.allSatisfy { ASCIIByte.isAlnum($0) || $0 == UInt8(ascii: "-") }
    }

    /// A label, then one or more `.label`.
    private static func isHost(_ s: Slice<UnsafeBufferPointer<UInt8>>) -> Bool {
        var labels = 0, start = s.startIndex
        for index in s.startIndex...s.endIndex where index == s.endIndex || s[index] == UInt8(ascii: ".") {
            guard isHostLabel(s[start..<index]) else { return false }
            labels += 1
            start = index + 1
        }
        return labels >= 2
    }

    /// `https?://host(:[0-9]{1,5})?([/?#]\S*)?`
    private static func isWebURL(_ v: UnsafeBufferPointer<UInt8>) -> Bool {
        var i: Int
        if v.starts(with: "https://".utf8) { i = 8 } else if v.starts(with: "http://".utf8) { i = 7 } else { return false }
        let hostStart = i
        while i < v.count, ASCIIByte.isAlnum(v[i]) || v[i] == UInt8(ascii: "-") || v[i] == UInt8(ascii: ".") { i += 1 }
        guard isHost(v[hostStart..<i]) else { return false }
        if i < v.count, v[i] == UInt8(ascii: ":") {
            let portStart = i + 1
            i = portStart
            while i < v.count, ASCIIByte.isDigit(v[i]) { i += 1 }
            guard (1...5).contains(i - portStart) else { return false }
        }
        guard i < v.count else { return true }
        guard v[i] == UInt8(ascii: "/") || v[i] == UInt8(ascii: "?") || v[i] == UInt8(ascii: "#") else { return false }
        // \S: anything but space, tab, line feed and carriage return.
        return v[(i + 1)...].allSatisfy { $0 != 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D }
    }
}
