// swift-tools-version:6.1
import PackageDescription

let package = Package(
  name: "salin",
  products: [
    .library(name: "SalinCore", targets: ["SalinCore"]),
    .library(name: "SalinYAML", targets: ["SalinYAML"]),
    .library(name: "SalinBriefing", targets: ["SalinBriefing"]),
    .library(name: "SalinCatalog", targets: ["SalinCatalog"]),
    .library(name: "SalinLangID", targets: ["SalinLangID"]),
    .library(name: "SalinDocuments", targets: ["SalinDocuments"]),
    .library(name: "SalinRender", targets: ["SalinRender"]),
    .library(name: "SalinImport", targets: ["SalinImport"]),
    .library(name: "SalinLint", targets: ["SalinLint"]),
    .library(name: "SalinTerms", targets: ["SalinTerms"]),
    .library(name: "SalinLanguageServer", targets: ["SalinLanguageServer"]),
    .library(name: "SalinPreview", targets: ["SalinPreview"]),
    .library(name: "SalinInterchange", targets: ["SalinInterchange"]),
    .library(name: "SalinFuzzing", targets: ["SalinFuzzing"]),
    .executable(name: "salin", targets: ["salin"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
    // Only SalinPreview uses it. No default traits: swift-configuration is not needed.
    .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1", traits: []),
    // Hummingbird's own service runner; SalinPreview hooks its graceful shutdown.
    .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
  ],
  targets: [
    // C: system libraries, each seen by exactly one Swift module.
    .systemLibrary(
      name: "CICU", pkgConfig: "icu-uc icu-i18n",
      providers: [.apt(["libicu-dev", "pkg-config"])]),
    .systemLibrary(
      name: "CCMark",
      providers: [.apt(["libcmark-gfm-dev", "libcmark-gfm-extensions-dev"])]),
    .systemLibrary(
      name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),

    // Libraries, lowest layer first.
    .target(name: "SalinCore"),
    // Library evolution keeps `internal import CICU` from loading in clients: without it a module
    // that imports SalinICU and Foundation (directly or through Yams) sees two ICUs' `UErrorCode`
    // (system ICU 72 and Foundation's `_FoundationICU`) and fails to build.
    .target(
      name: "SalinICU", dependencies: ["CICU"],
      swiftSettings: [.unsafeFlags(["-enable-library-evolution"])]),
    // Composes YAML within limits (aliases, nesting); the only module that sees libyaml's events.
    .target(name: "SalinYAML", dependencies: [.product(name: "Yams", package: "Yams")]),
    // Reads briefing YAML into SalinCore's model with file:line:column errors (keeps Core free of Yams).
    .target(
      name: "SalinBriefing",
      dependencies: ["SalinCore", "SalinYAML", .product(name: "Yams", package: "Yams")]),
    .target(
      name: "SalinCatalog",
      dependencies: [
        "SalinCore", "SalinICU", "SalinResources", "SalinYAML",
        .product(name: "Yams", package: "Yams"),
      ]),
    .target(name: "SalinLangID", dependencies: ["SalinCore", "SalinICU"]),
    .target(
      name: "SalinDocuments",
      dependencies: [
        "SalinCore", "SalinICU", "SalinCatalog", "SalinBriefing", "CCMark", "SalinYAML",
        .product(name: "Yams", package: "Yams"),
      ]),
    .target(
      name: "SalinRender",
      dependencies: ["SalinCore", "SalinCatalog", "SalinICU"]),
    .target(
      name: "SalinImport",
      dependencies: [
        "SalinCore", "SalinCatalog", "SalinDocuments", "SalinBriefing", "SalinLangID", "SalinICU",
      ]),
    // Termbases (TBX and Salin's YAML form) and finding their terms in text, below SalinLint.
    .target(
      name: "SalinTerms",
      dependencies: ["SalinCore", "SalinYAML", .product(name: "Yams", package: "Yams")]),
    .target(
      name: "SalinLint",
      dependencies: [
        "SalinCore", "SalinCatalog", "SalinDocuments", "SalinBriefing", "SalinLangID", "SalinICU",
        "SalinTerms", "SalinResources", "SalinYAML", "SalinInterchange",
        .product(name: "Yams", package: "Yams"),
      ],
      resources: [.copy("Resources")]),
    // Servers beside the command line: they call the same libraries and keep their own
    // dependencies to themselves. The language server needs only Foundation.
    .target(
      name: "SalinLanguageServer",
      dependencies: ["SalinCore", "SalinLint", "SalinBriefing"]),
    // The live preview: Hummingbird stays inside this target.
    .target(
      name: "SalinPreview",
      dependencies: [
        "SalinCore", "SalinBriefing", "SalinCatalog", "SalinDocuments", "SalinRender", "SalinLint",
        .product(name: "Hummingbird", package: "hummingbird"),
        .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
        .product(name: "UnixSignals", package: "swift-service-lifecycle"),
      ]),
    // XLIFF, PO, String Catalogs, ARB and JSON <-> catalogs and briefings; XML through libxml2.
    .target(
      name: "SalinInterchange",
      dependencies: [
        "SalinCore", "SalinCatalog", "SalinDocuments", "SalinBriefing", "SalinICU", "SalinYAML",
        "CLibXML2", .product(name: "Yams", package: "Yams"),
      ]),
    // The built-in locale catalogs and language model, found by an installed `salin` anywhere.
    // `locales/` is the target's folder so that the catalogs stay where translators look for them.
    .target(
      name: "SalinResources", path: "locales",
      resources: [
        .copy("en.yaml"), .copy("tl.yaml"), .copy("ko.yaml"), .copy("data"),
        .copy("langid.salinlm"),
      ]),

    // Fuzz targets: built here (and replayed by the tests) so they never fall behind the code;
    // linked with libFuzzer only by Fuzz/Package.swift, through `make fuzz`.
    .target(
      name: "SalinFuzzing",
      dependencies: [
        "SalinCore", "SalinDocuments", "SalinCatalog", "SalinBriefing", "SalinRender",
        "SalinLangID", "SalinLint",
      ]),

    // Command-line tool: parsing and printing only.
    .executableTarget(
      name: "salin",
      dependencies: [
        "SalinCore", "SalinCatalog", "SalinLangID", "SalinRender", "SalinImport", "SalinLint",
        "SalinResources", "SalinBriefing", "SalinLanguageServer",
        "SalinTerms", "SalinPreview",
        "SalinInterchange",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]),

    // Benchmarks (not tests): each runs its anchor side by side on the same input and prints
    // the ratio. Run them through `make bench-*`, which builds them in release mode.
    .executableTarget(
      name: "bench-messages", dependencies: ["SalinCatalog"],
      path: "Benchmarks/Messages",
      exclude: ["icu4c"]),  // ICU4C's C++ side, compiled by scripts/bench-messages.sh with g++
    .executableTarget(
      name: "bench-langid", dependencies: ["SalinLangID", "SalinResources"],
      path: "Benchmarks/LangID", exclude: ["lingua_bench.py"]),
    .executableTarget(
      name: "bench-render",
      dependencies: [
        "SalinCore", "SalinCatalog", "SalinRender", "SalinBriefing",
      ],
      path: "Benchmarks/Render"),
    .executableTarget(
      name: "bench-interchange", dependencies: ["SalinInterchange", "SalinCatalog", "SalinCore"],
      path: "Benchmarks/Interchange", exclude: ["po2xliff_bench.py"]),
    .executableTarget(
      name: "bench-lint", dependencies: ["SalinLint"], path: "Benchmarks/Lint"),

    // Tests: one target per library.
    .target(name: "SalinTestSupport", path: "Tests/SalinTestSupport"),
    // The seed briefing as a fixture, for the suites above SalinBriefing (kept out of
    // SalinTestSupport, which the lower layers' suites use and which depends on nothing).
    .target(
      name: "SalinBriefingTestSupport",
      dependencies: ["SalinBriefing", "SalinCore", "SalinTestSupport"],
      path: "Tests/SalinBriefingTestSupport"),
    .testTarget(name: "SalinICUTests", dependencies: ["SalinICU"]),
    .testTarget(name: "SalinCoreTests", dependencies: ["SalinCore"]),
    .testTarget(
      name: "SalinCatalogTests",
      dependencies: ["SalinCatalog", "SalinResources", "SalinTestSupport"]),
    .testTarget(
      name: "SalinLangIDTests", dependencies: ["SalinLangID", "SalinResources", "SalinTestSupport"]),
    .testTarget(name: "SalinDocumentsTests", dependencies: ["SalinDocuments", "SalinTestSupport"]),
    .testTarget(
      name: "SalinRenderTests",
      dependencies: [
        "SalinRender", "SalinBriefing", "SalinTestSupport", "SalinBriefingTestSupport",
      ]),
    .testTarget(name: "SalinBriefingTests", dependencies: ["SalinBriefing", "SalinTestSupport"]),
    .testTarget(name: "SalinYAMLTests", dependencies: ["SalinYAML"]),
    .testTarget(name: "SalinFuzzingTests", dependencies: ["SalinFuzzing", "SalinTestSupport"]),
    .testTarget(
      name: "SalinImportTests",
      dependencies: [
        "SalinImport", "SalinBriefing", "SalinRender", "SalinCatalog", "SalinResources",
        "SalinTestSupport",
      ]),
    .testTarget(
      name: "SalinLintTests",
      dependencies: [
        "SalinLint", "SalinResources", "SalinTestSupport", "SalinRender", "SalinBriefing",
        "SalinTerms", "SalinBriefingTestSupport",
      ]),
    .testTarget(name: "SalinTermsTests", dependencies: ["SalinTerms", "SalinTestSupport"]),
    .testTarget(
      name: "SalinLanguageServerTests",
      dependencies: ["SalinLanguageServer", "SalinLint", "SalinResources", "SalinTestSupport"]),
    .testTarget(
      name: "SalinPreviewTests",
      dependencies: ["SalinPreview", "SalinLint", "SalinCore", "SalinTestSupport"]),
    // `salin` is no import: the tests run the built binary, which this makes SwiftPM build first.
    .testTarget(
      name: "SalinInterchangeTests",
      dependencies: [
        "SalinInterchange", "SalinCatalog", "SalinResources", "SalinTestSupport",
      ]),
    .testTarget(name: "salinTests", dependencies: ["salin", "SalinTestSupport"]),
  ]
)

for target in package.targets where target.type != .system {
  target.swiftSettings =
    (target.swiftSettings ?? [])
    + ["ExistentialAny", "InternalImportsByDefault", "MemberImportVisibility"].map {
      .enableUpcomingFeature($0)
    }
}
