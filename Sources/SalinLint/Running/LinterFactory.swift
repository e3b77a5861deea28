public import Foundation
import SalinCatalog
import SalinLangID
import SalinResources
import SalinTerms
import Synchronization

/// Assembles linters from where the catalogs and the language model are: the built-in catalogs
/// plus the user's folders (`--locales`, then each config's `catalogs:`), and the built-in model
/// or the one the user named.
///
/// The model is loaded once, by the first linter that needs it, and shared. The rule for a model
/// that cannot be loaded depends on who chose it: a built-in model that is missing (a broken
/// install) only skips SL002 and SL003, with a warning; a model the user named must load, or the
/// run would quietly skip those rules and pass.
public final class LinterFactory: Sendable {
  /// Which language model the linters use.
  public enum Model: Hashable, Sendable {
    /// The model that ships with Salin; if it cannot be loaded, SL002 and SL003 are skipped with
    /// a warning.
    case builtIn
    /// A model file the user named (`--model`); if it cannot be loaded, no linter is made.
    case file(URL)
    /// No language identifier: SL002 and SL003 find nothing (a benchmark of the other rules).
    case none
  }

  private let model: Model
  private let catalogDirectories: [URL]
  /// Termbases for every file (`--termbase`); a config's `termbase:` adds its own.
  private let termbaseFiles: [URL]
  private let state = Mutex(State())

  private struct State {
    /// The identifier once the model was tried: `.some(nil)` when it could not be used.
    var identifier: LanguageIdentifier??
    var warnings: [String] = []
    /// The linters made, by config: a long-lived factory (a language server's) loads each
    /// config's catalogs once, not on every lint.
    var linters: [LintConfiguration: Linter] = [:]
  }

  /// Makes a factory.
  /// - Parameters:
  ///   - model: The language model to use.
  ///   - catalogDirectories: Folders of catalogs that extend or override the built-in ones, lowest
  ///     priority first (a config's `catalogs:` come after these).
  ///   - termbaseFiles: Termbases (TBX or YAML) for the term rules SL020–SL022.
  public init(model: Model = .builtIn, catalogDirectories: [URL] = [], termbaseFiles: [URL] = []) {
    self.termbaseFiles = termbaseFiles
    self.model = model
    self.catalogDirectories = catalogDirectories
  }

  /// Problems that did not stop the run, such as a built-in model that could not be loaded.
  public var warnings: [String] { state.withLock { $0.warnings } }

  /// Makes the linter for a config: its catalogs (the built-in ones, the factory's folders, then
  /// the config's), the shared language identifier restricted to the config's candidates.
  /// - Parameter configuration: The config that applies to the files the linter will see.
  /// - Returns: The linter.
  /// - Throws: `LintError.catalogs` for a catalog that cannot be loaded, `LintError.model` when
  ///   a model the user named cannot be loaded.
  public func linter(for configuration: LintConfiguration) throws(LintError) -> Linter {
    if let made = state.withLock({ $0.linters[configuration] }) { return made }
    let catalogs: Catalogs
    do {
      catalogs = try Catalogs.load(
        directories: catalogDirectories + configuration.catalogDirectories, includeBuiltIn: true)
    } catch {
      throw .catalogs(error)
    }
    let detector = try identifier().map {
      IdentifierSpanDetector(identifier: $0, candidates: configuration.candidates.map(Set.init))
    }
    var termbase: Termbase?
    for url in termbaseFiles + configuration.termbaseFiles {
      do {
        let loaded = try Termbase.load(contentsOf: url, path: url.relativePath)
        termbase = Termbase(concepts: (termbase?.concepts ?? []) + loaded.concepts)
      } catch {
        throw .termbase(error)
      }
    }
    let linter = Linter(
      labels: CatalogLabelLookup(catalogs: catalogs), detector: detector, termbase: termbase)
    state.withLock { $0.linters[configuration] = linter }
    return linter
  }

  /// Forgets the linters made, so that the next ones load their catalogs anew.
  ///
  /// For a catalog changed on disk under a language server. The language model stays loaded.
  public func reloadCatalogs() {
    state.withLock { $0.linters.removeAll() }
  }

  /// The language identifier, or `nil` when there is none to use.
  private func identifier() throws(LintError) -> LanguageIdentifier? {
    if let tried = state.withLock({ $0.identifier }) { return tried }
    var loaded: LanguageIdentifier?
    var warning: String?
    switch model {
    case .none: break
    case .builtIn:
      do {
        loaded = LanguageIdentifier(
          model: try LanguageModel(contentsOf: BuiltInLocales.languageModel))
      } catch {
        warning = "language model unavailable (\(error)); SL002 and SL003 skipped"
      }
    case .file(let url):
      do {
        loaded = LanguageIdentifier(model: try LanguageModel(contentsOf: url))
      } catch {
        throw .model(error)
      }
    }
    // Two workers may load the model the first time; the first to store it wins.
    return state.withLock { state in
      if let winner = state.identifier { return winner }
      state.identifier = .some(loaded)
      if let warning { state.warnings.append(warning) }
      return loaded
    }
  }
}
