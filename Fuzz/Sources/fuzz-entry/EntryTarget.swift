import AluCatalog
import FuzzSupport

// The supplier-entry pipeline, as `alucat validate`, `submit` and the portal run it on an
// XML entry: size cap → screen → safe parse → XSD (loader copy, then the published
// schema when anything is off) → model → rules. Oracle: see `CanonicalOracle`.

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    FuzzCatalog.warmUp()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let check = FuzzCatalog.loader.validate(bytes: bytes, file: "entry.xml", taxonomy: FuzzCatalog.index.taxonomy)
    if check.isValid, let supplier = check.supplier {
        CanonicalOracle.check(valid: supplier, diagnostics: check.diagnostics, origin: "entry")
    }
    return 0
}

@_cdecl("fuzz_entry_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
