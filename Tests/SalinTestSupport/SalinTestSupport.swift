public import Foundation

/// Helpers shared by Salin's test targets.
public enum TestSupport {
  /// The package's root folder, found from this file's path.
  public static let packageRoot: URL = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  /// The seed briefing, `seeds/edscg-5.briefing.yaml`: the fixture most suites render or lint.
  public static let seedBriefingURL = packageRoot.appendingPathComponent(
    "seeds/edscg-5.briefing.yaml")

  /// The seed article, `seeds/000_59885a65178f0467.txt`, with its two Tagalog labels.
  public static let seedArticleURL = packageRoot.appendingPathComponent(
    "seeds/000_59885a65178f0467.txt")

  /// The termbase of the seed's domain, `seeds/edscg.termbase.yaml`.
  public static let seedTermbaseURL = packageRoot.appendingPathComponent(
    "seeds/edscg.termbase.yaml")

  /// A new empty temporary folder, unique to the caller.
  public static func temporaryDirectory() throws -> URL {
    let url = FileManager.default.temporaryDirectory
      .appendingPathComponent("salin-tests-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    return url
  }
}
