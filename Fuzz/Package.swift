// swift-tools-version:5.4
// The libFuzzer driver for Salin's fuzz targets (Sources/SalinFuzzing), built only by `make fuzz`:
//   swift build --package-path Fuzz --scratch-path .build-fuzz -c release \
//     -Xswiftc -sanitize=fuzzer,address
// A package of its own, at tools version 5.4, because SwiftPM 5.5+ renames an executable's
// entry point (`--defsym main=<module>_main`), which clashes with the `main` libFuzzer brings.
import PackageDescription

let package = Package(
  name: "salin-fuzz",
  dependencies: [.package(name: "salin", path: "..")],
  targets: [
    .executableTarget(
      name: "salin-fuzz",
      dependencies: [.product(name: "SalinFuzzing", package: "salin")],
      // No top-level code: libFuzzer's `main` calls `LLVMFuzzerTestOneInput`.
      swiftSettings: [.unsafeFlags(["-parse-as-library"])])
  ]
)
