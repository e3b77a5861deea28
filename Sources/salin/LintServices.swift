import Foundation
import SalinCatalog
import SalinCore
import SalinLangID
import SalinLint
import SalinResources
import Synchronization

/// Loads the catalogs and the language model once and makes a linter per config (whose extra
/// catalog folders may differ).
final class LintServices: Sendable {
  private let model: String?
  private let locales: [String]
  private let state = Mutex<State>(State())

  private struct State {
    var identifier: LanguageIdentifier??
    var warnings: [String] = []
  }

  init(model: String?, locales: [String]) {
    self.model = model
    self.locales = locales
  }

  /// Problems that did not stop the run (a missing language model), printed once at the end.
  var warnings: [String] { state.withLock { $0.warnings } }

  func linter(for configuration: LintConfiguration) throws -> Linter {
    let directories = locales.map { URL(fileURLWithPath: $0) } + configuration.catalogDirectories
    let catalogs: Catalogs
    do {
      catalogs = try Catalogs.load(directories: directories, includeBuiltIn: true)
    } catch {
      throw LintServiceError(description: "\(error)")
    }
    let detector = try identifier().map {
      IdentifierSpanDetector(identifier: $0, candidates: configuration.candidates.map(Set.init))
    }
    return Linter(labels: CatalogLabelLookup(catalogs: catalogs), detector: detector)
  }

  /// The language identifier, or `nil` with a warning when the built-in model cannot be used.
  /// - Throws: `LintServiceError` when the model named with `--model` cannot be loaded: the user
  ///   asked for it, so the run must not quietly skip SL002 and SL003 and exit 0.
  private func identifier() throws -> LanguageIdentifier? {
    if let loaded = state.withLock({ $0.identifier }) { return loaded }
    let url = model.map { URL(fileURLWithPath: $0) } ?? BuiltInLocales.languageModel
    var loaded: LanguageIdentifier?
    var warning: String?
    do {
      loaded = LanguageIdentifier(model: try LanguageModel(contentsOf: url))
    } catch {
      if model != nil { throw LintServiceError(description: "\(error)") }
      warning = "warning: language model unavailable (\(error)); SL002 and SL003 skipped"
    }
    return state.withLock { state in
      if let winner = state.identifier { return winner }
      state.identifier = .some(loaded)
      if let warning { state.warnings.append(warning) }
      return loaded
    }
  }
}

struct LintServiceError: Error, CustomStringConvertible {
  let description: String
}
