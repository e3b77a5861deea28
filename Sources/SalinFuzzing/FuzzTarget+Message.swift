import SalinCatalog
import SalinCore

extension FuzzTarget {
  /// The locales a message is formatted in: the first byte of the input picks one.
  static let messageLocales: [Language] = [.english, .tagalog, .korean]

  /// Values an argument may get, picked per placeholder from the input.
  static let argumentValues: [MessageArgument] = [
    .number(0), .number(1), .number(5), .number(21), .number(-3.5), .number(1e21),
    .decimal("1234.50"), .string("US"), .string("Kim Hong Kyun"), .string("서울"),
    .date(year: 2023, month: 4, day: 26), .date(year: 2023, month: 4, day: nil),
    .list(["Washington", "Seoul", "Manila"]), .list([]),
  ]

  /// Parses the rest of the input as one catalog message and formats it with arguments picked
  /// by the input: a syntax or formatting error is fine, a trap or a multi-line error is not.
  static func message(_ bytes: [UInt8]) throws(FuzzFailure) {
    guard let first = bytes.first else { return }
    let language = messageLocales[Int(first) % messageLocales.count]
    let source = String(decoding: bytes.dropFirst(), as: UTF8.self)
    let pattern: MessagePattern
    do throws(MessageSyntaxError) {
      pattern = try MessagePattern(parsing: source)
    } catch {
      try checkOneLine(error)
      return
    }
    guard pattern.source == source else { throw FuzzFailure("the parsed message lost its text") }
    let catalogs: Catalogs
    do throws(CatalogError) {
      let yaml = "locale: \(language.tag)\nk: \"\(yamlEscaped(source))\"\n"
      catalogs = try Catalogs(files: [
        try CatalogFile.parse(yaml, path: "\(language.tag).yaml", defaultLanguage: language)
      ])
    } catch {
      try checkOneLine(error)
      return
    }
    var arguments: [String: MessageArgument] = [:]
    for (index, name) in pattern.argumentNames.enumerated() {
      let pick = Int(bytes[(index + 1) % bytes.count]) &+ index
      arguments[name] =
        pattern.listArgumentNames.contains(name)
        ? .list(["a", "b"]) : argumentValues[pick % argumentValues.count]
    }
    do throws(CatalogError) {
      _ = try catalogs.message("k", locale: language, arguments: arguments)
    } catch {
      try checkOneLine(error)
    }
  }

  /// Text as a YAML double-quoted scalar's content: everything but printable ASCII escaped, so
  /// YAML reads back exactly the text.
  static func yamlEscaped(_ text: String) -> String {
    var result = ""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": result += "\\\""
      case "\\": result += "\\\\"
      case " "..."~": result.unicodeScalars.append(scalar)
      default:
        let hex = String(scalar.value, radix: 16, uppercase: true)
        result += "\\U" + String(repeating: "0", count: 8 - hex.count) + hex
      }
    }
    return result
  }
}
