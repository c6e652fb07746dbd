import AluCatalog
import AluDirectory

/// The JSON the API answers with. A supplier in a search result has exactly the
/// fields of `alucat find --format json` (``FindOutput/json(_:)``), built from the
/// public copy; a supplier read by id has those and everything else publishable.
enum APIModels {
    struct Certificate: Codable, Equatable {
        var scheme: String
        var validUntil: String?
    }

    /// One supplier as `alucat find --format json` prints it.
    struct SupplierRow: Codable, Equatable {
        var id, name, legalName, region: String
        var regionNumber: Int?
        var kind: String?
        var capabilities, matchedCapabilities: [String]
        var fit: String?
        var exportExperience, targetMarkets, languages: [String]
        var certifications: [Certificate]
        var website: String

        init(_ hit: DirectoryHit) {
            self.init(hit.supplier, fit: hit.capabilityFit, matched: hit.matchedCapabilities)
        }

        init(_ s: Supplier, fit: CapabilityFit?, matched: [String]) {
            id = s.id
            name = s.displayName
            legalName = s.legalName
            region = s.address.regionName
            regionNumber = s.address.region?.number
            kind = s.kind?.rawValue
            capabilities = s.capabilities.map(\.taxonomyID)
            matchedCapabilities = matched
            self.fit = fit?.name
            exportExperience = s.exportExperience
            targetMarkets = s.targetMarkets
            languages = s.publishedLanguages
            certifications = s.certifications.map { Certificate(scheme: $0.scheme, validUntil: $0.validUntil?.description) }
            website = s.website
        }
    }

    /// `GET /api/v1/suppliers`: `alucat find`'s document (`count`, `suppliers`) with
    /// the page: `count` is every match, `suppliers` the requested page of them.
    struct SearchPage: Codable {
        var count: Int
        var page: Int
        var pageSize: Int
        var pageCount: Int
        var suppliers: [SupplierRow]
        var facets: Facets
    }

    struct FacetValue: Codable, Equatable {
        var value: String
        var count: Int
    }

    struct Facets: Codable {
        var capability: [FacetValue]
        var region: [FacetValue]
        var kind: [FacetValue]
        var country: [FacetValue]
        var certification: [FacetValue]
        var language: [FacetValue]
        var role: [FacetValue]

        init(_ facets: DirectoryFacets) {
            capability = facets.capabilities.sorted { $0.key < $1.key }.map { FacetValue(value: $0.key, count: $0.value) }
            region = facets.regions.map { FacetValue(value: String($0.value.number), count: $0.count) }
            kind = facets.kinds.map { FacetValue(value: $0.value.rawValue, count: $0.count) }
            country = facets.countries.map { FacetValue(value: $0.value, count: $0.count) }
            certification = facets.certifications.map { FacetValue(value: $0.value, count: $0.count) }
            language = facets.languages.map { FacetValue(value: $0.value, count: $0.count) }
            role = facets.roles.map { FacetValue(value: $0.value.rawValue, count: $0.count) }
        }
    }

    struct Contact: Codable {
        var name, title: String
        var email: String
        var phone: String?
        var languages: [String]
    }

    struct Reference: Codable {
        var client, site, country: String
        var year: Int?
        var roles: [String]
        var scope: [String: String]
    }

    struct Equipment: Codable {
        var capability: String
        var hsCode: String?
        var names: [String: String]
    }

    struct Claim: Codable {
        var capability: String
        var roles: [String]
    }

    /// `GET /api/v1/suppliers/{id}`: every publishable field.
    struct SupplierDetail: Codable {
        var supplier: SupplierRow
        var operatingName: String?
        var descriptions: [String: String]
        var city: String
        var employees: String?
        var founded: Int?
        var email, phone: String
        var claims: [Claim]
        var equipment: [Equipment]
        var references: [Reference]
        var contacts: [Contact]
        var memberships, industries: [String]
        var lastUpdated: String?

        init(_ s: Supplier) {
            supplier = SupplierRow(s, fit: nil, matched: [])
            operatingName = s.operatingName
            descriptions = Self.dictionary(s.descriptions)
            city = s.address.city
            employees = s.employees?.rawValue
            founded = s.founded
            email = s.email
            phone = s.phone
            claims = s.capabilities.map { Claim(capability: $0.taxonomyID, roles: $0.roles.map(\.rawValue)) }
            equipment = s.equipment.map { Equipment(capability: $0.capability, hsCode: $0.hsCode, names: Self.dictionary($0.names)) }
            references = s.references.map {
                Reference(client: $0.client, site: $0.site, country: $0.country, year: $0.year, roles: $0.roles.map(\.rawValue), scope: Self.dictionary($0.scope))
            }
            contacts = s.contacts.map {
                Contact(name: $0.name, title: $0.title, email: $0.email, phone: $0.phone, languages: $0.languages)
            }
            memberships = s.memberships
            industries = s.industries
            lastUpdated = s.lastUpdated?.description
        }

        static func dictionary(_ text: LocalizedText) -> [String: String] {
            var result: [String: String] = [:]
            for entry in text.entries { result[entry.language] = entry.text }
            return result
        }
    }

    struct TaxonomyNode: Codable {
        var id: String
        var level: String
        var parent: String?
        var labels: [String: String]
        var hsCodes: [String]
        var children: [String]
    }

    struct TaxonomyDocument: Codable {
        var version: String
        var nodes: [TaxonomyNode]

        init(_ taxonomy: Taxonomy) {
            version = taxonomy.version
            nodes = taxonomy.nodes.map {
                TaxonomyNode(
                    id: $0.id, level: "\($0.level)", parent: $0.parentID, labels: SupplierDetail.dictionary($0.labels),
                    hsCodes: $0.hsCodes, children: $0.childIDs)
            }
        }
    }

    /// Every error the API answers with: `{"error": {"status", "code", "message", "parameter"?}}`.
    struct ErrorDocument: Codable {
        struct Body: Codable {
            var status: Int
            var code: String
            var message: String
            var parameter: String?
            var requestId: String?
        }
        var error: Body
    }
}
