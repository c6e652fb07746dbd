#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import HTTPTypes
import Hummingbird

/// Which header the proxies in front of the portal write the client's address in.
/// Only that one is read: a proxy that appends to `X-Forwarded-For` passes a
/// client's own `Forwarded` header through untouched, so reading both would let any
/// client choose its address.
public enum ForwardedHeader: String, Sendable, CaseIterable {
    case xForwardedFor = "x-forwarded-for"
    case forwarded
}

/// Who a request came from, for the logs (and, later, throttling).
///
/// The configured forwarded header is believed only when the peer itself is one of
/// the configured proxies: from anyone else it is whatever the client chose to write.
/// Through a chain of proxies, the client is the right-most address that is not
/// itself a trusted proxy. Addresses are compared in canonical form (an IPv4 peer
/// seen as `::ffff:10.0.0.2` is `10.0.0.2`); an element that is not an address
/// (`unknown`, an obfuscated `_hidden`, garbage) makes the client `unknown` rather
/// than letting the walk go on to an address further left, which the client wrote.
enum ClientAddress {
    static func resolve(
        peer: String?, headers: HTTPFields, trustedProxies: Set<String>, header: ForwardedHeader = .xForwardedFor
    ) -> String {
        guard let peer else { return "-" }
        let peerAddress = canonical(peer) ?? peer
        let trusted = Set(trustedProxies.map { canonical($0) ?? $0 })
        guard trusted.contains(peerAddress) else { return peerAddress }
        let chain: [String]
        switch header {
        case .forwarded:
            chain = headers[values: HTTPField.Name("Forwarded")!].joined(separator: ",").split(separator: ",").map { element in
                for pair in element.split(separator: ";") {
                    let parts = pair.split(separator: "=", maxSplits: 1)
                    if parts.count == 2, parts[0].trimmingSpaces.lowercased() == "for" { return unquote(parts[1].trimmingSpaces) }
                }
                return ""
            }
        case .xForwardedFor:
            chain = headers[values: HTTPField.Name("X-Forwarded-For")!].joined(separator: ",").split(separator: ",").map {
                unquote($0.trimmingSpaces)
            }
        }
        for element in chain.reversed() {
            guard let address = canonical(element) else { return "unknown" }
            if !trusted.contains(address) { return address }
        }
        // Every hop is a trusted proxy (or there is no header): the last is the client.
        return chain.first.flatMap(canonical) ?? peerAddress
    }

    /// The canonical text of an IPv4 or IPv6 address (RFC 5952 for IPv6; an
    /// IPv4-mapped IPv6 address as its IPv4 form); nil when `text` is not one.
    static func canonical(_ text: String) -> String? {
        var v4 = in_addr()
        if inet_pton(AF_INET, text, &v4) == 1 { return withUnsafePointer(to: &v4) { ntop(AF_INET, $0, Int(INET_ADDRSTRLEN)) } }
        var v6 = in6_addr()
        guard inet_pton(AF_INET6, text, &v6) == 1 else { return nil }
        let bytes = withUnsafeBytes(of: v6) { Array($0) }
        if bytes[0..<10].allSatisfy({ $0 == 0 }), bytes[10] == 0xFF, bytes[11] == 0xFF {
            return bytes[12...].map(String.init).joined(separator: ".")
        }
        return withUnsafePointer(to: &v6) { ntop(AF_INET6, $0, Int(INET6_ADDRSTRLEN)) }
    }

    private static func ntop(_ family: Int32, _ address: UnsafeRawPointer, _ length: Int) -> String? {
        var buffer = [CChar](repeating: 0, count: length)
        guard inet_ntop(family, address, &buffer, socklen_t(length)) != nil else { return nil }
        return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// `"[2001:db8::1]:4711"` → `2001:db8::1`; `192.0.2.1:80` → `192.0.2.1`; others stay.
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

extension StringProtocol {
    fileprivate var trimmingSpaces: String {
        String(drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
