import HTTPTypes
import Testing
@testable import AluPortal

@Suite("Forwarded headers are believed only from configured proxies")
struct ClientAddressTests {
    func headers(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs { fields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
        return fields
    }

    @Test("from a client that is not a proxy, X-Forwarded-For is ignored")
    func untrustedPeer() {
        let address = ClientAddress.resolve(
            peer: "203.0.113.9", headers: headers([("X-Forwarded-For", "10.9.9.9")]), trustedProxies: ["10.0.0.2"])
        #expect(address == "203.0.113.9")
    }

    @Test("from a trusted proxy, the right-most untrusted address is the client")
    func trustedChain() {
        let address = ClientAddress.resolve(
            peer: "10.0.0.2", headers: headers([("X-Forwarded-For", "198.51.100.7, 203.0.113.9, 10.0.0.3")]),
            trustedProxies: ["10.0.0.2", "10.0.0.3"])
        #expect(address == "203.0.113.9")
    }

    @Test("RFC 7239 Forwarded with quoted IPv6 and ports")
    func forwarded() {
        let address = ClientAddress.resolve(
            peer: "10.0.0.2", headers: headers([("Forwarded", "for=\"[2001:db8::1]:4711\";proto=https, for=10.0.0.2")]),
            trustedProxies: ["10.0.0.2"], header: .forwarded)
        #expect(address == "2001:db8::1")
    }

    @Test("a trusted proxy with no forwarded header is itself the client")
    func proxyAlone() {
        #expect(ClientAddress.resolve(peer: "10.0.0.2", headers: HTTPFields(), trustedProxies: ["10.0.0.2"]) == "10.0.0.2")
    }
}

@Suite("Forwarded headers: the configured one only, canonical addresses, unknown hops")
struct ForwardedHeaderChoiceTests {
    func headers(_ pairs: [(String, String)]) -> HTTPFields {
        var fields = HTTPFields()
        for (name, value) in pairs { fields.append(HTTPField(name: HTTPField.Name(name)!, value: value)) }
        return fields
    }

    @Test("a client's own Forwarded header is not read when the proxies write X-Forwarded-For, and the other way round")
    func onlyTheConfiguredHeader() {
        let both = headers([("Forwarded", "for=192.0.2.66"), ("X-Forwarded-For", "203.0.113.9")])
        #expect(ClientAddress.resolve(peer: "10.0.0.2", headers: both, trustedProxies: ["10.0.0.2"]) == "203.0.113.9")
        #expect(ClientAddress.resolve(peer: "10.0.0.2", headers: both, trustedProxies: ["10.0.0.2"], header: .forwarded) == "192.0.2.66")
    }

    @Test("an IPv4 peer seen as IPv4-mapped IPv6 is the configured IPv4 proxy; IPv6 is compared canonically")
    func canonicalPeers() {
        let forwarded = headers([("X-Forwarded-For", "203.0.113.9")])
        #expect(ClientAddress.resolve(peer: "::ffff:10.0.0.2", headers: forwarded, trustedProxies: ["10.0.0.2"]) == "203.0.113.9")
        #expect(ClientAddress.resolve(peer: "2001:db8:0:0:0:0:0:2", headers: forwarded, trustedProxies: ["2001:DB8::2"]) == "203.0.113.9")
        #expect(ClientAddress.resolve(peer: "::ffff:198.51.100.4", headers: forwarded, trustedProxies: ["10.0.0.2"]) == "198.51.100.4")
        #expect(ClientAddress.canonical("2001:0db8::0001") == "2001:db8::1")
        #expect(ClientAddress.canonical("unknown") == nil)
        #expect(ClientAddress.canonical("10.0.0.256") == nil)
    }

    @Test("an unknown or obfuscated hop makes the client unknown: the walk does not go on to what the client wrote")
    func unknownHops() {
        let forwarded = headers([("Forwarded", "for=192.0.2.66, for=unknown, for=10.0.0.3")])
        #expect(ClientAddress.resolve(peer: "10.0.0.2", headers: forwarded, trustedProxies: ["10.0.0.2", "10.0.0.3"], header: .forwarded) == "unknown")
        let obfuscated = headers([("X-Forwarded-For", "192.0.2.66, _hidden")])
        #expect(ClientAddress.resolve(peer: "10.0.0.2", headers: obfuscated, trustedProxies: ["10.0.0.2"]) == "unknown")
        let injected = headers([("X-Forwarded-For", "192.0.2.66, evil\u{1B}[31m")])
        #expect(ClientAddress.resolve(peer: "10.0.0.2", headers: injected, trustedProxies: ["10.0.0.2"]) == "unknown")
    }
}
