public import SalinCatalog
import SalinCore
import SalinICU

extension FormatCall {
  /// Makes the same formatting call again, without the renderer: what the ICU work of a render
  /// costs on its own.
  /// - Parameter catalogs: The catalogs the render used.
  /// - Returns: The formatted text.
  /// - Throws: What the catalog or ICU throws.
  public func replay(with catalogs: Catalogs) throws -> String {
    switch self {
    case .message(let key, let locale, let arguments):
      try catalogs.message(key, locale: locale, arguments: arguments.mapValues(\.catalogArgument))
    case .regionName(let code, let locale):
      try ICUDisplayNames.shared(locale: ICULocale(locale.tag)).regionName(code)
    }
  }
}
