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

    /// `alucat serve 2>&1 | head -1`: the reader of the log goes away; every later log line
    /// meets a pipe without a reader. The server must keep serving (SIGPIPE would end it).
    @Test("the server outlives the reader of its log: with its output piped and the pipe closed, it still answers")
    func outlivesAClosedLogPipe() throws {
        let planted = try PlantedCatalog()
        defer { planted.remove() }
        let binary = try #require(TestPackage.alucat, "the alucat executable is not built")
        let data = FileManager.default.temporaryDirectory.appendingPathComponent("alucat-pipe-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: data) }
        let python = try #require(ODFTools.which("python3"))
        let run = try ODFTools.run(python, ["-c", """
            import re, subprocess, sys, time, urllib.request
            binary, catalog, data = sys.argv[1:4]
            server = subprocess.Popen([binary, "serve", "--port", "0", "--refresh", "0", "--catalog", catalog, "--data", data],
                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
            port = None
            deadline = time.time() + 120
            while port is None and time.time() < deadline:
                line = server.stdout.readline().decode("utf-8", "replace")
                if not line:
                    break
                found = re.search(r"ready at http://127.0.0.1:(\\d+)/", line)
                port = found and int(found.group(1))
            if port is None:
                print("not ready"); server.kill(); sys.exit(1)
            server.stdout.close()  # what `| head -1` does once it has its line
            statuses = []
            for _ in range(30):
                try:
                    statuses.append(urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=5).status)
                except Exception as error:
                    statuses.append(type(error).__name__)
            alive = server.poll() is None
            server.terminate()
            try:
                code = server.wait(timeout=20)
            except subprocess.TimeoutExpired:
                server.kill(); code = "killed"
            print(statuses.count(200), alive, code)
            """, binary, planted.root.path, data])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.trimmingCharacters(in: .whitespacesAndNewlines) == "30 True 0", "answered, alive, exit status: \(run.output)")
    }
}
