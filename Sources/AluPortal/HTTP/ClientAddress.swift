import HTTPTypes
import Hummingbird

/// Who a request came from, for the logs (and, later, throttling).
///
/// `Forwarded` and `X-Forwarded-For` are believed only when the peer itself is one of
/// the configured proxies: from anyone else they are whatever the client chose to
/// write. Through a chain of proxies, the client is the right-most address that is
/// not itself a trusted proxy.
enum ClientAddress {
    static func resolve(peer: String?, headers: HTTPFields, trustedProxies: Set<String>) -> String {
        guard let peer else { return "-" }
        guard trustedProxies.contains(peer) else { return peer }
        var chain: [String] = []
        if let forwarded = headers[values: HTTPField.Name("Forwarded")!].nonEmpty {
            for element in forwarded.joined(separator: ",").split(separator: ",") {
                for pair in element.split(separator: ";") {
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    guard parts.count == 2, parts[0].trimmingSpaces.lowercased() == "for" else { continue }
                    chain.append(unquote(parts[1].trimmingSpaces))
                }
            }
        } else if let forwardedFor = headers[values: HTTPField.Name("X-Forwarded-For")!].nonEmpty {
            chain = forwardedFor.joined(separator: ",").split(separator: ",").map { $0.trimmingSpaces }
        }
        for address in chain.reversed() where !trustedProxies.contains(address) {
            return address.isEmpty ? peer : address
        }
        return chain.first ?? peer
    }

    /// `"[2001:db8::1]:4711"` → `2001:db8::1`; `"192.0.2.1"` stays.
    private static func unquote(_ value: String) -> String {
        var value = value
        if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
        if value.hasPrefix("["), let end = value.firstIndex(of: "]") {
            return String(value[value.index(after: value.startIndex)..<end])
        }
        if value.filter({ $0 == ":" }).count == 1, let colon = value.firstIndex(of: ":") {
            return String(value[..<colon])
        }
        return value
    }
}

extension Array {
    fileprivate var nonEmpty: Self? { isEmpty ? nil : self }
}

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
