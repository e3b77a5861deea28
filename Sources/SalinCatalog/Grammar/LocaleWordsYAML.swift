import SalinCore
import SalinYAML
import Yams

/// Reads the locale words file (`locales/data/words.yaml`): per language, what its news writes where
/// ICU's CLDR data says otherwise (`LocaleWords`).
///
/// ```yaml
/// salin-locale-words: 1
/// ko:
///   region-names: {KR: 한국}
///   acronym-readings: {APEC: 에이펙}
///   names-joined-with-particle: true
/// tl:
///   and-list-last-separator: " at "
/// ```
///
/// Every value is checked (a region code is two capital letters, an acronym capitals and
/// digits, a reading Hangul), so a typo in the data is one error at its line and column.
enum LocaleWordsYAML {
  /// The keys a language may have.
  static let keys = [
    "region-names", "region-adjectives", "acronym-readings", "and-list-last-separator",
    "or-list-last-separator", "names-joined-with-particle", "length-ratio",
  ]

  /// Reads the file.
  /// - Parameters:
  ///   - text: Its YAML.
  ///   - path: Its name, for locations.
  /// - Returns: The words of each language, by its primary tag (`ko`, `tl`).
  /// - Throws: `LocaleDataError` at the first problem.
  static func read(_ text: String, path: String) throws(LocaleDataError) -> [String: LocaleWords] {
    let reader = Reader(path: path)
    let root: Node?
    do {
      root = try YAMLLoader.compose(text)
    } catch let error as YAMLLimitError {
      throw LocaleDataError(
        error.description, at: SourceLocation(file: path, line: error.line, column: error.column))
    } catch let error as YamlError {
      throw reader.error(error)
    } catch {
      throw LocaleDataError("not YAML: \(error)", at: reader.location(nil))
    }
    guard let root, let top = root.mapping,
      top["salin-locale-words"]?.scalar?.string == "1"
    else {
      throw LocaleDataError(
        "a locale words file is a mapping with 'salin-locale-words: 1' and one key per language",
        at: reader.location(root))
    }
    var words: [String: LocaleWords] = [:]
    for (key, value) in top {
      let name = key.scalar?.string ?? ""
      if name == "salin-locale-words" { continue }
      guard (try? Language(validating: name)) != nil, !name.contains("-") else {
        throw LocaleDataError(
          "'\(name)' is not a language's primary tag (en, tl, ko)", at: reader.location(key))
      }
      words[name] = try reader.words(value)
    }
    return words
  }
}

/// Locations and checked values of one file.
private struct Reader {
  let path: String

  func location(_ node: Node?) -> SourceLocation {
    SourceLocation(file: path, line: node?.mark?.line ?? 1, column: node?.mark?.column ?? 1)
  }

  func error(_ error: YamlError) -> LocaleDataError {
    switch error {
    case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _):
      LocaleDataError(
        "not YAML: \(problem)",
        at: SourceLocation(file: path, line: mark.line, column: mark.column))
    default:
      LocaleDataError("not YAML: \(error)", at: location(nil))
    }
  }

  func words(_ node: Node) throws(LocaleDataError) -> LocaleWords {
    guard let mapping = node.mapping else {
      throw LocaleDataError(
        "a language's words are a mapping (\(LocaleWordsYAML.keys.joined(separator: ", ")))",
        at: location(node))
    }
    var words = LocaleWords(
      regionNames: [:], regionAdjectives: [:], acronymReadings: [:], andListLastSeparator: nil,
      orListLastSeparator: nil)
    for (key, value) in mapping {
      switch key.scalar?.string {
      case "region-names": words.regionNames = try table(value, key: regionCode, value: text)
      case "region-adjectives":
        words.regionAdjectives = try table(value, key: regionCode, value: text)
      case "acronym-readings":
        words.acronymReadings = try table(value, key: acronym, value: hangul)
      case "and-list-last-separator": words.andListLastSeparator = try text(value)
      case "or-list-last-separator": words.orListLastSeparator = try text(value)
      case "names-joined-with-particle":
        guard let flag = value.scalar?.string, flag == "true" || flag == "false" else {
          throw LocaleDataError(
            "'names-joined-with-particle' is true or false", at: location(value))
        }
        words.joinsNamesWithParticle = flag == "true"
      case "length-ratio":
        guard let ratio = value.scalar.flatMap({ Double($0.string) }), ratio > 0, ratio < 10
        else {
          throw LocaleDataError(
            "'length-ratio' is a number above 0 and below 10 (1.25)", at: location(value))
        }
        words.lengthRatio = ratio
      default:
        throw LocaleDataError(
          "unknown key '\(key.scalar?.string ?? "?")' (\(LocaleWordsYAML.keys.joined(separator: ", ")))",
          at: location(key))
      }
    }
    return words
  }

  /// A mapping whose keys and values pass their checks.
  private func table(
    _ node: Node, key: (Node) throws(LocaleDataError) -> String,
    value: (Node) throws(LocaleDataError) -> String
  ) throws(LocaleDataError) -> [String: String] {
    guard let mapping = node.mapping else {
      throw LocaleDataError("expected a mapping (KEY: value)", at: location(node))
    }
    var table: [String: String] = [:]
    for (keyNode, valueNode) in mapping {
      table[try key(keyNode)] = try value(valueNode)
    }
    return table
  }

  private func text(_ node: Node) throws(LocaleDataError) -> String {
    guard let scalar = node.scalar, !scalar.string.isEmpty else {
      throw LocaleDataError("expected non-empty text", at: location(node))
    }
    return scalar.string
  }

  private func regionCode(_ node: Node) throws(LocaleDataError) -> String {
    let code = node.scalar?.string ?? ""
    guard code.count == 2, code.allSatisfy({ $0.isASCII && $0.isUppercase }) else {
      throw LocaleDataError(
        "'\(code)' is not a region code (two capital letters: KR, PH)", at: location(node))
    }
    return code
  }

  private func acronym(_ node: Node) throws(LocaleDataError) -> String {
    let word = node.scalar?.string ?? ""
    guard let first = word.first, first.isASCII, first.isUppercase,
      word.allSatisfy({ $0.isASCII && ($0.isUppercase || $0.isNumber) })
    else {
      throw LocaleDataError(
        "'\(word)' is not an acronym (capital letters and digits: APEC, K9)", at: location(node))
    }
    return word
  }

  private func hangul(_ node: Node) throws(LocaleDataError) -> String {
    let reading = try text(node)
    guard
      reading.unicodeScalars.allSatisfy({ (0xAC00...0xD7A3).contains($0.value) })
    else {
      throw LocaleDataError(
        "'\(reading)' is not a reading in Hangul syllables (에이펙)", at: location(node))
    }
    return reading
  }
}
