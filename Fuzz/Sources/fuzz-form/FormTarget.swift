import AluIntake
import FuzzSupport

// The supplier form import, as `alucat import` and a portal upload run it: ODS reader
// with form limits → form reader → the entry pipeline → ownership (what submit would
// refuse). Inputs that are not a zip are packed as `content.xml` (see `StoredZip`).
// Oracle: an imported form found valid gives canonical XML that validates again and is
// stable (`CanonicalOracle`); and the canonical XML given is that of the entry checked.

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    FuzzCatalog.warmUp()
    return 0
}

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let check = try? FuzzCatalog.intake.check(bytes: StoredZip.ods(from: bytes), fileName: "form.ods", index: FuzzCatalog.index)
    else { return 0 }
    if check.isValid, let supplier = check.supplier {
        CanonicalOracle.check(valid: supplier, diagnostics: check.report.diagnostics, origin: "form")
    }
    return 0
}

@_cdecl("fuzz_form_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
