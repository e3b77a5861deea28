public import SalinCatalog
public import SalinTerms

/// Why a linter could not be made: what the user pointed Salin at cannot be used.
public enum LintError: Error, Sendable, CustomStringConvertible {
  /// A catalog (built-in, `--locales` or a config's `catalogs:`) cannot be loaded.
  case catalogs(CatalogError)
  /// The language model the user named cannot be loaded.
  case model(any Error)
  /// A termbase (`--termbase`, a config's `termbase:`) is missing or malformed.
  case termbase(TermbaseError)

  /// One line saying what is wrong and where.
  public var description: String {
    switch self {
    case .catalogs(let error): "\(error)"
    case .model(let error): "\(error)"
    case .termbase(let error): "\(error)"
    }
  }
}
