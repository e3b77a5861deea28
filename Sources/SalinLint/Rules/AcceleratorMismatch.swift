import SalinCore
import SalinDocuments

/// SL026 `accelerator-mismatch`: a translation with another number of accelerator keys than its
/// source ("_File" translated "Talaksan", or "&Open" given two).
///
/// The markers are the PO header's `X-Accelerator-Marker` when it names one (as Weblate and KDE
/// write it), else `&` (KDE, Qt, Mozilla) and `_` (GTK); an HTML entity, `AT&T` and `file_name`
/// mark nothing. pofilter's `accelerators`, which needs `--kde`, `--gnome` or `--mozilla` to know
/// the marker.
public struct AcceleratorMismatch: TranslationRule {
  /// SL026 accelerator-mismatch.
  public static let description = RuleDescription(
    code: "SL026", name: "accelerator-mismatch", defaultSeverity: .warning,
    summary: "A translation's accelerator keys differ from its source's.")

  /// Makes the rule.
  public init() {}

  /// Every pair whose accelerators differ; the header is read once.
  /// - Parameter context: The document and what the linter knows.
  /// - Returns: One finding per failing pair.
  public func findings(in context: LintContext) -> [Finding] {
    let markers = markers(in: context)
    return findings(in: context) { problem(with: $0, markers: markers) }
  }

  /// The accelerator difference, if any.
  func problem(with pair: TranslationPair, in context: LintContext) -> String? {
    problem(with: pair, markers: markers(in: context))
  }

  private func problem(with pair: TranslationPair, markers: [Character]) -> String? {
    for marker in markers {
      let source = TranslationText.accelerators(marker: marker, in: pair.source).count
      let target = TranslationText.accelerators(marker: marker, in: pair.target).count
      guard source != target else { continue }
      switch (source, target) {
      case (1, 0): return "the source's accelerator '\(marker)' is missing from the translation"
      case (0, _): return "accelerator '\(marker)' added; the source has none"
      default:
        return "accelerator '\(marker)' occurs \(source) times in the source and \(target) in "
          + "the translation"
      }
    }
    return nil
  }

  private func markers(in context: LintContext) -> [Character] {
    if context.document.format == .po,
      let declared = context.poFile()?.headerField("X-Accelerator-Marker"),
      let marker = declared.trimmingSpacesAndTabs().first
    {
      return [marker]
    }
    return ["&", "_"]
  }
}

extension String {
  fileprivate func trimmingSpacesAndTabs() -> Substring {
    self.drop { $0 == " " || $0 == "\t" }
  }
}
