import AluTestSupport
import Foundation
import Testing

/// `alucat serve` as a real process on loopback: checked against its own OpenAPI
/// document by schemathesis, and stopped by SIGTERM.
@Suite("alucat serve, as a process")
struct ServedPortalTests {
    @Test("schemathesis finds no failure and no 500 against /api/v1/openapi.json; SIGTERM stops the server with status 0")
    func conformsToItsOpenAPIDocument() throws {
        let planted = try PlantedCatalog()
        defer { planted.remove() }
        let schemathesis = ODFTools.which("schemathesis") ?? ODFTools.which("st")
        if schemathesis == nil {
            if TestPackage.isCI { Issue.record("schemathesis (pip install schemathesis) is missing with CI=true") }
            return
        }
        let server = try ServedPortal(catalog: planted.root.path)
        let base = "http://127.0.0.1:\(server.port)"
        let (status, output) = try ODFTools.run(schemathesis!, [
            "run", base + "/api/v1/openapi.json", "--url", base, "--checks", "all", "--max-examples", "40", "--seed", "20261205",
        ])
        // Over a real connection, HEAD announces the GET body's length (RFC 9110 §8.6).
        let python = try #require(ODFTools.which("python3"))
        let probe = try ODFTools.run(python, ["-c", """
            import http.client, sys
            c = http.client.HTTPConnection("127.0.0.1", \(server.port))
            c.request("GET", "/fr/"); r = c.getresponse(); body = r.read()
            c.request("HEAD", "/fr/"); h = c.getresponse(); h.read()
            print(len(body), h.getheader("Content-Length"), h.status)
            """])
        let fields = probe.output.split(separator: " ").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        #expect(fields.count == 3 && fields[0] == fields[1] && fields[2] == "200", "\(probe.output)")
        let stopped = server.terminate()
        #expect(status == 0, "\(output.suffix(4000))")
        #expect(output.contains("passed"))
        #expect(!output.contains("[500]"))
        #expect(stopped == 0, "SIGTERM should end the server cleanly")
    }
}
