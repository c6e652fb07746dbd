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
            trustedProxies: ["10.0.0.2"])
        #expect(address == "2001:db8::1")
    }

    @Test("a trusted proxy with no forwarded header is itself the client")
    func proxyAlone() {
        #expect(ClientAddress.resolve(peer: "10.0.0.2", headers: HTTPFields(), trustedProxies: ["10.0.0.2"]) == "10.0.0.2")
    }
}
