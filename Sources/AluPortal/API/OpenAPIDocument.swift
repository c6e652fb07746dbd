import AluCatalog
import Foundation

/// The API's contract, written first and served at `/api/v1/openapi.json`;
/// schemathesis checks the running server against it.
///
/// The values the server accepts for `capability`, `region` and `country` are the
/// served catalogue's own (taxonomy ids, the 17 regions, ISO 3166-1 codes), so they
/// are listed as enums when the document is served: a client (or schemathesis) then
/// knows that any other value is refused with 400.
enum OpenAPIDocument {
    static let version = "1.0.0"

    /// The document for a catalogue with `taxonomy`.
    static func json(taxonomy: Taxonomy) -> String {
        func list(_ values: [String]) -> String {
            let data = (try? JSONSerialization.data(withJSONObject: values, options: [.withoutEscapingSlashes])) ?? Data("[]".utf8)
            return String(decoding: data, as: UTF8.self)
        }
        let regions = QuebecRegion.allCases.map { String($0.number) } + QuebecRegion.allCases.map(\.rawValue)
        return template
            .replacingOccurrences(of: "\"__CAPABILITIES__\"", with: list([""] + taxonomy.nodes.map(\.id)))
            .replacingOccurrences(of: "\"__REGIONS__\"", with: list([""] + regions))
            .replacingOccurrences(of: "\"__COUNTRIES__\"", with: list([""] + ISOCountry.codes.sorted()))
    }

    private static let template = #"""
    {
      "openapi": "3.0.3",
      "info": {
        "title": "AluCat public directory API",
        "version": "1.0.0",
        "description": "Read-only access to the published suppliers of the Québec aluminium cluster's catalogue: search with the directory's filters (the same as `alucat find`), a supplier by id, and the capability taxonomy. Only what may be published is ever returned: consented contacts, citable references, certificates valid today, no internal notes. Reads carry an ETag and may be cached for 60 s. Every path answers GET and HEAD; any other method is 405 with `Allow: GET, HEAD`. Errors are JSON of the `Error` shape, worded in the language of Accept-Language."
      },
      "servers": [{"url": "/"}],
      "paths": {
        "/api/v1/suppliers": {
          "get": {
            "operationId": "searchSuppliers",
            "summary": "Search the published suppliers",
            "description": "Every filter is optional; a supplier must pass all that are given; an empty value leaves its filter off. Ranked by relevance (capability fit, then where the words matched), then name.",
            "parameters": [
              {"name": "q", "in": "query", "description": "Words that must all start a word of the names, descriptions or the claimed capabilities' labels and keywords; accents and case do not matter. No control characters.", "schema": {"type": "string", "maxLength": 200, "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"}},
              {"name": "capability", "in": "query", "description": "A taxonomy id of any level (see /api/v1/taxonomy); an area finds its capabilities.", "schema": {"type": "string", "enum": "__CAPABILITIES__"}},
              {"name": "region", "in": "query", "description": "Québec administrative region: number 1-17 or official name.", "schema": {"type": "string", "enum": "__REGIONS__"}},
              {"name": "kind", "in": "query", "schema": {"type": "string", "enum": ["", "equipment-supplier", "manufacturer", "service-provider", "research-training-centre"]}},
              {"name": "country", "in": "query", "description": "ISO 3166-1 alpha-2 code of export experience or a pursued market.", "schema": {"type": "string", "enum": "__COUNTRIES__"}},
              {"name": "certification", "in": "query", "description": "A certification scheme held with a certificate valid today (ISO 9001 also matches ISO 9001:2015).", "schema": {"type": "string", "maxLength": 100, "pattern": "^[^\\u0000-\\u001F\\u007F-\\u009F]*$"}},
              {"name": "language", "in": "query", "description": "BCP 47 tag of a language spoken by a contact who consented to be published.", "schema": {"type": "string", "maxLength": 100, "pattern": "^([A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*)?$"}},
              {"name": "role", "in": "query", "schema": {"type": "string", "enum": ["", "design", "manufacture", "install", "maintain", "supply"]}},
              {"name": "page", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100000, "default": 1}},
              {"name": "pageSize", "in": "query", "schema": {"type": "integer", "minimum": 1, "maximum": 100, "default": 20}}
            ],
            "responses": {
              "200": {"description": "One page of the matching suppliers, with the facet counts.", "headers": {"ETag": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SearchPage"}}}},
              "304": {"description": "Not modified since the ETag given in If-None-Match."},
              "400": {"description": "A parameter is not valid, or the query string cannot be read.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "500": {"description": "A failure nobody planned for: no detail but the request id to give the staff.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        },
        "/api/v1/suppliers/{id}": {
          "get": {
            "operationId": "getSupplier",
            "summary": "One published supplier, with everything publishable",
            "parameters": [{"name": "id", "in": "path", "required": true, "schema": {"type": "string", "maxLength": 100}}],
            "responses": {
              "200": {"description": "The supplier.", "headers": {"ETag": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/SupplierDetail"}}}},
              "304": {"description": "Not modified since the ETag given in If-None-Match."},
              "404": {"description": "No published supplier has this id.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}},
              "500": {"description": "A failure nobody planned for: no detail but the request id to give the staff.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        },
        "/api/v1/taxonomy": {
          "get": {
            "operationId": "getTaxonomy",
            "summary": "The capability tree: domains, areas, capabilities",
            "responses": {
              "200": {"description": "Every node with its labels.", "headers": {"ETag": {"schema": {"type": "string"}}}, "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Taxonomy"}}}},
              "304": {"description": "Not modified since the ETag given in If-None-Match."},
              "500": {"description": "A failure nobody planned for: no detail but the request id to give the staff.", "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Error"}}}}
            }
          }
        }
      },
      "components": {
        "schemas": {
          "Certificate": {"type": "object", "required": ["scheme"], "additionalProperties": false, "properties": {"scheme": {"type": "string"}, "validUntil": {"type": "string", "format": "date"}}},
          "SupplierRow": {
            "type": "object", "additionalProperties": false,
            "description": "A supplier as `alucat find --format json` prints it.",
            "required": ["id", "name", "legalName", "region", "capabilities", "matchedCapabilities", "exportExperience", "targetMarkets", "languages", "certifications", "website"],
            "properties": {
              "id": {"type": "string"}, "name": {"type": "string"}, "legalName": {"type": "string"}, "region": {"type": "string"},
              "regionNumber": {"type": "integer", "minimum": 1, "maximum": 17},
              "kind": {"type": "string", "enum": ["equipment-supplier", "manufacturer", "service-provider", "research-training-centre"]},
              "capabilities": {"type": "array", "items": {"type": "string"}},
              "matchedCapabilities": {"type": "array", "items": {"type": "string"}},
              "fit": {"type": "string", "enum": ["exact", "descendant", "parent-area"]},
              "exportExperience": {"type": "array", "items": {"type": "string"}},
              "targetMarkets": {"type": "array", "items": {"type": "string"}},
              "languages": {"type": "array", "items": {"type": "string"}},
              "certifications": {"type": "array", "items": {"$ref": "#/components/schemas/Certificate"}},
              "website": {"type": "string"}
            }
          },
          "FacetValue": {"type": "object", "required": ["value", "count"], "additionalProperties": false, "properties": {"value": {"type": "string"}, "count": {"type": "integer", "minimum": 1}}},
          "Facets": {
            "type": "object", "additionalProperties": false,
            "required": ["capability", "region", "kind", "country", "certification", "language", "role"],
            "properties": {
              "capability": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
              "region": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
              "kind": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
              "country": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
              "certification": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
              "language": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}},
              "role": {"type": "array", "items": {"$ref": "#/components/schemas/FacetValue"}}
            }
          },
          "SearchPage": {
            "type": "object", "additionalProperties": false,
            "required": ["count", "page", "pageSize", "pageCount", "suppliers", "facets"],
            "properties": {
              "count": {"type": "integer", "minimum": 0, "description": "Every matching supplier (the page holds some of them)."},
              "page": {"type": "integer", "minimum": 1}, "pageSize": {"type": "integer", "minimum": 1, "maximum": 100},
              "pageCount": {"type": "integer", "minimum": 1},
              "suppliers": {"type": "array", "items": {"$ref": "#/components/schemas/SupplierRow"}},
              "facets": {"$ref": "#/components/schemas/Facets"}
            }
          },
          "Texts": {"type": "object", "description": "Text by BCP 47 language tag.", "additionalProperties": {"type": "string"}},
          "SupplierDetail": {
            "type": "object", "additionalProperties": false,
            "required": ["supplier", "descriptions", "city", "email", "phone", "claims", "equipment", "references", "contacts", "memberships", "industries"],
            "properties": {
              "supplier": {"$ref": "#/components/schemas/SupplierRow"},
              "operatingName": {"type": "string"}, "descriptions": {"$ref": "#/components/schemas/Texts"}, "city": {"type": "string"},
              "employees": {"type": "string"}, "founded": {"type": "integer"}, "email": {"type": "string"}, "phone": {"type": "string"},
              "claims": {"type": "array", "items": {"type": "object", "required": ["capability", "roles"], "additionalProperties": false, "properties": {"capability": {"type": "string"}, "roles": {"type": "array", "items": {"type": "string"}}}}},
              "equipment": {"type": "array", "items": {"type": "object", "required": ["capability", "names"], "additionalProperties": false, "properties": {"capability": {"type": "string"}, "hsCode": {"type": "string"}, "names": {"$ref": "#/components/schemas/Texts"}}}},
              "references": {"type": "array", "items": {"type": "object", "required": ["client", "site", "country", "roles", "scope"], "additionalProperties": false, "properties": {"client": {"type": "string"}, "site": {"type": "string"}, "country": {"type": "string"}, "year": {"type": "integer"}, "roles": {"type": "array", "items": {"type": "string"}}, "scope": {"$ref": "#/components/schemas/Texts"}}}},
              "contacts": {"type": "array", "items": {"type": "object", "required": ["name", "title", "email", "languages"], "additionalProperties": false, "properties": {"name": {"type": "string"}, "title": {"type": "string"}, "email": {"type": "string"}, "phone": {"type": "string"}, "languages": {"type": "array", "items": {"type": "string"}}}}},
              "memberships": {"type": "array", "items": {"type": "string"}},
              "industries": {"type": "array", "items": {"type": "string"}},
              "lastUpdated": {"type": "string", "format": "date"}
            }
          },
          "Taxonomy": {
            "type": "object", "additionalProperties": false, "required": ["version", "nodes"],
            "properties": {
              "version": {"type": "string"},
              "nodes": {"type": "array", "items": {"type": "object", "additionalProperties": false, "required": ["id", "level", "labels", "hsCodes", "children"], "properties": {"id": {"type": "string"}, "level": {"type": "string", "enum": ["domain", "area", "capability"]}, "parent": {"type": "string"}, "labels": {"$ref": "#/components/schemas/Texts"}, "hsCodes": {"type": "array", "items": {"type": "string"}}, "children": {"type": "array", "items": {"type": "string"}}}}}
            }
          },
          "Error": {
            "type": "object", "additionalProperties": false, "required": ["error"],
            "properties": {"error": {"type": "object", "additionalProperties": false, "required": ["status", "code", "message"], "properties": {"status": {"type": "integer"}, "code": {"type": "string"}, "message": {"type": "string"}, "parameter": {"type": "string"}, "requestId": {"type": "string"}}}}
          }
        }
      }
    }
    """#
}
