import SalinCore
import SalinICU

/// The checks that compare one locale's catalog with the others.
///
/// The reference for a key is the first file that has it, English first: its placeholders are
/// what every translation must read, and other locales' values are compared with it.
struct CrossLocaleChecks {
  /// The files, reference language first.
  let files: [CatalogFile]

  func findings() -> [CatalogProblem] {
    var findings: [CatalogProblem] = []
    let allKeys = orderedKeys()
    for file in files {
      findings += missingKeys(in: file, allKeys: allKeys)
      findings += pluralCategories(in: file)
      for entry in file.entries {
        guard let reference = reference(for: entry.key), reference.file.language != file.language
        else { continue }
        findings += placeholders(of: entry, in: file, against: reference)
        findings += sameText(entry, in: file)
      }
    }
    return findings
  }

  /// Keys in the order of first appearance, reference file first.
  private func orderedKeys() -> [String] {
    var seen = Set<String>()
    var keys: [String] = []
    for file in files {
      for entry in file.entries where seen.insert(entry.key).inserted { keys.append(entry.key) }
    }
    return keys
  }

  private func reference(for key: String) -> (file: CatalogFile, entry: CatalogEntry)? {
    for file in files { if let entry = file.entry(key) { return (file, entry) } }
    return nil
  }

  // MARK: Missing keys

  /// A missing key is reported where it belongs: before the next key the file does have,
  /// in reference order, or at the end of the file.
  private func missingKeys(in file: CatalogFile, allKeys: [String]) -> [CatalogProblem] {
    let present = Set(file.entries.map(\.key))
    var findings: [CatalogProblem] = []
    for (index, key) in allKeys.enumerated() where !present.contains(key) {
      let next = allKeys[(index + 1)...].lazy.compactMap { file.entry($0) }.first
      let location = next?.location ?? file.endLocation
      let source = reference(for: key).map { " (\($0.entry.location))" } ?? ""
      findings.append(
        CatalogProblem(
          location: location, rule: "missing-key",
          message: "key '\(key)' is missing in \(file.language)\(source)"))
    }
    return findings
  }

  // MARK: Placeholders

  private func placeholders(
    of entry: CatalogEntry, in file: CatalogFile,
    against reference: (file: CatalogFile, entry: CatalogEntry)
  ) -> [CatalogProblem] {
    guard case .success(let pattern) = entry.parsed,
      case .success(let referencePattern) = reference.entry.parsed
    else { return [] }
    let expected = Self.representatives(of: referencePattern)
    var findings: [CatalogProblem] = []
    var seen = Set<String>()
    let refLanguage = reference.file.language
    let mine = Self.representatives(of: pattern)
    for first in pattern.placeholders where seen.insert(first.name).inserted {
      let placeholder = mine[first.name] ?? first
      let location = file.location(ofOffset: placeholder.offset, in: entry)
      guard let other = expected[placeholder.name] else {
        findings.append(
          CatalogProblem(
            location: location, rule: "placeholder-mismatch",
            message: "'\(entry.key)': placeholder {\(placeholder.name)} is not in \(refLanguage) ("
              + "\(refLanguage) has " + names(referencePattern) + ")"))
        continue
      }
      if let kind = placeholder.format.argumentKind, let otherKind = other.format.argumentKind,
        kind != otherKind
      {
        findings.append(
          CatalogProblem(
            location: location, rule: "placeholder-mismatch",
            message:
              "'\(entry.key)': {\(placeholder.name)} is a \(kind) here (\(placeholder.format.keyword))"
              + " but a \(otherKind) in \(refLanguage) (\(other.format.keyword))"))
      }
    }
    for name in expected.keys.sorted() where !seen.contains(name) {
      findings.append(
        CatalogProblem(
          location: entry.valueLocation, rule: "placeholder-mismatch",
          message: "'\(entry.key)': placeholder {\(name)} of \(refLanguage) is missing"))
    }
    return findings
  }

  /// Each argument's most telling placeholder: a `plural` also counts a list, so where the same
  /// name has another format too (`{leaders, plural, …} {leaders, list}`), that one says its kind.
  private static func representatives(of pattern: MessagePattern) -> [String: Placeholder] {
    var result: [String: Placeholder] = [:]
    for placeholder in pattern.placeholders {
      guard let current = result[placeholder.name] else {
        result[placeholder.name] = placeholder
        continue
      }
      if case .plural = current.format, placeholder.format.argumentKind != nil {
        if case .plural = placeholder.format { continue }
        result[placeholder.name] = placeholder
      }
    }
    return result
  }

  private func names(_ pattern: MessagePattern) -> String {
    let names = pattern.argumentNames
    return names.isEmpty ? "none" : names.map { "{\($0)}" }.joined(separator: ", ")
  }

  // MARK: Plural categories

  private func pluralCategories(in file: CatalogFile) -> [CatalogProblem] {
    guard let locale = try? ICULocale(file.language.tag) else { return [] }
    var findings: [CatalogProblem] = []
    for entry in file.entries {
      guard case .success(let pattern) = entry.parsed else { continue }
      for placeholder in pattern.placeholders {
        guard case .plural(let choice) = placeholder.format else { continue }
        let kind: ICUPluralRules.Kind = choice.isOrdinal ? .ordinal : .cardinal
        guard let rules = try? ICUPluralRules.shared(locale: locale, kind: kind) else { continue }
        for branch in choice.branches {
          guard case .keyword(let category) = branch.selector, !rules.keywords.contains(category)
          else { continue }
          let known = rules.keywords.sorted { categoryOrder($0) < categoryOrder($1) }
          findings.append(
            CatalogProblem(
              location: file.location(ofOffset: branch.offset, in: entry), rule: "plural-category",
              message:
                "'\(entry.key)': '\(category)' is not a CLDR \(choice.isOrdinal ? "ordinal" : "plural")"
                + " category of \(file.language) (it has " + known.joined(separator: ", ") + ")"))
        }
      }
    }
    return findings
  }

  private func categoryOrder(_ category: String) -> Int {
    ["zero", "one", "two", "few", "many", "other"].firstIndex(of: category) ?? 6
  }

  // MARK: Untranslated values

  /// A value identical to another locale's is likely untranslated, unless it has no words
  /// (`{d, date, ::yMMMM}`) or the entry says `untranslated: ok`.
  private func sameText(_ entry: CatalogEntry, in file: CatalogFile) -> [CatalogProblem] {
    guard !entry.allowsSameText, case .success(let pattern) = entry.parsed,
      pattern.literalText.contains(where: \.isLetter)
    else { return [] }
    for other in files where other.language != file.language {
      guard let twin = other.entry(entry.key), twin.source == entry.source else { continue }
      return [
        CatalogProblem(
          location: entry.valueLocation, rule: "untranslated",
          message:
            "'\(entry.key)' is identical to \(other.language) (\(twin.valueLocation)); translate it"
            + " or mark the entry 'untranslated: ok'")
      ]
    }
    return []
  }
}

extension PlaceholderFormat {
  /// The kind of argument the placeholder needs, or `nil` when it takes any (`{name}`).
  var argumentKind: String? {
    switch self {
    case .plain: nil
    case .number, .ruleBased, .plural, .choice: "number"
    case .dateTime: "date"
    case .list: "list"
    case .region, .language, .select: "text"
    }
  }
}
