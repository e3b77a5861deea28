public import Foundation
public import SalinCore

/// The text a model is trained from: for each language, running text and ranked word lists.
public struct TrainingCorpus: Sendable {
  /// One language's material.
  public struct Material: Sendable {
    /// Lines of running text (`.txt` files).
    public var lines: [String]
    /// Word lists (`.wordlist` files), each one word a line, most frequent first.
    public var wordLists: [[String]]
    /// Frequency lists (`.freq` files: `word<TAB>frequency` a line), such as wordfreq's: each
    /// word's share of the language's running text, measured rather than read off a rank.
    public var frequencyLists: [[(word: String, frequency: Double)]]

    /// Makes a language's material.
    /// - Parameters:
    ///   - lines: Lines of running text.
    ///   - wordLists: Ranked word lists.
    ///   - frequencyLists: Word frequency lists.
    public init(
      lines: [String], wordLists: [[String]],
      frequencyLists: [[(word: String, frequency: Double)]] = []
    ) {
      self.lines = lines
      self.wordLists = wordLists
      self.frequencyLists = frequencyLists
    }
  }

  /// The material of each language.
  public var languages: [Language: Material]

  /// Makes a corpus from material in memory.
  /// - Parameter languages: The material of each language.
  public init(languages: [Language: Material]) { self.languages = languages }

  /// Reads a corpus folder: one sub-folder per language tag holding `.txt`, `.wordlist` and
  /// `.freq` files.
  ///
  /// Files are read in name order, so the same folder always gives the same corpus.
  /// - Parameter directory: The corpus folder.
  /// - Throws: ``LanguageModelError/emptyCorpus(path:)`` if no language folder has text,
  ///   ``LanguageModelError/unreadable(path:reason:)`` if a folder or file cannot be read, or
  ///   ``LanguageModelError/invalidUTF8(path:line:column:)`` if a file is not UTF-8.
  public init(directory: URL) throws {
    let manager = FileManager.default
    let folders: [String]
    do {
      folders = try manager.contentsOfDirectory(atPath: directory.path).sorted()
    } catch {
      throw LanguageModelError.unreadable(path: directory.path, reason: error.localizedDescription)
    }
    var languages: [Language: Material] = [:]
    for folder in folders where !folder.hasPrefix(".") {
      let url = directory.appendingPathComponent(folder)
      var isDirectory: ObjCBool = false
      guard manager.fileExists(atPath: url.path, isDirectory: &isDirectory), isDirectory.boolValue
      else { continue }
      // An unreadable language folder is an error, not a language quietly left out of the model.
      let files: [String]
      do {
        files = try manager.contentsOfDirectory(atPath: url.path).sorted()
      } catch {
        throw LanguageModelError.unreadable(path: url.path, reason: error.localizedDescription)
      }
      var material = Material(lines: [], wordLists: [])
      for file in files {
        let fileURL = url.appendingPathComponent(file)
        guard file.hasSuffix(".txt") || file.hasSuffix(".wordlist") || file.hasSuffix(".freq")
        else { continue }
        let data: Data
        do {
          data = try Data(contentsOf: fileURL)
        } catch {
          throw LanguageModelError.unreadable(
            path: fileURL.path, reason: error.localizedDescription)
        }
        // Decoding with replacement characters would train the model on U+FFFD: refuse instead.
        guard let text = String(validating: data, as: UTF8.self) else {
          let position = UTF8Validation.firstInvalidPosition(in: data)
          throw LanguageModelError.invalidUTF8(
            path: fileURL.path, line: position?.line ?? 1, column: position?.column ?? 1)
        }
        let lines = text.split(whereSeparator: \.isNewline).map(String.init)
        if file.hasSuffix(".txt") {
          material.lines += lines
        } else if file.hasSuffix(".freq") {
          material.frequencyLists.append(try Self.frequencies(lines, path: fileURL.path))
        } else {
          material.wordLists.append(lines)
        }
      }
      if !material.lines.isEmpty || !material.wordLists.isEmpty
        || !material.frequencyLists.isEmpty
      {
        languages[Language(folder)] = material
      }
    }
    guard !languages.isEmpty else { throw LanguageModelError.emptyCorpus(path: directory.path) }
    self.languages = languages
  }

  /// Parses a `.freq` file: `word<TAB>frequency` a line, the frequency a positive number.
  static func frequencies(_ lines: [String], path: String) throws -> [(
    word: String, frequency: Double
  )] {
    try lines.enumerated().map { number, line in
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false)
      guard fields.count == 2, let frequency = Double(fields[1]), frequency > 0,
        frequency.isFinite
      else {
        throw LanguageModelError.malformedFrequency(
          path: path, line: number + 1, column: (fields.first?.count ?? 0) + 1)
      }
      return (String(fields[0]), frequency)
    }
  }
}
