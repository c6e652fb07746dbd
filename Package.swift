// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "AluCat",
    platforms: [.macOS(.v15)],
    products: [
        .executable(name: "alucat", targets: ["alucat"]),
        .library(name: "AluCatalog", targets: ["AluCatalog"]),
        .library(name: "OpenDocument", targets: ["OpenDocument"]),
        // For the fuzz targets (`Fuzz/`, a package of their own that depends on this one).
        .library(name: "AluDiagnostics", targets: ["AluDiagnostics"]),
        .library(name: "AluXML", targets: ["AluXML"]),
        .library(name: "AluIntake", targets: ["AluIntake"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.80.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.6.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth", from: "2.5.0"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.0"),
    ],
    targets: [
        // MARK: C libraries: a module map and a shim header each, nothing else.
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CLibZip",
            pkgConfig: "libzip",
            providers: [.apt(["libzip-dev"])]
        ),

        // zlib itself: the parallel deflate of big zip entries (AluZip) and the benchmark's floor.
        .systemLibrary(
            name: "CZlib",
            pkgConfig: "zlib",
            providers: [.apt(["zlib1g-dev"])]
        ),

        // MARK: Thin Swift layers over the C libraries.
        .target(name: "AluDiagnostics", dependencies: ["AluLocalization"]),
        // MARK: Every word a person reads, in every language: knows no other module.
        .target(name: "AluLocalization"),
        .target(name: "AluXML", dependencies: ["CLibXML2", "AluDiagnostics", "AluLocalization"]),
        .target(name: "AluZip", dependencies: ["CLibZip", "CZlib"]),

        // MARK: OpenDocument spreadsheets: knows nothing of aluminium.
        .target(name: "OpenDocument", dependencies: ["AluXML", "AluZip"]),

        // MARK: The domain.
        .target(name: "AluCatalog", dependencies: ["AluXML", "AluDiagnostics", "AluLocalization"]),
        .target(
            name: "AluExport",
            dependencies: [
                "AluCatalog", "AluDiagnostics", "AluLocalization", "OpenDocument", "AluXML", "AluZip",
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .target(name: "AluIntake", dependencies: ["AluCatalog", "AluDiagnostics", "AluLocalization", "OpenDocument", "AluXML"]),

        // MARK: The public directory: search, facets and its pages, without a web server.
        .target(name: "AluDirectory", dependencies: ["AluCatalog", "AluLocalization"]),

        // MARK: The portal: the only module that imports Hummingbird.
        .target(
            name: "AluPortal",
            dependencies: [
                "AluDirectory", "AluCatalog", "AluExport", "AluLocalization", "OpenDocument",
                "AluPortalPages", "AluPortalState", "AluIntake", "AluDiagnostics",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),

        // MARK: The portal's own state (issue 11): accounts, sessions, submissions and review,
        // the audit log, mail, in SQLite through GRDB. No web server: HummingbirdBcrypt needs only CBcrypt.
        .target(
            name: "AluPortalState",
            dependencies: [
                "AluCatalog", "AluDiagnostics", "AluIntake", "AluLocalization",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),

        // MARK: The portal's signed-in pages (accounts, the supplier's entry form, the staff's
        // queue and review), as pure functions to HTML like the directory's; no web server.
        .target(
            name: "AluPortalPages",
            dependencies: ["AluDirectory", "AluPortalState", "AluCatalog", "AluIntake", "AluDiagnostics", "AluLocalization"]
        ),

        // MARK: Executables: argument parsing and printing only.
        .executableTarget(
            name: "alucat",
            dependencies: [
                "AluCatalog", "AluDiagnostics", "AluLocalization", "AluExport", "AluIntake", "OpenDocument", "AluPortal",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "alucat-bench",
            dependencies: [
                "AluCatalog", "AluDiagnostics", "AluDirectory", "AluExport", "OpenDocument", "AluXML", "CZlib",
                "AluIntake", "AluPortalState",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            exclude: ["scripts"]
        ),

        // MARK: Tests.
        .target(
            name: "AluTestSupport",
            dependencies: ["OpenDocument"],
            path: "Tests/AluTestSupport"
        ),
        .testTarget(name: "AluLocalizationTests", dependencies: ["AluLocalization"]),
        .testTarget(name: "AluXMLTests", dependencies: ["AluXML", "AluDiagnostics", "AluLocalization"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AluZipTests", dependencies: ["AluTestSupport", "AluZip", "CZlib"]),
        .testTarget(name: "OpenDocumentTests", dependencies: ["AluTestSupport", "OpenDocument", "AluZip", "AluXML"]),
        .testTarget(name: "AluCatalogTests", dependencies: ["AluTestSupport", "AluCatalog", "AluDiagnostics", "AluLocalization"], resources: [.copy("Fixtures")]),
        .testTarget(name: "AluExportTests", dependencies: ["AluTestSupport", "AluExport", "AluLocalization", "AluCatalog", "OpenDocument", "AluXML", "AluDiagnostics"]),
        .testTarget(name: "AluDirectoryTests", dependencies: ["AluTestSupport", "AluDirectory", "AluCatalog", "AluLocalization"]),
        .testTarget(
            name: "AluPortalTests",
            dependencies: [
                "AluTestSupport", "AluPortal", "AluPortalState", "AluPortalPages", "AluDiagnostics", "AluDirectory", "AluCatalog", "AluLocalization", "AluExport",
                "OpenDocument",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "HummingbirdOTP", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "NIOCore", package: "swift-nio"),
            ]
        ),
        // The child the crash test kills: approvals in a loop on a database and catalogue it is given.
        .executableTarget(
            name: "alucat-portal-state-crasher",
            dependencies: ["AluPortalState", "AluCatalog", "AluIntake"],
            path: "Tests/AluPortalStateCrasher"
        ),
        .testTarget(
            name: "AluPortalStateTests",
            dependencies: [
                "AluTestSupport", "AluPortalState", "AluCatalog", "AluDiagnostics", "AluIntake", "AluLocalization",
                .product(name: "GRDB", package: "GRDB.swift"),
            ]
        ),
        .testTarget(
            name: "AluPortalPagesTests",
            dependencies: [
                "AluTestSupport", "AluPortalPages", "AluPortalState", "AluDirectory", "AluCatalog", "AluIntake", "AluDiagnostics", "AluLocalization",
            ]
        ),
        .testTarget(name: "AluIntakeTests", dependencies: ["AluTestSupport", "AluIntake", "AluCatalog", "AluDiagnostics", "AluLocalization", "OpenDocument", "AluZip"], exclude: ["Fixtures"]),
    ]
)

for target in package.targets where target.type != .system {
    var settings = target.swiftSettings ?? []
    settings.append(.enableUpcomingFeature("ExistentialAny"))
    settings.append(.enableUpcomingFeature("MemberImportVisibility"))
    settings.append(.enableUpcomingFeature("InternalImportsByDefault"))
    target.swiftSettings = settings
}
