package import SalinCore

extension Briefing {
  /// The briefing laid out for rendering, made by the first render of this value and shared by
  /// its copies (kept in the value's `derived` slot; see `BriefingLayout`).
  package var layout: BriefingLayout {
    derived.value { BriefingLayout(self) }
  }
}
