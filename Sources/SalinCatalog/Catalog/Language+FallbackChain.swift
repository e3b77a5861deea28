public import SalinCore

extension Language {
  /// The tags a catalog lookup tries, closest first.
  ///
  /// The tag, then the tag with its last subtag removed, and so on (RFC 4647 lookup):
  /// `es-mx` → `es`; `zh-hant-tw` → `zh-hant` → `zh`. A single-letter subtag left at the end (an
  /// extension's `u`, a private use `x`) goes too.
  public var fallbackChain: [String] {
    var chain = [tag]
    var subtags = tag.split(whereSeparator: { $0 == "-" || $0 == "_" })
    while subtags.count > 1 {
      subtags.removeLast()
      while subtags.count > 1, subtags.last?.count == 1 { subtags.removeLast() }
      chain.append(subtags.joined(separator: "-"))
    }
    return chain
  }
}
