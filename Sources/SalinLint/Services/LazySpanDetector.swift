import SalinCore

/// The language identifier loaded on first use: the built-in model (3.5 MB, checked field by
/// field) is read only when a rule that identifies languages runs (SL002, SL003, SL006,
/// SL007), not by a run of PO checks alone.
final class LazySpanDetector: SpanDetector {
  private let detector: LoadOnce<(any SpanDetector)?>

  /// Wraps how the detector is made.
  /// - Parameter load: Makes it; `nil` when the model cannot be loaded (then nothing is found).
  init(_ load: @escaping @Sendable () -> (any SpanDetector)?) {
    detector = LoadOnce(load)
  }

  /// Whether the model has been loaded (tests of laziness).
  var isLoaded: Bool { detector.isLoaded }

  func foreignSpans(in text: String, mainLanguage: Language, names: Set<String>)
    -> [DetectedSpan]
  {
    detector.value?.foreignSpans(in: text, mainLanguage: mainLanguage, names: names) ?? []
  }

  func strictForeignSpans(in text: String, mainLanguage: Language, names: Set<String>)
    -> [DetectedSpan]
  {
    detector.value?.strictForeignSpans(in: text, mainLanguage: mainLanguage, names: names) ?? []
  }

  func identify(_ text: String, names: Set<String>) -> DetectedSpan? {
    detector.value?.identify(text, names: names)
  }

  func mixedWords(in text: String, mainLanguage: Language) -> [DetectedMixedWord] {
    detector.value?.mixedWords(in: text, mainLanguage: mainLanguage) ?? []
  }
}
