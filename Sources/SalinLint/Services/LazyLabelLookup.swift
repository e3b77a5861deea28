import SalinCore

/// Catalog labels loaded on first use: the built-in catalogs are read only when a rule looks a
/// label or message up (SL001, SL022, the QA rules on a catalog), not by a run of PO checks.
///
/// A user's catalog folders are loaded up front by `LinterFactory` instead, so that a broken
/// catalog is an error before any file is linted.
final class LazyLabelLookup: LabelLookup {
  private let labels: LoadOnce<(any LabelLookup)?>

  /// Wraps how the labels are loaded.
  /// - Parameter load: Loads them; `nil` when they cannot be (then nothing matches).
  init(_ load: @escaping @Sendable () -> (any LabelLookup)?) {
    labels = LoadOnce(load)
  }

  /// Whether the catalogs have been loaded (tests of laziness).
  var isLoaded: Bool { labels.isLoaded }

  func labelMatches(for text: String) -> [LabelCandidate] {
    labels.value?.labelMatches(for: text) ?? []
  }

  func label(forKey key: String, language: Language) -> String? {
    labels.value?.label(forKey: key, language: language)
  }

  func messageSource(forKey key: String, language: Language) -> String? {
    labels.value?.messageSource(forKey: key, language: language)
  }
}
