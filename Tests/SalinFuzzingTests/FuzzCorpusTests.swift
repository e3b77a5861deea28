import Foundation
import SalinFuzzing
import SalinTestSupport
import Testing

/// Every seed of `make fuzz` and every input a fuzzer found (`Fuzz/regressions/<target>/`) passes
/// its target's checks: what a fuzzer once broke stays fixed, and the targets keep compiling and
/// running with the code they test.
@Suite("Fuzz corpus")
struct FuzzCorpusTests {
  static let fuzz = TestSupport.packageRoot.appendingPathComponent("Fuzz")

  static func inputs(_ target: FuzzTarget) throws -> [URL] {
    var urls: [URL] = []
    for folder in ["corpus", "regressions"] {
      let directory = fuzz.appendingPathComponent(folder).appendingPathComponent(target.rawValue)
      guard FileManager.default.fileExists(atPath: directory.path) else { continue }
      urls += try FileManager.default.contentsOfDirectory(
        at: directory, includingPropertiesForKeys: nil
      ).filter { !$0.lastPathComponent.hasPrefix(".") }
    }
    return urls.sorted { $0.path < $1.path }
  }

  @Test(arguments: FuzzTarget.allCases)
  func everyInputPasses(target: FuzzTarget) throws {
    let inputs = try Self.inputs(target)
    #expect(!inputs.isEmpty, "Fuzz/corpus/\(target.rawValue) has no seeds")
    for url in inputs {
      let bytes = try [UInt8](Data(contentsOf: url))
      #expect(throws: Never.self, "\(url.lastPathComponent)") { try target.run(bytes) }
    }
  }
}
