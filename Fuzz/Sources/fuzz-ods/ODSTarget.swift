import AluIntake
import FuzzSupport
import Foundation
import OpenDocument

// The hostile-safe ODS reader, alone, with the limits every outside file is read with
// (`SupplierFormReader.formLimits`: the form import and the portal's uploads are its only
// callers). Its default workbook limits admit up to 5,000,000 cells by design, which an
// 817-byte file reaches in seconds; they are for workbooks we trust.
//
// An input starting with a zip signature is read as the file; any other input is packed
// as the `content.xml` of a stored ODS (see `StoredZip`), so the zip layer and the
// content reader are both reached.

@_cdecl("LLVMFuzzerTestOneInput")
public func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = SpreadsheetReader(limits: SupplierFormReader.formLimits)
    if let workbook = try? reader.read(data: Data(StoredZip.ods(from: bytes))) {
        // Touch every stored cell, as a caller would.
        var cells = 0
        for sheet in workbook.sheets { for row in sheet.rows { cells += row.cells.count } }
        precondition(cells <= reader.limits.maxCells, "fuzz oracle (ods): \(cells) cells stored past the cap of \(reader.limits.maxCells)")
    }
    return 0
}

@_cdecl("fuzz_ods_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>) -> CInt {
    FuzzDriver.run(argc, argv, testOneInput)
}
