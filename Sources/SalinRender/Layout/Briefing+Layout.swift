package import SalinCore

extension Briefing {
  /// The briefing laid out for rendering, made by the first render of this value and shared by
  /// its copies (kept in the value's `derived` slot; see `BriefingLayout`).
  package var layout: BriefingLayout {
    // Only SalinRender keeps anything in the slot, so the cast holds; were it ever to fail, a
    // layout made for this call is still right, only not shared.
    derived.value { BriefingLayout(self) } as? BriefingLayout ?? BriefingLayout(self)
  }
}
