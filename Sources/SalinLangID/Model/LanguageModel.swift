public import Foundation
public import SalinCore
internal import SalinICU

/// A trained language identification model: for each language, the scripts it is written in,
/// word log-probabilities and a character n-gram model.
///
/// Load one with ``init(contentsOf:)`` (the model that ships with Salin is at
/// `BuiltInLocales.languageModel`); make one with ``ModelTrainer``. A model is immutable and
/// `Sendable`: one instance serves every thread.
public struct LanguageModel: Sendable, Equatable {
  /// The languages the model knows, sorted by tag.
  public let languages: [Language]
  /// For each language, the scripts it is written in (ICU `UScriptCode` numbers).
  let scripts: [Set<Int32>]
  /// For each language, the log-probability of a character the n-gram model has never seen.
  let characterFloors: [Float]
  /// For each language, the probability that one of its words is missing from its word list
  /// and is scored by its characters: the share of unlisted words in its running text.
  let characterWeights: [Float]
  /// The tuned constants.
  let parameters: ModelParameters
  /// Word log-probabilities, keyed by the hash of the lower-cased word.
  let words: FeatureTable
  /// Conditional character log-probabilities, keyed by the hash of the n-gram.
  let ngrams: FeatureTable

  init(
    languages: [Language], scripts: [Set<Int32>], characterFloors: [Float],
    characterWeights: [Float], parameters: ModelParameters, words: FeatureTable,
    ngrams: FeatureTable
  ) {
    self.languages = languages
    self.scripts = scripts
    self.characterFloors = characterFloors
    self.characterWeights = characterWeights
    self.parameters = parameters
    self.words = words
    self.ngrams = ngrams
  }

  /// Loads a model file.
  /// - Parameter url: A file written by `salin train` (format described in `docs/langid.md`).
  /// - Throws: ``LanguageModelError`` if the file cannot be read, is not a model, has another
  ///   format version or is damaged.
  public init(contentsOf url: URL) throws {
    let data: Data
    do {
      data = try Data(contentsOf: url)
    } catch {
      throw LanguageModelError.unreadable(path: url.path, reason: error.localizedDescription)
    }
    try self.init(bytes: [UInt8](data), path: url.path)
  }

  /// Reads a model from the bytes of a model file.
  /// - Parameters:
  ///   - bytes: The whole file.
  ///   - path: Where the bytes came from, for error messages.
  /// - Throws: ``LanguageModelError`` if the bytes are not a model of this format version.
  public init(bytes: [UInt8], path: String = "<memory>") throws {
    self = try ModelFormat.decode(bytes, path: path)
  }

  /// Writes the model to a file atomically (a temporary file, then a rename).
  /// - Parameter url: The file to write; not a folder.
  /// - Throws: ``LanguageModelError/unwritable(path:reason:)`` saying why, in one line.
  public func write(to url: URL) throws(LanguageModelError) {
    var isFolder: ObjCBool = false
    if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue
    {
      throw .unwritable(
        path: url.path,
        reason:
          "it is a folder; name the file, such as \(url.appendingPathComponent("langid.salinlm").path)"
      )
    }
    do {
      try Data(serialized()).write(to: url, options: .atomic)
    } catch {
      // Foundation's description is a dump of its error domain: say what it means.
      let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError
      let reason: String
      if underlying?.domain == NSPOSIXErrorDomain, let code = underlying?.code {
        reason = String(cString: strerror(Int32(code)))
      } else {
        switch (error as? CocoaError)?.code {
        case .fileNoSuchFile?
        where !FileManager.default.fileExists(atPath: url.deletingLastPathComponent().path):
          reason = "its folder does not exist"
        case .fileWriteNoPermission?: reason = "permission denied"
        case .fileWriteOutOfSpace?: reason = "no space left on the device"
        case .fileWriteVolumeReadOnly?: reason = "the file system is read-only"
        default: reason = "the file could not be written"
        }
      }
      throw .unwritable(path: url.path, reason: reason)
    }
  }

  /// The model in its file format, ready to be written.
  /// - Returns: The bytes of a model file.
  public func serialized() -> [UInt8] { ModelFormat.encode(self) }

  /// The index of a language in ``languages``, or `nil` if the model does not know it.
  func index(of language: Language) -> Int? { languages.firstIndex(of: language) }

  /// The scripts a language is written in, as ISO 15924 codes (`Latn`, `Hang`), sorted.
  /// - Parameter language: One of ``languages``.
  /// - Returns: The codes; empty for a language the model does not know.
  public func scripts(of language: Language) -> [String] {
    guard let i = index(of: language) else { return [] }
    return scripts[i].map { ICUScriptCode(rawValue: $0).shortName }.sorted()
  }

  /// One line per language: its scripts, the share of its words left to the character model
  /// and the share of its prose borrowed from the other languages.
  public var summary: String {
    languages.indices.map { i in
      let scripts = scripts(of: languages[i]).joined(separator: "+")
      let weight = (Double(characterWeights[i]) * 1000).rounded() / 1000
      let borrowed = i < parameters.borrowing.count ? Double(exp(parameters.borrowing[i])) : 0
      let share = (borrowed * 10000).rounded() / 10000
      return "\(languages[i]): \(scripts), character weight \(weight), borrowed \(share)"
    }.joined(separator: "\n")
  }

  /// The number of words and character n-grams the model stores.
  public var featureCounts: (words: Int, ngrams: Int) { (words.count, ngrams.count) }
}
