public import SalinBriefing
public import SalinCore
import SalinTestSupport

/// The seed briefing loaded as the suites of several libraries use it (render, lint), kept here
/// so that each of them does not carry its own copy of the loader call and the path.
public enum SeedBriefing {
  /// The path the seed briefing's locations name: `seeds/edscg-5.briefing.yaml`.
  public static let displayPath = "seeds/edscg-5.briefing.yaml"

  /// Loads the seed briefing, with locations relative to the package root.
  /// - Returns: The briefing.
  /// - Throws: `BriefingError` if the seed no longer loads.
  public static func load() throws -> Briefing {
    try BriefingLoader().load(contentsOf: TestSupport.seedBriefingURL, displayPath: displayPath)
  }
}
