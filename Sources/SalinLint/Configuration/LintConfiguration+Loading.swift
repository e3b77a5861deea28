public import Foundation
import SalinCore
import SalinYAML
import Yams

extension LintConfiguration {
  /// The names a config file may have, in the order they are looked for.
  public static let fileNames = [".salin.yml", ".salin.yaml"]

  /// Reads a config file.
  /// - Parameter url: The file.
  /// - Returns: The configuration.
  /// - Throws: `ConfigurationError` naming the file and line when it cannot be read or is malformed.
  public static func load(_ url: URL) throws(ConfigurationError) -> LintConfiguration {
    let path = url.path
    guard let data = try? Data(contentsOf: url) else {
      throw .unreadable(path: path)
    }
    guard let text = String(data: data, encoding: .utf8) else {
      let position = UTF8Validation.firstInvalidPosition(in: data)
      throw .malformed(
        path: path, line: position?.line ?? 1, column: position?.column ?? 1,
        message: "not valid UTF-8")
    }
    // Marks count lines as libyaml does; errors are given as an editor counts them.
    let lines = YAMLLineMap(YAMLLoader.withoutByteOrderMark(text))
    func malformed(_ mark: Mark?, _ message: String) -> ConfigurationError {
      let position = lines.editorPosition(line: mark?.line ?? 1, column: mark?.column ?? 1)
      return .malformed(
        path: path, line: position.line, column: position.column, message: message)
    }
    let node: Node?
    do {
      node = try YAMLLoader.compose(text)
    } catch let error as YamlError {
      throw malformed(Self.mark(of: error), Self.problem(of: error))
    } catch let error as YAMLLimitError {
      let position = lines.editorPosition(line: error.line, column: error.column)
      throw .malformed(
        path: path, line: position.line, column: position.column, message: error.description)
    } catch {
      throw .malformed(path: path, line: 1, column: 1, message: "\(error)")
    }
    var configuration = LintConfiguration()
    configuration.file = url.standardizedFileURL
    configuration.files = [url.standardizedFileURL]
    guard let node else { return configuration }
    guard let mapping = node.mapping else {
      throw malformed(node.mark, "expected a mapping of settings")
    }
    let base = url.deletingLastPathComponent()
    for (keyNode, value) in mapping {
      func fail(_ message: String, at node: Node? = nil) -> ConfigurationError {
        malformed((node ?? keyNode).mark, message)
      }
      func language(_ tag: String, at node: Node) throws(ConfigurationError) -> Language {
        do {
          return try Language(validating: tag)
        } catch {
          throw fail("\(error)", at: node)
        }
      }
      guard let key = keyNode.string else { throw fail("expected a string key") }
      switch key {
      case "root":
        guard let flag = value.bool else { throw fail("'root' must be true or false") }
        configuration.isRoot = flag
      case "lang", "language":
        guard let tag = value.string else { throw fail("'\(key)' must be a language tag") }
        configuration.defaultLanguage = try language(tag, at: value)
      case "languages":
        guard let globs = value.mapping else {
          throw fail("'languages' must map globs to language tags")
        }
        for (globNode, tagNode) in globs {
          guard let glob = globNode.string, let tag = tagNode.string else {
            throw fail("'languages' must map globs to language tags")
          }
          if let problem = Glob.problem(in: glob) { throw fail(problem, at: globNode) }
          configuration.languages.append((Glob(glob), try language(tag, at: tagNode)))
        }
      case "rules":
        guard let rules = value.mapping else {
          throw fail("'rules' must map rule codes to severities")
        }
        for pair in rules {
          guard let key = pair.key.string, let level = pair.value.string else {
            throw fail("'rules' must map rule codes to severities")
          }
          // By code, so a parent's `foreign-span:` and a child's `SL002:` are the same key. A
          // misspelt rule was kept and never matched: the setting silently did nothing.
          guard
            let code = Linter.ruleDescriptions.first(where: { $0.code == key || $0.name == key })?
              .code
          else {
            throw fail(
              "unknown rule '\(key)': use a rule code or name such as SL002 or foreign-span "
                + "(salin lint --help lists them)", at: pair.key)
          }
          if level == "off" || level == "false" {
            configuration.severities[code] = .some(nil)
          } else if let severity = Severity(rawValue: level) {
            configuration.severities[code] = .some(severity)
          } else {
            throw fail(
              "unknown severity '\(level)' for \(code) (use error, warning, info or off)",
              at: pair.value)
          }
        }
      case "names", "acronyms":
        guard let list = value.sequence?.compactMap(\.string) else {
          throw fail("'\(key)' must be a list")
        }
        configuration.names += list
      case "allow":
        guard let perLocale = value.mapping else { throw fail("'allow' must map locales to lists") }
        for (tagNode, list) in perLocale {
          guard let tag = tagNode.string, let words = list.sequence?.compactMap(\.string) else {
            throw fail("'allow' must map locales to lists")
          }
          configuration.allow[try language(tag, at: tagNode), default: []] += words
        }
      case "catalogs":
        guard let folders = value.sequence?.compactMap(\.string) else {
          throw fail("'catalogs' must be a list of folders")
        }
        configuration.catalogDirectories += folders.map {
          $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : base.appendingPathComponent($0)
        }
      case "termbase":
        let files = value.string.map { [$0] } ?? value.sequence?.compactMap(\.string)
        guard let files else { throw fail("'termbase' must be a file or a list of files") }
        configuration.termbaseFiles += files.map {
          $0.hasPrefix("/") ? URL(fileURLWithPath: $0) : base.appendingPathComponent($0)
        }
      case "candidates":
        guard let tags = value.sequence else { throw fail("'candidates' must be a list") }
        configuration.candidates = []
        for node in tags {
          guard let tag = node.string else { throw fail("'candidates' must be a list of tags") }
          configuration.candidates?.append(try language(tag, at: node))
        }
      case "mixing":
        guard let levels = value.mapping else {
          throw fail("'mixing' must map language tags to default or strict")
        }
        for (tagNode, level) in levels {
          guard let tag = tagNode.string, let name = level.string else {
            throw fail("'mixing' must map language tags to default or strict", at: level)
          }
          guard let parsed = MixingLevel(rawValue: name) else {
            throw fail(
              "unknown mixing level '\(name)' for \(tag) (use default or strict)", at: level)
          }
          configuration.mixingLevels[try language(tag, at: tagNode)] = parsed
        }
      case "min-confidence":
        guard let number = value.float, (0...1).contains(number) else {
          throw fail("'min-confidence' must be a number from 0 to 1")
        }
        configuration.minimumConfidence = number
      default:
        throw fail("unknown setting '\(key)'")
      }
    }
    return configuration
  }

  /// Finds the config file that applies to a file: the nearest `.salin.yml` in its folder or above.
  /// - Parameter path: A file's path.
  /// - Returns: The config file, or `nil` if there is none up to the root.
  public static func find(forFile path: String) -> URL? {
    find(inOrAbove: URL(fileURLWithPath: path).standardizedFileURL.deletingLastPathComponent())
  }

  /// The nearest config file in a folder or the folders above it.
  private static func find(inOrAbove start: URL) -> URL? {
    var folder = start
    while true {
      for name in fileNames {
        let candidate = folder.appendingPathComponent(name)
        if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
      }
      let parent = folder.deletingLastPathComponent()
      if parent.path == folder.path { return nil }
      folder = parent
    }
  }

  /// Loads a config file merged over the configs of the folders above it, nearest first, up to
  /// and including one that says `root: true` (as ESLint's and EditorConfig's cascades do).
  /// - Parameter url: The nearest config file, as ``find(forFile:)`` returns it.
  /// - Returns: The merged configuration.
  /// - Throws: `ConfigurationError` for the first config in the chain that cannot be used.
  public static func loadCascade(_ url: URL) throws(ConfigurationError) -> LintConfiguration {
    var configuration = try load(url)
    var folder = url.standardizedFileURL.deletingLastPathComponent()
    while !configuration.isRoot {
      let above = folder.deletingLastPathComponent()
      guard above.path != folder.path, let parentURL = find(inOrAbove: above) else { break }
      configuration = configuration.merged(over: try load(parentURL))
      folder = parentURL.standardizedFileURL.deletingLastPathComponent()
    }
    return configuration
  }

  private static func mark(of error: YamlError) -> Mark? {
    switch error {
    case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
      mark
    default: nil
    }
  }

  private static func problem(of error: YamlError) -> String {
    switch error {
    case .scanner(_, let problem, _, _), .parser(_, let problem, _, _),
      .composer(_, let problem, _, _):
      problem
    default: "\(error)".split(separator: "\n").first.map(String.init) ?? "invalid YAML"
    }
  }
}

/// Why a config file could not be used.
public enum ConfigurationError: Error, Hashable, Sendable, CustomStringConvertible {
  /// The file could not be read.
  case unreadable(path: String)
  /// The file is not a valid config.
  case malformed(path: String, line: Int, column: Int, message: String)

  /// One line naming the file (and the line and column), with control characters escaped.
  public var description: String {
    let text =
      switch self {
      case .unreadable(let path): "\(path): cannot read config file"
      case .malformed(let path, let line, let column, let message):
        "\(path):\(line):\(column): invalid config: \(message)"
      }
    return DisplayText.escapingControls(text)
  }
}
