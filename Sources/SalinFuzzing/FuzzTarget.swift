import Foundation
import SalinCatalog

/// One way untrusted bytes reach Salin, as a libFuzzer target: `make fuzz` runs each from its seed
/// corpus (`Fuzz/corpus/<name>/`), and the tests replay the corpus and every input a fuzzer found.
///
/// A target feeds the bytes to one entry point and checks what a user relies on besides "no
/// crash": errors are one line each (a bad input is one line naming the file), and what is read
/// maps back onto the input exactly. A broken check throws ``FuzzFailure``, which the fuzzing
/// driver turns into a crash so that libFuzzer keeps the input.
public enum FuzzTarget: String, CaseIterable, Sendable {
  /// The message parser and formatter: a catalog message in `en`, `tl` or `ko` with arguments.
  case message
  /// A catalog file, read by `salin catalog check` and by `salin lint`.
  case catalog
  /// A briefing file, loaded, rendered and written back.
  case briefing
  /// A Markdown document, as `salin lint` reads it.
  case markdown
  /// A plain-text document, as `salin lint` reads it.
  case text
  /// A gettext PO file, as `salin lint` reads it.
  case po
  /// A plain-text document linted, with its SL001 fixes applied.
  case fixer
  /// A language model file (its checksum made valid, so the fuzzer reaches the fields).
  case model

  /// Runs the target on one input.
  /// - Parameter bytes: The input.
  /// - Throws: ``FuzzFailure`` when a check fails.
  public func run(_ bytes: [UInt8]) throws(FuzzFailure) {
    switch self {
    case .message: try Self.message(bytes)
    case .catalog: try Self.catalog(bytes)
    case .briefing: try Self.briefing(bytes)
    case .markdown: try Self.document(bytes, path: "fuzz.md")
    case .text: try Self.document(bytes, path: "fuzz.txt")
    case .po: try Self.document(bytes, path: "fuzz.po")
    case .fixer: try Self.fixer(bytes)
    case .model: try Self.model(bytes)
    }
  }

  /// Loads what every input shares (the built-in catalogs, a linter) before the first input, so
  /// that libFuzzer's per-input leak check sees only what an input allocates.
  public static func prepare() {
    // Catalogs prepare a message when it is first formatted, and keep it: format each once.
    if let catalogs {
      for key in catalogs.keys {
        for language in catalogs.languages {
          let none: [String: MessageArgument] = [:]
          _ = try? catalogs.message(key, locale: language, arguments: none)
        }
      }
    }
    try? fixer(Array("Mga Detalye\nThe meeting.\n".utf8))
  }

  /// Fails unless a user-facing error is one line per problem.
  static func checkOneLine(_ error: Any, lines: Int = 1) throws(FuzzFailure) {
    let text = "\(error)"
    if let raw = text.range(of: #"U_[A-Z_]+_(ERROR|WARNING)"#, options: .regularExpression) {
      throw FuzzFailure("an error quotes ICU's code \(text[raw]) instead of saying it: \(text)")
    }
    let count = text.split(separator: "\n", omittingEmptySubsequences: false).count
    guard count <= lines, !text.isEmpty else {
      throw FuzzFailure("an error is \(count) lines, expected at most \(lines): \(text)")
    }
  }
}

/// A check a fuzz target makes that the input broke.
public struct FuzzFailure: Error, CustomStringConvertible {
  /// What broke.
  public let description: String

  /// Makes a failure.
  /// - Parameter description: What broke.
  public init(_ description: String) { self.description = description }
}
