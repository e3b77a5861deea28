extension Catalogs {
  /// The key a misspelt one was probably meant to be, for "did you mean" in errors.
  /// - Parameter key: A key no catalog defines, as written.
  /// - Returns: The closest key of any locale, or `nil` when none is close enough to be a typo
  ///   (see `KeySuggestion`).
  public func closestKey(to key: String) -> String? {
    KeySuggestion.closest(to: key, among: keys)
  }
}
