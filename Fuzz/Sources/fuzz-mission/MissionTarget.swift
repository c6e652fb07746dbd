import AluCatalog
import FuzzSupport

// A mission file through the pipeline and into the catalogue index, as a load or the
// portal's refresh takes it: safe parse → mission.xsd → decoder → the cross-file mission
// rules (suppliers and taxonomy ids resolve). Oracle: upserting the mission into the
// sample catalogue's index and removing it again gives the index's report back
// (the index promises a report equal to a fresh load's after any update).

@_cdecl("LLVMFuzzerInitialize")
public func initialize(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>>>) -> CInt {
    FuzzCatalog.warmUp()
    _ = before
    return 0
}

private let file = FuzzCatalog.loader.missionsDirectory + "/fuzz-mission.xml"
private let before = FuzzCatalog.index.report

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    var index = FuzzCatalog.index
    do {
        try index.upsert(bytes: bytes, file: file)
    } catch {
        fatalError("fuzz: the index refused its own mission file name: \(error)")
    }
    index.remove(file: file)
    if index.report != before {
        fatalError("fuzz oracle (mission): upsert then remove did not give the report back")
    }
    return 0
}

@_cdecl("fuzz_mission_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
