// swift-tools-version: 6.1
// The fuzz targets: a package of their own, so `swift build` and `swift test` of the
// root package never build them nor need the sanitizer. Built and run by
// `scripts/fuzz.sh` (release, `-sanitize=fuzzer,address`, scratch path `.build-fuzz`).
import PackageDescription

let package = Package(
    name: "AluCatFuzz",
    platforms: [.macOS(.v15)],
    dependencies: [
        .package(name: "AluCat", path: ".."),
    ],
    targets: [
        // What every target shares: the sample catalogue, loaded once; a stored-zip
        // builder; the oracles. Exports no fuzzer entry point.
        .target(
            name: "FuzzSupport",
            dependencies: [
                .product(name: "AluCatalog", package: "AluCat"),
                .product(name: "AluDiagnostics", package: "AluCat"),
                .product(name: "AluIntake", package: "AluCat"),
                .product(name: "OpenDocument", package: "AluCat"),
            ]
        ),
        // One executable per fuzz target; each exports `LLVMFuzzerTestOneInput`.
        .executableTarget(name: "fuzz-entry", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-ods", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-form", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-mission", dependencies: ["FuzzSupport"]),
        .executableTarget(name: "fuzz-taxonomy", dependencies: ["FuzzSupport"]),
    ]
)
