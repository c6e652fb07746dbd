import AluCatalog
import FuzzSupport

// A taxonomy through the pipeline `taxonomy.xml` takes (safe parse → taxonomy.xsd →
// decoder → taxonomy rules), then used as a load uses it, valid or not: a sample entry
// with equipment lines is checked against it (capability references, suggestions for
// unknown ids, equipment within a claim), and every node is walked up and down as
// find, match, coverage and the directory do.

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    FuzzCatalog.warmUp()
    _ = sample
    return 0
}

private let sample: [UInt8] = FuzzCatalog.storedEntries.sorted { $0.key < $1.key }
    .first { String(decoding: $0.value, as: UTF8.self).contains("<equipment>") }?.value ?? []

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let check = FuzzCatalog.loader.checkTaxonomy(bytes: bytes, file: "taxonomy.xml")
    if let taxonomy = check.taxonomy {
        _ = FuzzCatalog.loader.validate(bytes: sample, file: "entry.xml", taxonomy: taxonomy)
        for node in taxonomy.nodes {
            _ = taxonomy.ancestors(node.id)
            _ = taxonomy.subtree(node.id)
            _ = taxonomy.isWithin(node.id, "")
            _ = taxonomy.domain(of: node.id)
            _ = taxonomy.area(of: node.id)
        }
    }
    return 0
}

@_cdecl("fuzz_taxonomy_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
