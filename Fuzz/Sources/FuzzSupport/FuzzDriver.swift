/// Starts libFuzzer's driver with a target's callback.
///
/// SwiftPM links a Linux executable with `main` aliased to `<module>_main`, so
/// libFuzzer's own `main` is never used; each target defines `<module>_main` with
/// `@_cdecl` and calls ``run(_:_:_:)``, which hands over to `LLVMFuzzerRunDriver`
/// (libFuzzer's `main` does exactly that). `LLVMFuzzerInitialize`, when a target
/// exports it, is still called by the driver.
public enum FuzzDriver {
    public typealias TestOneInput = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

    public static func run(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>, _ test: TestOneInput) -> CInt {
        var count = argc
        var arguments: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = argv
        return llvmFuzzerRunDriver(&count, &arguments, test)
    }
}

@_silgen_name("LLVMFuzzerRunDriver")
private func llvmFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ test: FuzzDriver.TestOneInput
) -> CInt
