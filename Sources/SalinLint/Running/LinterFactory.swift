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
/// What ships with Salin is loaded on first use, by the first rule that needs it, and shared: a
/// run of the PO checks alone never reads the language model or the catalogs. What the user
/// names is loaded up front, so that a broken file is an error before any file is linted. The
/// rule for a model that cannot be loaded depends on who chose it: a built-in model that is
/// missing (a broken install) only skips SL002 and SL003, with a warning; a model the user named
/// must load, or the run would quietly skip those rules and pass.
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
  /// The built-in model, read when a rule first identifies a language, with the warning to give
  /// if it cannot be.
  private let builtInModel = LoadOnce<(identifier: LanguageIdentifier?, warning: String?)> {
    do {
      return (
        LanguageIdentifier(model: try LanguageModel(contentsOf: BuiltInLocales.languageModel)),
        nil
      )
    } catch {
      return (nil, "language model unavailable (\(error)); SL002 and SL003 skipped")
    }
  }
  /// The built-in catalogs alone, read when a rule first looks a label up; shared by every
  /// config that names no catalog folder.
  private let builtInLabels = LazyLabelLookup {
    (try? Catalogs.load(directories: [], includeBuiltIn: true)).map(CatalogLabelLookup.init)
  }

  private struct State {
    /// A model the user named, once loaded.
    var namedIdentifier: LanguageIdentifier?
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
  public var warnings: [String] {
    let model = builtInModel.isLoaded ? builtInModel.value.warning : nil
    return state.withLock { $0.warnings } + (model.map { [$0] } ?? [])
  }

  /// Whether the built-in language model and catalogs have been read (tests of laziness).
  var loadedBuiltIns: (model: Bool, catalogs: Bool) {
    (builtInModel.isLoaded, builtInLabels.isLoaded)
  }

  /// Makes the linter for a config: its catalogs (the built-in ones, the factory's folders, then
  /// the config's), the shared language identifier restricted to the config's candidates.
  /// - Parameter configuration: The config that applies to the files the linter will see.
  /// - Returns: The linter.
  /// - Throws: `LintError.catalogs` for a catalog that cannot be loaded, `LintError.model` when
  ///   a model the user named cannot be loaded.
  public func linter(for configuration: LintConfiguration) throws(LintError) -> Linter {
    if let made = state.withLock({ $0.linters[configuration] }) { return made }
    let directories = catalogDirectories + configuration.catalogDirectories
    let labels: any LabelLookup
    if directories.isEmpty {
      labels = builtInLabels
    } else {
      do {
        labels = CatalogLabelLookup(
          catalogs: try Catalogs.load(directories: directories, includeBuiltIn: true))
      } catch {
        throw .catalogs(error)
      }
    }
    let candidates = configuration.candidates.map(Set.init)
    let detector: (any SpanDetector)?
    switch model {
    case .none:
      detector = nil
    case .builtIn:
      detector = LazySpanDetector { [builtInModel] in
        builtInModel.value.identifier.map {
          IdentifierSpanDetector(identifier: $0, candidates: candidates)
        }
      }
    case .file(let url):
      detector = IdentifierSpanDetector(
        identifier: try namedIdentifier(url), candidates: candidates)
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
    let linter = Linter(labels: labels, detector: detector, termbase: termbase)
    state.withLock { $0.linters[configuration] = linter }
    return linter
  }

  /// Forgets the linters made, so that the next ones load their catalogs anew.
  ///
  /// For a catalog changed on disk under a language server. The language model stays loaded.
  public func reloadCatalogs() {
    state.withLock { $0.linters.removeAll() }
  }

  /// The model the user named, loaded once.
  private func namedIdentifier(_ url: URL) throws(LintError) -> LanguageIdentifier {
    if let loaded = state.withLock({ $0.namedIdentifier }) { return loaded }
    let loaded: LanguageIdentifier
    do {
      loaded = LanguageIdentifier(model: try LanguageModel(contentsOf: url))
    } catch {
      throw .model(error)
    }
    // Two workers may load the model the first time; the first to store it wins.
    return state.withLock { state in
      if let winner = state.namedIdentifier { return winner }
      state.namedIdentifier = loaded
      return loaded
    }
  }
}
