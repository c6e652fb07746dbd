internal import CLibXML2
import Foundation
import Synchronization

/// Process-wide libxml2 set-up, done once before any concurrent use.
///
/// `xmlSchemaInitTypes` is guarded only by a plain static flag: two first schema
/// compilations racing in it crash. A global `let` runs its initialiser exactly
/// once (Swift guarantees it with `swift_once`), so every entry point touches
/// `LibXML2Runtime.ready` first.
enum LibXML2Runtime {
    static let ready: Void = {
        xmlInitParser()
        xmlSchemaInitTypes()
        defaultLoader = xmlGetExternalEntityLoader()
        xmlSetExternalEntityLoader(allowListLoader)
    }()

    /// The loader libxml2 came with; called only for allow-listed schema files.
    nonisolated(unsafe) fileprivate static var defaultLoader: xmlExternalEntityLoader?

    /// Directories whose files schema compilation may read (`xs:include`/`xs:import`).
    fileprivate static let allowedDirectories = Mutex<Set<String>>([])

    /// Lets schema compilation read files under `directory` (an absolute path).
    static func allowSchemaDirectory(_ directory: String) {
        _ = ready
        let canonical = URL(fileURLWithPath: directory).standardizedFileURL.resolvingSymlinksInPath().path
        allowedDirectories.withLock { _ = $0.insert(canonical) }
    }

    /// True when `url` names a file inside an allow-listed directory.
    fileprivate static func isAllowed(_ url: String) -> Bool {
        var path = url
        if path.hasPrefix("file://") { path.removeFirst("file://".count) }
        guard path.hasPrefix("/"), !path.contains("://") else { return false }
        let canonical = URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
        let directory = (canonical as NSString).deletingLastPathComponent
        return allowedDirectories.withLock { $0.contains(directory) }
    }
}

/// The process-wide external entity loader: refuses everything but our own schema
/// files. Documents never reach it (their DOCTYPE is rejected first); it is
/// defence in depth against a future code path that forgets that.
private let allowListLoader: xmlExternalEntityLoader = { url, id, context in
    guard let url, LibXML2Runtime.isAllowed(String(cString: url)),
          let loader = LibXML2Runtime.defaultLoader
    else { return nil }
    return loader(url, id, context)
}
