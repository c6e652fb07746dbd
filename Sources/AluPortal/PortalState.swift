import AluCatalog
import AluDirectory
import AluLocalization
import HTTPTypes
import Hummingbird

/// What every route shares: the live catalogue and the configuration.
struct PortalState: Sendable {
    let catalog: LiveCatalog
    let configuration: PortalConfiguration
    /// Different at every start, so an ETag from before a restart never matches.
    let startNonce: String
    /// Bounds the result-set downloads prepared at once.
    let exports: ExportGate
    /// Pages and API answers already rendered for the current catalogue.
    let responses: ResponseCache

    /// A validator for a read: the catalogue's version, the negotiated language and
    /// the request's path and query determine the body, so they determine the tag.
    func etag(_ snapshot: LiveCatalog.Snapshot, _ request: Request, variant: String, language: String = "") -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in request.uri.path.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        hash = (hash ^ 0x3F) &* 0x100_0000_01b3
        for byte in (request.uri.query ?? "").utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "\"\(startNonce)-\(snapshot.version)-\(variant)\(language)-\(String(hash, radix: 16))\""
    }

    /// A validator for a body `key` determines (a canonical URL) in the current catalogue.
    func etag(_ snapshot: LiveCatalog.Snapshot, key: String, variant: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return "\"\(startNonce)-\(snapshot.version)-\(variant)-\(String(hash, radix: 16))\""
    }

    /// Why a query string was refused: the answer in JSON or HTML is the caller's.
    enum QueryFailure: Error {
        case undecodable(QueryString.Failure)
        case invalid(DirectoryURL.Invalid)

        func jsonResponse(language: String) -> Response {
            switch self {
            case .undecodable(let failure):
                PortalResponses.jsonError(.badRequest, code: "bad-query", message: PortalResponses.text(for: failure, language: language))
            case .invalid(let invalid):
                PortalResponses.jsonError(
                    .badRequest, code: "invalid-parameter", message: invalid.message.text(language), parameter: invalid.parameter)
            }
        }
    }

    /// The request's query string as a directory query.
    func directoryQuery(_ request: Request, taxonomy: Taxonomy, strict: Bool = false) -> Result<DirectoryQuery, QueryFailure> {
        let items: [(name: String, value: String)]
        do {
            items = try QueryString.decode(request.uri.query)
        } catch {
            return .failure(.undecodable(error))
        }
        do {
            return .success(try DirectoryURL.parse(items, taxonomy: taxonomy, strict: strict))
        } catch {
            return .failure(.invalid(error))
        }
    }
}
