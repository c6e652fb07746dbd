import Foundation

/// What `alucat find` prints, in its three formats.
public enum FindOutput {
    /// Aligned columns: id, name, region, capabilities (the matched ones when the
    /// query has a capability filter, else the count and the first two), countries
    /// (export experience, then other pursued markets marked `+`).
    public static func table(_ hits: [SupplierQuery.Hit]) -> String {
        var table = TextTable(header: ["ID", "NAME", "REGION", "CAPABILITIES", "COUNTRIES"])
        for hit in hits {
            let s = hit.supplier
            let claims = s.capabilities.map(\.taxonomyID)
            let capabilities: String
            if let fit = hit.capabilityFit {
                capabilities = hit.matchedCapabilities.joined(separator: " ") + " (\(fit.name))"
            } else {
                capabilities = "\(claims.count): " + claims.prefix(2).joined(separator: " ") + (claims.count > 2 ? " …" : "")
            }
            let pursued = s.targetMarkets.filter { !s.exportExperience.contains($0) }
            let countries = (s.exportExperience + pursued.map { "+" + $0 }).joined(separator: " ")
            table.rows.append([s.id, s.displayName, region(s), capabilities, countries])
        }
        return table.render() + "\(hits.count) supplier\(hits.count == 1 ? "" : "s")\n"
    }

    /// RFC 4180 with formula-injection defence (see ``CSV``); one row per supplier.
    public static func csv(_ hits: [SupplierQuery.Hit]) -> String {
        let header = ["id", "name", "legal_name", "region", "region_number", "kind", "capabilities", "matched_capabilities",
                      "fit", "export_experience", "target_markets", "languages", "website"]
        let rows = hits.map { hit -> [String] in
            let s = hit.supplier
            return [s.id, s.displayName, s.legalName, s.address.regionName, s.address.region.map { String($0.number) } ?? "",
                    s.kind?.rawValue ?? "", s.capabilities.map(\.taxonomyID).joined(separator: " "),
                    hit.matchedCapabilities.joined(separator: " "), hit.capabilityFit?.name ?? "",
                    s.exportExperience.joined(separator: " "), s.targetMarkets.joined(separator: " "),
                    s.publishedLanguages.joined(separator: " "), s.website]
        }
        return CSV.render(header: header, rows: rows)
    }

    /// The JSON document described in `alucat find --help`: keys sorted, two-space
    /// indentation, one object per supplier in ranking order.
    public static func json(_ hits: [SupplierQuery.Hit]) -> String {
        struct Certificate: Encodable { var scheme: String; var validUntil: String? }
        struct Row: Encodable {
            var id, name, legalName, region: String
            var regionNumber: Int?
            var kind: String?
            var capabilities, matchedCapabilities: [String]
            var fit: String?
            var exportExperience, targetMarkets, languages: [String]
            var certifications: [Certificate]
            var website: String
        }
        struct Document: Encodable { var count: Int; var suppliers: [Row] }
        let rows = hits.map { hit in
            let s = hit.supplier
            return Row(
                id: s.id, name: s.displayName, legalName: s.legalName, region: s.address.regionName,
                regionNumber: s.address.region?.number, kind: s.kind?.rawValue,
                capabilities: s.capabilities.map(\.taxonomyID), matchedCapabilities: hit.matchedCapabilities,
                fit: hit.capabilityFit?.name, exportExperience: s.exportExperience, targetMarkets: s.targetMarkets,
                languages: s.publishedLanguages,
                certifications: s.certifications.map { Certificate(scheme: $0.scheme, validUntil: $0.validUntil?.description) },
                website: s.website)
        }
        return JSONText.encode(Document(count: rows.count, suppliers: rows))
    }

    static func region(_ supplier: Supplier) -> String {
        guard let region = supplier.address.region else { return supplier.address.regionName }
        return (region.number < 10 ? "0" : "") + "\(region.number) \(region.rawValue)"
    }
}

/// Stable JSON: sorted keys, pretty-printed, slashes unescaped, a final newline.
enum JSONText {
    static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value) else { return "{}\n" }
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
